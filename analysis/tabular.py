"""The arithmetic (tabular) Islamic calendar, for Hijri dates outside the Umm
al-Qura table: the thirty-year cycle with its eleven leap years (2, 5, 7, 10,
13, 16, 18, 21, 24, 26, 29), the civil epoch 16 July 622 (Julian).

Days before the Gregorian reform (15 October 1582) are given in the Julian
calendar, as historians write them beside a Hijri date (4 صفر 656هـ is 10
February 1258); later ones in the Gregorian. A Julian day is returned as a
date with its Julian year, month and day."""
from __future__ import annotations

import datetime as dt

EPOCH = 1948439          # the Julian day number before 1 Muharram 1 AH
REFORM = 2299161         # the Julian day number of 15 October 1582, the first Gregorian day
_ORDINAL_OFFSET = 1721425   # Julian day number minus a date's proleptic Gregorian ordinal


def month_length(y: int, m: int) -> int:
    """30 days in odd months, 29 in even ones, 30 in Dhu al-Hijjah of a leap year."""
    return 30 if m % 2 or (m == 12 and (14 + 11 * y) % 30 < 11) else 29


def julian_day(y: int, m: int, d: int) -> int:
    return d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + EPOCH


def to_date(y: int, m: int, d: int) -> dt.date | None:
    """The day y-m-d AH (Julian before the reform), or None for an invalid one."""
    if y < 1 or not 1 <= m <= 12 or not 1 <= d <= month_length(y, m):
        return None
    jd = julian_day(y, m, d)
    try:
        if jd >= REFORM:
            return dt.date.fromordinal(jd - _ORDINAL_OFFSET)
        c = jd + 32082                        # the Julian calendar's day, month and year
        yy = (4 * c + 3) // 1461
        e = c - 1461 * yy // 4
        mm = (5 * e + 2) // 153
        return dt.date(yy - 4800 + mm // 10, mm + 3 - 12 * (mm // 10), e - (153 * mm + 2) // 5 + 1)
    except (ValueError, OverflowError):
        return None
