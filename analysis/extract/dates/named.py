"""Named months of the four Gregorian naming systems, with or without a day
and a year: 30 ديسمبر 2022، التاسع من كانون الثاني، 21 – 27 ديسمبر، يومي 5
و6 مايو، ديسمبر الماضي، نيسان/إبريل، and a month named with شهر or a cue."""
from __future__ import annotations

import re

from ...arabic import fold
from ...lexicon.dates import LAST_AFTER_DAY, NAMED_BY_DAY, SAME_MONTH_CUES, THIS_MONTH_AFTER_DAY, WORDLIKE_MONTHS
from .bare_numbers import counted_noun_after
from .parser import _MAX_LISTED_DAYS, _OF, _RANGE, _WEEKDAY_GAP, Expr
from .weeks import AFTER_DAY as _AFTER_DAY

_NUMBER_WORD = frozenset(fold(w) for w in ("رقم", "برقم", "الرقم", "ورقم"))
_DAY_SEP = re.compile(r"\s*[-/]\s*|\.\s*")         # a day's digits, a dash, slash or dot, then its month
_DOTTED_YEAR = re.compile(r"\s*\.\s*")
_MONTH_DAY = re.compile(r"\s*(?:[-/]\s*)?")      # مايو 11، يناير-1، أكتوبر/ 2
_BETWEEN_DAYS = re.compile(r"\s+(?:ما\s+)?بين\s+(?:ال\u0640*)?")

_LAST = fold(LAST_AFTER_DAY)
_THIS_MONTH = {fold(w) for w in THIS_MONTH_AFTER_DAY}
_SAME_MONTH_CUES = frozenset(fold(w) for w in SAME_MONTH_CUES)
_NAMED_BY_DAY = frozenset(fold(w) for w in NAMED_BY_DAY)
_WORDLIKE_MONTHS = frozenset(fold(w) for w in WORDLIKE_MONTHS)
_WEEK = frozenset({fold("أسبوع")})


