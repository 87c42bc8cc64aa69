"""Numbers as Arabic news writes them: digits in three scripts, separators,
decimal commas, Tunisian fraction-first decimals, number words, scale words
and their compounds (مليار و300 مليون، سبعة آلاف و120، 45 الف 230), vague
plurals (عشرات، آلاف) and indefinite duals that state a count (قتيلان).

The text layer's atoms are the parts (digit runs, number words, duals);
parts that follow each other as one number are joined.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..arabic import Lexicon, fold
from ..lexicon.numbers import ACCUSATIVE_OR_DUAL, CARDINALS, SCALES
from ..text import Text
from ..scan import Atom

CARDINAL = Lexicon(CARDINALS)
SCALE = Lexicon(SCALES)

_GAP = re.compile(r"\s*(?:و\s*)?")            # what may stand between two parts of one number
_ACCUSATIVE_OR_DUAL = {fold(w) for w in ACCUSATIVE_OR_DUAL}
# after a scale word, a word that makes it a dual in construct (مليونا دولار), unlike these
_NOT_A_NOUN = {fold(w) for w in ("من", "في", "على", "إلى", "الى", "عن", "مع", "منذ", "حتى", "خلال", "أو",
                                 "ثم", "بعد", "قبل")}
_THOUSANDS_GROUPS = re.compile(r"\d[,.]\d{3}[,.]\d{3}(?!\d)")
_COMMA_DECIMAL = re.compile(r"\d,(?:\d{1,2}|\d{4,})(?![\d,])")


class Number(NamedTuple):
    start: int
    end: int
    value: float | None    # None: a vague amount (آلاف، عشرات، ملايين alone)
    digits: bool           # written with digits, at least in part
    scaled: bool           # a scale word is part of it
    dual: bool = False     # an indefinite dual noun that states the count 2 (قتيلان)


def decimal_comma(runs: list[str]) -> bool:
    """Does this document write decimals with a comma (12,5) rather than
    thousands (1,500,000)? Decided once per document, from its own digit runs."""
    separated = [r for r in runs if "," in r or "." in r]
    return any(_COMMA_DECIMAL.search(r) for r in separated) and not any(
        _THOUSANDS_GROUPS.search(r) for r in separated)


def read_digits(s: str, comma_is_decimal: bool = False) -> float:
    """The value of a digit string in any script with any separators."""
    if "ر" in s:
        frac, whole = s.split("ر")
        return float(f"{int(whole)}.{frac}")
    s = s.replace("٬", "").replace("٫", ".")
    if "," in s and "." in s:
        # the last separator is the decimal one, the others group: 1,500.5 / 1.500,5
        last = max(s.rfind(","), s.rfind("."))
        s = s[:last].replace(",", "").replace(".", "") + "." + s[last + 1:]
    elif "," in s:
        groups = s.split(",")
        thousands = all(len(g) == 3 for g in groups[1:]) and not comma_is_decimal
        s = "".join(groups) if (thousands or len(groups) > 2) else s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "")          # 1.500.000
    return float(s)


class _Part(NamedTuple):
    kind: str        # "d" digits, "w" a number word, "s" a scale word, "f" a fraction, "n" a dual noun
    value: object    # a float, or for a scale (multiplier, value alone)
    start: int
    end: int
    conj: bool       # preceded by و


_WORD_KINDS = {"cardinal": "w", "scale": "s", "fraction": "f", "dual": "n"}


def _parts(layer: Text, comma_is_decimal: bool | None) -> list[_Part]:
    """Digit runs, number words and dual nouns, from the atoms of the text layer."""
    text, atoms = layer.text, layer.atoms
    runs = [a for a in atoms if a.kind in ("num", "digits")]
    if comma_is_decimal is None:
        comma_is_decimal = decimal_comma([text[a.start:a.end] for a in runs])
    parts = [_Part("d", read_digits(text[a.start:a.end], comma_is_decimal), a.start, a.end, False)
             for a in runs]
    parts += (_Part(_WORD_KINDS[a.kind], _part_value(a), a.word_start, a.end, "و" in a.clitic)
              for a in atoms if a.kind in _WORD_KINDS)
    parts.sort(key=lambda p: p.start)
    return parts


def _part_value(a: Atom):
    return a.value if a.kind == "scale" else 2.0 if a.kind == "dual" else float(a.value)


def _noun_next(layer: Text, pos: int) -> bool:
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


def _group_value(parts: list[_Part], j: int, text: str) -> float:
    """The value of the group starting at parts[j]: a number and its scale (200 مليون)."""
    p = parts[j]
    if p.kind == "s":
        return p.value[1] or p.value[0]
    if j + 1 < len(parts) and parts[j + 1].kind == "s" and not parts[j + 1].conj \
            and _GAP.fullmatch(text, p.end, parts[j + 1].start):
        return p.value * parts[j + 1].value[0]
    return p.value


def _joins(prev: _Part, nxt: _Part, nxt_group: float, conj: bool) -> bool:
    """May `nxt` continue the number `prev` ended? A scale multiplies the
    number before it; otherwise only a smaller place continues a larger one:
    مليار و300 مليون، 12 ألفا و460، 45 الف 230، خمسة وعشرون، مئة وخمسة."""
    if "n" in (prev.kind, nxt.kind):
        return False
    if nxt.kind == "s":
        return prev.kind != "s" and not conj
    if nxt.kind == "f" or prev.kind == "f":
        return prev.kind == "s" and conj                     # مليون ونصف
    if prev.kind == "s":
        return nxt_group < prev.value[0]
    if not conj or prev.kind != "w" or nxt.kind != "w":
        return False
    return (1 <= prev.value <= 9 and nxt.value in (20, 30, 40, 50, 60, 70, 80, 90)) or (
        prev.value % 100 == 0 and 100 <= prev.value < 1000 and nxt.value < 100)


def find_numbers(layer: Text | str, comma_is_decimal: bool | None = None) -> list[Number]:
    """Every number in the text (a Text layer, or a str read into one)."""
    layer = Text(layer) if isinstance(layer, str) else layer
    text = layer.text
    parts = _parts(layer, comma_is_decimal)
    out: list[Number] = []
    i = 0
    while i < len(parts):
        j = i + 1
        while j < len(parts):
            gap = _GAP.fullmatch(text, parts[j - 1].end, parts[j].start)
            if not gap:
                break
            conj = "و" in gap.group() or parts[j].conj
            if not _joins(parts[j - 1], parts[j], _group_value(parts, j, text), conj):
                break
            j += 1
        group = parts[i:j]
        first = group[0]
        if first.kind == "s" and fold(text[first.start:first.end]) in _ACCUSATIVE_OR_DUAL and (
                len(group) > 1 or not _noun_next(layer, first.end)):
            group[0] = first._replace(value=(first.value[0], first.value[0]))      # one, not two
        kinds = {p.kind for p in group}
        if "f" in kinds and "s" not in kinds:
            i = j
            continue                                        # نصف alone: a fraction, not a figure
        end = group[-1].end
        if group[-1].kind == "f" and (tail := _scale_again(layer, end)):
            end = tail                                      # ثلاثة ملايين ونصف المليون
        if kinds == {"n"}:
            out.append(Number(group[0].start, group[0].end, 2.0, False, False, dual=True))
        else:
            out.append(Number(group[0].start, end, _combine(group), "d" in kinds, "s" in kinds))
        i = j
    return out


def _combine(parts: list[_Part]) -> float | None:
    total, current, mult = 0.0, None, 1.0
    for p in parts:
        if p.kind == "f" and current is None and total:
            total += p.value * mult                        # مليون ونصف: half of the scale before
            continue
        if p.kind != "s":
            current = p.value if current is None else current + p.value
            continue
        mult, alone = p.value
        if current is None:
            if alone is None:
                return None
            total += alone
        else:
            total += current * mult
        current = None
    return float(f"{total + (current or 0.0):.12g}")    # 32.7 × 1e6 is 32700000, not …0004
