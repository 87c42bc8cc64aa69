"""What a date takes from the rest of the text, once every expression is read.

- A text that counts in Hijri years (more years written هـ than Gregorian
  years): its relative years and months are Hijri ones (العام الماضي in an SPA bulletin).
- A fiscal year of two calendar years (السنة المالية 2021-2022): a month
  named bare in its sentence belongs to it (July to June: سبتمبر → 2021-09,
  يناير → 2022-01).
- A day of the month spoken of last (في العشرين منه، 12 من الشهر نفسه), and
  the year spoken of last (24 ديسمبر من العام نفسه).
- The day, week, month, quarter or year before or after the one the text has
  just spoken of (في اليوم التالي، مقارنة بالعام السابق), or that day itself
  (مساء اليوم نفسه).
- The same day, month or quarter in another year (اليوم نفسه من عام 1443هـ،
  الشهر المقابل من العام الماضي، الربع المماثل من العام السابق): the one the
  text spoke of last, moved to that year; the reference's when it named none.
"""
from __future__ import annotations

import datetime as dt
import re

from ... import calendars as cal
from ...arabic import fold
from ...lexicon import dates as L
from ...text import Text
from .parser import Expr
from .resolve import _shift


def counts_in_hijri(exprs: list[Expr], partners: list[tuple[int, int, str]] = ()) -> bool:
    """More years written Hijri than Gregorian, a Gregorian date that only
    glosses a Hijri one (… هـ الموافق … م) not counted: an SPA bulletin, not
    an article under a Hijri masthead."""
    glosses = {k for pair in partners if pair[2] == "same" for k in pair[:2]}
    hijri = sum(e.kind == "hyear" or (e.kind == "hdate" and e.y is not None) for e in exprs)
    gregorian = sum(e.kind == "date" and e.y is not None and k not in glosses for k, e in enumerate(exprs))
    return hijri > gregorian


def before_resolution(layer: Text, exprs: list[Expr], dateline: Expr | None = None,
                      partners: list[tuple[int, int, str]] = ()) -> None:
    """Settle what the document decides before each expression is resolved
    (a dateline is the day the story was filed, never a month of the fiscal year)."""
    if counts_in_hijri(exprs, partners):
        for e in exprs:
            if e.kind == "relunit" and e.unit in ("year", "month"):
                e.part = "hijri"        # العام الماضي، الشهر الماضي in an SPA bulletin: Hijri ones
    fiscal = [(a, b) for a, b in zip(exprs, exprs[1:])
              if a.part == "fiscal" and b.kind == "date" and a.y is not None and b.y == a.y + 1 and b.m is None]
    for a, b in fiscal:
        sentence = layer.sentence_at(a.start)
        for e in exprs:
            if (e.kind == "date" and e.m is not None and e.y is None and e.rel is None and e.year_rel is None
                    and e.month_rel is None and not e.linked and sentence[0] <= e.start < sentence[1]
                    and e is not dateline and not _of_the_running_fiscal_year(layer, exprs, e, a, sentence)):
                e.y = a.y if e.m >= L.FISCAL_START_MONTH else b.y


def _of_the_running_fiscal_year(layer: Text, exprs: list[Expr], e: Expr, named: Expr, sentence) -> bool:
    """Does a fiscal year counted from the reference stand between the sentence's
    start and a month written before the fiscal year named (الربع الأول من العام
    المالي الحالي (يوليو - سبتمبر)، مقابل … العام المالي 2024/2025): its months."""
    return e.start < named.start and any(
        p.y is None and sentence[0] <= p.start and p.end <= e.start and _FISCAL_WORD in fold(layer.text[p.start:p.end])
        for p in exprs)


_FISCAL_WORD = fold("مالي")


def in_the_year_spoken(exprs: list[Expr], resolved: dict, resolve) -> None:
    """من العام نفسه (في مارس 2021 … في 24 ديسمبر من العام نفسه): the Gregorian
    year of the last date before it that has one."""
    for k, e in enumerate(exprs):
        if not e.same_year:
            continue
        year = next((int(v[:4]) for p in reversed(exprs[:k])
                     if (v := resolved[id(p)][0]) and v[:4].isdigit() and p.calendar == "gregorian"), None)
        if year:
            e.y = year
            resolved[id(e)] = resolve(e)


