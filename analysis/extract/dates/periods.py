"""Years and longer periods: عام 2022، 1446هـ، 2018-2019، بين 2023 و2027،
ربيع 2023، الربع الأول من 2024، النصف الثاني من العام، النصف الأول من أبريل،
التسعينيات، القرن العشرين."""
from __future__ import annotations

import re

from ...arabic import Lexicon, fold, words_pattern
from ...lexicon import approximation
from ...lexicon import dates as L
from ..abbreviated import scaled_currency_after
from ..quoted import ends_quoted_name
from .bare_numbers import COUNT_BEFORE, _NAME_DASH, counted_noun_after
from .parser import _GLOSS_CLOSED, _OF, _RANGE, _YEAR_RANGE, Expr, _closing_year

_NAMED_WITH_YEAR = Lexicon(dict.fromkeys(L.NAMED_WITH_YEAR, True))
_COMPARED_WITH = Lexicon(dict.fromkeys(L.COMPARED_WITH, True))
_SCHOOL_WORDS = frozenset(fold(w) for w in L.SCHOOL_WORDS)
_APPROXIMATIONS = frozenset(fold(w) for words in approximation.BEFORE.values() for w in words if " " not in w)


NAME_WORDS = 3           # the most words of a name between its noun and its year
HISTORY_FROM = 1000      # a bare year before 1900 only where a noun dates what it names

_NEW = re.compile(rf"\s+{words_pattern(['الجديد', 'الجديدة'])}\s+")     # العام الهجري الجديد 1446


