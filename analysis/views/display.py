"""Values written for people: a figure as an Arab reader writes it
(١٧٠ مليار دولار) and as an English brief writes it (USD 170 bn), and a
TIMEX date value in words (30 Dec 2022, spring 2023).

Arabic scale words, their plural agreement and currency names come from CLDR
through Babel; only the English brief abbreviations (bn, m, trn) are ours.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from .. import timex
from ..model import DateMention, Figure

ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_ENGLISH_SCALES = ((1e12, "trn"), (1e9, "bn"), (1e6, "m"))
_KIND_WORDS = {"killed": "killed", "injured": "injured", "people": "people"}
# Arabic news writes the US dollar as plain دولار; every other currency takes CLDR's name
_NEWSROOM_CURRENCY = {"USD": "دولار"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_MODS = {"START": "early {}", "MID": "mid-{}", "END": "end of {}", "APPROX": "about {}"}
APPROX_WORDS = {"about": "about", "more_than": "more than", "less_than": "less than",
                "at_least": "at least", "up_to": "up to", "vague": "vague"}


def _scaled(value: float, scales) -> tuple[float, object] | None:
    """(value in the largest scale, scale) when two decimals at most say it exactly."""
    for size, name in scales:
        if abs(value) >= size:
            amount = value / size
            if abs(amount * 100 - round(amount * 100)) < 1e-6:
                return amount, name
            return None
    return None


def _plain(amount: float) -> str:
    return f"{amount:,.2f}".rstrip("0").rstrip(".") if amount % 1 else f"{amount:,.0f}"


def english_number(value: float) -> str:
    """170 bn, 8.06 bn, 1.2 m, 3,085, 15.5"""
    scaled = _scaled(value, _ENGLISH_SCALES)
    if scaled:
        return f"{_plain(scaled[0])} {scaled[1]}"
    return _plain(value)


@lru_cache(maxsize=1)
def _arabic_locale():
    from babel import Locale
    return Locale.parse("ar")


def arabic_number(value: float) -> str:
    """١٧٠ مليار، ٨٫٠٦ مليار، ٣ ملايين، ٣٬٠٨٥، ١٥٫٥ — in Arabic-Indic digits."""
    from babel.numbers import format_compact_decimal, format_decimal

    if _scaled(value, _ENGLISH_SCALES):
        text = format_compact_decimal(value, locale="ar", format_type="long",
                                      fraction_digits=2, numbering_system="arab")
    else:
        text = format_decimal(value, locale="ar", format="#,##0.##", numbering_system="arab")
    return text.translate(ARABIC_DIGITS)


def _english_unit(fig: Figure) -> str:
    unit = fig.unit or ""
    if fig.kind in _KIND_WORDS:
        return _KIND_WORDS[fig.kind]
    if not unit.isascii():
        return ""
    if fig.value != 1 and unit.isalpha() and unit.islower() and len(unit) > 2:
        return _plural(unit)        # barrels, cities; km, MW stay as they are
    return unit


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def english_value(fig: Figure) -> str:
    """How an English brief writes the figure: USD 170 bn, 15.5%, 112 killed."""
    if fig.value is None:
        return f"unstated number ({_english_unit(fig) or fig.kind})"
    number = english_number(fig.value)
    if fig.kind == "money" and fig.unit:
        return f"{fig.unit} {number}"
    if fig.kind == "percent":
        return f"{number}%"
    unit = _english_unit(fig)
    return f"{number} {unit}" if unit else number


def arabic_value(fig: Figure) -> str:
    """How an Arab reader writes the figure: ١٧٠ مليار دولار، ٣ ملايين يورو، ١٥٫٥٪."""
    if fig.value is None:
        return fig.text
    number = arabic_number(fig.value)
    if fig.kind == "percent":
        return number + "٪"
    if fig.kind == "money" and fig.unit:
        name = _NEWSROOM_CURRENCY.get(fig.unit) or _arabic_locale().currencies.get(fig.unit)
        if name:
            return f"{number} {name}"
    return number


# ---------------------------------------------------------------- dates

def _month(year: int, month: int) -> str:
    return dt.date(year, month, 1).strftime("%b %Y")


def date_words(value: str | None, mod: str | None = None) -> str:
    """A TIMEX value in words: 30 Dec 2022, May 2022, spring 2023, Q1 2024,
    the 1990s, 30 Aug 2022 – 5 Sep 2022; X parts stay visible (Aug 30, year unknown)."""
    return _in_words(value, mod, _single, _MODS, "unresolved")


def _in_words(value: str | None, mod: str | None, single, mods: dict[str, str], unresolved: str) -> str:
    """A TIMEX value, a range of two or one, with its modifier, in words of one language."""
    if not value:
        return unresolved
    words = " – ".join(single(v) for v in value.split("/", 1))
    return mods[mod].format(words) if mod in mods else words


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _single(value: str) -> str:
    t = timex.parse(value)
    if t is None:
        return value
    if t.decade:
        return f"the {t.year[:3]}0s"
    if t.century:
        return f"the {_ordinal(int(t.year[:2]) + 1)} century"
    if "X" in t.year:
        return value                   # XXXX-08-30 and the like: as normalised
    year = int(t.year)
    try:
        if t.day and t.month:
            return dt.date(year, t.month, t.day).strftime("%-d %b %Y")
        if t.month:
            return _month(year, t.month)
    except ValueError:
        return value
    if t.part:
        return f"{_SEASONS[t.part]} {year}" if t.part in _SEASONS else f"{t.part} {year}"
    if t.week:
        return f"week {t.week} of {year}"
    return value if "-" in value else str(year)


def period_words(period: tuple[DateMention, DateMention] | None) -> str:
    """The period an article covers, from its earliest to its latest date: May 2022 → spring 2023."""
    if not period:
        return "—"
    first, last = (date_words(m.value, m.mod) for m in period)
    return first if first == last else f"{first} → {last}"


def date_title(mention: DateMention) -> str:
    """The hover text of a date: its value and how it reads."""
    parts = [mention.value or "no value", date_words(mention.value, mention.mod)]
    if mention.calendar == "hijri" and mention.hijri:
        parts.append(f"Hijri {mention.hijri}")
    return " · ".join(dict.fromkeys(parts))


def figure_title(fig: Figure) -> str:
    """The hover text of a figure: its value, kind, measure, approximation."""
    parts = [english_value(fig), fig.kind]
    if fig.measure:
        parts.append(fig.measure)
    if fig.approx:
        parts.append(APPROX_WORDS.get(fig.approx, fig.approx))
    return " · ".join(parts)


# ---------------------------------------------------------------- dates in Arabic words (the card, the Arabic interface)

_SEASON_WORDS = {"SP": "ربيع", "SU": "صيف", "FA": "خريف", "WI": "شتاء"}
_HALF_WORDS = {"H1": "النصف الأول من", "H2": "النصف الثاني من"}


@lru_cache(maxsize=1)
def _calendar_words() -> tuple[tuple[str, ...], dict[str, str]]:
    """Month and quarter names from CLDR (Babel): يناير…، الربع الأول…"""
    from babel.dates import get_month_names, get_quarter_names

    months = get_month_names("wide", locale="ar")
    quarters = get_quarter_names("wide", locale="ar")
    return tuple(months[i] for i in range(1, 13)), {f"Q{i}": quarters[i] for i in range(1, 5)}


def value_words(value: str) -> str:
    """A resolved TIMEX value in Arabic: ربيع 2023، الربع الأول 2024، or its span's words."""
    t = timex.parse(value)
    named = t and {**_SEASON_WORDS, **_HALF_WORDS, **_calendar_words()[1]}.get(t.part)
    if named and t.year.isdigit():
        return f"{named} {t.year}"
    span = timex.period(value)
    return span_words(*span) if span else value


