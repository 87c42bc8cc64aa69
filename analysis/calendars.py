"""Calendars: month names from CLDR (Babel) and hijridate, Umm al-Qura
conversion, and the period arithmetic relative dates need."""
from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache

import babel
from babel import Locale
from hijridate import Gregorian, Hijri

from . import tabular
from .lexicon.dates import GREGORIAN_MONTH_VARIANTS, HIJRI_MONTH_VARIANTS


@lru_cache(maxsize=1)
def gregorian_month_names() -> dict[str, int]:
    """Every Arabic locale's month names (MSA, Levantine/Iraqi, Maghrebi,
    Moroccan, Mauritanian), wide and abbreviated, format and stand-alone."""
    names: dict[str, int] = {}
    for loc in babel.localedata.locale_identifiers():
        if loc != "ar" and not loc.startswith("ar_"):
            continue
        months = Locale.parse(loc).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for n, name in months[context][width].items():
                    if not name.startswith("M"):
                        names.setdefault(" ".join(name.split()), n)
    for name, n in GREGORIAN_MONTH_VARIANTS.items():
        names.setdefault(name, n)
    return names


@lru_cache(maxsize=1)
def hijri_month_names() -> dict[str, int]:
    names = {Hijri(1446, n, 1).month_name("ar"): n for n in range(1, 13)}
    for name, n in HIJRI_MONTH_VARIANTS.items():
        names.setdefault(name, n)
    return names


@lru_cache(maxsize=1)
def weekday_names() -> dict[str, int]:
    """ISO weekday (Monday 0) by name, from CLDR."""
    return {name: n for n, name in Locale.parse("ar").days["format"]["wide"].items()}


def hijri_to_gregorian(y: int, m: int, d: int) -> dt.date | None:
    """Umm al-Qura inside its table (1343–1500 AH); outside it the arithmetic
    calendar (tabular.py: سنة 656هـ، 1213هـ); None for an invalid day."""
    try:
        return dt.date(*Hijri(y, m, d).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return tabular.to_date(y, m, d) if not _in_table(y) else None


def hijri_month_span(y: int, m: int) -> tuple[dt.date, dt.date] | None:
    try:
        h = Hijri(y, m, 1)
        first = dt.date(*h.to_gregorian().datetuple())
        return first, first + dt.timedelta(days=h.month_length() - 1)
    except (ValueError, OverflowError):
        if _in_table(y) or not 1 <= m <= 12:
            return None
        first, last = tabular.to_date(y, m, 1), tabular.to_date(y, m, tabular.month_length(y, m))
        return (first, last) if first and last else None


def _in_table(y: int) -> bool:
    return UMM_AL_QURA[0] <= y <= UMM_AL_QURA[1]


UMM_AL_QURA = (1343, 1500)


def hijri_year_span(y: int) -> tuple[dt.date, dt.date] | None:
    first, last = hijri_month_span(y, 1), hijri_month_span(y, 12)
    return (first[0], last[1]) if first and last else None


def gregorian_to_hijri(d: dt.date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
        return h.year, h.month, h.day
    except (ValueError, OverflowError):
        return None


def days_in_month(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def add_months(d: dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1
