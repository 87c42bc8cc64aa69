"""Weeks, weekdays and days inside a month or a year, and weekdays tied to a
week or to a day of the month:

- the nth or last weekday of a month: ثالث ثلاثاء في أيلول 2014، الثلاثاء
  الثالث من شهر أيلول من عام 2014، آخر اثنين من شهر آذار، الاثنين الأخير من
  الشهر المقبل، أول يوم جمعة من رمضان (a Hijri month too);
- the nth or last week of a month (the weeks wholly inside it, Monday first:
  الأسبوع الأول من أكتوبر 2014 is the week of its first Monday) or of a year
  (its ISO weeks: الأسبوع الثالث من عام 2027 → 2027-W03);
- the nth or last day of a month or a year: آخر يوم في شهر أكتوبر، ثالث يوم
  من شهر عشرة;
- a weekday of a week: أحد الأسبوع الماضي، ثلاثاء الأسبوع الفائت;
- a weekday with a day of the month and no month: يوم الجمعة 15، السبت
  السادس عشر — the day of that number nearest the reference that falls on
  that weekday.

A weekday with a small ordinal (الخميس الأول من مايو) is that day of the
month when the month's day falls on it, the nth such weekday otherwise.
"""
from __future__ import annotations

import datetime as dt
import re

from ... import calendars as cal
from ...arabic import fold
from ...lexicon import dates as L
from .bare_numbers import counted_noun_after
from .parser import _OF, Expr

_BARE = {fold(w): n for w, n in L.BARE_WEEKDAYS.items()}
_FIRST, _LAST = fold("أول"), fold("آخر")
# words that name a day of the month, never the nth of a weekday: يوم الجمعة غرة رمضان is the 1st
_DAY_NAMES = frozenset(fold(w) for w in L.DAY_WORDS if w != L.LAST_AFTER_DAY)
_WEEK = fold("أسبوع")
MAX_NTH = 5                 # no month has a sixth Tuesday or a sixth week
MONTHS_AROUND = 6           # how far a day of the month with no month is looked for
_COMPOUND = 11              # يوم الاثنين العاشر counts Mondays; السبت السادس عشر is the 16th
_ON = re.compile(rf"{fold('في')}(?!\w)")
_IN = re.compile(rf"\s*(?:[،,]\s*)?(?:{fold('في')}\s+)?")                 # يوم الخميس في 21
# what may follow a weekday's day number (يوم الجمعة 15، الجمعة 11 حتى الثلاثاء 15): no counted noun
AFTER_DAY = re.compile(r"\s*(?:$|[.،,؛;:!?)\]»\"]|[-–—](?!\s*\d)|(?:مع|حتى|إلى|الى|أو|ثم|لغاية|عند)(?!\w))")


