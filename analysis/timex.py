"""The one reader of TIMEX values (SCHEMA.md): their parts, and the periods of
the calendar they cover (the first and last day). Events order and draw by
periods; summaries and cards bound a text's period with them; the views word
values from their parts."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}   # winter runs into the next year
_TIMEX = re.compile(r"(?P<y>\d{4}|\d{3}X|\d{2}XX|X{4})(?:-(?:(?P<m>\d{2}|XX)(?:-(?P<d>\d{2}|XX))?"
                    r"|(?P<part>SP|SU|FA|WI|Q[1-4]|H[12])|W(?P<w>\d{2})(?:-WE)?))?(?:T.*)?")


class Timex(NamedTuple):
    """One TIMEX value that is not an interval, in parts."""
    year: str                  # 2022; 199X a decade, 19XX a century, XXXX unknown
    month: int | None = None
    day: int | None = None
    part: str | None = None    # a season (SP SU FA WI), quarter (Q1…) or half (H1 H2)
    week: int | None = None

    @property
    def decade(self) -> bool:
        return self.year[3] == "X" and self.year[2] != "X"

    @property
    def century(self) -> bool:
        return self.year.endswith("XX") and self.year != "XXXX"


@lru_cache(maxsize=4096)
def parse(value: str | None) -> Timex | None:
    """The parts of a TIMEX value (2022-12-30, 2022-05, 2023-SP, 2024-Q1,
    2018-W28, 199X, XXXX-06-30), or None for an interval or anything else."""
    m = _TIMEX.fullmatch(value or "")
    if not m:
        return None
    number = lambda g: int(m[g]) if m[g] and "X" not in m[g] else None
    t = Timex(m["y"], number("m"), number("d"), m["part"], number("w"))
    if not (1 <= (t.month or 1) <= 12 and 1 <= (t.day or 1) <= 31 and 1 <= (t.week or 1) <= 53):
        return None
    return t


@lru_cache(maxsize=4096)
def period(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of a TIMEX value (2022-12-30, 2022-05, 2023-SP,
    2024-Q1, 2022-H2, 2018-W28, 199X, START/END), or None when its year is
    not known (XXXX-06-30) or the value is not a calendar period."""
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = period(first), period(last)
        return (min(a[0], b[0]), max(a[1], b[1])) if a and b else None
    t = parse(value)
    if t is None or t.year == "XXXX":
        return None
    try:
        if "X" in t.year:                          # decade 199X, century 19XX
            return dt.date(int(t.year.replace("X", "0")), 1, 1), dt.date(int(t.year.replace("X", "9")), 12, 31)
        year = int(t.year)
        if t.day is not None and t.month is not None:
            day = dt.date(year, t.month, t.day)
            return day, day
        if t.month is not None:
            return _months(year, t.month, t.month)
        if t.part in _SEASON_MONTHS:
            return _months(year, *_SEASON_MONTHS[t.part])
        if t.part and t.part[0] == "Q":
            q = int(t.part[1])
            return _months(year, 3 * q - 2, 3 * q)
        if t.part and t.part[0] == "H":
            h = int(t.part[1])
            return _months(year, 6 * h - 5, 6 * h)
        if t.week is not None:
            monday = dt.date.fromisocalendar(year, t.week, 1)
            return monday, monday + dt.timedelta(days=6)
        if "-" in value:
            return None                            # a part the year alone does not give (2022-XX-05)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except (ValueError, OverflowError):
        return None


def day_of(value: str | None) -> dt.date | None:
    """The day a value names, when it names one day."""
    p = period(value)
    return p[0] if p and p[0] == p[1] else None


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    """From the first day of month `first` to the last of month `last` (13, 14 = next year)."""
    start = dt.date(year + (first - 1) // 12, (first - 1) % 12 + 1, 1)
    after = dt.date(year + last // 12, last % 12 + 1, 1)
    return start, after - dt.timedelta(days=1)
