"""The first or last months of a year or a fiscal year: الأشهر الثلاثة الأولى
من 2021 (2021-Q1)، الأشهر الستة الأولى من العام (H1)، أول سبعة أشهر من 2024
(an interval from its first day to its last)، الشهور الأربعة الأخيرة من السنة
الجارية، أول سبعة أشهر من العام المالي المنصرم (a fiscal year, July to June)."""
from __future__ import annotations

from ...arabic import fold
from ...lexicon import dates as L
from .parser import _OF, _YEAR_RANGE, Expr

_FISCAL = {fold(w) for w in L.FISCAL}
# ال and a number 2–12 before الأولى/الأخيرة: الأشهر الثلاثة الأولى
_DEFINITE_NUMBERS = {fold(w): n for n, words in {
    2: ["الاثنين", "الشهرين"], 3: ["الثلاثة", "الثلاث"], 4: ["الأربعة", "الأربع"], 5: ["الخمسة", "الخمس"],
    6: ["الستة", "الست"], 7: ["السبعة", "السبع"], 8: ["الثمانية", "الثماني"], 9: ["التسعة", "التسع"],
    10: ["العشرة", "العشر"], 11: ["الأحد عشر", "الإحدى عشر"], 12: ["الاثني عشر", "الإثني عشر"]}.items()
    for w in words}


class Spans:
    RULES = {"months": ("months_of",), "ordinal": ("months_of",), "modifier": ("months_of",),
             "firstlast": ("months_of",)}

    def months_of(self, i):
        got = self._counted_months(i)
        if not got:
            return None
        first, n, j, start = got
        if not 1 <= n <= 12:
            return None
        if not self.next_to(j - 1, j, _OF):            # خلال الأشهر الستة الأولى: of this year
            if not first:
                return None     # خلال الأشهر الستة الأخيرة: the six months just past, a duration
            return [Expr(start, self.atoms[j - 1].end, "mspan", part=(first, n, False), year_rel=0)], j
        y, k, era = self.year_after(j, _OF)
        if y is not None and era != "hijri":
            return [Expr(start, self.atoms[k - 1].end, "mspan", y, part=(first, n, False))], k
        fiscal = self.fiscal_year_at(j)
        if fiscal:
            rel, k = fiscal
            return [Expr(start, self.atoms[k - 1].end, "mspan", part=(first, n, True), year_rel=rel)], k
        rel = self.relative_year_after(j)
        if rel:
            return [Expr(start, self.atoms[rel[1] - 1].end, "mspan", part=(first, n, False), year_rel=rel[0])], rel[1]
        u = self.at(j, "unit")
        if u and u.value == "year":                     # من العام، من السنة: this one
            return [Expr(start, u.end, "mspan", part=(first, n, False), year_rel=0)], j + 1
        return None

    def _counted_months(self, i):
        """(first, how many, index after, start) of الأشهر الثلاثة الأولى / الستة
        أشهر الأولى / أول سبعة أشهر / آخر 4 أشهر."""
        a, layer = self.atoms[i], self.layer
        if a.kind == "months":
            word = fold(self.text[a.word_start:a.end])
            definite = word.startswith("ال") or (a.clitic.endswith("ل") and word.startswith("ل"))   # للأشهر
            # الأشهر الثلاثة الأولى: the number a word with ال after the months; الستة أشهر الأولى: before
            nxt = layer.next_words(a.end, 3)
            words = [layer.folded[w] for w in nxt]
            before = [] if definite else layer.words_before(a.start, most=2)
            for size in (2, 1):
                if definite:
                    n, last = _DEFINITE_NUMBERS.get(" ".join(words[:size])), size
                else:
                    n, last = len(before) >= size and _DEFINITE_NUMBERS.get(
                        " ".join(layer.folded[w] for w in before[-size:])), 0
                if n and len(words) > last and words[last] in ("الاولي", "الاخيره"):
                    end = layer.ends[nxt[last]]
                    k = next((k for k in range(i + 1, len(self.atoms)) if self.atoms[k].start >= end), len(self.atoms))
                    return words[last] == "الاولي", n, k, a.start if definite else layer.starts[before[-size]]
            return None
        if a.kind in ("ordinal", "modifier", "firstlast") and a.value in (1, -1, "END"):
            first = a.value == 1
            num = self.at(i + 1, "num", "cardinal")
            months = self.at(i + 2, "months")
            if num and months and self.next_to(i, i + 1) and self.next_to(i + 1, i + 2):
                return first, int(num.value), i + 3, a.start
        return None

    def fiscal_year_at(self, j):
        """العام المالي الجاري/المنصرم after من: (offset from the reference's fiscal year, index after)."""
        w = self.at(j, "yearword", "unit")
        if not w or not self.next_to(j - 1, j, _OF):
            return None
        k = j + 1
        if w.kind == "unit" and self.at(k, "fiscal") and self.next_to(j, k):
            k += 1
        elif w.kind != "yearword" or not any(f in fold(self.text[w.word_start:w.end]) for f in _FISCAL):
            return None
        d = self.at(k, "direction")
        if not (d and self.next_to(k - 1, k)):
            return None
        k += 1
        if self.restated_year(k):                     # العام المالي الجاري 2023/2024: its years restated
            k += 1 + bool(self.at(k + 1, "num") and self.next_to(k, k + 1, _YEAR_RANGE))
        return d.value, k