def after_resolution(layer: Text, exprs: list[Expr], resolved: dict, ref: dt.date | None) -> None:
    """Resolve the same day or month in another year from what came before."""
    for k, e in enumerate(exprs):
        if e.kind == "thatmonth":
            resolved[id(e)] = _day_of_that_month(e, exprs[:k], resolved, ref)
            continue
        if e.kind == "samequarter":
            resolved[id(e)] = _quarter_moved(e, exprs[:k], resolved, ref, layer)
            continue
        if e.kind not in ("sameday", "samemonth"):
            continue
        want = 10 if e.kind == "sameday" else 7           # YYYY-MM-DD, or YYYY-MM at least
        spoken = next((resolved[id(p)][0] for p in reversed(exprs[:k])
                       if (v := resolved[id(p)][0]) and "/" not in v and len(v) >= want and v[:4].isdigit()
                       and p.kind not in ("sameday", "samemonth")), None)
        day = dt.date.fromisoformat(spoken[:10]) if spoken and len(spoken) >= 10 else None
        month = (int(spoken[:4]), int(spoken[5:7])) if spoken else ((ref.year, ref.month) if ref else None)
        day = day or (ref if e.kind == "sameday" else None)
        value, written = _moved(e, day, month, ref)
        resolved[id(e)] = (value, "day" if e.kind == "sameday" else "month", True, written)


def _moved(e: Expr, day: dt.date | None, month: tuple[int, int] | None, ref: dt.date | None):
    if e.kind == "sameday":
        if day is None:
            return None, None
        if e.part == "hijri":
            here = cal.gregorian_to_hijri(day)
            y = e.y if e.y is not None else (here[0] + (e.year_rel or 0) if here else None)
            g = cal.hijri_to_gregorian(y, here[1], here[2]) if here and y else None
            return (g.isoformat() if g else None), (f"{y}-{here[1]:02d}-{here[2]:02d}" if g else None)
        y = e.y if e.y is not None else (ref.year + e.year_rel if ref and e.year_rel is not None else None)
        try:
            return (day.replace(year=y).isoformat() if y else None), None
        except ValueError:
            return None, None
    if month is None:
        return None, None
    y = e.y if e.y is not None else (ref.year + e.year_rel if ref and e.year_rel is not None else month[0] - 1)
    return f"{y:04d}-{month[1]:02d}", None


def _quarter_moved(e: Expr, before: list[Expr], resolved: dict, ref: dt.date | None, layer: Text):
    """الربع المماثل من العام الماضي: the quarter its sentence spoke of first
    (the one reported; others are compared with it), else the one the text
    spoke of last, in that year; its year alone when the text named no quarter before."""
    sentence = layer.sentence_at(e.start)
    quarters = [(p, v) for p in before if (v := resolved[id(p)][0]) and _QUARTER.fullmatch(v)]
    here = [v for p, v in quarters if p.start >= sentence[0]]
    spoken = here[0] if here else quarters[-1][1] if quarters else None
    y = e.y if e.y is not None else (ref.year + e.year_rel if ref and e.year_rel is not None
                                     else int(spoken[:4]) - 1 if spoken else None)
    if y is None:
        return None, "quarter", True, None
    if not spoken:
        return f"{y:04d}", "year", True, None          # no quarter named before: only its year is known
    return f"{y:04d}-Q{spoken[-1]}", "quarter", True, None


_QUARTER = re.compile(r"\d{4}-Q[1-4]")


def _day_of_that_month(e: Expr, before: list[Expr], resolved: dict, ref: dt.date | None):
    """في العشرين منه: day d of the month the text named last (its Hijri month
    if that was Hijri), else of the reference's month."""
    for p in reversed(before):
        value, _, _, hijri = resolved[id(p)]
        if p.kind == "hdate" and hijri and len(hijri) >= 7 and hijri[:4].isdigit():
            e.part = "hijri"
            y, m = int(hijri[:4]), int(hijri[5:7])
            g = cal.hijri_to_gregorian(y, m, e.d) if e.d else None
            return (g.isoformat() if g else None), "day", True, (f"{y}-{m:02d}-{e.d:02d}" if g else None)
        if p.kind == "date" and value and "/" not in value and len(value) >= 7 and value[:4].isdigit():
            return _day(int(value[:4]), int(value[5:7]), e.d)
    return _day(ref.year, ref.month, e.d) if ref else (None, "day", True, None)


