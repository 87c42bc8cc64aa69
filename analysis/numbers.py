"""Numbers as Arabic news writes them: digits in three scripts, separators,
decimal commas, Tunisian fraction-first decimals, number words, scale words
and their compounds (مليار و200 مليون، ستة آلاف و259، 80 الف 696)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .arabic import WORD_END, WORD_START, Lexicon
from .lexicon.numbers import CARDINALS, SCALES

CARDINAL = Lexicon(CARDINALS)
SCALE = Lexicon(SCALES)

DIGITS = r"\d+(?:[.,٫٬]\d+)*"
TUNISIAN_DECIMAL = r"\d+ر\d+"          # 5ر10 is 10.5: the fraction is written first
_ATOM = re.compile(
    rf"(?P<d>{TUNISIAN_DECIMAL}(?!\d)|{DIGITS}(?![\d.,٫٬]\d))"
    rf"|{WORD_START}(?P<and>و)?(?:(?P<w>{CARDINAL.pattern})|(?P<s>{SCALE.pattern})){WORD_END}"
)
_GAP = re.compile(r"\s*(?:و\s*)?")            # what may stand between two parts of one number
_THOUSANDS_GROUPS = re.compile(r"\d[,.]\d{3}[,.]\d{3}(?!\d)")
_COMMA_DECIMAL = re.compile(r"\d,(?:\d{1,2}|\d{4,})(?![\d,])")


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: float | None    # None: a vague amount (آلاف، ملايين alone)
    digits: bool           # written with digits, at least in part
    scaled: bool           # a scale word is part of it
    words: bool            # spelled out, at least in part


def decimal_comma(text: str) -> bool:
    """Does this document write decimals with a comma (32,7) rather than
    thousands (1,500,000)? Decided once per document, from its own numbers."""
    return bool(_COMMA_DECIMAL.search(text)) and not _THOUSANDS_GROUPS.search(text)


def read_digits(s: str, comma_is_decimal: bool = False) -> float:
    """The value of a digit string in any script with any separators."""
    if "ر" in s:
        frac, whole = s.split("ر")
        return float(f"{int(whole)}.{frac}")
    s = s.replace("٬", "").replace("٫", ".")
    if "," in s and "." in s:
        # the later separator is the decimal one: 1,500.5 / 1.500,5
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        groups = s.split(",")
        thousands = all(len(g) == 3 for g in groups[1:]) and not comma_is_decimal
        s = "".join(groups) if (thousands or len(groups) > 2) else s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "")          # 1.500.000
    return float(s)


@dataclass(frozen=True)
class _Part:
    kind: str        # "d" digits, "w" a number word, "s" a scale word
    value: object    # a float, or for a scale (multiplier, value alone)
    start: int
    end: int
    conj: bool       # preceded by و


def _parts(text: str, comma_is_decimal: bool) -> list[_Part]:
    parts = []
    for m in _ATOM.finditer(text):
        if m.group("d"):
            parts.append(_Part("d", read_digits(m.group("d"), comma_is_decimal), m.start(), m.end(), False))
        elif m.group("w"):
            parts.append(_Part("w", float(CARDINAL.get(m.group("w"))), m.start("w"), m.end(), bool(m.group("and"))))
        else:
            parts.append(_Part("s", SCALE.get(m.group("s")), m.start("s"), m.end(), bool(m.group("and"))))
    return parts


def _group_value(parts: list[_Part], j: int, text: str) -> float:
    """The value of the group starting at parts[j]: a number and its scale (200 مليون)."""
    p = parts[j]
    if p.kind == "s":
        return p.value[1] or p.value[0]
    if j + 1 < len(parts) and parts[j + 1].kind == "s" and not parts[j + 1].conj \
            and _GAP.fullmatch(text[p.end:parts[j + 1].start]):
        return p.value * parts[j + 1].value[0]
    return p.value


def _joins(prev: _Part, nxt: _Part, nxt_group: float, conj: bool) -> bool:
    """May `nxt` continue the number `prev` ended? A scale multiplies the
    number before it; otherwise only a smaller place continues a larger one:
    مليار و200 مليون، 29 ألفا و358، 80 الف 696، خمسة وعشرون، مئة وخمسة."""
    if nxt.kind == "s":
        return prev.kind != "s" and not conj
    if prev.kind == "s":
        return nxt_group < prev.value[0]
    if not conj or prev.kind != "w" or nxt.kind != "w":
        return False
    return (1 <= prev.value <= 9 and nxt.value in (20, 30, 40, 50, 60, 70, 80, 90)) or (
        prev.value % 100 == 0 and 100 <= prev.value < 1000 and nxt.value < 100)


def find_numbers(text: str, comma_is_decimal: bool | None = None) -> list[Number]:
    if comma_is_decimal is None:
        comma_is_decimal = decimal_comma(text)
    parts = _parts(text, comma_is_decimal)
    out: list[Number] = []
    i = 0
    while i < len(parts):
        j = i + 1
        while j < len(parts):
            gap = text[parts[j - 1].end:parts[j].start]
            if not _GAP.fullmatch(gap):
                break
            conj = "و" in gap or parts[j].conj
            if not _joins(parts[j - 1], parts[j], _group_value(parts, j, text), conj):
                break
            j += 1
        group = parts[i:j]
        kinds = {p.kind for p in group}
        out.append(Number(group[0].start, group[-1].end, _combine(group),
                          "d" in kinds, "s" in kinds, "w" in kinds))
        i = j
    return out


def _combine(parts: list[_Part]) -> float | None:
    total, current = 0.0, None
    for p in parts:
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
