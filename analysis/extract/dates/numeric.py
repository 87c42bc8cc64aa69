"""Numeric dates in three digit scripts: 30/12/2022، ٣٠/١٢/٢٠٢٢، 2022-12-30، 3 / 2 / 1440 هـ;
and a day and month alone in an agency's dateline: الكويت - 18 - 2 (كونا)."""
from __future__ import annotations

import re

from .parser import Expr, _closing_year

_MORE_DIGITS = re.compile(r"[-/.,:]?\d|\s*[%٪]")       # 3-2015-7, 22/4/2016 or 22/4% are something else
_COMMA_YEAR = re.compile(r"\s*[,،]\s*")
_DAY_BEFORE = ("يوم", "بتاريخ", "تاريخ")                 # يوم 22/04: a day, whichever number is larger


DATELINE_REACH = 60      # how far into the first line an agency's dateline stands
_DAY_MONTH = re.compile(r"\s*[-/]\s*")
_AFTER_DATELINE = re.compile(r"\s*(?:\(|[-–—:]|\n|$)")


class Numeric:
    RULES = {"ndate": ("numeric_date",), "num": ("dateline_day_month", "numeric_month_year")}

    def numeric_month_year(self, i):
        """A month and a year in digits, either way round: 12/2020، 3-2015، 2015/3;
        not a span of years (2009-10 closes in 2010), and a day and month
        written day first where a date word stands before it (في 22-4، يوم 22/04)."""
        a, b = self.at(i, "num"), self.at(i + 1, "num")
        if not (a and b and self.text[a.end:b.start] in ("/", "-")) or _MORE_DIGITS.match(self.text, b.end):
            return None
        if 1 <= a.value <= 12 and 1900 <= b.value <= 2100:
            return [Expr(a.start, b.end, "date", b.value, a.value)], i + 2
        if 1900 <= a.value <= 2100 and 1 <= b.value <= 12 and _closing_year(a.value, b.value) <= a.value:
            return [Expr(a.start, b.end, "date", a.value, b.value)], i + 2
        if 1 <= a.value <= 31 and 1 <= b.value <= 12 and a.start == a.word_start:
            weekday = self.atoms[i - 1].value if i > 0 and self.at(i - 1, "weekday") and self.next_to(i - 1, i) \
                and self.text[a.end] == "/" else None      # يوم السبت 21/09: the year it is a Saturday (الاثنين 8-9 صباحا are hours)
            y, k, _ = self.year_after(i + 2, _COMMA_YEAR)     # 11/12, 2016
            if y is not None:
                return [Expr(a.start, self.atoms[k - 1].end, "date", y, b.value, a.value)], k
            on_day = weekday is not None or any(self.after_word(a, w) for w in _DAY_BEFORE)
            if on_day or (a.value > 12 and self.cued(i)):
                return [Expr(a.start, b.end, "date", m=b.value, d=a.value, part=weekday)], i + 2
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

