"""Hijri months and feasts: رمضان 1446، 15 رمضان 1446 هـ (read by the named
month rule), a Hijri month alone where something places it in time, عيد
الفطر، عيد الأضحى 2024، رأس السنة الميلادية."""
from __future__ import annotations

import re

from ...arabic import Lexicon, fold, words_pattern
from ...lexicon import dates as L
from .parser import Expr


_EVE = {fold(w) for w in L.EVE}
_WITH_YEAR = {fold(w) for w in L.FEASTS_WITH_YEAR}
_FEAST_DAYS = {fold(w): n for w, n in L.FEAST_DAYS.items()}
_TENS = re.compile(rf"({words_pattern(L.TENS)})\s+(?:من\s+)?(?:شهر\s+)?\Z")
_TENS_DAYS = Lexicon(L.TENS)      # get() folds and squashes spaces: العشر\u2009الأواخر
_SAFAR = fold("صفر")
_TOWARDS = frozenset(fold(w) for w in ("إلى", "الى"))
_CRESCENT = frozenset(fold(w) for w in ("هلال", "الهلال"))
_MONTH_WORD = fold("شهر")


class Hijri:
    RULES = {"feast": ("feast",), "daypart": ("feast",)}

    def hijri_month(self, i, start, cued):
        a = self.atoms[i]
        spec, k = self.year_spec_after(i + 1)
        if spec.pop("era", None) == "gregorian" and spec.get("y", 0) < 1900:
            return None                 # رمضان 2019م is the Ramadan of 2019; 15 رمضان 622م no Hijri date
        if not spec and a.start == start and self.word(a) == _SAFAR and self.after_any(a, _TOWARDS):
            return None                 # انخفض العجز إلى صفر: zero, not the month Safar
        if not spec and self._crescent_before(start):
            return None                 # تحري هلال شهر شوال: the crescent's name, not the month
        tens = _TENS.search(self.text, max(0, start - 40), start)
        if tens:                        # العشر الأواخر من رمضان: days 21 to its end
            start, spec["part"] = tens.start(), _TENS_DAYS.get(tens.group(1))
        if spec or cued:
            return [Expr(start, self.atoms[k - 1].end, "hdate", m=a.value, **spec)], k
        return None


    def _crescent_before(self, pos: int) -> bool:
        """Does هلال stand before pos, شهر between them or not?"""
        words = [self.layer.folded[i] for i in self.layer.words_before(pos, most=2)]
        if words and words[-1] == _MONTH_WORD:
            words = words[:-1]
        return bool(words) and words[-1] in _CRESCENT

    def nth_feast_day(self, pos: int) -> tuple[int, int] | None:
        """(days after the feast's first, start offset) of ثاني أيام، اليوم الثالث من … right before pos."""
        layer = self.layer
        before = layer.words_before(pos, most=3)
        for n in (3, 2):
            words = before[-n:]
            if len(words) == n and all(layer.spaced(layer.ends[w], layer.starts[v] if v is not None else pos)
                                       for w, v in zip(words, [*words[1:], None])):
                days = _FEAST_DAYS.get(" ".join(layer.folded[w] for w in words))
                if days is not None:
                    return days, layer.starts[words[0]]
        return None

    def feast(self, i):
        """عيد الفطر، عيد الأضحى 2024; عشية عيد الفطر is the day before it."""
        start, eve = self.atoms[i].start, 0
        if self.at(i, "daypart") and fold(self.text[self.atoms[i].word_start:self.atoms[i].end]) in _EVE \
                and self.next_to(i, i + 1):
            i, eve = i + 1, -1
        a = self.at(i, "feast")
        if not a:
            return None
        calendar, m, d, *days = a.value
        if not eve and (nth := self.nth_feast_day(a.start)):
            eve, start = nth            # ثاني أيام عيد الفطر: a day after the first
        y, k, era = self.year_after(i + 1)
        if y is None and fold(self.text[a.word_start:a.end]) in _WITH_YEAR:
            return None                 # عيد الميلاد alone is a birthday as often as Christmas
        if y is None and (rel := self.at(i + 1, "direction")) and self.next_to(i, i + 1):
            return [Expr(start, rel.end, "feast", None, m, d, part=calendar, rel=eve,      # عيد الأضحى الماضي
                         year_rel=rel.value, days=days[0] if days else 1)], i + 2
        end = self.atoms[k - 1].end if y else a.end
        return [Expr(start, end, "feast", y, m, d, part=calendar, rel=eve, days=days[0] if days else 1)], \
            (k if y else i + 1)