class NamedMonths:
    RULES = {"num": ("day_month",), "ordinal": ("day_month",), "dayword": ("day_month",),
             "daypart": ("day_month",), "weekday": ("day_month",), "month": ("month_year",),
             "monthword": ("month_year",), "hmonth": ("month_year",), "ramadan": ("month_year",)}

    def day_month(self, i):
        """[weekday] D [و D …] MONTH [YEAR]: 30 ديسمبر 2022، الخميس 5 مايو،
        التاسع من كانون الثاني، 21 – 27 ديسمبر، يومي 5 و6 مايو، 15 رمضان 1446 هـ."""
        first = self.atoms[i]
        if first.kind == "num" and (not 1 <= first.value <= 31 or self.after_any(first, _NUMBER_WORD)):
            return None                 # a year, a count: no day of a month; بئر رقم 7 في مارس: a label
        start, weekday = first.start, None
        k = i                           # صباح يوم الثلاثاء 14 ماي: a time of day, يوم, the weekday
        while self.at(k, "dayword", "daypart") and self.next_to(k, k + 1) and k - i < 2:
            k += 1
        if k > i and self.at(k, "weekday"):
            i = k
        if self.at(i, "weekday") and self.next_to(i, i + 1, _WEEKDAY_GAP):
            weekday, i = self.atoms[i].value, i + 1
            if self.at(i, "month") and (got := self.month_year(i)) and got[0][0].d is not None:
                got[0][0].start, got[0][0].part = start, weekday      # الاثنين، يناير الثاني والعشرين، 2018
                return got
        elif self.at(i, "dayword") and self.next_to(i, i + 1):
            i += 1                      # يوم 30 ديسمبر، يومي 5 و6 مايو
        days, j, weekdays_between = [], i, False
        while (a := self.at(j, "num", "ordinal")) and (a.kind == "ordinal" or 1 <= a.value <= 31):
            days.append(a)
            if len(days) < _MAX_LISTED_DAYS and weekday is not None and self.at(j + 1, "weekday") \
                    and self.at(j + 2, "num") and self.next_to(j, j + 1, _RANGE) and self.next_to(j + 1, j + 2):
                j += 2                  # يومي الأربعاء 26 والخميس 27 نوفمبر: each day with its weekday
                weekdays_between = True
                continue
            if len(days) == _MAX_LISTED_DAYS or not (
                    self.at(j + 1, "num", "ordinal") and self.next_to(j, j + 1, _RANGE)):
                break
            j += 1
        if not days or (days[0].kind == "ordinal" and self.after_word(days[0], "الأسبوع")):
            return None                 # الأسبوع الأول من مارس is a week, not the 1st
        if len(days) > 1 and days[0].kind == "ordinal" and start == days[0].start \
                and self.word(days[0]).startswith("ال") and self.after_definite(days[0]) \
                and not (i > 0 and self.next_to(i - 1, i)):
            days = days[1:]             # الفصل الدراسي الأول حتى 1 جمادى: the noun's adjective, no range
            start = days[0].start
        if self.word(days[0]) == _LAST and not (
                i > 0 and self.at(i - 1, "dayword", "relday") and self.next_to(i - 1, i)):
            return None                 # الأخير names the last day only after اليوم: اليوم الأخير من الشهر
        if (same := self.same_month_after(j)) and (start < days[0].start or self.after_any(days[0], _SAME_MONTH_CUES)):
            # في العشرين منه، يوم 25 منه; اشترى 5 منه، الجزء الثاني منه are no dates
            end, k = same
            return [Expr(start if n == 0 else a.start, end if n == len(days) - 1 else a.end, "thatmonth",
                         d=a.value) for n, a in enumerate(days)], k
        k = j + 1
        dotted = False
        if not self.next_to(j, k, _OF):
            if not (days[-1].kind == "num" and self.at(k, "month") and self.next_to(j, k, _DAY_SEP)):
                return None
            dotted = "." in self.text[days[-1].end:self.atoms[k].start]    # 2- أكتوبر، 28-نوفمبر، 16. نوفمبر. 2016
        if self.at(k, "monthword") and self.at(k + 1, "hmonth", "month") and self.next_to(k, k + 1):
            k += 1                      # غرة شهر رمضان، السابع والعشرين من شهر رمضان
        if self.at(k, "hmonth"):
            month, kind, k = self.atoms[k].value, "hdate", k + 1
        elif (numbered := self.numbered_month_at(k))[0] is not None:
            (month, k), kind = numbered, "date"      # 29 من الشهر الثامن
        elif (rel := self.relative_month_at(k)) is not None or (
                (d := self.at(k, "direction")) and self.word(d) in _THIS_MONTH and (rel := (0, k + 1))):
            month_rel, k = rel           # الـ15 من الشهر الجاري، يوم الخميس 15 الجاري
            e = Expr(start if len(days) == 1 else days[-1].start, self.atoms[k - 1].end, "date",
                     d=days[-1].value, month_rel=month_rel)
            return ([Expr(start if n == 0 else a.start, a.end, "date", d=a.value, linked=True, month_rel=month_rel)
                     for n, a in enumerate(days[:-1])] + [e]), k           # من 4 إلى 22 هذا الشهر
        else:
            month, k = self.month_at(k)
            kind = "date"
            if month is None:
                return None
        month_end, spec, k = k, *self.year_spec_after(k)
        if "y" in spec and not spec.get("era") and counted_noun_after(self.layer, self.atoms[k - 1].end, listed_only=True):
            spec, k = {}, month_end     # إلى غاية 30 جوان 1843 قتيلا: a toll after the date, no year
        if not spec and dotted:
            y, k2, _ = self.year_after(k, _DOTTED_YEAR)
            if y is not None:
                spec, k = {"y": y}, k2
        if not spec and self.after_any(first, _NAMED_BY_DAY):
            return None                 # شارع 23 يوليو، ثورة 25 يناير: a name
        if spec.pop("era", None) == "hijri":
            kind = "hdate"
        shared = {"m": month, **spec} if weekdays_between else {}      # no list between them for link() to carry
        exprs = [Expr(start if n == 0 else a.start, a.end, kind, d=a.value, linked=not shared, **shared)
                 for n, a in enumerate(days[:-1])]
        exprs.append(Expr(start if len(days) == 1 else days[-1].start, self.end_of(k), kind,
                          m=month, d=days[-1].value, **spec))
        if weekday is not None and len(days) == 1:
            exprs[-1].part = weekday     # الاثنين 18 شباط: the year in which it is a Monday
        elif len(days) == 1 and kind == "date" and (week := self.word_before(first, _WEEK)) is not None:
            exprs[-1].kind, exprs[-1].start = "weekof", week     # أسبوع 16 سبتمبر: the week of that day
        return exprs, k

    def day_after_month(self, j):
        """A day written after its month, at atom j: مايو الحادي عشر، يوليو 13، يناير-1،
        أكتوبر/ 2 → (day, index after). A number is a day only where nothing it could
        count follows (مارس 15 ألف، أبريل 20 شخصا are no days), or a year does."""
        a = self.at(j, "num", "ordinal")
        if not a or not isinstance(a.value, int) or not 1 <= a.value <= 31 or self.at(j - 1, "monthword"):
            return None
        if not self.next_to(j - 1, j, _MONTH_DAY):
            # نوفمبر بين 15 و19: a month, then the two days of a range
            nxt = self.at(j + 1, "num")
            if a.kind == "num" and self.next_to(j - 1, j, _BETWEEN_DAYS) and nxt and a.value < nxt.value <= 31 \
                    and self.next_to(j, j + 1, _RANGE):
                return a.value, j + 1
            return None
        if a.kind == "ordinal":
            word = self.text[a.word_start:a.end]
            if a.start != a.word_start or not fold(word).startswith("ال") or fold(word) == _LAST \
                    or word.split()[0].endswith(("ة", "ه")):
                return None             # الأخير، الثانية: no day written after a month
            return a.value, j + 1
        nxt = self.at(j + 1, "num")
        to_day = nxt and a.value < nxt.value <= 31 and self.next_to(j, j + 1, _RANGE)      # يوليو 13-15
        if not to_day and self.year_after(j + 1)[0] is None and (
                not _AFTER_DAY.match(self.text, a.end) or counted_noun_after(self.layer, a.end)):
            return None
        return a.value, j + 1

    def month_year(self, i):
        """MONTH YEAR, MONTH الماضي, MONTH من العام الماضي, or a cued month alone."""
        a = self.atoms[i]
        if a.kind == "monthword" and self.at(i + 1, "hmonth") and self.next_to(i, i + 1):
            return self.hijri_month(i + 1, start=a.start, cued=True)
        if a.kind in ("hmonth", "ramadan"):
            return self.hijri_month(i, start=a.start, cued=self.cued(i))
        month, j = self.month_at(i)
        if month is None:
            return None
        if (got := self.day_after_month(j)) is not None:     # مايو الحادي عشر، يناير 1، يناير الثاني والعشرين، 2018
            d, j = got
            last = self.at(j, "num", "ordinal")             # يوليو 13-15، تموز 13 إلى 15: the month carried
            last = last if last and self.next_to(j - 1, j, _RANGE) and isinstance(last.value, int) \
                and d < last.value <= 31 else None
            spec, k = self.year_spec_after(j + 1 if last else j)
            if spec.pop("era", None) == "hijri":
                return None
            if last is None:
                return [Expr(a.start, self.end_of(k), "date", m=month, d=d, **spec)], k
            return [Expr(a.start, self.atoms[j - 1].end, "date", m=month, d=d, linked=True, **spec),
                    Expr(last.start, self.end_of(k), "date", m=month, d=last.value, **spec)], k
        spec, k = self.year_spec_after(j)
        if spec.pop("era", None) == "hijri":
            return None
        if spec:
            return [Expr(a.start, self.end_of(k), "date", m=month, **spec)], k
        word = self.atoms[j - 1]
        short = len(fold(self.text[word.word_start:word.end])) <= 2 and a.kind != "monthword"
        listed = i > 0 and self.at(i - 1, "month") and self.next_to(i - 1, i, _RANGE)     # يوليو وأغسطس
        plain = a.kind == "month" and j == i + 1 and fold(self.text[a.word_start:a.end]) not in _WORDLIKE_MONTHS \
            and not (i > 0 and self.at(i - 1, "num", "ordinal") and self.next_to(i - 1, i))   # شارع 23 يوليو: a name
        if listed or ((a.kind == "monthword" or self.cued(i) or self.in_list(i, j) or plain) and not short):
            return [Expr(a.start, self.end_of(j), "date", m=month)], j
        return None