class Weeks:
    """Rules read before the named-month ones (الثلاثاء الثالث من شهر أيلول is no 3 September)."""
    RULES = {"weekday": ("weekday_of_month",), "dayword": ("weekday_of_month",),
             "nth": ("nth_of",), "ordinal": ("nth_of",), "modifier": ("nth_of",),
             "unit": ("week_of",), "bareweekday": ("weekday_of_week",), "cardinal": ("weekday_of_week",)}

    # -- pieces -------------------------------------------------------------

    def weekday_word(self, i):
        """The weekday atom i names, with or without its article (الثلاثاء، ثلاثاء، اثنين)."""
        a = self.at(i, "weekday", "bareweekday", "cardinal")
        if not a:
            return None
        if a.kind == "cardinal":
            return _BARE.get(self.word(a))
        return a.value

    def nth_before(self, i):
        """An ordinal before what it counts: ثالث، أول، آخر → 3, 1, -1."""
        a = self.at(i, "nth", "ordinal", "modifier")
        if not a:
            return None
        if a.kind == "nth":
            return a.value
        word = self.word(a)
        return 1 if word == _FIRST else -1 if word == _LAST else None

    def nth_after(self, i):
        """An ordinal after what it counts: الثالث، الأولى، الأخير → (n, index after)."""
        a = self.at(i, "ordinal", "firstlast")
        if not a or not self.next_to(i - 1, i) or not isinstance(a.value, int) or a.value == 0 \
                or self.word(a) in _DAY_NAMES:
            return None
        return a.value, i + 1

    def week_rel_at(self, j):
        """الأسبوع الماضي/المقبل/الحالي، هذا الأسبوع at atom j → (weeks from the reference's, index after)."""
        return self.unit_rel_at(j, "week")

    def period_at(self, k):
        """The month or year something lies in, after من/في (or a fused ب) at atom k:
        (level, Expr fields, index after); level is month, hmonth or year."""
        if k >= len(self.atoms) or not self.next_to(k - 1, k, _OF):
            return None
        j = k + bool(self.at(k, "monthword") and self.at(k + 1, "hmonth") and self.next_to(k, k + 1))
        if self.at(j, "hmonth", "ramadan"):       # رمضان، الشهر الفضيل
            spec, end = self.year_spec_after(j + 1)
            if spec.pop("era", None) == "gregorian":
                return None
            return "hmonth", {"m": self.atoms[j].value, **spec}, end
        month, j = self.numbered_month_at(k)      # الشهر التاسع: the ninth month
        if month is None:
            month, j = self.month_at(k)
        if month is not None:
            spec, end = self.year_spec_after(j)
            if spec.pop("era", None) == "hijri":
                return None
            return "month", {"m": month, **spec}, end
        if (rel := self.relative_month_at(k)) is not None:
            if rel[1] == k + 1 and self._definite_after(self.atoms[k]):
                return None                         # من الشهر المبارك، من الشهر الأخير: no month counted from now
            return "month", {"month_rel": rel[0]}, rel[1]
        y, end, era = self.year_after(k, _OF)
        if y is not None:
            return (None if era == "hijri" else ("year", {"y": y}, end))
        if (rel := self.relative_year_after(k)) is not None:
            return "year", {"year_rel": rel[0]}, rel[1]
        u = self.at(k, "unit")
        if u and u.value == "year" and not self._definite_after(u):
            return "year", {"year_rel": 0}, k + 1       # من العام: this one (not من العام الدراسي)
        return None

    def _within(self, start, got, noun, n, weekday=None, or_day=False):
        level, fields, k = got
        if level != "year" and not -1 <= n <= MAX_NTH and not (noun == "day" and 1 <= n <= 31):
            return None
        e = Expr(start, self.end_of(k), "within", unit=level, part=(noun, n, weekday, or_day), **fields)
        return [e], k

    # -- rules ----------------------------------------------------------------

    def weekday_of_month(self, i):
        """[يوم] WEEKDAY ORDINAL من MONTH: الثلاثاء الثالث من شهر أيلول، الاثنين الأخير من الشهر المقبل."""
        start = self.atoms[i].start
        if self.at(i, "dayword"):
            if not (self.at(i + 1, "weekday") and self.next_to(i, i + 1)):
                return None
            i += 1
        w = self.at(i, "weekday")
        got = w and self.nth_after(i + 1)
        if not got or not -1 <= got[0] <= MAX_NTH:
            return None
        n, j = got
        period = self.period_at(j)
        if not period or period[0] == "year":
            return None
        return self._within(start, period, "weekday", n, w.value, or_day=n > 0)

    def nth_of(self, i):
        """ORDINAL [يوم] WEEKDAY / يوم / أسبوع من MONTH or YEAR: ثالث ثلاثاء في أيلول،
        أول يوم جمعة من يوليو، آخر يوم في شهر أكتوبر، اول اسبوع بشهر اكتوبر 2014."""
        n = self.nth_before(i)
        j = i + 1
        if n is None or not self.next_to(i, j):
            return None
        weekday = None
        if (d := self.at(j, "dayword")) and d.value == 1:
            noun = "day"
            if (wd := self.weekday_word(j + 1)) is not None and self.next_to(j, j + 1):
                noun, weekday, j = "weekday", wd, j + 1
        elif (wd := self.weekday_word(j)) is not None:
            noun, weekday = "weekday", wd
        elif (u := self.at(j, "agounit")) and self.word(u) == _WEEK:
            noun = "week"
        else:
            return None
        period = self.period_at(j + 1)
        if not period or (noun == "weekday" and period[0] == "year"):
            return None
        return self._within(self.atoms[i].start, period, noun, n, weekday)

    def week_of(self, i):
        """الأسبوع ORDINAL من MONTH or YEAR: الأسبوع الأول من شهر أكتوبر 2014، الأسبوع
        الثالث من عام 2027، الأسبوع الثالث العام المقبل."""
        u = self.at(i, "unit")
        if not u or u.value != "week" or not (got := self.nth_after(i + 1)):
            return None
        n, j = got
        period = self.period_at(j)
        if not period or (period[0] != "year" and n > MAX_NTH):
            return None
        return self._within(u.start, period, "week", n)

    def weekday_of_week(self, i):
        """A weekday without its article before a week: أحد الأسبوع الماضي، ثلاثاء هذا الأسبوع."""
        wd = self.weekday_word(i)
        if wd is None or self.at(i, "weekday") or not (got := self.week_rel_at(i + 1)) \
                or not self.next_to(i, i + 1):
            return None
        rel, k = got
        return [Expr(self.atoms[i].start, self.atoms[k - 1].end, "weekday_of_week", part=wd, rel=rel)], k


