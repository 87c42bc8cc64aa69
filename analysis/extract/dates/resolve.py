"""Resolution: each expression to a TIMEX value, against the reference date."""
from __future__ import annotations

import dataclasses
import datetime as dt

from ... import calendars as cal
from ...lexicon import dates as L
from ...text import Text
from ...timex import period
from .feasts import resolve_feast
from .parser import MAX_HIJRI_YEAR, Expr
from . import tense
from .weeks import month_day, nearest_weekday_day, place

def _span(a: dt.date, b: dt.date) -> str:
    return f"{a.isoformat()}/{b.isoformat()}"


def _resolve(e: Expr, ref: dt.date | None, layer: Text) -> tuple[str | None, str, bool, str | None]:
    """(value, precision, relative, hijri as written) of one expression; no value
    where counting from the reference leaves the calendar (يوم الجمعة on 9999-12-31)."""
    try:
        value, precision, relative, hijri = _resolve_one(e, ref, layer)
    except (OverflowError, ValueError):         # year 0 or 10000
        return None, _PRECISION.get(e.kind, e.unit or "day"), True, None
    if value and value.startswith("0000"):      # the November before 2 January of year 1: no such year
        return None, precision, relative, hijri
    return value, precision, relative, hijri


def _resolve_one(e: Expr, ref: dt.date | None, layer: Text) -> tuple[str | None, str, bool, str | None]:
    k = e.kind
    if k == "date":
        return _resolve_gregorian(e, ref, layer)
    if k == "weekof":                                   # أسبوع 16 سبتمبر
        value, _, relative, _ = _resolve_gregorian(e, ref, layer)
        if not value or len(value) != 10 or not value[:4].isdigit():
            return None, "week", relative, None
        y, w, _ = dt.date.fromisoformat(value).isocalendar()
        return f"{y:04d}-W{w:02d}", "week", relative, None
    if k == "hdate":
        return _resolve_hijri(e, ref, ref is not None and e.y is None and e.rel is None and e.year_rel is None
                              and not tense.since(layer, e) and tense.future(layer, e))
    if k == "hyear":
        span = cal.hijri_year_span(e.y)
        return (_span(*span) if span else None), "interval", False, str(e.y)
    if k == "feast":
        return resolve_feast(e, ref, ref is not None and e.y is None and tense.future(layer, e))
    if k in ("decade", "century"):
        century = e.y               # the ordinal: 20 is the twentieth century, 19XX
        if isinstance(century, tuple):
            if not ref:
                return None, k, True, None
            century = ref.year // 100 + 1 + century[1]
        prefix = f"{century - 1:02d}"
        return (f"{prefix}{e.part}X" if k == "decade" else f"{prefix}XX"), k, isinstance(e.y, tuple), None
    if k in ("season", "quarter", "half"):
        return _resolve_period(e, ref)
    if k == "mspan":
        return _resolve_months(e, ref)
    if k == "within":           # ثالث ثلاثاء في أيلول 2014، الأسبوع الأول من أكتوبر: inside that period
        plain = dataclasses.replace(e, kind="hdate" if e.unit == "hmonth" else "date", d=None, part=None)
        base = _resolve(plain, ref, layer)
        return place(e, base[0], base[2])
    if k in ("sameday", "samemonth", "samequarter", "thatmonth"):
        precision = {"samemonth": "month", "samequarter": "quarter"}.get(k, "day")
        return None, precision, True, None      # read in context.py
    if k == "rest":             # بقية العام: from the reference to the end of its year
        if ref is None:
            return None, "interval", True, None
        return _span(ref, _end_of(ref, e.unit)), "interval", True, None
    if ref is None:
        return None, _PRECISION.get(k, e.unit or "day"), True, None
    if k == "relunit" and e.unit == "year" and e.part == "hijri":
        return _hijri_year(ref, e.rel)
    if k == "relunit" and e.unit == "month" and e.part == "hijri":
        return _hijri_month(ref, e.rel)
    if k == "relday":
        return (ref + dt.timedelta(days=e.rel)).isoformat(), "day", True, None
    if k == "ago":
        return _shift(ref, e.unit, e.rel)
    if k == "offset":                                # 2 سنة و1 شهر و21 أيام من الآن
        return _offset(ref, e.part, e.rel if e.rel is not None else (1 if tense.future(layer, e) else -1))
    if k == "weekday":
        return _resolve_weekday(e, ref, layer)
    if k == "monthday":                              # يوم 27
        return month_day(ref, e.d, tense.future(layer, e))
    if k == "weekday_day":                           # يوم الجمعة 15
        return nearest_weekday_day(ref, e.d, e.part)
    if k == "weekday_of_week":                       # الأسبوع المقبل يوم الجمعة: ISO weeks, Monday first
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=e.rel)
        return (monday + dt.timedelta(days=e.part)).isoformat(), "day", True, None
    return _shift(ref, e.unit, e.rel)


