"""Dates: every date in an Arabic news text, located and normalised.

Three steps, each a plain function:
1. `scan.scan` finds the atoms (shared with numbers.py): digit runs, numeric
   dates, month names of every naming system, Hijri months, weekdays,
   relative words, modifiers, periods — each with its value.
2. `parse` reads runs of adjacent atoms as date expressions (`Expr`), the way
   Duckling's rules read tokens, and links the endpoints of ranges and lists
   so that a missing month or year is carried from the other end.
3. `resolve` turns each expression into a TIMEX value against the reference
   date (the given one, or a dateline the text opens with).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import calendars as cal
from .arabic import MARKS, WORD_END, WORD_START, Lexicon, clitic_readings, fold, words_pattern
from .lexicon import dates as L
from .model import DateMention
from .scan import Atom, scan

_NAMED_WITH_YEAR = Lexicon(dict.fromkeys(L.NAMED_WITH_YEAR, True))
_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")
_AGO_UNITS = Lexicon(L.AGO_UNITS)


# ---------------------------------------------------------------- gaps between atoms

_SPACE = re.compile(r"[\s\u200f\u200e]*")
# Joining words are matched with the same tolerance as lexicon words.
_WEEKDAY_GAP = re.compile(rf"\s*(?:[،,]\s*)?(?:{words_pattern(['الموافق'])}\s*(?:ل\s*)?)?")   # الخميس، 30 ديسمبر
_OF = re.compile(rf"\s+(?:{words_pattern(['من', 'في'])})\s+|\s+")
_PAIR = re.compile(r"\s*[/\\(]\s*|\s*[-–]\s*|\s+")
_RANGE = re.compile(rf"\s*(?:[،,]\s*)?(?:[-–—]|(?:و\s*)?(?:{words_pattern(['إلى', 'حتى', 'لغاية', 'غاية'])})|و)\s*")
_CLOSE_PAREN = re.compile(r"\s*\)")
_YEAR_GAP = re.compile(r"\s*(?:\)\s*)?")     # تموز (يوليو) 2019
_QUALIFIED_YEAR = re.compile(r"\s+ال[^\W\d_]+(?:ي|ية|يه)\s+")   # العام الدراسي 2023
_ANCHORED = re.compile(rf"\s+(?:{words_pattern(['من', 'على'])})\s")
_YEAR_RANGE = re.compile(r"\s*[-–—/]\s*")
_CUE_BEFORE = re.compile(
    rf"(?:^|[\s(،,]|(?<=[وف]))(?:[وف]?(?:{words_pattern(L.TEMPORAL_CUES)}))[{MARKS}]*\s*$")
_FUTURE = re.compile(rf"{WORD_START}[وف]?(?:{words_pattern(L.FUTURE_CUES)}){WORD_END}")
# a sentence ends at a single full stop (".." joins a headline's parts), ! ?
# ؟, a line break, or a run of spaces (the gap between ticker headlines)
_SENTENCE_END = re.compile(r"(?<!\.)\.(?!\.)\s|[!?؟]\s|\n|\s{3,}")
_COUNT_BEFORE = re.compile(
    rf"(?:{words_pattern(['أكثر', 'أقل', 'أزيد', 'أكبر', 'أعلى', 'أدنى', 'ما يزيد', 'ما يقارب', 'حوالي', 'قرابة', 'زهاء', 'يناهز'])})"
    rf"\s+(?:{words_pattern(['من', 'عن', 'على'])})?\s*$")
# an indefinite accusative noun (زائرا، شخصاً) counts what the number before it states
_COUNTED_NOUN_AFTER = re.compile(
    rf"\s+(?!(?:{words_pattern(L.ADVERBS_AFTER_YEAR)})(?![^\W\d_]))[^\W\d_][^\W\d_{MARKS}]*(?<!و)ا[ًٌٍ]?(?![^\W\d_])")
_NAME_DASH = re.compile(r"[^\W\d_][\s\"'′″”»]*[-–—]\s*$")


_MAX_LISTED_DAYS = 7    # أيام 1 و2 و3 … مايو; a longer run of numbers is not a list of days


def _closing_year(first: int, second: int) -> int:
    """The year that closes a span: 2020-21 closes in 2021."""
    return first // 100 * 100 + second if second < 100 else second


def _gap(text: str, a: Atom, b: Atom, pattern: re.Pattern) -> bool:
    return pattern.fullmatch(text, a.end, b.start) is not None


# ---------------------------------------------------------------- expressions


@dataclass
class Expr:
    start: int
    end: int
    kind: str                   # date, hdate, hyear, relday, weekday, relunit, season,
                                # quarter, half, decade, century, ago, feast
    y: int | None = None
    m: int | None = None
    d: int | None = None
    year_rel: int | None = None  # the year counted from the reference: العام الماضي → -1
    rel: int | None = None       # an offset (days, or units for relunit/ago)
    unit: str | None = None
    part: object = None          # season code, quarter, half, weekday, decade digit…
    mod: str | None = None
    future: bool = False
    linked: bool = False         # took a missing part from a range's other end
    partner: "Expr | None" = None  # the range's later end, to take the year from once resolved
    month_of_half: bool = False  # النصف الأول من أبريل: half of a month
    month_rel: int | None = None # the month counted from the reference: 15 من الشهر الماضي


class _Parser:
    def __init__(self, text: str, atoms: list[Atom]):
        self.text, self.atoms = text, atoms

    def at(self, i: int, *kinds: str) -> Atom | None:
        if i < len(self.atoms) and self.atoms[i].kind in kinds:
            return self.atoms[i]
        return None

    def next_to(self, i: int, j: int, pattern=_SPACE) -> bool:
        return j < len(self.atoms) and _gap(self.text, self.atoms[i], self.atoms[j], pattern)

    def cued(self, i: int) -> bool:
        """Does a temporal word (or a modifier: نهاية مايو) stand right before atom i?"""
        a = self.atoms[i]
        if a.start != a.word_start and self.text[a.start] in "بل":
            return True   # بمايو، لرمضان: the clitic is a preposition
        if i > 0 and self.atoms[i - 1].kind in ("modifier", "monthword") and self.next_to(i - 1, i):
            return True
        return _CUE_BEFORE.search(self.text, max(0, a.start - 24), a.start) is not None

    # -- pieces -------------------------------------------------------------

    def year_after(self, i: int, gap=_YEAR_GAP) -> tuple[int | None, int, str | None]:
        """A year written after atom i-1 starting at atom i: 2022, عام 2022,
        2022م, 1446هـ. Returns (year, index after, calendar marker)."""
        if i == 0 or i >= len(self.atoms) or not self.next_to(i - 1, i, gap):
            return None, i, None
        j = i
        if self.is_yearword(j) and self.next_to(j, j + 1):
            j += 1
        a = self.at(j, "num")
        if not a or (j > i and not self.next_to(j - 1, j)):
            return None, i, None
        era, k = self.era_after(j)
        if a.value < 1000 and not era:
            return None, i, None
        return a.value, k, era

    def year_spec_after(self, j: int) -> tuple[dict, int]:
        """What places a month (or day and month) in a year, after atom j-1:
        2022، (من) عام 2019، من العام الماضي، الماضي/المقبل/الجاري. Returns
        (Expr fields, index after); no fields when nothing follows."""
        y, k, era = self.year_after(j)
        if y is None:
            y, k, era = self.year_after(j, _OF)
            if y is not None and not self.is_yearword(j):
                y = None                # "مايو من 2019" is too loose; "من عام 2019" is not
        if y is not None:
            return {"y": y, "era": era}, k
        rel = self.relative_year_after(j)
        if rel:
            return {"year_rel": rel[0]}, rel[1]
        d = self.at(j, "direction")
        if d and self.next_to(j - 1, j):
            # ديسمبر الماضي: the last December before the reference
            return {"rel": d.value, "future": d.value > 0}, j + 1
        return {}, j

    def is_yearword(self, i: int) -> bool:
        """عام، سنة، العام، للسنة المالية … before a year."""
        a = self.at(i, "yearword", "unit")
        return bool(a) and (a.kind == "yearword" or a.value == "year")

    def era_after(self, j: int) -> tuple[str | None, int]:
        if self.at(j + 1, "era_h") and self.next_to(j, j + 1):
            return "hijri", j + 2
        if self.at(j + 1, "era_g") and self.next_to(j, j + 1):
            return "gregorian", j + 2
        return None, j + 1

    def month_at(self, i: int) -> tuple[int | None, int]:
        """A Gregorian month, possibly paired (كانون الثاني/يناير، مارس آذار،
        تموز (يوليو)) and possibly after شهر. Returns (month, index after)."""
        j = i
        if self.at(j, "monthword") and self.at(j + 1, "month") and self.next_to(j, j + 1):
            j += 1
        a = self.at(j, "month")
        if not a:
            return None, i
        b = self.at(j + 1, "month")
        if b and b.value == a.value and self.next_to(j, j + 1, _PAIR):
            j += 1
        return a.value, j + 1

    def end_of(self, j: int) -> int:
        """End offset of atom j-1, stretched over a closing parenthesis."""
        end = self.atoms[j - 1].end
        m = _CLOSE_PAREN.match(self.text, end)
        if m and "(" in self.text[max(0, end - 30):end]:
            return m.end()
        return end

    # -- rules: each returns (expressions, next index) or None ----------------

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

    def day_month(self, i):
        """[weekday] D [و D …] MONTH [YEAR]: 30 ديسمبر 2022، الخميس 5 مايو،
        التاسع من كانون الثاني، 21 – 27 ديسمبر، يومي 5 و6 مايو، 15 رمضان 1446 هـ."""
        start = self.atoms[i].start
        if self.at(i, "dayword", "daypart") and self.at(i + 1, "weekday") and self.next_to(i, i + 1):
            i += 1
        if self.at(i, "weekday") and self.next_to(i, i + 1, _WEEKDAY_GAP):
            i += 1
        elif self.at(i, "dayword") and self.next_to(i, i + 1):
            i += 1                      # يوم 30 ديسمبر، يومي 5 و6 مايو
        days, j = [], i
        while (a := self.at(j, "num", "ordinal")) and (a.kind == "ordinal" or 1 <= a.value <= 31):
            days.append(a)
            if len(days) == _MAX_LISTED_DAYS or not (
                    self.at(j + 1, "num", "ordinal") and self.next_to(j, j + 1, _RANGE)):
                break
            j += 1
        if not days or (days[0].kind == "ordinal" and self.after_word(days[0], "الأسبوع")):
            return None                 # الأسبوع الأول من مارس is a week, not the 1st
        k = j + 1
        if not self.next_to(j, k, _OF):
            return None
        if self.at(k, "hmonth"):
            month, kind, k = self.atoms[k].value, "hdate", k + 1
        elif (rel := self.relative_month_at(k)) is not None:
            month_rel, k = rel           # الـ15 من الشهر الجاري
            e = Expr(start, self.atoms[k - 1].end, "date", d=days[-1].value, month_rel=month_rel)
            return ([Expr(a.start, a.end, "date", d=a.value, linked=True) for a in days[:-1]] + [e]), k
        else:
            month, k = self.month_at(k)
            kind = "date"
            if month is None:
                return None
        spec, k = self.year_spec_after(k)
        if spec.pop("era", None) == "hijri":
            kind = "hdate"
        exprs = [Expr(start if n == 0 else a.start, a.end, kind, d=a.value, linked=True)
                 for n, a in enumerate(days[:-1])]
        exprs.append(Expr(start if len(days) == 1 else days[-1].start, self.end_of(k), kind,
                          m=month, d=days[-1].value, **spec))
        return exprs, k

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
        spec, k = self.year_spec_after(j)
        if spec.pop("era", None) == "hijri":
            return None
        if spec:
            return [Expr(a.start, self.end_of(k), "date", m=month, **spec)], k
        word = self.atoms[j - 1]
        short = len(fold(self.text[word.word_start:word.end])) <= 2 and a.kind != "monthword"
        if (a.kind == "monthword" or self.cued(i) or self.in_list(i, j)) and not short:
            return [Expr(a.start, self.end_of(j), "date", m=month)], j
        return None

    def relative_month_at(self, k):
        """الشهر الجاري/الماضي/المقبل، هذا الشهر at atom k → (month offset, index after)."""
        if self.at(k, "this") and (u := self.at(k + 1, "unit")) and u.value == "month" and self.next_to(k, k + 1):
            return 0, k + 2
        u, d = self.at(k, "unit"), self.at(k + 1, "direction")
        if u and u.value == "month" and d and self.next_to(k, k + 1):
            return d.value, k + 2
        return None

    def after_word(self, a: Atom, word: str) -> bool:
        return self.text[max(0, a.start - len(word) - 2):a.start].rstrip().endswith(word)

    def in_list(self, i, j) -> bool:
        """A month next to another month by a range or list connector: يناير وحتى نوفمبر 2022."""
        nxt = self.at(j, "month", "monthword")
        return bool(nxt and self.next_to(j - 1, j, _RANGE))

    def relative_year_after(self, j):
        """(من) العام الماضي / الجاري / المقبل, هذا العام → (offset, index after)."""
        k = j
        if self.at(k, "this") and self.at(k + 1, "unit") and self.atoms[k + 1].value == "year" \
                and self.next_to(k - 1, k, _OF) and self.next_to(k, k + 1):
            return 0, k + 2
        u = self.at(k, "unit")
        if u and u.value == "year" and self.next_to(k - 1, k, _OF):
            d = self.at(k + 1, "direction")
            if d and self.next_to(k, k + 1):
                return d.value, k + 2
        return None

    def hijri_month(self, i, start, cued):
        a = self.atoms[i]
        spec, k = self.year_spec_after(i + 1)
        if spec.pop("era", None) == "gregorian":
            return None
        if spec or cued:
            return [Expr(start, self.atoms[k - 1].end, "hdate", m=a.value, **spec)], k
        return None

    def year(self, i):
        """عام 2022، سنة 2016، للسنة المالية 2023، 1446هـ, and a bare year where
        something places it in time (في 2022، رؤية 2030، التفاعل المشترك – 2022);
        with the year that closes its span or range (2018-2019، عامي 2022 و2023،
        بين 2023 و2027)."""
        a = self.atoms[i]
        if self.is_yearword(i):
            j = i + 1
            if not (self.at(j, "num") and (self.next_to(i, j) or self.next_to(i, j, _QUALIFIED_YEAR))):
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
        if n.value < 1000 and not era:
            return None
        if not (era or joined or (1900 <= n.value <= 2100 and self.year_context(j))):
            return None
        exprs = [self._year_expr(start, self.atoms[k - 1].end, n.value, era)]
        b = self.at(k, "num")
        if b and n.value < _closing_year(n.value, b.value) <= n.value + 50 and (
                self.next_to(k - 1, k, _YEAR_RANGE) or (b.value >= 100 and self.next_to(k - 1, k, _RANGE))):
            era2, k2 = self.era_after(k)
            exprs.append(self._year_expr(b.start, self.atoms[k2 - 1].end, _closing_year(n.value, b.value),
                                         era2 or era))
            k = k2
        return exprs, k

    def year_context(self, i: int) -> bool:
        """Is this bare number a year? Something must place it in time, and
        nothing may make it a count (أكثر من 2000، 2019 زائرا)."""
        a = self.atoms[i]
        before = self.text[max(0, a.start - 30):a.start]
        if _COUNT_BEFORE.search(before) or _COUNTED_NOUN_AFTER.match(self.text, a.end):
            return False
        if self.cued(i) or _NAME_DASH.search(before):
            return True
        m = _LAST_WORD.search(before)
        if not m:
            return False
        # the word as written, or with its clitics apart (لحرب 1973)
        return any(stem in _NAMED_WITH_YEAR for _, stem in clitic_readings(fold(m.group(1))))

    def _year_expr(self, start, end, y, era):
        return Expr(start, end, "hyear" if era == "hijri" else "date", y)

    def relative_day(self, i):
        start_i = i
        if self.at(i, "daypart") and self.at(i + 1, "relday") and self.next_to(i, i + 1):
            i += 1
        a = self.at(i, "relday")
        if not a:
            return None
        j = i + 1
        nxt = self.at(j, "weekday", "same")
        if nxt and self.next_to(i, j):
            j += 1          # اليوم الخميس، اليوم نفسه
        elif a.value == 0 and re.match(r"\s+ال", self.text[a.end:a.end + 4]) and "ليل" not in self.text[a.word_start:a.end]:
            return None     # اليوم الوطني، اليوم التالي: a named day, not today
        return [Expr(self.atoms[start_i].start, self.atoms[j - 1].end, "relday", rel=a.value)], j

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
        if d and self.next_to(i, j):
            rel, j = d.value, j + 1
        return [Expr(self.atoms[start_i].start, self.atoms[j - 1].end, "weekday", part=a.value, rel=rel)], j

    def relative_unit(self, i):
        """الأسبوع الماضي، الشهر المقبل، العام الجاري، هذا العام؛ after a
        modifier also the bare unit: نهاية العام، منتصف الشهر."""
        start = self.atoms[i].start
        if self.at(i, "this") and self.at(i + 1, "unit") and self.next_to(i, i + 1):
            i += 1
            return [Expr(start, self.atoms[i].end, "relunit", unit=self.atoms[i].value, rel=0)], i + 1
        u = self.at(i, "unit")
        if not u:
            return None
        d = self.at(i + 1, "direction")
        if d and self.next_to(i, i + 1):
            return [Expr(start, d.end, "relunit", unit=u.value, rel=d.value)], i + 2
        if i > 0 and self.at(i - 1, "modifier", "half", "quarter", "season") and self.next_to(i - 1, i, _OF):
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
        if self.at(j, "num", "cardinal") and self.next_to(i, j):
            n, j = int(self.atoms[j].value), j + 1
        u = self.at(j, "agounit", "dayword", "monthword", "yearword")
        unit = u and _AGO_UNITS.get(self.text[u.word_start:u.end])
        if not unit or not self.next_to(j - 1, j) or self.at(j + 1, "num"):
            return None
        if a.value > 0 and _ANCHORED.match(self.text, u.end):
            return None
        unit, count = (unit, n) if isinstance(unit, str) else unit
        return [Expr(a.start, u.end, "ago", rel=a.value * count, unit=unit)], j + 1

    def season_quarter_half(self, i):
        a = self.atoms[i]
        if a.kind not in ("season", "quarter", "half"):
            return None
        j = i + 1
        if a.kind == "half":
            month, k = self.month_at(j) if self.next_to(i, j, _OF) else (None, j)
            if month is not None:
                y, k2, _ = self.year_after(k)
                e = Expr(a.start, self.end_of(k2 if y else k), "half", y, month, part=a.value,
                         month_of_half=True)
                return [e], (k2 if y else k)
            u = self.at(j, "unit")
            if u and u.value == "month" and self.next_to(i, j, _OF):
                e = Expr(a.start, u.end, "half", part=a.value, month_of_half=True, year_rel=0, rel=0)
                return [e], j + 1
        if a.kind == "quarter" and not re.match(r"\s+(?:من|في)\s", self.text[a.end:a.end + 5]):
            return [Expr(a.start, a.end, "quarter", part=a.value)], j   # the latest such quarter
        if not self.next_to(i, j, _OF):
            return None
        y, k, era = self.year_after(j, _OF)
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
            return [Expr(a.start, d.end, "season", part=a.value, year_rel=d.value)], j + 1
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

    def feast(self, i):
        a = self.at(i, "feast")
        if not a:
            return None
        calendar, m, d = a.value
        y, k, era = self.year_after(i + 1)
        end = self.atoms[k - 1].end if y else a.end
        return [Expr(a.start, end, "feast", y, m, d, part=calendar)], (k if y else i + 1)

    def modified(self, i):
        """بداية/منتصف/نهاية + a date: the value is the unmodified period."""
        a = self.at(i, "modifier")
        if not a:
            return None
        j = i + 1
        if self.at(j, "monthword") and self.next_to(i, j):
            j += 1
        if j >= len(self.atoms) or not self.next_to(j - 1, j, _SPACE):
            return None
        got = self.expression(j)
        if not got:
            return None
        exprs, k = got
        exprs[0].start = a.start
        exprs[0].mod = a.value
        return exprs, k

    # The rules, in priority order, by the kind of atom they can start with.
    RULES = {
        "ndate": ("numeric_date",),
        "feast": ("feast",),
        "num": ("day_month", "year"),
        "ordinal": ("day_month",),
        "dayword": ("day_month", "weekday"),
        "daypart": ("day_month", "relative_day", "weekday"),
        "weekday": ("day_month", "weekday"),
        "season": ("season_quarter_half",),
        "quarter": ("season_quarter_half",),
        "half": ("season_quarter_half",),
        "month": ("month_year",),
        "monthword": ("month_year",),
        "hmonth": ("month_year",),
        "ramadan": ("month_year",),
        "yearword": ("year",),
        "unit": ("year", "relative_unit"),
        "this": ("relative_unit",),
        "decade": ("decade_century",),
        "century": ("decade_century",),
        "relday": ("relative_day",),
        "ago": ("ago",),
        "modifier": ("modified",),
    }

    def expression(self, i):
        for rule in self.RULES.get(self.atoms[i].kind, ()):
            got = getattr(self, rule)(i)
            if got:
                return got
        return None

    def parse(self) -> list[Expr]:
        out, i = [], 0
        while i < len(self.atoms):
            got = self.expression(i)
            if got:
                exprs, i = got
                out.extend(exprs)
            else:
                i += 1
        return out


# ---------------------------------------------------------------- ranges


def _link(text: str, exprs: list[Expr]) -> None:
    """A range or list takes a missing month or year from its later end:
    من 30 أغسطس وحتى 5 سبتمبر 2022، 21 – 27 ديسمبر 2022، بين 2023 و2027."""
    for left, right in zip(exprs, exprs[1:]):
        if left.kind != right.kind or left.kind not in ("date", "hdate"):
            continue
        if not _RANGE.fullmatch(text, left.end, right.start):
            continue
        if left.y is None and right.y is not None and left.year_rel is None and left.rel is None:
            left.y, left.linked = right.y, True
            if left.m is None and left.d is not None:
                left.m = right.m
            if left.m and right.m and (left.m, left.d or 0) > (right.m, right.d or 0):
                left.y -= 1                     # من 30 ديسمبر إلى 5 يناير 2023
        elif left.m is None and left.d is not None and right.m is not None:
            left.m = right.m
        if left.y is None and right.y is None and left.year_rel is None:
            left.partner = right            # يومي 5 و6 مايو: the year the later end resolves to


# ---------------------------------------------------------------- resolution


@dataclass
class DateResult:
    mentions: list[DateMention]
    reference_date: dt.date | None
    reference_source: str | None
    notes: list[str] = field(default_factory=list)


def _span(a: dt.date, b: dt.date) -> str:
    return f"{a.isoformat()}/{b.isoformat()}"


def sentence_bounds(text: str, start: int, end: int, reach: int = 400) -> tuple[int, int]:
    """The sentence around text[start:end], looking at most `reach` characters away."""
    lo = max(0, start - reach)
    before = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    after = _SENTENCE_END.search(text, end, min(len(text), end + reach))
    return (before[-1] if before else lo), (after.start() if after else min(len(text), end + reach))


def _future(text: str, e: Expr) -> bool:
    """Is the sentence announcing something ahead (سيعقد، المقبل، مرتقبة)?"""
    if e.future:
        return True
    return _FUTURE.search(text, *sentence_bounds(text, e.start, e.end)) is not None


def _resolve(e: Expr, ref: dt.date | None, text: str) -> tuple[str | None, str, bool, str | None]:
    """(value, precision, relative, hijri as written) of one expression."""
    k = e.kind
    if k == "date":
        return _resolve_gregorian(e, ref, text)
    if k == "hdate":
        return _resolve_hijri(e, ref)
    if k == "hyear":
        span = cal.hijri_year_span(e.y)
        return (_span(*span) if span else None), "interval", False, str(e.y)
    if k == "feast":
        return _resolve_feast(e, ref)
    if k in ("decade", "century"):
        century = e.y               # the ordinal: 20 is the twentieth century, 19XX
        if isinstance(century, tuple):
            if not ref:
                return None, k, True, None
            century = ref.year // 100 + 1 + century[1]
        prefix = f"{century - 1:02d}"
        return (f"{prefix}{e.part}X" if k == "decade" else f"{prefix}XX"), k, isinstance(e.y, tuple), None
    if k in ("season", "quarter", "half"):
        return _resolve_period(e, ref)
    if ref is None:
        return None, _PRECISION.get(k, e.unit or "day"), True, None
    if k == "relday":
        return (ref + dt.timedelta(days=e.rel)).isoformat(), "day", True, None
    if k == "ago":
        return _shift(ref, e.unit, e.rel)
    if k == "weekday":
        return _resolve_weekday(e, ref, text)
    return _shift(ref, e.unit, e.rel)


def _resolve_weekday(e: Expr, ref: dt.date, text: str):
    """A bare weekday in a report of past events is the latest such day on or
    before the reference; an announced one the next; الماضي strictly before,
    المقبل strictly after, قبل الماضي a week earlier still."""
    ahead = (e.part - ref.weekday()) % 7          # 0..6 days to the next such day
    rel = e.rel if e.rel is not None else (1 if _future(text, e) else -1)
    if rel > 0:
        delta = (ahead or (7 if e.rel else 0)) + 7 * (rel - 1)
    else:
        behind = (7 - ahead) % 7 or (7 if e.rel else 0)
        delta = -behind - 7 * (-rel - 1)
    return (ref + dt.timedelta(days=delta)).isoformat(), "day", True, None


def _resolve_period(e: Expr, ref):
    k = e.kind
    if e.y is None and ref is None:
        return None, "interval" if e.month_of_half else k, True, None
    if e.y is not None:
        year = e.y
    elif e.year_rel is not None:
        year = ref.year + e.year_rel
    else:                       # الربع الأول alone: the latest one begun by the reference
        year = ref.year - (3 * e.part - 2 > ref.month)
    if k == "season":
        return f"{year}-{e.part}", "season", e.y is None, None
    if k == "quarter":
        return f"{year}-Q{e.part}", "quarter", e.y is None, None
    if k == "half":
        if e.month_of_half:
            month = e.m or ref.month
            mid = 15
            a = dt.date(year, month, 1 if e.part == 1 else mid + 1)
            b = dt.date(year, month, mid if e.part == 1 else cal.days_in_month(year, month))
            return _span(a, b), "interval", e.y is None, None
    return f"{year}-H{e.part}", "half", e.y is None, None


_PRECISION = {"relday": "day", "weekday": "day"}


def _shift(ref: dt.date, unit: str, n: int):
    if unit == "day":
        return (ref + dt.timedelta(days=n)).isoformat(), "day", True, None
    if unit == "week":
        y, w, _ = (ref + dt.timedelta(weeks=n)).isocalendar()
        return f"{y}-W{w:02d}", "week", True, None
    if unit == "month":
        y, m = cal.add_months(ref, n)
        return f"{y:04d}-{m:02d}", "month", True, None
    if unit == "year":
        return f"{ref.year + n:04d}", "year", True, None
    if unit == "decade":
        return f"{(ref.year // 10 + n) * 10 // 10:03d}X", "decade", True, None
    return None, unit, True, None


def _year_of(m: int, d: int | None, ref_year: int, ref_md: tuple[int, int], rel: int | None,
             future: bool) -> int:
    """The year of a month (and day) written without one: the latest not after
    the reference for past events (strictly before with الماضي), the next one
    for announced events (strictly after with المقبل), this year with الجاري."""
    if rel == 0:
        return ref_year
    if rel == 1 or future:
        after = (m, d or 31) > ref_md if rel == 1 else (m, d or 31) >= ref_md
        return ref_year if after else ref_year + 1
    before = (m, d or 31) < ref_md if rel == -1 else (m, d or 1) <= ref_md
    return ref_year if before else ref_year - 1


def _resolve_gregorian(e: Expr, ref, text):
    y, m, d = e.y, e.m, e.d
    relative = False
    if e.month_rel is not None:
        if ref is None:
            return None, "day", True, None
        (y, m), relative = cal.add_months(ref, e.month_rel), True
    if y is None and ref is not None and not e.linked:
        if e.year_rel is not None:
            y, relative = ref.year + e.year_rel, True
        elif m is not None:
            future = e.rel is None and _future(text, e)
            y, relative = _year_of(m, d, ref.year, (ref.month, ref.day), e.rel, future), True
    if m is None:
        return (f"{y:04d}" if y is not None else None), "year", relative, None
    if not 1 <= m <= 12 or (d is not None and not 1 <= d <= (cal.days_in_month(y, m) if y else 31)):
        return None, "day" if d else "month", relative, None
    ys = f"{y:04d}" if y is not None else "XXXX"
    if d is None:
        return f"{ys}-{m:02d}", "month", relative, None
    return f"{ys}-{m:02d}-{d:02d}", "day", relative, None


def _resolve_hijri(e: Expr, ref):
    y, relative = e.y, False
    if not 1 <= e.m <= 12:
        return None, "day", False, None
    if y is None:
        here = cal.gregorian_to_hijri(ref) if ref else None
        if not here:
            return None, "interval" if e.d is None else "day", True, None
        hy, hm, hd = here
        if e.year_rel is not None:
            y = hy + e.year_rel
        else:
            y = _year_of(e.m, e.d, hy, (hm, hd), e.rel, False) if e.rel is not None else hy
        relative = True
    written = f"{y}-{e.m:02d}" + (f"-{e.d:02d}" if e.d else "")
    if e.d is None:
        span = cal.hijri_month_span(y, e.m)
        return (_span(*span) if span else None), "interval", relative, written
    g = cal.hijri_to_gregorian(y, e.m, e.d)
    return (g.isoformat() if g else None), "day", relative, written


def _resolve_feast(e: Expr, ref):
    calendar, m, d = e.part, e.m, e.d
    if calendar == "gregorian":
        y = e.y or (ref.year if ref else None)
        return (f"{y:04d}" if y else "XXXX") + f"-{m:02d}-{d:02d}", "day", e.y is None, None
    y = e.y
    if y is not None and y > 1600:      # عيد الأضحى 2024: the feast that falls in 2024
        first = cal.gregorian_to_hijri(dt.date(y, 1, 1))
        candidates = [first[0], first[0] + 1] if first else []
        y = next((h for h in candidates if (g := cal.hijri_to_gregorian(h, m, d)) and g.year == e.y), None)
    elif y is None and ref:
        hy = cal.gregorian_to_hijri(ref)
        y = hy[0] if hy else None
    if y is None:
        return None, "day", True, None
    g = cal.hijri_to_gregorian(y, m, d)
    return (g.isoformat() if g else None), "day", e.y is None, f"{y}-{m:02d}-{d:02d}"


# ---------------------------------------------------------------- the whole


_DATELINE_WINDOW = 120


def _dateline(text: str, exprs: list[Expr]) -> dt.date | None:
    """A dateline the text opens with (الرباط - 3 أبريل 2025): a full date
    among the first few words of the first line, set off by a dash, colon or
    parenthesis."""
    for e in exprs:
        if e.start > _DATELINE_WINDOW:
            break
        if e.kind != "date" or None in (e.y, e.m, e.d):
            continue
        line_start = text.rfind("\n", 0, e.start) + 1
        head, tail = text[line_start:e.start], text[e.end:e.end + 4]
        if text[:line_start].strip() and line_start > 0:
            continue        # only the first line of text
        if len(head.split()) <= 4 and (re.search(r"[-–—:(]", head + tail) or not head.strip()):
            try:
                return dt.date(e.y, e.m, e.d)
            except ValueError:
                return None
    return None


def find_dates(text: str, reference_date: dt.date | None = None,
               atoms: list[Atom] | None = None) -> DateResult:
    exprs = _Parser(text, scan(text) if atoms is None else atoms).parse()
    _link(text, exprs)
    source, notes = ("given" if reference_date else None), []
    if reference_date is None:
        reference_date = _dateline(text, exprs)
        if reference_date:
            source = "dateline"
            notes.append(f"reference date {reference_date.isoformat()} taken from the dateline")
    resolved = {}
    for e in reversed(exprs):           # a range's later end first: the earlier takes its year
        if e.partner is not None and e.y is None:
            year = resolved[id(e.partner)][0]
            if year and year[:4].isdigit():
                e.y, e.linked = int(year[:4]), True
                if e.m and e.partner.m and (e.m, e.d or 0) > (e.partner.m, e.partner.d or 0):
                    e.y -= 1
        resolved[id(e)] = _resolve(e, reference_date, text)
    mentions = []
    for e in exprs:
        value, precision, relative, hijri = resolved[id(e)]
        calendar = "hijri" if e.kind in ("hdate", "hyear") or (e.kind == "feast" and e.part == "hijri") else "gregorian"
        mentions.append(DateMention(text=text[e.start:e.end], start=e.start, end=e.end, value=value,
                                    precision=precision, mod=e.mod, calendar=calendar,
                                    relative=relative, hijri=hijri))
    return DateResult(mentions, reference_date, source, notes)
