"""Numeric dates in three digit scripts: 30/12/2022، ٣٠/١٢/٢٠٢٢، 2022-12-30، 3 / 2 / 1440 هـ."""
from __future__ import annotations

import re

from .parser import Expr


class Numeric:
    RULES = {"ndate": ("numeric_date",)}

    def numeric_date(self, i):
        a = self.at(i, "ndate")
        if not a:
            return None
        parts = [int(p) for p in re.split(r"\s?[-/.]\s?", a.value)]
        y, m, d = parts if parts[0] > 31 else (parts[2], parts[1], parts[0])
        if m > 12 >= d:
            m, d = d, m                 # 12/30/2022 can only be month first
        if y < 100:
            y += 2000 if y < 50 else 1900
        era, k = self.era_after(i)
        hijri = era == "hijri" or (era is None and 1300 <= y <= 1500)
        end = self.atoms[k - 1].end if era else a.end
        return [Expr(a.start, end, "hdate" if hijri else "date", y, m, d)], k