def _resolve_months(e: Expr, ref: dt.date | None):
    """The first or last n months of a year (Q1, H2, or an interval) or of a
    fiscal year (or n months from the `skip`-th: its second quarter)."""
    first, n, fiscal, *skip = e.part
    if fiscal:
        if ref is None and e.y is None:
            return None, "interval", True, None
        start_month = L.FISCAL_START_MONTH
        y0 = e.y if e.y is not None else (ref.year if ref.month >= start_month else ref.year - 1) + (e.year_rel or 0)
        offset = skip[0] if skip else 0 if first else 12 - n
        begin = cal.add_months(dt.date(y0, start_month, 1), offset)
        end = cal.add_months(dt.date(y0, start_month, 1), offset + n - 1)
        a, b = dt.date(*begin, 1), dt.date(*end, cal.days_in_month(*end))
        return _span(a, b), "interval", True, None
    year = e.y if e.y is not None else (ref.year + e.year_rel if ref and e.year_rel is not None else None)
    if year is None:
        return None, "interval", True, None
    relative = e.y is None
    if n == 12:
        return f"{year:04d}", "year", relative, None
    if n in (3, 6):
        part = (f"Q{1 if first else 4}", "quarter") if n == 3 else (f"H{1 if first else 2}", "half")
        return f"{year:04d}-{part[0]}", part[1], relative, None
    m0, m1 = (1, n) if first else (13 - n, 12)
    return _span(dt.date(year, m0, 1), dt.date(year, m1, cal.days_in_month(year, m1))), "interval", relative, None


def _hijri_year(ref: dt.date, rel: int):
    """The Hijri year rel years from the reference's, as an interval: العام الهجري الحالي."""
    here = cal.gregorian_to_hijri(ref)
    span = cal.hijri_year_span(here[0] + rel) if here else None
    return (_span(*span) if span else None), "interval", True, str(here[0] + rel) if here else None


def _hijri_month(ref: dt.date, rel: int):
    """The Hijri month rel months from the reference's, as an interval: الشهر الماضي in a Hijri text."""
    here = cal.gregorian_to_hijri(ref)
    if not here:
        return None, "interval", True, None
    y, m = divmod(here[0] * 12 + here[1] - 1 + rel, 12)
    span = cal.hijri_month_span(y, m + 1)
    return (_span(*span) if span else None), "interval", True, f"{y}-{m + 1:02d}"


def _resolve_weekday(e: Expr, ref: dt.date, layer: Text):
    """A bare weekday in a report of past events is the latest such day on or
    before the reference; an announced one the next; الماضي strictly before,
    المقبل strictly after, قبل الماضي a week earlier still."""
    ahead = (e.part - ref.weekday()) % 7          # 0..6 days to the next such day
    ahead_of_us = tense.future(layer, e) or tense.will_do(layer, e) or tense.starting_from(layer, e) \
        or tense.scheduled_before(layer, e)
    rel = e.rel if e.rel is not None else (1 if ahead_of_us else -1)
    if rel > 0:
        delta = (ahead or (7 if e.rel else 0)) + 7 * (rel - 1)
    else:
        behind = (7 - ahead) % 7 or (7 if e.rel else 0)
        delta = -behind - 7 * (-rel - 1)
    return (ref + dt.timedelta(days=delta)).isoformat(), "day", True, None


def _season_year(part: str, ref: dt.date, rel: int) -> int:
    """الصيف المقبل: the next summer not yet begun by the reference (this year's in May);
    الشتاء الماضي: the last winter already over (a winter runs into the next year)."""
    spans = [(y, span) for y in range(max(1, ref.year - 2), min(9999, ref.year + 1) + 1)
             if (span := period(f"{y:04d}-{part}"))]
    if rel > 0:
        return next((y for y, (start, _) in spans if start > ref), ref.year + 1)
    return next((y for y, (_, end) in reversed(spans) if end < ref), ref.year - 1)


