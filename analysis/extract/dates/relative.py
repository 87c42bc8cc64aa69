"""Dates relative to the reference: أمس، اليوم الخميس، مساء يوم الجمعة، الخميس
الماضي، الأسبوع الماضي، الشهر المقبل، هذا العام، نهاية العام، قبل 64 يوما."""
from __future__ import annotations

import re

from ...arabic import Lexicon, fold, words_pattern
from ...lexicon import approximation
from ...lexicon import dates as L
from ...lexicon.clauses import EQUIVALENCE_WORDS
from .parser import _ANCHORED, _OF, _RANGE, _SPACE, Expr

_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_CLOSE_BRACKET = re.compile(r"\s*\)")
_REST_OF = re.compile(rf"(?<!\w)(?:{words_pattern(L.REST_OF)})\s+\Z")
_REST_UNITS = ("week", "month", "year")
# an approximation between قبل/بعد and the span keeps its value: قبل نحو عامين، بعد حوالي شهر
_ABOUT_GAP = re.compile(rf"\s+(?:{words_pattern(approximation.BEFORE['about'])})\s+")
_GENERAL_NOUNS = frozenset(fold(w) for w in L.GENERAL_NOUNS)
_OTHER_YEARS = frozenset(fold(w) for w in L.OTHER_YEARS)
_THE_TWO = {fold(w) for w in ("الاثنين", "الاثنان", "الإثنين")}
_LIKE = frozenset({fold("مثل")})
_VAGUE_UNITS = frozenset(fold(w) for w in L.VAGUE_AGO_UNITS)
_PRAYER_WORDS = frozenset(fold(w) for w in L.PRAYER_WORDS)

_AGO_UNITS = Lexicon(L.AGO_UNITS)
_FROM_NOW = re.compile(rf"\s+{words_pattern(['من الآن', 'من اليوم'])}")     # بعد أسبوعين من الآن
_NOW = re.compile(words_pattern(["من الآن"]))
_AND = re.compile(r"\s*(?:[،,]\s*)?(?:و\s*)?")            # 2 سنة و1 شهر، 1 شهر, 21 أيام، 2 سنة 1 شهر
_SINCE = fold("منذ")
_IN_DAYS = {"year": (12, 0), "month": (1, 0), "week": (0, 7), "day": (0, 1), "decade": (120, 0)}
MAX_TERMS = 4
_OR = re.compile(rf"\s*(?:[،,]\s*)?(?:{words_pattern(['أو'])}|و)\s*(?:{words_pattern(['يوم'])}\s+)?")
_BETWEEN = re.compile(rf"\s+(?:{words_pattern(['بين', 'من'])})\s+(?:{words_pattern(['يومي', 'يوم'])}\s+)?")
# اليوم إلى عمان: today, the word after is no adjective (as written: الي is also a dialect's relative, اليوم الي بعد بكرة)
_NOT_DEFINITE = {"إلى", "إلا", "الى"}
# a night between two days: ليل الخميس الجمعة، ليلة الأحد إلى الاثنين، ليل الأربعاء-الخميس
_NIGHT = fold("ليل")
_NIGHT_TO = re.compile(rf"\s*(?:[-–/]|{words_pattern(['إلى', 'الى', 'على'])})?\s*")
# اليوم الاثنين، الموافق غرة جمادى الآخرة: a day named, then the same day in the other words, two mentions
_SAME_DAY_AS = re.compile(rf"\s*(?:[،,]\s*)?(?:{words_pattern(EQUIVALENCE_WORDS)})\s*(?:ل\s*)?")