class Periods:
    RULES = {"num": ("year",), "yearword": ("year",), "unit": ("year",), "season": ("season_quarter_half",),
             "quarter": ("season_quarter_half",), "half": ("season_quarter_half",),
             "decade": ("decade_century",), "century": ("decade_century",)}

    def year(self, i):
        """عام 2022، سنة 2016، للسنة المالية 2023، 1446هـ, and a bare year where
        something places it in time (في 2022، رؤية 2030، التفاعل المشترك – 2022);
        with the year that closes its span or range (2018-2019، عامي 2022 و2023،
        بين 2023 و2027)."""
        a = self.atoms[i]
        hijri_word = False
        if self.is_yearword(i):
            j = i + 1
            if not self.at(j, "num") and a.kind == "yearword" and self.next_to(i, j) \
                    and not self.at(j, "era_h"):
                y, k, end = self.spelled_year(j)        # عام ألفين وأربعة عشر
                if y is None or scaled_currency_after(self.text, end):
                    return None
                return [self._year_expr(a.start, self.atoms[k - 1].end, y, None)], k
            if self.at(j, "era_h") and self.next_to(i, j) and self.at(j + 1, "num") \
                    and (self.next_to(j, j + 1) or self.next_to(j, j + 1, _NEW)):
                j, hijri_word = j + 1, True         # العام الهجري 1445، السنة الهجرية الجديدة 1446
            if not (self.at(j, "num") and (hijri_word or self.next_to(j - 1, j) or self.qualified_year(i, j))):
                return None
            start, joined = a.start, True
        elif a.kind == "num":
            j, start = i, a.start
            joined = self.at(i + 1, "num") and self.next_to(i, i + 1, _YEAR_RANGE) \
                and a.value < _closing_year(a.value, self.atoms[i + 1].value) <= a.value + 50
        else:
            return None
        n = self.atoms[j]
        era, k = self.era_after(j)
        era = era or ("hijri" if hijri_word else None)
        if n.value < 1000 and not (era and (n.value >= 100 or self.is_yearword(i))):
            return None                 # 9م is nine metres, not the year 9
        if not (era or joined or (1900 <= n.value <= 2100 and self.year_context(j)) or (
                HISTORY_FROM <= n.value < 1900 and self.year_context(j)
                and self.layer.phrase_before(n.start, _NAMED_WITH_YEAR) is not None)):
            return None                 # (an older year only after a noun that dates: تعداد 1897، معاهدة 1856)
        exprs = [self._year_expr(start, self.atoms[k - 1].end, n.value, era)]
        if self.is_yearword(i) and "مالي" in fold(self.text[a.word_start:a.end]):
            exprs[0].part = "fiscal"        # السنة المالية 2021-2022: its months run July to June
        b = self.at(k, "num")
        if b and n.value < _closing_year(n.value, b.value) <= n.value + 50 and (
                self.next_to(k - 1, k, _YEAR_RANGE) or (b.value >= 100 and self.next_to(k - 1, k, _RANGE))):
            era2, k2 = self.era_after(k)
            exprs.append(self._year_expr(b.start, self.atoms[k2 - 1].end, _closing_year(n.value, b.value),
                                         era2 or era))
            k = k2
            while a.kind == "yearword" and a.value == L.MANY_YEARS and (c := self.at(k, "num")) \
                    and exprs[-1].y < c.value <= exprs[-1].y + 50 and self.next_to(k - 1, k, _RANGE):
                era2, k = self.era_after(k)         # للأعوام 2023 و2024 و2025
                exprs.append(self._year_expr(c.start, self.atoms[k - 1].end, c.value, era2 or era))
        return exprs, k

    def year_context(self, i: int) -> bool:
        """Is this bare number a year? Something must place it in time, and
        nothing may make it a count (أكثر من 2000، 2019 زائرا)."""
        a, layer = self.atoms[i], self.layer
        if layer.phrase_before(a.start, COUNT_BEFORE) or counted_noun_after(layer, a.end):
            return False
        prior = layer.words_before(a.start, most=1)
        if prior and self.at(i + 1, "scale") and self.next_to(i, i + 1) \
                and any(stem in _APPROXIMATIONS for _, stem in layer.readings(prior[0])):
            return False                # نحو 2024 مليون دينار (في 2023 مليون سائح: in 2023)
        if self.cued(i) or _NAME_DASH.search(self.text, max(0, a.start - 30), a.start):
            return True
        if ends_quoted_name(layer, a.start, a.end):
            return True     # "مرحبا 2024", not "عدد الضحايا 2000"
        # a noun that dates what it names: رؤية 2030، لحرب 1973، كأس العالم 2022
        if layer.phrase_before(a.start, _NAMED_WITH_YEAR) is not None:
            return True
        # a name's own words between: رؤية المملكة 2030، مهرجان قرطاج الدولي 2024; one
        # word after a comparison: مقارنة بحصيلة 2023 (what 2023 held)
        words = layer.words_before(a.start, most=NAME_WORDS)
        for n in range(1, len(words) + 1):
            if any(stem in _APPROXIMATIONS for _, stem in layer.readings(words[-n])):
                return False                                # مقارنة بنحو 2000
            before = layer.starts[words[-n]]
            if layer.phrase_before(before, _NAMED_WITH_YEAR) is not None or (
                    n == 1 and layer.phrase_before(before, _COMPARED_WITH) is not None):
                return True
        return False

    def school_term(self, a) -> bool:
        """Is this الفصل a school term (اختبارات الفصل الأول، يمتد الفصل الثاني إلى غاية
        19 مارس in a sentence of pupils and exams), not a quarter?"""
        if not fold(self.text[a.word_start:a.end]).startswith("الفصل"):
            return False
        lo, hi = self.layer.sentence_at(a.start)
        return any(stem in _SCHOOL_WORDS for i in self.layer.within(lo, hi) for _, stem in self.layer.readings(i))

    def _year_expr(self, start, end, y, era):
        return Expr(start, end, "hyear" if era == "hijri" else "date", y)


    def season_quarter_half(self, i):
        a = self.atoms[i]
        if a.kind not in ("season", "quarter", "half") or (a.kind == "quarter" and self.school_term(a)):
            return None
        j = i + 1
        if a.kind == "half":
            month, k = self.month_at(j) if self.next_to(i, j, _OF) else (None, j)
            if month is not None:
                y, k2, _ = self.year_after(k)
                if y is None and (d := self.at(k, "direction")) and self.next_to(k - 1, k, _GLOSS_CLOSED):
                    # النصف الثاني من يونيو (حزيران) المقبل: of the next June
                    e = Expr(a.start, d.end, "half", None, month, part=a.value, month_of_half=True, rel=d.value)
                    return [e], k + 1
                e = Expr(a.start, self.end_of(k2 if y else k), "half", y, month, part=a.value,
                         month_of_half=True)
                return [e], (k2 if y else k)
            u = self.at(j, "unit")
            if u and u.value == "month" and self.next_to(i, j, _OF):
                if (d := self.at(j + 1, "direction")) and self.next_to(j, j + 1):
                    # النصف الثاني من الشهر المقبل
                    e = Expr(a.start, d.end, "half", part=a.value, month_of_half=True, month_rel=d.value)
                    return [e], j + 2
                e = Expr(a.start, u.end, "half", part=a.value, month_of_half=True, year_rel=0, rel=0)
                return [e], j + 1
        if a.kind in ("quarter", "half") and not re.match(r"\s+(?:من|في)\s", self.text[a.end:a.end + 5]):
            return [Expr(a.start, a.end, a.kind, part=a.value)], j       # the latest such quarter or half
        if not self.next_to(i, j, _OF):
            return None
        if a.kind in ("quarter", "half") and (fiscal := self.fiscal_year_at(j)):
            size = 3 if a.kind == "quarter" else 6       # النصف الأول من العام المالي الجاري: July to December
            return [Expr(a.start, self.atoms[fiscal[1] - 1].end, "mspan", year_rel=fiscal[0],
                         part=(True, size, True, size * (a.value - 1)))], fiscal[1]
        y, k, era = self.year_after(j, _OF)
        if y is not None and a.kind in ("quarter", "half") and self.two_year_fiscal_at(k - 1):
            size = 3 if a.kind == "quarter" else 6       # الربع الأول من السنة المالية 2024-2025: July to September 2024
            b = self.atoms[k]                            # and the year that closes it, a mention of its own
            return [Expr(a.start, self.atoms[k - 1].end, "mspan", y, part=(True, size, True, size * (a.value - 1))),
                    self._year_expr(b.start, b.end, _closing_year(y, b.value), None)], k + 1
        if y is not None and era != "hijri":
            return [Expr(a.start, self.atoms[k - 1].end, a.kind, y, part=a.value)], k
        rel = self.relative_year_after(j)
        if rel:
            return [Expr(a.start, self.atoms[rel[1] - 1].end, a.kind, part=a.value, year_rel=rel[0])], rel[1]
        u = self.at(j, "unit")
        if u and u.value == "year":
            return [Expr(a.start, u.end, a.kind, part=a.value, year_rel=0)], j + 1
        d = self.at(j, "direction")
        if a.kind == "season" and d:
            # الصيف الماضي: the last summer (rel); صيف العام الماضي: last year's (year_rel)
            return [Expr(a.start, d.end, "season", part=a.value, year_rel=0, rel=d.value)], j + 1
        if a.kind in ("quarter", "half") and self.at(j, "month", "hmonth", "relday", "weekday", "modifier") \
                and re.match(r"\s+في\s", self.text[a.end:a.end + 5]):
            return [Expr(a.start, a.end, a.kind, part=a.value)], j     # بيانات الربع الثالث في ديسمبر: the latest
        return None

    def decade_century(self, i):
        """التسعينيات، ثمانينيات القرن الماضي، القرن العشرين، القرن الـ19، القرن الماضي."""
        a = self.atoms[i]
        if a.kind == "decade":
            if self.at(i + 1, "century") and self.next_to(i, i + 1, _OF):
                got = self.century_number(i + 1)
                if got:
                    return [Expr(a.start, self.atoms[got[1] - 1].end, "decade", y=got[0], part=a.value)], got[1]
            return [Expr(a.start, a.end, "decade", y=20, part=a.value)], i + 1
        if a.kind == "century":
            got = self.century_number(i)
            if got:
                return [Expr(a.start, self.atoms[got[1] - 1].end, "century", y=got[0])], got[1]
        return None

    def century_number(self, i):
        """The century after القرن at atom i: (20 or ("rel", -1), index after)."""
        nxt = self.at(i + 1, "ordinal", "num", "direction")
        if not nxt or not re.fullmatch(r"\s*(?:ال\s*ـ*\s*)?", self.text[self.atoms[i].end:nxt.start]):
            return None
        if nxt.kind == "direction":
            return ("rel", nxt.value), i + 2
        if not 1 <= nxt.value <= 30:
            return None
        return nxt.value, i + 2

