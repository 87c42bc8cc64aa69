"""The date parser's common ground: expressions, the gaps allowed between
atoms, and the pieces every rule reads (a year after a month, a month in any
naming system, a modifier before a date). The rules themselves live by
construction beside this module; `Parser` joins them and dispatches by the
kind of atom a rule can start with, in the order the modules list them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...arabic import Lexicon, clitic_readings, fold, words_pattern
from ...lexicon import dates as L
from ...scan import Atom
from ...text import Text
from ..abbreviated import scaled_currency_after
from ..numbers import find_numbers, noun_next

# ---------------------------------------------------------------- gaps between atoms

_SPACE = re.compile(r"[\s\u200f\u200e]*")
# Joining words are matched with the same tolerance as lexicon words.
_WEEKDAY_GAP = re.compile(rf"\s*(?:[،,]\s*)?(?:{words_pattern(['الموافق'])}\s*(?:ل\s*)?)?")   # الخميس، 30 ديسمبر
_OF = re.compile(rf"\s+(?:{words_pattern(['من', 'في'])})\s+|\s+")
_PAIR = re.compile(r"\s*[/\\(]\s*|\s*[-–]\s*|\s+")
_SAME_MONTH = re.compile(rf"\s+(?:{words_pattern(L.SAME_MONTH)})(?!\w)")
_RANGE = re.compile(rf"\s*(?:[،,]\s*)?(?:[-–—]|(?:و\s*)?(?:{words_pattern(['إلى', 'حتى', 'لغاية', 'غاية'])})|و)\s*"
                    r"(?:ال\u0640*)?")     # والـ20، إلى الـ20: a day made definite
_CLOSE_PAREN = re.compile(r"\s*\)")
_GLOSS_CLOSED = re.compile(r"\s*(?:\)\s*)?")       # تموز (يوليو) المقبل: the gloss's bracket closed
_YEAR_GAP = re.compile(r"\s*(?:[)،,]\s*)?")     # تموز (يوليو) 2019، يناير, 2001
_ANCHORED = re.compile(rf"\s+(?:{words_pattern(['من', 'على'])})\s")
_YEAR_RANGE = re.compile(r"\s*[-–—/]\s*")
_OF_WORDS = {fold(w) for w in ("من", "في", "على")}
_CUES = Lexicon(dict.fromkeys(L.TEMPORAL_CUES, True))
FUTURE_CUES = Lexicon(dict.fromkeys(L.FUTURE_CUES, True))


_SPELLED_REACH = 60      # characters a year in words takes at most: ألف وتسعمائة وثمانية وسبعون
MAX_YEAR, MAX_HIJRI_YEAR = 2100, 1500     # the latest years news writes with an era mark
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
                                # quarter, half, decade, century, ago, feast, sameday,
                                # samemonth, samequarter, thatmonth (a day of the month spoken of last),
                                # weekof (the ISO week of a day)
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
    year_from: "Expr | None" = None  # the range's later end, to take the year from once resolved
    month_of_half: bool = False  # النصف الأول من أبريل: half of a month
    month_rel: int | None = None # the month counted from the reference: 15 من الشهر الماضي
    after: "Expr | None" = None  # the earlier end of its range, which it may not come before
    same_year: bool = False      # من العام نفسه: in the year the text spoke of last
    days: int = 1                # how many days a feast lasts (أيام التشريق: three)

    @property
    def calendar(self) -> str:
        hijri = self.kind in ("hdate", "hyear") or (
            self.kind in ("feast", "relunit", "sameday", "thatmonth") and self.part == "hijri") \
            or (self.kind == "within" and self.unit == "hmonth")
        return "hijri" if hijri else "gregorian"



class Pieces:
    RULE_FUNCTIONS: dict = {}      # kind of atom → the rules that may start at it (set by the parser)

    def __init__(self, layer: Text):
        self.layer, self.text, self.atoms = layer, layer.text, layer.atoms
        self._kinds = [a.kind for a in self.atoms]

    def at(self, i: int, *kinds: str) -> Atom | None:
        if i < len(self._kinds) and self._kinds[i] in kinds:
            return self.atoms[i]
        return None

    def word(self, a: Atom) -> str:
        """The folded words of atom a, without its clitics."""
        return fold(self.text[a.word_start:a.end])

    def next_to(self, i: int, j: int, pattern=_SPACE) -> bool:
        return j < len(self.atoms) and _gap(self.text, self.atoms[i], self.atoms[j], pattern)

    def cued(self, i: int) -> bool:
        """Does a temporal word (or a modifier: نهاية مايو) stand right before atom i?"""
        a = self.atoms[i]
        if a.start != a.word_start and self.text[a.start] in "بل":
            return True   # بمايو، لرمضان: the clitic is a preposition
        if i > 0 and self.atoms[i - 1].kind in ("modifier", "monthword") and self.next_to(i - 1, i):
            return True
        return self.layer.phrase_before(a.start, _CUES) is not None

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
        if not a:                                   # 7 فبراير ألفين وثمانية عشر، عام ألفين وأربعة عشر
            y, k, end = self.spelled_year(j)        # (ألفي شخص counts people)
            if y is not None and (self.next_to(j - 1, j) if j > i else not noun_next(self.layer, end)):
                return y, k, None
            return None, i, None
        if j > i and not self.next_to(j - 1, j):
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
            if y is not None and not self.is_yearword(j) and not self.at(j, "scale"):
                y = None                # "مايو من 2019" is too loose; "من عام 2019"، "من ألفين وعشرين" are not
        if y is not None and self.two_year_fiscal_at(k - 1):
            return {}, j        # مارس من السنة المالية 2023-2024: the month is left bare for the fiscal year to place
        if y is not None:
            return {"y": y, "era": era}, k
        rel = self.relative_year_after(j)
        if rel:
            return {"year_rel": rel[0]}, rel[1]
        d = self.at(j, "direction")
        if d and self.next_to(j - 1, j, _GLOSS_CLOSED):
            # ديسمبر الماضي، ديسمبر (كانون الأول) الماضي: the last December before the reference
            return {"rel": d.value, "future": d.value > 0}, j + 1
        if self.next_to(j - 1, j, _OF) and self.same_year_at(j):
            return {"same_year": True}, j + 2   # 24 ديسمبر من العام نفسه، من نفس السنة
        return {}, j

    def same_year_at(self, j: int) -> bool:
        """العام نفسه، السنة ذاتها، نفس العام at atom j."""
        a, b = self.at(j, "unit", "same"), self.at(j + 1, "unit", "same")
        return bool(a and b and a.kind != b.kind and "year" in (a.value, b.value) and self.next_to(j, j + 1))

    def two_year_fiscal_at(self, k: int) -> bool:
        """Is atom k the first year of a fiscal year of two (السنة المالية 2023-2024)?"""
        a, b = self.at(k, "num"), self.at(k + 1, "num")
        word = self.at(k - 1, "yearword") if k > 0 else None
        return bool(a and b and word and "مالي" in self.word(word) and b.value == a.value + 1
                    and self.next_to(k - 1, k) and self.next_to(k, k + 1, _YEAR_RANGE))

    def spelled_year(self, j: int) -> tuple[int | None, int, int]:
        """A year spelled in words starting at atom j (ألفين وثمانية عشر، ألف وتسعمائة
        وثمانية وسبعون): (year, index after, end offset), or (None, j, 0). Only a
        date word before it makes it a year: callers read it after one."""
        a = self.at(j, "scale", "cardinal")
        if not a or (a.kind == "cardinal" and not self.at(j + 1, "scale")) \
                or (j > 0 and self.at(j - 1, "num", "cardinal") and self.next_to(j - 1, j)):
            return None, j, 0           # a year in words opens with its thousands (ألفين، ألف وتسعمائة); 15 ألف is no year
        lo = a.word_start
        cut = self.text.find(" ", lo + _SPELLED_REACH)
        window = self.text[lo:cut if cut > 0 else len(self.text)]      # only the words that may make it
        n = next((n for n in find_numbers(window) if n.start == 0), None)
        if n is None or n.digits or not n.value or not float(n.value).is_integer() \
                or not 1000 < n.value <= MAX_YEAR or (cut > 0 and n.end >= len(window)):
            return None, j, 0
        end = lo + n.end
        k = j + 1
        while k < len(self.atoms) and self.atoms[k].start < end:
            k += 1
        return int(n.value), k, end

    def is_yearword(self, i: int) -> bool:
        """عام، سنة، العام، للسنة المالية … before a year."""
        a = self.at(i, "yearword", "unit")
        return bool(a) and (a.kind == "yearword" or a.value == "year")

    def era_after(self, j: int) -> tuple[str | None, int]:
        """The era mark after the year at atom j (هـ، م), for a year it can be:
        4275 م is no year, and 1320 م د is 1320 million dinars."""
        year = self.atoms[j].value if self.atoms[j].kind == "num" else 0
        if self.at(j + 1, "era_h") and self.next_to(j, j + 1) and year <= MAX_HIJRI_YEAR:
            return "hijri", j + 2
        if self.at(j + 1, "era_g") and self.next_to(j, j + 1) and year <= MAX_YEAR \
                and not scaled_currency_after(self.text, self.atoms[j].end):
            return "gregorian", j + 2
        return None, j + 1

    def month_at(self, i: int) -> tuple[int | None, int]:
        """A Gregorian month, possibly paired (كانون الثاني/يناير، مارس آذار،
        تموز (يوليو)) and possibly after شهر. Returns (month, index after)."""
        j = i
        if self.at(j, "monthword") and self.at(j + 1, "month") and self.next_to(j, j + 1):
            j += 1
        if self.at(j, "monthword") and (n := self.at(j + 1, "num", "cardinal")) and self.next_to(j, j + 1) \
                and 1 <= n.value <= 12 and float(n.value).is_integer():
            return int(n.value), j + 2  # شهر 3، شهر عشرة: a month by its number
        a = self.at(j, "month")
        if not a:
            return None, i
        b = self.at(j + 1, "month")
        if b and b.value == a.value and self.next_to(j, j + 1, _PAIR):
            j += 1
        return a.value, j + 1

    def numbered_month_at(self, k: int) -> tuple[int | None, int]:
        """الشهر الثامن at atom k: the eighth month of the year, unless what follows
        makes it a month of something else (الشهر الثالث من الحرب، الشهر الأول للعدوان)."""
        u, o = self.at(k, "unit"), self.at(k + 1, "ordinal")
        if not (u and u.value == "month" and o and isinstance(o.value, int) and 1 <= o.value <= 12
                and self.next_to(k, k + 1)):
            return None, k
        nxt = self.layer.next_words(o.end, 1)
        word = self.layer.folded[nxt[0]] if nxt and self.layer.spaced(o.end, self.layer.starts[nxt[0]]) else ""
        if word in _OF_WORDS or word.startswith("لل"):
            return None, k
        return o.value, k + 2

    def end_of(self, j: int) -> int:
        """End offset of atom j-1, stretched over a closing parenthesis opened
        right before it (تموز (يوليو)), never one opened before the atom ahead of
        it (الربع الأول (يوليو - سبتمبر): the range's, not the month's)."""
        end = self.atoms[j - 1].end
        m = _CLOSE_PAREN.match(self.text, end)
        if m and j >= 2 and "(" in self.text[max(0, end - 30, self.atoms[j - 2].end):end]:
            return m.end()
        return end

    # -- rules: each returns (expressions, next index) or None ----------------


    def unit_rel_at(self, k, unit: str):
        """هذا الشهر، الشهر الجاري/الماضي/المقبل (or the week's) at atom k → (offset, index after)."""
        if self.at(k, "this") and (u := self.at(k + 1, "unit")) and u.value == unit and self.next_to(k, k + 1):
            return 0, k + 2
        u, d = self.at(k, "unit"), self.at(k + 1, "direction")
        if u and u.value == unit and d and self.next_to(k, k + 1):
            return d.value, k + 2
        return None

    def relative_month_at(self, k):
        """الشهر الجاري/الماضي/المقبل، هذا الشهر at atom k → (month offset, index after)."""
        if got := self.unit_rel_at(k, "month"):
            return got
        u = self.at(k, "unit")
        if u and u.value == "month" and not (self.at(k + 1, "ordinal") and self.next_to(k, k + 1)):
            return 0, k + 1             # اليوم الأخير من الشهر، 15 من الشهر: this month (not الشهر الثالث للحرب)
        return None

    def qualified_year(self, i: int, j: int) -> bool:
        """Does one adjective stand between a year word and its number (العام الدراسي 2023)?"""
        words = self.layer.within(self.atoms[i].end, self.atoms[j].start)
        if len(words) != 1 or not self.layer.spaced(self.atoms[i].end, self.layer.starts[words[0]]) \
                or not self.layer.spaced(self.layer.ends[words[0]], self.atoms[j].start):
            return False
        word = self.layer.folded[words[0]]
        return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) > 3

    def after_word(self, a: Atom, word: str) -> bool:
        """Is the word right before atom a this word?"""
        before = self.layer.words_before(a.start, most=1)
        return bool(before) and self.layer.folded[before[-1]] == fold(word)

    def after_any(self, a: Atom, words: frozenset[str]) -> bool:
        """Is the word right before atom a one of these folded words?"""
        return self.word_before(a, words) is not None

    def word_before(self, a: Atom, words: frozenset[str]) -> int | None:
        """The start of the word right before atom a, if it is one of these folded words."""
        before = self.layer.words_before(a.start, most=1)
        return self.layer.starts[before[-1]] if before and self.layer.folded[before[-1]] in words else None

    def after_noun(self, a: Atom, stems: frozenset[str]) -> bool:
        """Is the word right before atom a, its clitics apart, one of these folded nouns (للأمين → الأمين)?"""
        before = self.layer.words_before(a.start, most=1)
        return bool(before) and any(stem in stems for _, stem in clitic_readings(self.layer.folded[before[-1]]))

    def after_definite(self, a: Atom) -> bool:
        """Is the word right before atom a, with only spaces between, a definite
        word (الدراسي، بالمؤتمر)? An ordinal there is its adjective."""
        before = self.layer.words_before(a.start, most=1)
        return bool(before) and self.layer.spaced(self.layer.ends[before[-1]], a.start) and any(
            stem.startswith("ال") for _, stem in clitic_readings(self.layer.folded[before[-1]]))

    def same_month_after(self, j: int) -> tuple[int, int] | None:
        """("منه" or "من الشهر نفسه" right after atom j) → (its end offset, the index of the atom after it)."""
        m = _SAME_MONTH.match(self.text, self.atoms[j].end)
        if not m:
            return None
        k = j + 1
        while k < len(self.atoms) and self.atoms[k].start < m.end():
            k += 1
        return m.end(), k

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
                return d.value, k + 2 + bool(self.restated_year(k + 2))
        return None

    def restated_year(self, k):
        """The year written right after العام الجاري (للربع الثالث من العام الجاري 2024), or None."""
        n = self.at(k, "num")
        return n if n and 1900 <= n.value <= MAX_YEAR and self.next_to(k - 1, k) else None


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

    def expression(self, i):
        for rule in self.RULE_FUNCTIONS.get(self.atoms[i].kind, ()):
            got = rule(self, i)
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