def _day(y: int, m: int, d: int | None):
    ok = d is not None and 1 <= m <= 12 and 1 <= d <= cal.days_in_month(y, m)
    return (f"{y:04d}-{m:02d}-{d:02d}" if ok else None), "day", True, None


_ANAPHORIC = frozenset(fold(w) for w in L.ANAPHORIC_DIRECTIONS)
_SAME = frozenset(fold(w) for w in L.SAME_DAY)
_REPORTING = ("relday", "weekday")     # أمس، اليوم الاثنين: when a report is told
SAME_DAY_BACK = 3                      # اليوم نفسه may name a day a few sentences back
_FINENESS = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 4, "year": 5}


def from_the_date_spoken(layer: Text, exprs: list[Expr], resolved: dict, resolve) -> None:
    """اليوم التالي، العام السابق، تشرين الأول من العام السابق: a unit before or
    after the date spoken of last in this sentence or the one before (at its
    unit or finer), not counted from the reference."""
    for k, e in enumerate(exprs):
        last = (fold(layer.text[e.start:e.end]).split() or [""])[-1]
        same_day = e.kind == "relday" and e.rel == 0 and last in _SAME     # مساء اليوم نفسه: the day just named
        if last not in _ANAPHORIC and not same_day:
            continue
        unit = "day" if e.kind == "relday" else e.unit if e.kind == "relunit" and e.part is None else None
        of_a_year = e.year_rel and e.y is None and e.kind in ("date", "season", "quarter", "half")
        if not (unit in _FINENESS and (e.rel or same_day) or of_a_year):
            continue
        for spoken in _spoken_before(layer, exprs[:k], resolved, e, reporting=unit == "day",
                                     back=SAME_DAY_BACK if same_day else 1):
            if of_a_year:                     # تشرين الأول من العام السابق: of the year before the one spoken of
                e.y, e.year_rel = spoken[0].year + e.year_rel, None
                resolved[id(e)] = resolve(e)
                break
            if _FINENESS[spoken[1]] <= _FINENESS[unit]:
                try:
                    value, precision, _, _ = _shift(spoken[0], unit, e.rel)
                except (OverflowError, ValueError):         # the day after 31 December 9999
                    value, precision = None, unit
                resolved[id(e)] = (value, precision, True, None)
                break


def _spoken_before(layer: Text, before: list[Expr], resolved: dict, e: Expr, reporting: bool, back: int):
    """The periods spoken of before e: in its sentence the last first, then in
    the `back` sentences before it, each from its first (what a sentence
    reports; the others are compared with it), the nearest sentence first.
    The day a report is told on (أمس الاثنين، اليوم) only when `reporting`:
    the week before is that of the events reported, not of the report."""
    here = layer.sentence_index(e.start)
    start = layer.sentences[here][0] if layer.sentences else 0
    lo = layer.sentences[max(0, here - back)][0] if here > 0 else start
    candidates = [p for p in before if p.start >= lo and p.end <= e.start and (reporting or p.kind not in _REPORTING)]
    this = [p for p in candidates if p.start >= start]
    earlier = sorted((p for p in candidates if p.start < start),
                     key=lambda p: (-layer.sentence_index(p.start), p.start))
    for p in [*reversed(this), *earlier]:
        if spoken := _period_start(resolved[id(p)][0]):
            yield spoken


def _period_start(value: str | None) -> tuple[dt.date, str] | None:
    """The first day of the Gregorian period a value names, and its unit."""
    if not value or not value[:4].isdigit() or "/" in value or "X" in value:
        return None
    y, rest = int(value[:4]), value[4:]
    try:
        if not rest:
            return dt.date(y, 1, 1), "year"
        if re.fullmatch(r"-\d\d-\d\d", rest):
            return dt.date.fromisoformat(value), "day"
        if re.fullmatch(r"-\d\d", rest):
            return dt.date(y, int(rest[1:]), 1), "month"
        if re.fullmatch(r"-W\d\d", rest):
            return dt.date.fromisocalendar(y, int(rest[2:]), 1), "week"
        if re.fullmatch(r"-Q[1-4]", rest):
            return dt.date(y, 3 * int(rest[2]) - 2, 1), "quarter"
        if re.fullmatch(r"-H[12]", rest):
            return dt.date(y, 6 * int(rest[2]) - 5, 1), "half"
        if re.fullmatch(r"-(?:SP|SU|FA|WI)", rest):
            return dt.date(y, 1, 1), "year"            # a season: its year is what it tells of
    except ValueError:
        return None
    return None