def _resolve_period(e: Expr, ref):
    k = e.kind
    if e.y is None and ref is None:
        return None, "interval" if e.month_of_half else k, True, None
    if e.y is not None:
        year = e.y
    elif e.year_rel is not None:
        year = ref.year + e.year_rel
    else:                       # الربع الأول، السداسي الأول alone: the latest one begun by the reference
        months = 3 if k == "quarter" else 6
        year = ref.year - (months * (e.part - 1) + 1 > ref.month)
    if k == "season":
        if e.y is None and e.rel in (-1, 1):
            year = _season_year(e.part, ref, e.rel)
        return f"{year:04d}-{e.part}", "season", e.y is None, None
    if k == "quarter":
        return f"{year:04d}-Q{e.part}", "quarter", e.y is None, None
    if k == "half":
        if e.month_of_half:
            month = e.m or ref.month
            if e.month_rel and e.y is None:
                year, month = cal.add_months(ref, e.month_rel)       # النصف الثاني من الشهر المقبل
            elif e.m and e.rel in (-1, 1) and e.y is None:             # النصف الثاني من يونيو المقبل
                year = ref.year + (e.rel if (e.m - ref.month) * e.rel <= 0 else 0)
            mid = 15
            a = dt.date(year, month, 1 if e.part == 1 else mid + 1)
            b = dt.date(year, month, mid if e.part == 1 else cal.days_in_month(year, month))
            return _span(a, b), "interval", e.y is None, None
    return f"{year:04d}-H{e.part}", "half", e.y is None, None


_PRECISION = {"relday": "day", "weekday": "day", "weekday_of_week": "day", "weekday_day": "day", "offset": "day",
              "monthday": "day"}


def _offset(ref: dt.date, part: tuple[int, int], sign: int):
    """The reference moved by months then days, forward or back."""
    months, days = part
    y, m = cal.add_months(ref, sign * months)
    if not 1 <= y <= 9999:
        return None, "day", True, None
    try:
        day = dt.date(y, m, min(ref.day, cal.days_in_month(y, m))) + dt.timedelta(days=sign * days)
    except OverflowError:
        return None, "day", True, None
    return day.isoformat(), "day", True, None


def _end_of(ref: dt.date, unit: str) -> dt.date:
    """The last day of the reference's ISO week, month or year."""
    if unit == "week":
        return ref + dt.timedelta(days=6 - ref.weekday())
    if unit == "month":
        return ref.replace(day=cal.days_in_month(ref.year, ref.month))
    return ref.replace(month=12, day=31)


