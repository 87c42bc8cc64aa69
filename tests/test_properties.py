"""Properties analyze() keeps for any text at all (hypothesis).

For any Unicode text, and for text made of what Arabic news is made of
(letters, digits in three scripts, separators, diacritics, month names,
number words), analyze() returns; every mention's offsets hold and lie inside
the text; mentions of one kind never overlap; a second run gives the same
output; every date value has a TIMEX shape of SCHEMA.md or is None.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re

from babel import Locale
from hijridate import Hijri
from hypothesis import HealthCheck, example, find, given, settings
from hypothesis import strategies as st

from analysis import analyze
from analysis.extract.numbers import find_numbers

EXAMPLES = settings(max_examples=500, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# --- TIMEX values as SCHEMA.md writes them; any digit may be an unknown X.
_Y = r"[\dX]{4}"
_DAY = rf"{_Y}-(?:0[1-9]|1[0-2]|XX)-(?:0[1-9]|[12]\d|3[01]|XX)"
TIMEX = re.compile(rf"""
      {_DAY}/{_DAY}                             # interval: two day values
    | {_DAY}                                    # day
    | {_Y}-(?:0[1-9]|1[0-2]|XX)                 # month
    | {_Y}-(?:SP|SU|FA|WI|Q[1-4]|H[12])         # season, quarter, half
    | {_Y}-W(?:0[1-9]|[1-4]\d|5[0-3])           # ISO week
    | {_Y}                                      # year, decade (199X), century (19XX)