class WeekdayDays:
    """A weekday with a day of the month and no month, read after the named-month rules."""
    RULES = {"weekday": ("weekday_day",), "dayword": ("weekday_day", "day_alone")}

    def day_alone(self, i):
        """يوم 27: a day of the month, no month named — the latest such day in a report,
        the next in an announcement."""
        w, a = self.at(i, "dayword"), self.at(i + 1, "num")
        if not (w and a and w.value == 1 and 1 <= a.value <= 31 and self.next_to(i, i + 1)) \
                or self.at(i + 2, "month", "monthword", "hmonth", "unit", "num", "ordinal", "direction") \
                or not AFTER_DAY.match(self.text, a.end) or counted_noun_after(self.layer, a.end):
            return None
        return [Expr(w.start, a.end, "monthday", d=a.value)], i + 2

    def weekday_day(self, i):
        """[يوم] WEEKDAY [في] DAY: يوم الجمعة 15، الثلاثاء 15، السبت السادس عشر، يوم الأحد
        الثاني (the second Sunday of the reference month), يوم الخميس في الحادية والعشرين."""
        start = self.atoms[i].start
        if self.at(i, "dayword"):
            if not (self.at(i + 1, "weekday") and self.next_to(i, i + 1)):
                return None
            i += 1
        w, j = self.at(i, "weekday"), i + 1
        a = w and self.at(j, "num", "ordinal", "cardinal")
        if not a or a.start != a.word_start or not self.next_to(i, j, _IN):
            return None
        if a.kind == "cardinal" and not _ON.search(self.text, w.end, a.start):
            return None                 # a day in cardinal words only after في: يوم الجمعة في خمسة عشر
        if self.at(j + 1, "month", "monthword", "hmonth", "unit", "num", "ordinal") and self.next_to(j, j + 1, _OF):
            return None                 # a month or more after it: the named-month rules' business
        if a.kind == "num" and (got := self.numeric_month_year(j)) and got[0][0].d is not None:
            got[0][0].start = start             # يوم السبت 21/09: the year in which it is a Saturday
            got[0][0].part = w.value if got[0][0].y is None else None
            return got
        if a.kind in ("num", "cardinal"):
            if not 1 <= a.value <= 31 or not AFTER_DAY.match(self.text, a.end) \
                    or counted_noun_after(self.layer, a.end):
                return None             # قتل الجمعة 15 شخصا: a count
        else:
            fem = self.text[a.word_start:a.end].split()[0].endswith(("ة", "ه"))
            on = _ON.search(self.text, w.end, a.start) is not None          # يوم الجمعة في الثاني: on the 2nd
            if not isinstance(a.value, int) or not 1 <= a.value <= 31 or not AFTER_DAY.match(self.text, a.end) \
                    or (fem and not on) or (not on and MAX_NTH < a.value < _COMPOUND):
                return None             # للجمعة الثالثة على التوالي، الاثنين الأول من نوعه، يوم الاثنين العاشر: counts
            if a.value <= MAX_NTH and not on:       # يوم الأحد الثاني: the second Sunday of the month
                e = Expr(start, a.end, "within", unit="month", month_rel=0,
                         part=("weekday", a.value, w.value, False))
                return [e], j + 1
        return [Expr(start, a.end, "weekday_day", d=a.value, part=w.value)], j + 1


