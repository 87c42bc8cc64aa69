"""A weekday or a feast told beside the date it falls on: الفاتح من نوفمبر
يصادف هذه السنة يوم السبت، عيد الأضحى المبارك المصادف لـ 6 جوان الماضي.
The written date of its clause decides which Saturday, which year's feast,
where the reference alone would guess the last one or this year's; a weekday
still to come after the days written before it is the first one after them
(حتى يوم الاثنين 23 منه، على أن يستأنف الدوام صباح الثلاثاء: the 24th)."""
from __future__ import annotations

import datetime as dt

from ... import calendars as cal
from ...lexicon import dates as L
from ...text import Text
from ...timex import day_of
from .feasts import _feast_day
from . import tense
from .parser import Expr

WEEK = 7            # a weekday is the written date's when that date is within a week of it
FEAST_SLACK = 2     # a feast's day may differ by a sighting from the date written beside it


def anchor_to_written_dates(layer: Text, exprs: list[Expr], resolved: dict) -> None:
    written: dict[int, list[tuple[int, dt.date]]] = {}      # clause → (where, day) of the days written in full in it
    for e in exprs:
        if e.kind == "date" and e.m is not None and e.d is not None and (day := day_of(resolved[id(e)][0])):
            written.setdefault(layer.clause_index(e.start), []).append((e.start, day))
    if not written:
        return
    for e in exprs:
        entries = written.get(layer.clause_index(e.start))
        if not entries:
            continue
        days = [d for _, d in entries]
        value, precision, relative, hijri = resolved[id(e)]
        if e.kind == "weekday" and e.rel is None and (guess := day_of(value)):
            day = next((d for d in days if d.weekday() == e.part and abs((d - guess).days) <= WEEK), None)
            earlier = [d for start, d in entries if start < e.start]
            if day is None and earlier and tense.will_do(layer, e):
                last = max(earlier)              # … إلى يوم الاثنين 23 منه، على أن يستأنف الدوام صباح الثلاثاء
                ahead = (e.part - last.weekday()) % WEEK or WEEK                           # the Tuesday after
                day = last + dt.timedelta(days=ahead) if dt.date.max - last >= dt.timedelta(days=ahead) else None
            if day:
                resolved[id(e)] = (day.isoformat(), precision, relative, hijri)
        elif e.kind == "feast" and e.y is None and e.year_rel is None and (guess := day_of(value)):
            day = _feast_near(e, guess, days)
            if day:
                resolved[id(e)] = (day.isoformat(), precision, relative, _hijri_of(e, day))


def _feast_near(e: Expr, guess: dt.date, days: list[dt.date]) -> dt.date | None:
    """The feast in a year next to its guess that falls beside a written day."""
    if e.part in ("gregorian", "easter"):
        years = [guess.year - 1, guess.year, guess.year + 1]
    else:
        here = cal.gregorian_to_hijri(guess)
        years = [here[0] - 1, here[0], here[0] + 1] if here else []
    for y in years:
        g = _feast_day(e, y)
        if g and any(abs((g - d).days) <= FEAST_SLACK for d in days):
            return g
    if e.part == "gregorian" and not e.rel:         # عيد الميلاد المجيد beside 7 January: the Copts'
        for m, d in L.FEAST_OTHER_DAYS.get((e.m, e.d), []):
            if day := next((w for w in days if (w.month, w.day) == (m, d)), None):
                return day
    return None


def _hijri_of(e: Expr, day: dt.date) -> str | None:
    if e.part in ("gregorian", "easter"):
        return None
    h = cal.gregorian_to_hijri(day)
    return f"{h[0]}-{h[1]:02d}-{h[2]:02d}" if h else None
