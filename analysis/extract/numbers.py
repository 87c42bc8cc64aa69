"""Numbers as Arabic news writes them: digit runs (read in digits.py), number
words, scale words and their compounds (مليار و300 مليون، سبعة آلاف و120، 45 الف
230), vague plurals (عشرات، آلاف) and indefinite duals that state a count (قتيلان).

The text layer's atoms are the parts (digit runs, number words, duals);
parts that follow each other as one number are joined. Digits beyond one run
(3/4، 1 234 567، 1e10) are joined in written.py, fractions said with two
numbers or a denominator word (واحد على ثلاثة، ثلاثة وخمس) read in fractions.py,
scales and currencies abbreviated after a number (م د) in abbreviated.py.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from ..arabic import Lexicon, fold
from . import fractions, written as written_digits
from .abbreviated import scaled_currency_after
from .digits import decimal_comma, dot_groups, read_digits
from ..lexicon.numbers import ACCUSATIVE_OR_DUAL, CARDINALS, SCALES, SIGNS
from ..text import Text
from ..scan import Atom

CARDINAL = Lexicon(CARDINALS)
SCALE = Lexicon(SCALES)
SIGNS_LEXICON = Lexicon(SIGNS)

_GAP = re.compile(r"\s*(?:و\s*)?")            # what may stand between two parts of one number
_ACCUSATIVE_OR_DUAL = {fold(w) for w in ACCUSATIVE_OR_DUAL}
# after a scale word, a word that makes it a dual in construct (مليونا دولار), unlike these
_NOT_A_NOUN = {fold(w) for w in ("من", "في", "على", "إلى", "الى", "عن", "مع", "منذ", "حتى", "خلال", "أو",
                                 "ثم", "بعد", "قبل")}
_WRAPPERS = {"(": ")", "«": "»", '"': '"', "“": "”", "'": "'"}      # a figure wrapped by an agency: (13) مليون


class Number(NamedTuple):
    start: int
    end: int
    value: float | None    # None: a vague amount (آلاف، عشرات، ملايين alone)
    digits: bool           # written with digits, at least in part
    scaled: bool           # a scale word is part of it
    dual: bool = False     # an indefinite dual noun that states the count 2 (قتيلان)
    fraction: bool = False # a fraction is part of it (ثلاثة أرباع، خمسة وربع)
    lone_fraction: bool = False  # a fraction word alone (نصف، ثلث): a figure only with a unit (نصف لتر)
    ratio: bool = False    # a share said with two numbers (واحد من ثلاثة طالبات): it counts no noun after it


class _Part(NamedTuple):
    kind: str        # "d" digits, "w" a number word, "s" a scale word, "f" a fraction,
                     # "p" a fraction's plural (أرباع), "n" a dual noun, "sign", "point"
    value: object    # a float, or for a scale (multiplier, value alone)
    start: int
    end: int
    conj: bool       # preceded by و


_WORD_KINDS = {"cardinal": "w", "scale": "s", "fraction": "f", "pfraction": "p", "dual": "n", "sign": "sign",
               "point": "point"}


def _parts(layer: Text, comma_is_decimal: bool | None) -> list[_Part]:
    """Digit runs, number words and dual nouns, from the atoms of the text layer."""
    text, atoms = layer.text, layer.atoms
    runs = [a for a in atoms if a.kind in ("num", "digits")]
    written = [text[a.start:a.end] for a in runs]
    if comma_is_decimal is None:
        comma_is_decimal = decimal_comma(written)
    dots = dot_groups(written)
    parts = written_digits.join(text, [_digit_part(text, a, read_digits(w, comma_is_decimal, dots))
                                       for a, w in zip(runs, written)], lambda w: read_digits(w, comma_is_decimal, dots))
    parts += (_Part(_WORD_KINDS[a.kind], _part_value(a), a.word_start, a.end, "و" in a.clitic)
              for a in atoms if a.kind in _WORD_KINDS)
    parts += (_Part("w", 0.0, a.word_start, a.end, "و" in a.clitic) for a in atoms
              if a.kind == "hmonth" and fractions.zero(layer, a))                 # صفر, not the month
    parts.sort(key=lambda p: p.start)
    return parts


def _digit_part(text: str, a: Atom, value: float) -> _Part:
    """A digit run with what stands on it: a decimal point before it (.77),
    the brackets or quotes an agency wraps a figure in ((13) مليون)."""
    start, end = a.start, a.end
    if start >= 1 and text[start - 1] in ".٫" and text[a.start:a.end].isdigit() and _opens(text, start - 1):
        start, value = start - 1, float(f"0.{text[a.start:a.end]}")       # .77، ٫٧٧
    opening = text[start - 1:start]
    if opening in _WRAPPERS and text[end:end + 1] == _WRAPPERS[opening] and start >= 1:
        start, end = start - 1, end + 1
    return _Part("d", value, start, end, False)


def _opens(text: str, pos: int) -> bool:
    """Does pos start a token (the text's start, or a space or bracket before it)?"""
    return pos == 0 or text[pos - 1].isspace() or text[pos - 1] in "(«\"“<>=≤≥"


def _part_value(a: Atom):
    if a.kind == "scale":
        return a.value
    if a.kind == "dual":
        return 2.0
    if a.kind == "point":
        return None
    return float(a.value)


def noun_next(layer: Text, pos: int) -> bool:
    """Is the word right after pos a noun (not a preposition, not و): مليونا دولار?"""
    nxt = layer.next_words(pos, 1)
    return bool(nxt) and layer.starts[nxt[0]] > pos and layer.folded[nxt[0]] not in _NOT_A_NOUN \
        and not layer.folded[nxt[0]].startswith("و")


def _scale_again(layer: Text, pos: int) -> int | None:
    """The end of ال + a scale word right after pos (ثلاثة ملايين ونصف المليون), or None."""
    nxt = layer.next_words(pos, 1)
    if nxt and layer.starts[nxt[0]] > pos:
        word = layer.folded[nxt[0]]
        if word.startswith("ال") and word[2:] in SCALE.values:
            return layer.ends[nxt[0]]
    return None


# ---------------------------------------------------------------- parts into numbers
#
# A number is one term, or terms joined by و (or by nothing after a scale: 45 الف 230),
# each of a smaller place than the one before. A term is
#   a numerator (digits, or number words: خمسة وعشرون، مئة وخمسة، متين تلاتة وستين),
#   with a scale word after it (3 ملايين، ثلاثمئة ألف) or a fraction's plural (ثلاثة أرباع);
#   a scale word alone (مليون، آلاف: vague);
#   a fraction, alone or of the scale after it (نصف، نصف مليون).
# A fraction after و adds to the number before it: of its scale (مليون ونصف) or of one
# (خمسة وربع، مئة وثلاثة أرباع، عشرون وثلاثة أخماس).


class _Term(NamedTuple):
    value: float | None
    place: float         # the scale it is counted in: 1e6 for 3 ملايين, 1 for 35
    start: int
    end: int
    kinds: frozenset
    fraction: bool = False
    vague_scale: bool = False


def _compound_words(prev: float, nxt: float) -> bool:
    """Do two number words make one number: خمسة وعشرون، مئة وخمسة، متين واحد؟"""
    return (1 <= prev <= 9 and nxt in (20, 30, 40, 50, 60, 70, 80, 90)) or (
        prev % 100 == 0 and 100 <= prev < 1000 and 0 < nxt < 100)


class _Reader:
    def __init__(self, layer: Text, parts: list[_Part]):
        self.layer, self.text, self.parts = layer, layer.text, parts

    def gap(self, a: _Part, b: _Part) -> re.Match | None:
        return _GAP.fullmatch(self.text, a.end, b.start)

    def joined(self, i: int, conj: bool | None = None) -> bool:
        """Is part i joined to part i - 1 (with و when conj is True, without when False)?"""
        if not 0 < i < len(self.parts):
            return False
        gap = self.gap(self.parts[i - 1], self.parts[i])
        if gap is None:
            return False
        with_and = "و" in gap.group() or self.parts[i].conj
        return conj is None or with_and == conj

    def at(self, i: int, *kinds: str) -> _Part | None:
        return self.parts[i] if i < len(self.parts) and self.parts[i].kind in kinds else None

    def term(self, i: int) -> tuple[_Term, int] | None:
        p = self.parts[i]
        if p.kind in ("f", "s"):
            if p.kind == "f":
                s = self.at(i + 1, "s")
                if s and self.joined(i + 1, conj=False):             # نصف مليون
                    return _Term(p.value * s.value[0], s.value[0], p.start, s.end, frozenset("fs")), i + 2
                return _Term(p.value, 1, p.start, p.end, frozenset("f"), fraction=True), i + 1
            mult, alone = p.value
            return _Term(alone, mult, p.start, p.end, frozenset("s"), vague_scale=alone is None), i + 1
        if p.kind not in ("d", "w"):
            return None
        value, k, kinds = p.value, i + 1, {p.kind}
        while p.kind == "w" and (w := self.at(k, "w")) and self.joined(k) \
                and _compound_words(self.parts[k - 1].value, w.value) \
                and not ((q := self.at(k + 1, "p")) and self.joined(k + 1, conj=False) and w.value * q.value < 1):
            # مئة وثلاثة أرباع is 100.75, مئة وثلاثون أخماس 130 fifths
            value, k = value + w.value, k + 1                         # خمسة وعشرون، متين تلاتة
        if self.at(k, "point") and (frac := self.at(k + 1, "w", "d")) and self.joined(k, conj=False) \
                and self.joined(k + 1, conj=False):
            digits = f"{int(frac.value)}" if float(frac.value).is_integer() else ""
            if digits:                                                # واحد فاصلة خمسة
                value, k = float(f"{int(value)}.{digits}"), k + 2
        end = self.parts[k - 1].end
        if p.kind == "d" and (abbreviated := scaled_currency_after(self.text, end)):
            mult, end = abbreviated                                   # 1320 م د: 1320 million dinars
            return _Term(value * mult, mult, p.start, end, frozenset("ds")), k
        nxt = self.at(k, "s", "p", "w")
        if nxt and self.joined(k, conj=False):
            if nxt.kind == "s":                                       # 3 ملايين
                return _Term(value * nxt.value[0], nxt.value[0], p.start, nxt.end, frozenset(kinds | {"s"})), k + 1
            if nxt.kind == "p":                                       # ثلاثة أرباع
                return _Term(value * nxt.value, 1, p.start, nxt.end, frozenset(kinds | {"p"}), fraction=True), k + 1
            if nxt.kind == "w" and nxt.value == 100 and (p.kind == "d" or value < 100):   # 3 مائة، خمسة وتسعون مائة
                return _Term(value * 100, 100, p.start, nxt.end, frozenset(kinds | {"s"})), k + 1
        return _Term(value, 1, p.start, end, frozenset(kinds)), k

    def rescaled(self, got: tuple[_Term, int] | None) -> tuple[_Term, int] | None:
        """ألف مليار، 3 آلاف مليار، مئة ألف تريليون: a larger scale right after a scale multiplies."""
        while got and got[0].value is not None and got[0].place >= 1000 and (s := self.at(got[1], "s")) \
                and self.joined(got[1], conj=False) and s.value[0] > got[0].place:
            t = got[0]
            got = t._replace(value=t.value * s.value[0], place=t.place * s.value[0], end=s.end), got[1] + 1
        return got

    def number(self, i: int) -> tuple[list[_Term], int] | None:
        got = self.rescaled(self.term(i))
        if not got:
            return None
        terms, k = [got[0]], got[1]
        while k < len(self.parts) and self.joined(k):
            conj = self.joined(k, conj=True)
            nxt = self.rescaled(self.term(k))
            if not nxt or not self.continues(terms[-1], nxt[0], conj):
                break
            terms.append(nxt[0])
            k = nxt[1]
        return terms, k

    @staticmethod
    def continues(prev: _Term, nxt: _Term, conj: bool) -> bool:
        """May term nxt continue the number that prev ended?"""
        if nxt.fraction:
            return conj and not prev.fraction                         # مليون ونصف، خمسة وربع
        if prev.fraction or prev.vague_scale or nxt.vague_scale:
            return False
        if conj and nxt.kinds == {"f", "s"} and nxt.place == prev.place > 1:
            return True                                               # مليار ونصف مليار، 3 ملايين وربع مليون
        if conj and nxt.kinds == {"s"} and nxt.place == 12 and prev.place == 1 and (prev.value or 0) >= 100:
            return True                                               # ثلاث مائة ودزينتين: 324
        if prev.place > 1 and (conj or prev.place >= 1000):           # مليار و300 مليون، 45 الف 230
            return nxt.value != 0 and (nxt.value or 0) < prev.place and nxt.place < prev.place
        return False


def find_numbers(layer: Text | str, comma_is_decimal: bool | None = None,
                 outside: list[tuple[int, int]] = ()) -> list[Number]:
    """Every number in the text (a Text layer, or a str read into one); none
    read from a word or digit run inside one of the sorted spans `outside`
    (the dates, whose digits are no figures)."""
    layer = Text(layer) if isinstance(layer, str) else layer
    text = layer.text
    parts = _parts(layer, comma_is_decimal)
    reader = _Reader(layer, parts)
    lows = [s for s, _ in outside]

    def in_date(p: _Part) -> bool:
        at = bisect.bisect_right(lows, p.start) - 1
        return at >= 0 and outside[at][1] > p.start
    out: list[Number] = []
    i, k = 0, 0
    while i < len(parts):
        p = parts[i]
        while k < len(outside) and outside[k][1] <= p.start:
            k += 1
        if k < len(outside) and outside[k][0] <= p.start and p.end <= outside[k][1]:
            i += 1
            continue
        if p.kind == "n":
            out.append(Number(p.start, p.end, 2.0, False, False, dual=True))
            i += 1
            continue
        if restated := _restated(layer, reader, parts, i, in_date):
            terms, j = restated                                       # (100,000) مائة ألف ريال
            terms[0] = terms[0]._replace(start=p.start)
        elif got := reader.number(i):
            terms, j = fractions.extend(reader, *got, in_date)       # واحد على ثلاثة، ثلاثة وخمس
        else:
            i += 1
            continue
        if len(terms) == 1 and (lone := fractions.lone_denominator(layer, terms[0])):
            terms = [lone]                                            # خمس الفطيرة، خمس العشرين
        i = j
        first = terms[0]
        if first.kinds == {"s"} and fold(text[first.start:first.end]) in _ACCUSATIVE_OR_DUAL and (
                len(terms) > 1 or not noun_next(layer, first.end)):
            terms[0] = first._replace(value=first.place)              # ألفا: one thousand, not two
        value = _value(terms)
        start, end = terms[0].start, terms[-1].end
        if terms[-1].kinds == {"f"} and (tail := _scale_again(layer, end)):
            end = tail                                                # ثلاثة ملايين ونصف المليون
        sign, start = _sign(layer, parts, i, start)
        kinds = set().union(*(t.kinds for t in terms))
        out.append(Number(start, end, None if value is None else sign * value, "d" in kinds,
                          "s" in kinds, fraction=any(t.fraction for t in terms),
                          lone_fraction=len(terms) == 1 and terms[0].kinds == {"f"}, ratio="r" in kinds))
    return out


def _restated(layer: Text, reader: "_Reader", parts: list[_Part], i: int, in_date):
    """A wrapped figure said again in words right after it, as official Saudi
    texts write amounts: (100,000) مائة ألف ريال، (٥) خمسة ملايين ريال. The
    words (their terms, the index after them) when their value, or the count
    their scale multiplies, is the figure's; else None ((١٣) مليون مسافر is
    13 million: the scale word alone multiplies it)."""
    p, text = parts[i], layer.text
    if p.kind != "d" or text[p.start] not in _WRAPPERS or i + 1 >= len(parts) \
            or parts[i + 1].kind != "w" or not text[p.end:parts[i + 1].start].isspace():
        return None
    got = reader.number(i + 1)
    if not got:
        return None
    terms, j = fractions.extend(reader, *got, in_date)
    words, lead = _value(terms), terms[0]
    if words is None or lead.value is None:
        return None
    said = {words, lead.value / lead.place} if lead.place > 1 else {words}
    return (terms, j) if p.value in said else None


def _value(terms: list[_Term]) -> float | None:
    total = 0.0
    for k, t in enumerate(terms):
        if t.value is None:
            return None
        if t.fraction and k and terms[k - 1].place > 1:
            total += t.value * terms[k - 1].place                     # مليون ونصف: half of the million
        else:
            total += t.value
    return float(f"{total:.12g}")                                     # 32.7 × 1e6 is 32700000, not …0004


def _sign(layer: Text, parts: list[_Part], after: int, start: int) -> tuple[int, int]:
    """The sign stated before a number: -4,2 (a minus sign after a space or at
    the start), سالب خمسة; and where the number then starts."""
    text = layer.text
    if start >= 1 and text[start - 1] in "-−+" and _opens(text, start - 1):
        return (1 if text[start - 1] == "+" else -1), start - 1
    if start >= 2 and text[start - 2] in "-−" and text[start - 1] == " " and (start == 2 or text[start - 3] in "\n(:="):
        return -1, start - 2                                          # - 10 آلاف opening a line
    before = layer.words_before(start, most=1)
    if before and layer.spaced(layer.ends[before[0]], start):
        word = layer.word(before[0])
        conj = word[:1] in "وف" and len(word) > 4                      # وسالب واحد
        if sign := SIGNS_LEXICON.get(word[conj:]):
            return sign, layer.starts[before[0]] + conj
    return 1, start