""", re.VERBOSE)

# --- what Arabic news text is made of
LETTERS = [chr(c) for c in range(0x0621, 0x064B)]                    # ء … ي
DIGITS = list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")
SEPARATORS = list(",.٫٬/-–")
MARKS = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "ـ"]    # harakat, dagger alef, tatweel
SPACES = [" ", " ", " ", "\n", "\u00a0", "،", "؛", "%", "٪", "(", ")", '"']


def _month_names() -> list[str]:
    names = set()
    for locale in ("ar", "ar_MA", "ar_DZ", "ar_TN", "ar_LB", "ar_IQ"):   # the four naming systems
        names.update(Locale.parse(locale).months["format"]["wide"].values())
    names.update(Hijri(1446, m, 1).month_name("ar") for m in range(1, 13))
    return sorted(names)


NUMBER_WORDS = ["واحد", "اثنين", "ثلاثة", "ثلاث", "أربعة", "خمس", "ستة", "سبعة", "ثمانية", "تسعة",
                "عشرة", "عشر", "أحد عشر", "عشرين", "ثلاثون", "خمسين", "تسعين", "مئة", "مائة",
                "مئتين", "ثلاثمائة", "ألف", "ألفا", "آلاف", "ألفين", "مليون", "ملايين", "مليونا",
                "مليار", "ملياري", "مليارات", "بليون", "تريليون", "عشرات", "مئات", "الأول", "الثاني"]
CONTEXT_WORDS = ["و", "ب", "ل", "ف", "ك", "ال", "في", "من", "إلى", "حتى", "بين", "منذ", "خلال",
                 "قبل", "بعد", "عام", "العام", "سنة", "يوم", "يومي", "شهر", "الماضي", "المقبل",
                 "الجاري", "أمس", "اليوم", "غدا", "الخميس", "الجمعة", "الأسبوع", "هـ", "م",
                 "ربيع", "الربع", "النصف", "نهاية", "مطلع", "منتصف", "التسعينيات", "القرن",
                 "دولار", "درهم", "دينار", "ريال", "جنيه", "بالمائة", "في المئة", "قتيلا",
                 "جريحا", "شخصا", "طن", "برميل", "نحو", "حوالي", "أكثر من", "على الأقل", "الموافق"]
WORDS = _month_names() + NUMBER_WORDS + CONTEXT_WORDS

_char = st.sampled_from(LETTERS + DIGITS + SEPARATORS + MARKS + SPACES)
_token = st.one_of(
    st.sampled_from(WORDS),
    st.text(st.sampled_from(DIGITS), min_size=1, max_size=5),
    st.text(st.sampled_from(DIGITS + SEPARATORS), min_size=1, max_size=8),
    st.text(_char, min_size=1, max_size=4),
)
_gap = st.sampled_from(["", " ", " ", " ", "  ", "\n", "، ", "/", "-", " و", " - "])
ARABIC_NEWSY = st.lists(st.tuples(_token, _gap), max_size=40).map(
    lambda parts: "".join(t + g for t, g in parts))

# any code point, lone surrogates included: a Python str can hold them
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=300)
NEWS_DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


def assert_sound(text: str, reference: dt.date | None = None) -> None:
    a = analyze(text, reference)
    for kind, mentions in (("dates", a.dates), ("figures", a.figures)):
        previous_end = 0
        for m in sorted(mentions, key=lambda m: (m.start, m.end)):
            assert 0 <= m.start < m.end <= len(text), f"{kind} span outside the text: {m}"
            assert text[m.start:m.end] == m.text, f"{kind} offsets do not hold: {m}"
            assert m.start >= previous_end, f"{kind} overlap at {m.start}: {m}"
            previous_end = m.end
    for m in a.dates:
        assert m.value is None or TIMEX.fullmatch(m.value), f"not a TIMEX value: {m}"
    for f in a.figures:
        assert f.value is None or math.isfinite(f.value), f"figure value not a finite number: {f}"
    for e in a.events:
        assert 0 <= e.start <= e.end <= len(text), f"event clause outside the text: {e}"
        assert all(0 <= i < len(a.dates) for i in e.dates), f"event points to no date: {e}"
        assert all(0 <= i < len(a.figures) for i in e.figures), f"event points to no figure: {e}"
    json.dumps(a.to_dict())                           # the output is plain data
    assert analyze(text, reference) == a, "a second run gave another result"


@EXAMPLES
@given(ANY_TEXT)
def test_any_unicode_text(text):
    assert_sound(text)


@EXAMPLES
@given(ARABIC_NEWSY)
@example("آب و٢000")         # a year's look-behind read past a one-letter word (IndexError)
@example("و2000")
@example("1-1-1 جمادى الآخرة")    # a listed Hijri day no month reached (TypeError)
@example("اعتكف المصلون في العشر\u2009الأواخر من رمضان")    # a thin space inside a phrase looked up (KeyError)
@example("عدت يوم الجمعة ال2. " + "،".join(["٢١٥٨", "٨", "٨١", "٢٤٩٣"] * 60))   # digits past a float (OverflowError)
def test_arabic_news_like_text(text):
    assert_sound(text)


@EXAMPLES
@given(ARABIC_NEWSY, NEWS_DATES)
def test_arabic_news_like_text_with_a_reference_date(text, reference):
    assert_sound(text, reference)


@EXAMPLES
@given(ARABIC_NEWSY, st.dates())
@example("نهاية الأسبوع", dt.date(999, 1, 1))       # a year below 1000 is still four digits: 0999-W01
@example("الربع الأول", dt.date(999, 5, 1))
@example("يوم الجمعة 15 والأسبوع الأول من العام المقبل وآخر يوم من الشهر المقبل", dt.date(9999, 12, 31))
@example("عاد يوم السبت 16 بعد 2 سنة و3 أشهر من الآن", dt.date(1, 1, 1))
@example("تبدأ الامتحانات في الثالث\ufeffمن\ufeffحزيران 9999 وتنتهي في العشرين منه", dt.date(9999, 12, 31))  # December 9999
@example("ستجرى من الأحد إلى الثلاثاء", dt.date(1, 1, 2))      # a weekday range's start before the calendar's first day
@example("نوفمبر في9 منه", dt.date(1, 1, 1))
@example("وصل في 31 ديسمبر 9999 وغادر في اليوم التالي", dt.date(9999, 12, 30))   # the day after the calendar's last (OverflowError)
@example("عطلت الدوائر إلى يوم الجمعة 31 ديسمبر 9999 على أن يستأنف الدوام صباح الأحد", dt.date(9999, 12, 30))
@example("يومي الأربعاء 26 والخميس 27 نوفمبر ومساء اليوم نفسه", dt.date(1, 1, 2))   # a November of year 0 (ValueError)
def test_any_reference_date_even_at_the_ends_of_the_calendar(text, reference):
    assert_sound(text, reference)


def test_the_timex_shapes():
    for value in ("2022-12-30", "XXXX-08-30", "2022-05", "2021", "199X", "19XX", "2023-SP",
                  "2024-Q1", "2023-H2", "2018-W28", "2025-03-01/2025-03-29"):
        assert TIMEX.fullmatch(value), value
    for value in ("2022-13-01", "2022-12-32", "36%", "2018-W54", "22-12-30", "2022-12-30/2022"):
        assert not TIMEX.fullmatch(value), value


def test_the_arabic_strategy_reaches_dates_and_numbers():
    """Without this the properties above could hold vacuously."""
    assert {"يناير", "كانون الثاني", "جانفي", "يوليوز", "رمضان"} <= set(_month_names())
    find(ARABIC_NEWSY, lambda s: len(analyze(s).dates) >= 2)
    find(ARABIC_NEWSY, lambda s: len(find_numbers(s)) >= 3)