# ---------------------------------------------------------------- resolution


def _bounds(level: str, value: str | None):
    """The first and last day of the month, Hijri month or year a base value names."""
    if not value or "X" in value:
        return None
    try:
        if "/" in value:
            a, b = value.split("/")
            return dt.date.fromisoformat(a), dt.date.fromisoformat(b)
        if level == "year" and len(value) == 4:
            y = int(value)
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if level == "month" and len(value) == 7:
            y, m = int(value[:4]), int(value[5:])
            return dt.date(y, m, 1), dt.date(y, m, cal.days_in_month(y, m))
    except ValueError:
        return None
    return None


def _week(day: dt.date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y:04d}-W{w:02d}"


def place(e: Expr, base: str | None, relative: bool):
    """(value, precision, relative, hijri) of a day, weekday or week inside the period base names."""
    try:
        return _place(e, base, relative)
    except (OverflowError, ValueError):         # at the ends of the calendar
        return None, "week" if e.part[0] == "week" else "day", relative, None


def _place(e: Expr, base: str | None, relative: bool):
    noun, n, weekday, or_day = e.part
    precision = "week" if noun == "week" else "day"
    bounds = _bounds(e.unit, base)
    if bounds is None:
        return None, precision, relative, None
    first, last = bounds
    day = None
    if noun == "day":
        day = last if n == -1 else first + dt.timedelta(days=n - 1)
    elif noun == "weekday":
        if or_day and (d := first + dt.timedelta(days=n - 1)) <= last and d.weekday() == weekday:
            day = d                     # الخميس الأول من مايو, when 1 May is a Thursday
        elif n == -1:
            day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
        else:
            day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    elif e.unit == "year":
        y = first.year
        weeks = dt.date(y, 12, 28).isocalendar()[1]
        if n == -1 or 1 <= n <= weeks:
            return f"{y:04d}-W{weeks if n == -1 else n:02d}", "week", relative, None
        return None, "week", relative, None
    else:                               # a month's weeks: those wholly inside it
        if n == -1:
            sunday = last - dt.timedelta(days=(last.weekday() + 1) % 7)
            day = sunday - dt.timedelta(days=6)
        else:
            day = first + dt.timedelta(days=(-first.weekday()) % 7 + 7 * (n - 1))
            if day + dt.timedelta(days=6) > last:
                day = None
        if day is not None and day >= first:
            return _week(day), "week", relative, None
        return None, "week", relative, None
    if day is None or not first <= day <= last:
        return None, precision, relative, None
    return day.isoformat(), "day", relative, None


def month_day(ref: dt.date, d: int, ahead: bool):
    """Day d of the reference's month or the nearest month that has it: on or
    before the reference in a report, on or after it in an announcement."""
    for k in range(0, 13):
        y, m = cal.add_months(ref, k if ahead else -k)
        if not dt.MINYEAR < y < dt.MAXYEAR or d > cal.days_in_month(y, m):
            continue
        day = dt.date(y, m, d)
        if (day >= ref) if ahead else (day <= ref):
            return day.isoformat(), "day", True, None
    return None, "day", True, None


def nearest_weekday_day(ref: dt.date, d: int, weekday: int):
    """The day d of a month, near the reference, that falls on this weekday (يوم الجمعة 15);
    the reference month's day d when none does."""
    best = None
    for k in range(-MONTHS_AROUND, MONTHS_AROUND + 1):
        y, m = cal.add_months(ref, k)
        if not dt.MINYEAR < y < dt.MAXYEAR:
            continue
        if d <= cal.days_in_month(y, m) and (day := dt.date(y, m, d)).weekday() == weekday:
            if best is None or abs((day - ref).days) < abs((best - ref).days):
                best = day
    if best is None:
        if d > cal.days_in_month(ref.year, ref.month):
            return None, "day", True, None
        best = dt.date(ref.year, ref.month, d)
    return best.isoformat(), "day", True, None