class Relative:
    RULES = {"daypart": ("relative_day", "weekday"), "dayword": ("weekday", "from_now"), "weekday": ("weekday",),
             "unit": ("relative_unit",), "this": ("relative_unit",), "relday": ("relative_day",),
             "ago": ("from_now", "ago"), "num": ("from_now",), "cardinal": ("from_now",),
             "agounit": ("from_now",), "monthword": ("from_now",), "yearword": ("from_now",)}

    def from_now(self, i):
        """A span counted from now, in several units: بعد سنتين وشهر من الآن، منذ 1 شهر و 21
        أيام من الآن، 2 سنة و1 شهر و21 أيام من الآن (ahead or back as the sentence
        speaks: سأعيش، غادرت). Resolved to the day."""
        key = "from_now"
        if key not in self.layer.memo:              # most texts have no من الآن: look once
            self.layer.memo[key] = _NOW.search(self.text) is not None
        if not self.layer.memo[key]:
            return None
        a = self.atoms[i]
        start, sign, j = a.start, None, i
        if a.kind == "ago":
            sign, j = a.value, i + 1
            if not self.next_to(i, j):
                return None
        elif (before := self.layer.words_before(a.start, most=1)) and self.layer.folded[before[-1]] == _SINCE:
            start, sign = self.layer.starts[before[-1]], -1
        months = days = terms = 0
        end = None
        while j < len(self.atoms) and terms < MAX_TERMS:
            k, n = j, 1
            if (c := self.at(k, "num", "cardinal")) and self.next_to(k, k + 1):
                n, k = int(c.value), k + 1
            u = self.at(k, "agounit", "dayword", "monthword", "yearword", "months")
            unit = u and _AGO_UNITS.get(self.text[u.word_start:u.end])
            if not unit:
                break
            unit, count = (unit, n) if isinstance(unit, str) else unit
            per_month, per_day = _IN_DAYS[unit]
            months, days, terms, end = months + per_month * count, days + per_day * count, terms + 1, k + 1
            if not self.next_to(k, k + 1, _AND):
                break
            j = k + 1
        if terms < 2 or not (now := _FROM_NOW.match(self.text, self.atoms[end - 1].end)):
            return None                 # بعد أسبوعين من الآن is a week (the ago rule): a span in one unit keeps it
        e = Expr(start, now.end(), "offset", rel=sign, part=(months, days))
        return [e], next((k for k in range(end, len(self.atoms)) if self.atoms[k].start >= now.end()), len(self.atoms))

    def relative_day(self, i):
        start_i = i
        if self.at(i, "daypart") and self.at(i + 1, "relday") and self.next_to(i, i + 1):
            i += 1
        a = self.at(i, "relday")
        if not a:
            return None
        j = i + 1
        if (self.at(j, "weekday") or self.at(j, "ordinal", "num")) and self.next_to(i, j) \
                and not (self.at(j, "weekday") and self.next_to(j, j + 1, _SAME_DAY_AS)) \
                and (got := self.day_month(j)) and (got[0][-1].m is not None or got[0][-1].month_rel is not None):
            exprs, k = got                # اليوم الأخير من الشهر، اليوم الأول من مارس، اليوم 6 مايو، اليوم الخميس 5 مايو
            exprs[0].start = self.atoms[start_i].start
            exprs[-1].future = exprs[-1].future or a.value > 0      # غدا الخامس عشر من أيار: the coming one
            return exprs, k
        if a.value == 0 and start_i == i and self.after_noun(a, _LIKE) and (spec := self.year_spec_after(j))[0] \
                and ("y" in spec[0] or "year_rel" in spec[0]):
            fields, k = spec                # في مثل هذا اليوم من عام 1948، من السنة الماضية: this day of that year
            era = fields.pop("era", None)
            return [Expr(a.start, self.end_of(k), "sameday", part=era, **fields)], k
        nxt = self.at(j, "weekday", "same")
        if nxt and self.next_to(i, j):
            j += 1          # اليوم الخميس، اليوم نفسه
            if nxt.kind == "same" and (spec := self.year_spec_after(j))[0]:
                fields, k = spec            # اليوم نفسه من عام 1443هـ: the day spoken of, that year
                era = fields.pop("era", None)
                return [Expr(self.atoms[start_i].start, self.end_of(k), "sameday", part=era, **fields)], k
        elif (w := self.at(j, "weekday")) and self.next_to(i, j, _OPEN_BRACKET) \
                and (close := _CLOSE_BRACKET.match(self.text, w.end)):
            return [Expr(self.atoms[start_i].start, close.end(), "relday", rel=a.value)], j + 1   # أمس (الاثنين)
        elif a.value == 0 and start_i == i and self._definite_after(a) and "ليل" not in fold(self.text[a.word_start:a.end]):
            return None     # اليوم الوطني، اليوم التالي: a named day, not today (فجر اليوم الإبقاء is today)
        elif a.value == 0 and start_i == i and self._day_count_after(i):
            return None     # اليوم 27 للحرب، اليوم الـ100 من العدوان: a count of days, not today
        return [Expr(self.atoms[start_i].start, self.atoms[j - 1].end, "relday", rel=a.value)], j

    def _day_count_after(self, i: int) -> bool:
        """Is a number right after اليوم at atom i, then ل or من (the day of something)?"""
        n = self.at(i + 1, "num")
        if not n or not re.fullmatch(r"\s*(?:ال\s*ـ*\s*)?", self.text[self.atoms[i].end:n.start]):
            return False
        nxt = self.layer.next_words(n.end, 1)
        word = self.layer.folded[nxt[0]] if nxt else ""
        return word in ("من", "على") or (word[:1] == "ل" and len(word) > 2)

    def _definite_after(self, a) -> bool:
        nxt = self.layer.next_words(a.end, 1)
        return bool(nxt) and self.layer.starts[nxt[0]] > a.end and self.layer.folded[nxt[0]].startswith("ال") \
            and self.text[self.layer.starts[nxt[0]]:self.layer.ends[nxt[0]]] not in _NOT_DEFINITE

    def _weekday_after(self, k: int, start: int, weeks: int):
        """A weekday right after the week ending at atom k: that day of that week;
        two weekdays after بين/من, the ends of a range in it (الأسبوع المقبل بين
        الأربعاء والجمعة، هذا الأسبوع من الثلاثاء إلى الخميس)."""
        span = self.weekday_range_after(k, weeks)
        if span:
            span[0][0].start = start
            return span
        j = k + 1 + bool(self.at(k + 1, "dayword") and self.next_to(k, k + 1))
        w = self.at(j, "weekday")
        if not (w and self.next_to(j - 1, j)):
            return None
        out = [Expr(start, w.end, "weekday_of_week", part=w.value, rel=weeks)]
        o = j + 1 + bool(self.at(j + 1, "dayword"))         # الأسبوع المقبل الاثنين أو الثلاثاء: the same week
        if (other := self.at(o, "weekday")) and _OR.fullmatch(self.text, w.end, other.start):
            out.append(Expr(other.start, other.end, "weekday_of_week", part=other.value, rel=weeks))
            return out, o + 1
        return out, j + 1

    def weekday_range_after(self, k: int, weeks: int):
        j = k + 1 + bool(self.at(k + 1, "dayword"))
        first = self.at(j, "weekday")
        if not first or not _BETWEEN.fullmatch(self.text, self.atoms[k].end, first.start):
            return None
        second = self.at(j + 1, "weekday")
        if not second or not self.next_to(j, j + 1, _RANGE):
            return None
        before = first.value > second.value      # من الأحد إلى الثلاثاء: a week that starts on Sunday
        return [Expr(first.start, first.end, "weekday_of_week", part=first.value, rel=weeks - before),
                Expr(second.start, second.end, "weekday_of_week", part=second.value, rel=weeks)], j + 2

    def weekday(self, i):
        """يوم الخميس، مساء يوم الجمعة، الخميس الماضي، الجمعة قبل الماضية."""
        start_i = i
        while self.at(i, "dayword", "daypart") and self.next_to(i, i + 1) and i - start_i < 2:
            i += 1
        a = self.at(i, "weekday")
        if not a:
            return None
        j = i + 1
        rel = None
        d = self.at(j, "direction")
        if start_i == i and not d and self.after_noun(a, _PRAYER_WORDS):
            return None             # صلاة الجمعة، خطبة الجمعة: the prayer, not a Friday
        if start_i == i and not d and self._the_two(a):
            return None             # براءة الاثنين الباقيين: the two, not Monday
        if start_i < i and (b := self.at(j, "weekday")) and b.value == (a.value + 1) % 7 \
                and self.next_to(i, j, _NIGHT_TO) and self.word(self.atoms[start_i]).startswith(_NIGHT):
            j += 1                  # ليل الخميس الجمعة، ليلة الأحد إلى الاثنين: one night, the first day's
            d = self.at(j, "direction")
        if d and self.next_to(j - 1, j):
            rel, j = d.value, j + 1
        elif self.next_to(i, j, _OF) and (week := self.week_rel_at(j)):     # الجمعة من الأسبوع المقبل/من هذا الأسبوع
            return [Expr(self.atoms[start_i].start, self.atoms[week[1] - 1].end, "weekday_of_week",
                         part=a.value, rel=week[0])], week[1]
        if rel is None and self.at(j, "ndate") and self.next_to(j - 1, j) and (got := self.numeric_date(j)):
            got[0][0].start = self.atoms[start_i].start          # يوم الأحد 1447/03/01هـ: one mention
            return got
        return [Expr(self.atoms[start_i].start, self.atoms[j - 1].end, "weekday", part=a.value, rel=rel)], j

    def _the_two(self, a) -> bool:
        """Is الاثنين the numeral, an adjective in the dual or plural after it (الاثنين الآخرين)?"""
        nxt = self.layer.next_words(a.end, 1)
        word = self.layer.folded[nxt[0]] if nxt else ""
        return fold(self.text[a.word_start:a.end]) in _THE_TWO and word.startswith("ال") \
            and word.endswith(("ين", "ان", "ون")) and len(word) > 5

    def relative_unit(self, i):
        """The unit counted from the reference, or what is left of this one
        (بقية الأسبوع، ما تبقى من العام الجاري: the reference to its end)."""
        got = self._relative_unit(i)
        start = self.atoms[i].start
        rest = _REST_OF.search(self.text, max(0, start - 24), start)
        if not rest:
            return got
        if got is None and (u := self.at(i, "unit")) and u.value in _REST_UNITS:
            got = [Expr(start, u.end, "relunit", unit=u.value, rel=0)], i + 1
        if got and len(got[0]) == 1 and (e := got[0][0]).kind == "relunit" and e.rel == 0 \
                and e.unit in _REST_UNITS and e.part is None:
            e.kind, e.start = "rest", rest.start()
        return got

    def _relative_unit(self, i):
        """الأسبوع الماضي، الشهر المقبل، العام الجاري، هذا العام؛ after a
        modifier also the bare unit: نهاية العام، منتصف الشهر."""
        start = self.atoms[i].start
        if self.at(i, "this") and self.at(i + 1, "month", "monthword") and self.next_to(i, i + 1) \
                and (got := self.month_at(i + 1))[0] is not None:
            return [Expr(start, self.atoms[got[1] - 1].end, "date", m=got[0], rel=0)], got[1]   # هذا يناير، هذا شهر آذار
        if self.at(i, "this") and (s := self.at(i + 1, "season")) and self.next_to(i, i + 1):
            return [Expr(start, s.end, "season", part=s.value, year_rel=0)], i + 2     # هذا الصيف
        if self.at(i, "this"):
            k = i + 1 + bool(self.at(i + 1, "dayword") and self.next_to(i, i + 1))
            if (w := self.at(k, "weekday")) and self.next_to(k - 1, k):          # هذا الجمعة: this week's
                return [Expr(start, w.end, "weekday_of_week", part=w.value, rel=0)], k + 1
        if self.at(i, "this") and self.at(i + 1, "unit") and self.next_to(i, i + 1):
            i += 1
            if self.atoms[i].value == "week" and (got := self._weekday_after(i, start, 0)):
                return got                                                       # هذا الأسبوع الجمعة
            return [Expr(start, self.atoms[i].end, "relunit", unit=self.atoms[i].value, rel=0)], i + 1
        u = self.at(i, "unit")
        if not u or (u.value == "quarter" and self.school_term(u)):
            return None
        if self.at(i + 1, "same") and self.next_to(i, i + 1) and u.value in ("month", "week", "quarter"):
            fields, k = self.year_spec_after(i + 2)   # الشهر المقابل من العام الماضي، الربع المماثل من العام السابق
            if not fields and (year := self.year_after(i + 2, _OF))[0] is not None:
                fields, k = {"y": year[0], "era": year[2]}, year[1]      # الربع نفسه من 2024: a year is awaited
            if fields:
                era = fields.pop("era", None)
                kind = "samequarter" if u.value == "quarter" else "samemonth"
                return [Expr(start, self.end_of(k), kind, unit=u.value, part=era, **fields)], k
        hijri = self.at(i + 1, "era_h") and self.next_to(i, i + 1)      # العام الهجري الحالي
        d = self.at(i + 1 + bool(hijri), "direction")
        if d and u.value == "year" and not hijri and start == u.word_start and self.after_noun(u, _GENERAL_NOUNS):
            return None             # الأمين العام السابق: a former secretary-general, not last year
        if d and self.next_to(i + bool(hijri), i + 1 + bool(hijri)):
            if u.value == "week" and (got := self._weekday_after(i + 1, start, d.value)):
                return got                                                       # الأسبوع المقبل يوم الجمعة
            k = i + 2 + bool(hijri)
            end = d.end
            if u.value == "year" and (n := self.restated_year(k)):
                end, k = n.end, k + 1                                            # العام الجاري 2024
            return [Expr(start, end, "relunit", unit=u.value, rel=d.value,
                         part="hijri" if hijri else None)], k
        if u.value == "year" and (nxt := self.layer.next_words(u.end, 1)) and self.layer.folded[nxt[0]] in _OTHER_YEARS:
            return None             # بدء العام الدراسي: a school year, not the calendar's
        if i > 0 and self.at(i - 1, "modifier", "half", "quarter", "season") and self.next_to(i - 1, i, _OF):
            if hijri and u.value == "year":         # مطلع العام الهجري: this Hijri year
                return [Expr(start, self.atoms[i + 1].end, "relunit", unit="year", rel=0, part="hijri")], i + 2
            return [Expr(start, u.end, "relunit", unit=u.value, rel=0)], i + 1
        return None

    def ago(self, i):
        """قبل 64 يوما، قبل ثلاثة أيام، قبل يومين: the reference minus a span;
        بعد ثلاثة أيام the reference plus one, unless an event anchors it
        (بعد عام من الحرب is a year after the war, not after today)."""
        if not self.at(i, "ago"):
            return None
        a = self.atoms[i]
        j, n = i + 1, 1
        if (m := self.at(j, "modifier")) and m.value == "APPROX" and self.next_to(i, j):
            j += 1                  # قبل حوالي شهرين
        gap = _ABOUT_GAP if j == i + 1 and j < len(self.atoms) and self.next_to(i, j, _ABOUT_GAP) else _SPACE
        counted = bool(self.at(j, "num", "cardinal")) and self.next_to(j - 1, j, gap)
        if counted:
            n, j, gap = int(self.atoms[j].value), j + 1, _SPACE
        u = self.at(j, "agounit", "dayword", "monthword", "yearword", "months")
        written = self.text[u.word_start:u.end] if u else ""
        unit = u and _AGO_UNITS.get(written)
        if unit and not counted and fold(written) in _VAGUE_UNITS:
            return None             # قبل أيام، قبل سنوات: some days, some years ago
        if not unit or not self.next_to(j - 1, j, gap) or (self.at(j + 1, "num") and self.next_to(j, j + 1)):
            return None
        if a.value > 0 and _ANCHORED.match(self.text, u.end) and not _FROM_NOW.match(self.text, u.end):
            return None
        unit, count = (unit, n) if isinstance(unit, str) else unit
        return [Expr(a.start, u.end, "ago", rel=a.value * count, unit=unit)], j + 1

