"""The key metrics of an Analysis: what a briefing states first.

    m = key_metrics(result, title=document.title)
    m.headline, m.dates, m.figures, m.events, m.period, m.largest_amounts, m.killed, m.injured
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .model import Analysis, DateMention, Figure

_HEADLINE_WORDS = 16
_SEASON_MONTHS = {"WI": (12, 2), "SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}
_PART = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(SP|SU|FA|WI)|-Q([1-4])|-H([12])|-W(\d{2}))?$")


@dataclass(frozen=True)
class KeyMetrics:
    headline: str
    dates: int                           # how many date mentions
    figures: int
    events: int
    period: tuple[DateMention, DateMention] | None   # earliest and latest dated mention
    largest_amounts: tuple[Figure, ...]  # up to 3 money figures, largest first, distinct
    killed: Figure | None                # the largest killed figure
    injured: Figure | None               # the largest injured figure


def key_metrics(result: Analysis, title: str | None = None) -> KeyMetrics:
    dated = [(b, m) for m in result.dates if (b := bounds(m.value))]
    period = None
    if dated:
        first = min(dated, key=lambda bm: (bm[0][0], bm[1].start))[1]
        last = max(dated, key=lambda bm: (bm[0][1], -bm[1].start))[1]
        period = (first, last)
    return KeyMetrics(
        headline=headline(result.text, title),
        dates=len(result.dates),
        figures=len(result.figures),
        events=len(result.events),
        period=period,
        largest_amounts=_largest_amounts(result.figures),
        killed=_largest(result.figures, "killed"),
        injured=_largest(result.figures, "injured"),
    )


def headline(text: str, title: str | None = None) -> str:
    """The title when the input has one, else the text's first line, cut to a
    headline's length."""
    if title and title.strip():
        return " ".join(title.split())
    first = next((line for line in text.splitlines() if line.strip()), "")
    words = first.split()
    if len(words) <= _HEADLINE_WORDS:
        return " ".join(words)
    return " ".join(words[:_HEADLINE_WORDS]) + " …"


def _largest_amounts(figures: tuple[Figure, ...], n: int = 3) -> tuple[Figure, ...]:
    """Amounts of different currencies are ranked by their stated numbers: no
    exchange rates are assumed. The same amount stated twice counts once."""
    seen, out = set(), []
    for f in sorted((f for f in figures if f.kind == "money" and f.value is not None),
                    key=lambda f: (-f.value, f.start)):
        if (f.value, f.unit) not in seen:
            seen.add((f.value, f.unit))
            out.append(f)
    return tuple(out[:n])


def _largest(figures: tuple[Figure, ...], kind: str) -> Figure | None:
    found = [f for f in figures if f.kind == kind and f.value is not None]
    return max(found, key=lambda f: (f.value, -f.start)) if found else None


def bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a TIMEX value covers; None when a part is unknown
    (XXXX-08-30) or the value is not a period."""
    if not value:
        return None
    if "/" in value:
        start, _, end = value.partition("/")
        a, b = bounds(start), bounds(end)
        return (a[0], b[1]) if a and b and a[0] <= b[1] else None
    if re.fullmatch(r"\d{3}X", value):
        y = int(value[:3]) * 10
        return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    if re.fullmatch(r"\d{2}XX", value):
        y = int(value[:2]) * 100
        return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)
    m = _PART.fullmatch(value)
    if not m:
        return None
    year, month, day, season, quarter, half, week = m.groups()
    y = int(year)
    try:
        if day:
            d = dt.date(y, int(month), int(day))
            return d, d
        if month:
            return _months(y, int(month), int(month))
        if season:
            first, last = _SEASON_MONTHS[season]
            if season == "WI":      # winter 2023 runs from December 2023 into 2024
                return dt.date(y, 12, 1), _months(y + 1, 2, 2)[1]
            return _months(y, first, last)
        if quarter:
            q = int(quarter)
            return _months(y, 3 * q - 2, 3 * q)
        if half:
            h = int(half)
            return _months(y, 6 * h - 5, 6 * h)
        if week:
            monday = dt.date.fromisocalendar(y, int(week), 1)
            return monday, monday + dt.timedelta(days=6)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])
