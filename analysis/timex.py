"""TIMEX values (SCHEMA.md) as periods of the calendar: the first and last
day each covers. Events order and draw by it; summaries and cards bound a
text's period with it."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}   # winter runs into the next year
_TIMEX = re.compile(r"(?P<y>\d{4}|\d{3}X|\d{2}XX)(?:-(?P<rest>[^T]+))?(?:T.*)?")


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
    m = _TIMEX.fullmatch(value)
    if not m:
        return None
    y, rest = m["y"], (m["rest"] or "").replace("-XX", "").replace("XX", "")
    try:
        if "X" in y:                               # decade 199X, century 19XX
            return dt.date(int(y.replace("X", "0")), 1, 1), dt.date(int(y.replace("X", "9")), 12, 31)
        year = int(y)
        if not rest:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if re.fullmatch(r"0[1-9]|1[0-2]", rest):
            return _months(year, int(rest), int(rest))
        if re.fullmatch(r"\d\d-\d\d", rest):
            day = dt.date(year, int(rest[:2]), int(rest[3:]))
            return day, day
        if rest in _SEASON_MONTHS:
            return _months(year, *_SEASON_MONTHS[rest])
        if re.fullmatch(r"Q[1-4]", rest):
            q = int(rest[1])
            return _months(year, 3 * q - 2, 3 * q)
        if re.fullmatch(r"H[12]", rest):
            h = int(rest[1])
            return _months(year, 6 * h - 5, 6 * h)
        w = re.fullmatch(r"W(\d\d)(?:-WE)?", rest)
        if w:
            monday = dt.date.fromisocalendar(year, int(w[1]), 1)
            return monday, monday + dt.timedelta(days=6)
    except (ValueError, OverflowError):
        return None
    return None


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    """From the first day of month `first` to the last of month `last` (13, 14 = next year)."""
    start = dt.date(year + (first - 1) // 12, (first - 1) % 12 + 1, 1)
    after = dt.date(year + last // 12, last % 12 + 1, 1)
    return start, after - dt.timedelta(days=1)