def _shift(ref: dt.date, unit: str, n: int):
    if unit == "day":
        return (ref + dt.timedelta(days=n)).isoformat(), "day", True, None
    if unit == "week":
        y, w, _ = (ref + dt.timedelta(weeks=n)).isocalendar()
        return f"{y:04d}-W{w:02d}", "week", True, None
    if unit == "month":
        y, m = cal.add_months(ref, n)
        return f"{y:04d}-{m:02d}", "month", True, None
    if unit == "year":
        return f"{ref.year + n:04d}", "year", True, None
    if unit == "decade":
        return f"{(ref.year // 10 + n) * 10 // 10:03d}X", "decade", True, None
    if unit in ("quarter", "half"):
        size = 3 if unit == "quarter" else 6
        index = ref.year * (12 // size) + (ref.month - 1) // size + n       # periods counted since year 0
        y, part = divmod(index, 12 // size)
        return f"{y:04d}-{'Q' if unit == 'quarter' else 'H'}{part + 1}", unit, True, None
    return None, unit, True, None


def _year_of(m: int, d: int | None, ref_year: int, ref_md: tuple[int, int], rel: int | None,
             future: bool) -> int:
    """The year of a month (and day) written without one: the latest not after
    the reference for past events (strictly before with الماضي), the next one
    for announced events (strictly after with المقبل), this year with الجاري."""
    if rel == 0:
        return ref_year
    if rel == 1 or future:
        after = (m, d or 31) > ref_md if rel == 1 else (m, d or 31) >= ref_md
        return ref_year if after else ref_year + 1
    before = (m, d or 31) < ref_md if rel == -1 else (m, d or 1) <= ref_md
    return ref_year if before else ref_year - 1


def _scheduled_year(m: int, d: int | None, ref: dt.date) -> int:
    """The year of a day (or month) an event is scheduled on in the present
    tense: this year's unless it is over by more than NEAR_BEHIND days
    (يعقد المجلس اجتماعه يوم 5 مايو, a few days back), else the next."""
    if not 1 <= m <= 12:
        return ref.year
    last = min(d, cal.days_in_month(ref.year, m)) if d else cal.days_in_month(ref.year, m)
    return ref.year if (dt.date(ref.year, m, last) - ref).days >= -NEAR_BEHIND else ref.year + 1


NEAR_BEHIND = 31       # a scheduled day this close before the reference is the one just held
NEAR_AHEAD = 31        # a day and month with no year this close after the reference is still to come


def _days_ahead(ref: dt.date, m: int, d: int | None) -> bool:
    """Is this year's day d of month m a few days after the reference (تأجيل الموعد إلى 15 أوت)?
    A text that names a day so close without its year means the coming one."""
    if d is None or not 1 <= m <= 12 or not 1 <= d <= cal.days_in_month(ref.year, m):
        return False
    return 0 < (dt.date(ref.year, m, d) - ref).days <= NEAR_AHEAD


def _soon_after(ref: dt.date, m: int, layer: Text, e: Expr) -> bool:
    """A month a few months after the reference's, after اعتبارا من: the coming one, the nearest."""
    return 0 < (m - ref.month) % 12 <= SOON_MONTHS and tense.starting_from(layer, e)


SOON_MONTHS = 5


def _year_of_weekday(m: int, d: int, weekday: int, ref: dt.date) -> int:
    """The year near the reference in which day d of month m is this weekday
    (الخميس 15 أغسطس); the nearest when none is."""
    years = [y for y in (ref.year, ref.year + 1, ref.year - 1) if d <= cal.days_in_month(y, m)]
    fits = [y for y in years if dt.date(y, m, d).weekday() == weekday] or years
    # none fits (a slip in the weekday or the day): a weekday still says the day is near
    return min(fits, key=lambda y: abs((dt.date(y, m, d) - ref).days)) if fits else ref.year


def _resolve_gregorian(e: Expr, ref, layer: Text):
    y, m, d = e.y, e.m, e.d
    relative = False
    if e.month_rel is not None:
        if ref is None:
            return None, "day", True, None
        (y, m), relative = cal.add_months(ref, e.month_rel), True
    if y is None and ref is not None and not e.linked:
        if e.year_rel is not None:
            y, relative = ref.year + e.year_rel, True
        elif m is not None and d is not None and isinstance(e.part, int) and e.rel is None:
            y, relative = _year_of_weekday(m, d, e.part, ref), True
        elif m is not None:
            future = e.rel is None and not tense.since(layer, e) and (
                tense.future(layer, e) or _days_ahead(ref, m, d) or _soon_after(ref, m, layer, e))
            y, relative = _year_of(m, d, ref.year, (ref.month, ref.day), e.rel, future), True
            if not future and e.rel is None and not tense.since(layer, e) and tense.present(layer, e):
                y = _scheduled_year(m, d, ref)      # تجرى الانتخابات في 7 سبتمبر: the coming 7 September
    if m is None:
        return (f"{y:04d}" if y is not None else None), "year", relative, None
    if d == -1 and y is not None and 1 <= m <= 12:
        d = cal.days_in_month(y, m)                  # اليوم الأخير من الشهر
    if not 1 <= m <= 12 or (d is not None and not 1 <= d <= (cal.days_in_month(y, m) if y else 31)):
        return None, "day" if d else "month", relative, None
    ys = f"{y:04d}" if y is not None else "XXXX"
    if d is None:
        return f"{ys}-{m:02d}", "month", relative, None
    return f"{ys}-{m:02d}-{d:02d}", "day", relative, None


def _resolve_hijri(e: Expr, ref, ahead: bool = False):
    """A Hijri month or day; a yearless one in the reference's Hijri year, or the
    next when the sentence announces it and this year's is over (سأخرج في محرم)."""
    y, relative = e.y, False
    if e.m is None or not 1 <= e.m <= 12:       # 1-1-1 جمادى الآخرة: a listed day no month reached
        return None, "day", False, None
    if y is not None and y > MAX_HIJRI_YEAR:       # رمضان 2019: the Ramadan that begins in 2019
        first = cal.gregorian_to_hijri(dt.date(y, 1, 1))
        y = next((h for h in ((first[0], first[0] + 1) if first else ())
                  if (g := cal.hijri_to_gregorian(h, e.m, e.d or 1)) and g.year == e.y), None)
        if y is None:
            return None, "interval" if e.d is None else "day", False, None
    if y is None:
        here = cal.gregorian_to_hijri(ref) if ref else None
        if not here:
            return None, "interval" if e.d is None else "day", True, None
        hy, hm, hd = here
        if e.year_rel is not None:
            y = hy + e.year_rel
        else:
            y = _year_of(e.m, e.d, hy, (hm, hd), e.rel, False) if e.rel is not None else \
                hy + (ahead and (e.m, e.d if e.d and e.d > 0 else 30) < (hm, hd))
        relative = True
    span = cal.hijri_month_span(y, e.m) if e.d in (None, -1) else None
    if span and isinstance(e.part, tuple):             # العشر الأواخر من رمضان
        first, last = e.part
        a, b = cal.hijri_to_gregorian(y, e.m, first), span[1] if last == -1 else cal.hijri_to_gregorian(y, e.m, last)
        return (_span(a, b) if a and b else None), "interval", relative, f"{y}-{e.m:02d}"
    d = (span[1] - span[0]).days + 1 if span and e.d == -1 else e.d     # آخر أيام رمضان
    written = f"{y}-{e.m:02d}" + (f"-{d:02d}" if d and d > 0 else "")
    if e.d is None:
        return (_span(*span) if span else None), "interval", relative, written
    g = cal.hijri_to_gregorian(y, e.m, d) if d > 0 else None
    return (g.isoformat() if g else None), "day", relative, written
