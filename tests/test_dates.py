"""Date mechanisms the corpus table does not show: offsets, reference dates,
datelines, the shape of each mention."""
import datetime as dt
import re

import pytest

from analysis import analyze
from analysis.extract.dates import find_dates
from analysis.text import Text

TIMEX = re.compile(r"(?:\d{4}|X{4})(?:-\d{2}(?:-\d{2})?|-(?:SP|SU|FA|WI|Q[1-4]|H[12]|W\d{2}))?"
                   r"|\d{3}X|\d{2}XX|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}|XXXX-\d{2}(?:-\d{2})?")


def sample_article() -> str:
    with open("sample_data/article_russia_china.txt", encoding="utf-8") as f:
        return f.read()


def test_offsets_hold_and_values_are_timex():
    text = sample_article()
    result = analyze(text)
    assert len(result.dates) >= 20
    for m in result.dates:
        assert text[m.start:m.end] == m.text
        assert m.value is None or TIMEX.fullmatch(m.value), m
        assert m.calendar in ("gregorian", "hijri")
        assert m.precision in ("day", "month", "year", "season", "quarter", "half", "week",
                               "decade", "century", "interval")


def test_mentions_do_not_overlap_and_are_in_order():
    result = analyze(sample_article())
    for a, b in zip(result.dates, result.dates[1:]):
        assert a.end <= b.start


def test_relative_dates_need_a_reference():
    text = "وقال المتحدث أمس إن الاجتماع سيعقد الأسبوع المقبل"
    without = analyze(text)
    assert [m.value for m in without.dates] == [None, None]
    with_ref = analyze(text, dt.date(2025, 4, 3))
    assert [m.value for m in with_ref.dates] == ["2025-04-02", "2025-W15"]
    assert all(m.relative for m in with_ref.dates)


def test_a_dateline_becomes_the_reference_and_says_so():
    text = "الرباط - 3 أبريل 2025: أعلنت الحكومة أمس عن خطة جديدة."
    result = analyze(text)
    assert result.reference_date == dt.date(2025, 4, 3)
    assert result.reference_source == "dateline"
    assert [m.value for m in result.dates] == ["2025-04-03", "2025-04-02"]
    assert any("dateline" in n for n in result.notes)


def test_a_date_inside_a_sentence_is_not_a_dateline():
    result = analyze("عقد الرئيس اجتماعا في بكين يوم 30 ديسمبر 2022 ثم سافر أمس")
    assert result.reference_date is None
    assert result.dates[-1].value is None


def test_a_given_reference_wins_over_the_dateline():
    result = analyze("الرباط - 3 أبريل 2025: أعلنت الحكومة أمس", dt.date(2025, 5, 1))
    assert result.reference_source == "given"
    assert result.dates[-1].value == "2025-04-30"


def test_hijri_mentions_carry_the_date_as_written():
    m = analyze("في 15 رمضان 1446 هـ").dates[0]
    assert (m.value, m.calendar, m.hijri, m.precision) == ("2025-03-15", "hijri", "1446-09-15", "day")


def test_invalid_dates_get_no_value():
    for text in ("31 فبراير 2023", "30/13/2022"):
        assert [m.value for m in analyze(text).dates] == [None], text


def test_month_first_numeric_date_when_the_day_cannot_be_a_month():
    assert analyze("12/30/2022").dates[0].value == "2022-12-30"


def test_diacritics_and_tatweel_inside_words_are_tolerated():
    text = "في الثَّلاثِين مِنْ دِيسَمْبَر ٢٠٢٢ وفي مـايـو 2023"
    assert [m.value for m in analyze(text).dates] == ["2022-12-30", "2023-05"]


def test_find_dates_reports_the_reference_used():
    r = find_dates(Text("اليوم"), dt.date(2020, 1, 1))
    assert (r.reference_date, r.reference_source) == (dt.date(2020, 1, 1), "given")


@pytest.mark.parametrize("text", ["", " ", "\n\n", "abc", "٠٠٠٠", "عام", "يوم يوم يوم"])
def test_degenerate_text(text):
    assert all(text[m.start:m.end] == m.text for m in analyze(text).dates)


@pytest.mark.parametrize(("text", "pairs"), [
    ("جرت مناورات في الفترة من 21 – 27 ديسمبر 2022", [("21", "27 ديسمبر 2022", "range")]),
    ("أجرت موسكو مناورات من 30 أغسطس، وحتى 5 سبتمبر 2022", [("30 أغسطس", "5 سبتمبر 2022", "range")]),
    ("شن التحالف ضربات بين آب/أغسطس 2014 ونهاية نيسان/ابريل 2018",
     [("آب/أغسطس 2014", "نهاية نيسان/ابريل 2018", "range")]),
    ("صدر الأمر بتاريخ 6 جمادى الآخرة 1439هـ الموافق 22 فبراير 2018",
     [("6 جمادى الآخرة 1439هـ", "22 فبراير 2018", "same")]),
    ("وأسفرت ضربات في 16 نوفمبر و28 ديسمبر 2017 عن قتلى", []),           # a list: two times
    ("في 3 مايو 2021. وفي 5 مايو 2021 وقعت", []),
], ids=["dash", "comma and حتى", "بين … و", "الموافق", "a list", "two sentences"])
def test_a_range_and_an_equivalent_are_partners(text, pairs):
    """The date reader links a range's two ends and a date's other-calendar
    equivalent; events read one time from the pair."""
    dates = analyze(text, dt.date(2025, 4, 3)).dates
    found = [(m.text, dates[m.partner].text, m.link) for m in dates if m.partner is not None and m.partner > dates.index(m)]
    assert found == pairs
    for i, m in enumerate(dates):
        assert m.partner is None or dates[m.partner].partner == i
