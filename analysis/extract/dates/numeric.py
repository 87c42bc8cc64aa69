"""Numeric dates in three digit scripts: 30/12/2022، ٣٠/١٢/٢٠٢٢، 2022-12-30، 3 / 2 / 1440 هـ;
and a day and month alone in an agency's dateline: الكويت - 18 - 2 (كونا)."""
from __future__ import annotations

import re

from .parser import Expr


DATELINE_REACH = 60      # how far into the first line an agency's dateline stands
_DAY_MONTH = re.compile(r"\s*[-/]\s*")
_AFTER_DATELINE = re.compile(r"\s*(?:\(|[-–—:]|\n|$)")


class Numeric:
    RULES = {"ndate": ("numeric_date",), "num": ("dateline_day_month", "numeric_month_year")}

    def numeric_month_year(self, i):
        """A month and a year in digits: 12/2020، 3/2015."""
        a, b = self.at(i, "num"), self.at(i + 1, "num")
        if a and b and 1 <= a.value <= 12 and 1900 <= b.value <= 2100 and self.text[a.end:b.start] == "/":
            return [Expr(a.start, b.end, "date", b.value, a.value)], i + 2
        return None

    def dateline_day_month(self, i):
        """A day and a month in a dateline, the year left to the reference: الكويت - 18 - 2 (كونا)."""
        a, b = self.at(i, "num"), self.at(i + 1, "num")
        if not (a and b and a.start < DATELINE_REACH and 1 <= a.value <= 31 and 1 <= b.value <= 12):
            return None
        if "\n" in self.text[:a.start] or not self.next_to(i, i + 1, _DAY_MONTH) \
                or not _AFTER_DATELINE.match(self.text, b.end):
            return None
        head = self.text[:a.start].rstrip()
        if not (head.endswith(("-", "–", "—")) and head[:-1].rstrip()[-1:].isalpha()):
            return None                 # a place and a dash before it
        return [Expr(a.start, b.end, "date", m=b.value, d=a.value)], i + 2

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

