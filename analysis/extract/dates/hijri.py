"""Hijri months and feasts: رمضان 1446، 15 رمضان 1446 هـ (read by the named
month rule), a Hijri month alone where something places it in time, عيد
الفطر، عيد الأضحى 2024، رأس السنة الميلادية."""
from __future__ import annotations

from .parser import Expr


class Hijri:
    RULES = {"feast": ("feast",)}

    def hijri_month(self, i, start, cued):
        a = self.atoms[i]
        spec, k = self.year_spec_after(i + 1)
        if spec.pop("era", None) == "gregorian":
            return None
        if spec or cued:
            return [Expr(start, self.atoms[k - 1].end, "hdate", m=a.value, **spec)], k
        return None


    def feast(self, i):
        a = self.at(i, "feast")
        if not a:
            return None
        calendar, m, d = a.value
        y, k, era = self.year_after(i + 1)
        end = self.atoms[k - 1].end if y else a.end
        return [Expr(a.start, end, "feast", y, m, d, part=calendar)], (k if y else i + 1)