def span_words(first: dt.date, last: dt.date) -> str:
    """A period in Arabic at the precision its ends have: 30 ديسمبر 2022،
    21 – 27 ديسمبر 2022، مايو 2022، 2021 – 2027."""
    months = _calendar_words()[0]
    whole_years = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
    whole_months = first.day == 1 and (last + dt.timedelta(days=1)).day == 1
    if whole_years:
        return str(first.year) if first.year == last.year else f"{first.year} – {last.year}"
    if whole_months:
        a, b = f"{months[first.month - 1]} {first.year}", f"{months[last.month - 1]} {last.year}"
        if a == b:
            return a
        return f"{months[first.month - 1]} – {b}" if first.year == last.year else f"{a} – {b}"
    b = f"{last.day} {months[last.month - 1]} {last.year}"
    if first == last:
        return b
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} – {b}"
    if first.year == last.year:
        return f"{first.day} {months[first.month - 1]} – {b}"
    return f"{first.day} {months[first.month - 1]} {first.year} – {b}"


_ARABIC_MODS = {"START": "مطلع {}", "MID": "منتصف {}", "END": "نهاية {}", "APPROX": "حوالي {}"}


def arabic_date_words(value: str | None, mod: str | None = None) -> str:
    """A TIMEX value in Arabic words: 30 ديسمبر 2022، ربيع 2023، نهاية سبتمبر 2024."""
    return _in_words(value, mod, lambda v: value_words(v) if timex.period(v) else v, _ARABIC_MODS, "غير محدد")


def dates_in(lang: str, value: str | None, mod: str | None = None) -> str:
    """A TIMEX value in the words of the interface language ("en" or "ar")."""
    return arabic_date_words(value, mod) if lang == "ar" else date_words(value, mod)


def period_in(lang: str, period: tuple[DateMention, DateMention] | None) -> str:
    """period_words in the interface language."""
    if not period:
        return "—"
    first, last = (dates_in(lang, m.value, m.mod) for m in period)
    if first == last:
        return first
    return f"من {first} إلى {last}" if lang == "ar" else f"{first} → {last}"
