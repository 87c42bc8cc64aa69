"""Feasts on their day: Hijri feasts converted (عيد الفطر: 1 Shawwal), fixed
Gregorian ones (رأس السنة الميلادية), Easter by the computus; a feast with no
year in the reference's year, the coming one when announced, or the last or
next one when الماضي or المقبل says so."""
from __future__ import annotations

import datetime as dt

from ... import calendars as cal
from .parser import Expr

def _easter(y: int) -> dt.date:
    """Western Easter Sunday (the Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return dt.date(y, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def _feast_day(e: Expr, y: int) -> dt.date | None:
    """The day the feast falls on in year y of its calendar."""
    if e.part == "easter":
        g = _easter(y) if 1583 <= y <= 4099 else None
    elif e.part == "gregorian":
        g = dt.date(y, e.m, e.d) if 1 <= y <= 9999 else None
    else:
        g = cal.hijri_to_gregorian(y, e.m, e.d)
    return g + dt.timedelta(days=e.rel) if g and e.rel else g


def _feast_from_reference(e: Expr, ref: dt.date):
    """عيد الأضحى الماضي: the last one before the reference; المقبل: the next one after it."""
    here = ref.year if e.part in ("easter", "gregorian") else (cal.gregorian_to_hijri(ref) or (None,))[0]
    if here is None:
        return None, "day", True, None
    days = [g for y in (here - 1, here, here + 1) if (g := _feast_day(e, y))]
    g = max((g for g in days if g < ref), default=None) if e.year_rel < 0 else \
        min((g for g in days if g > ref), default=None)
    return (g.isoformat() if g else None), "day", True, None


def resolve_feast(e: Expr, ref, ahead: bool = False):
    """A feast on its day; a yearless one in the reference's year, or the next
    one when the sentence announces it and this year's is over (سأعود في عيد الفصح)."""
    calendar, m, d = e.part, e.m, e.d
    if e.year_rel and e.y is None and ref:
        return _feast_from_reference(e, ref)
    if calendar == "easter":
        y = e.y or (ref.year if ref else None)
        if ahead and y and 1583 <= y < 4099 and _easter(y) < ref:
            y += 1
        return (_easter(y).isoformat() if y and 1583 <= y <= 4099 else None), "day", e.y is None, None
    if calendar == "gregorian":
        y = e.y or (ref.year if ref else None)
        if ahead and y and y < 9999 and (m, d) < (ref.month, ref.day) and not e.rel:
            y += 1
        if y and e.rel:                              # ليلة رأس السنة: the day before
            return (dt.date(y, m, d) + dt.timedelta(days=e.rel)).isoformat(), "day", e.y is None, None
        return (f"{y:04d}" if y else "XXXX") + f"-{m:02d}-{d:02d}", "day", e.y is None, None
    y = e.y
    if y is not None and y > 1600:      # عيد الأضحى 2024: the feast that falls in 2024
        first = cal.gregorian_to_hijri(dt.date(y, 1, 1))
        candidates = [first[0], first[0] + 1] if first else []
        y = next((h for h in candidates if (g := cal.hijri_to_gregorian(h, m, d)) and g.year == e.y), None)
    elif y is None and ref:
        hy = cal.gregorian_to_hijri(ref)
        y = hy[0] if hy else None
        if ahead and y and (g := cal.hijri_to_gregorian(y, m, d)) and g < ref:
            y += 1                                   # سأعود في رأس السنة الهجرية: the coming one
    if y is None:
        return None, "day", True, None
    g = cal.hijri_to_gregorian(y, m, d)
    if g and e.rel:
        g += dt.timedelta(days=e.rel)                # عشية عيد الفطر: the day before
    if g and e.days > 1:                             # أيام التشريق: 11 to 13 Dhu al-Hijjah
        return f"{g.isoformat()}/{(g + dt.timedelta(days=e.days - 1)).isoformat()}", "interval", e.y is None, \
            f"{y}-{m:02d}-{d:02d}"
    return (g.isoformat() if g else None), "day", e.y is None, f"{y}-{m:02d}-{d:02d}"
