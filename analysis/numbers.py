"""Numbers as Arabic news writes them: digits in three scripts, separators,
decimal commas, Tunisian fraction-first decimals, number words, scale words
and their compounds (مليار و300 مليون، سبعة آلاف و120، 45 الف 230), vague
plurals (عشرات، آلاف) and indefinite duals that state a count (قتيلان).

A few scans of the text find the parts (digit runs, number words, duals);
parts that follow each other as one number are then joined.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .arabic import WORD_END, Lexicon, fold, words_pattern
from .lexicon.inflection import DUAL
from .lexicon.nouns import NOUNS
from .lexicon.numbers import ACCUSATIVE_OR_DUAL, CARDINALS, FRACTIONS, SCALES

CARDINAL = Lexicon(CARDINALS)
SCALE = Lexicon(SCALES)
FRACTION = Lexicon(FRACTIONS)
# an indefinite dual of a counted noun is the number 2 (قتيلان، مدرستين)
DUAL_NOUN = Lexicon({form: value for form, value in NOUNS.items() if value[2] == DUAL and value[0]})

_GAP = re.compile(r"\s*(?:و\s*)?")            # what may stand between two parts of one number
_ACCUSATIVE_OR_DUAL = {fold(w) for w in ACCUSATIVE_OR_DUAL}
# a noun (not a preposition, not و) right after: مليونا دولار is a dual in construct
_NOUN_NEXT = re.compile(r"\s+(?!(?:من|في|على|إلى|الى|عن|مع|منذ|حتى|خلال|أو|ثم|بعد|قبل)(?![^\W\d_]))"
                       r"[^\W\d_و]")
_THOUSANDS_GROUPS = re.compile(r"\d[,.]\d{3}[,.]\d{3}(?!\d)")
_COMMA_DECIMAL = re.compile(r"\d,(?:\d{1,2}|\d{4,})(?![\d,])")

# Speed: Python's regex engine skips ahead quickly only to a first character
# from a set of literal characters. So each scanner starts with one: a digit
# of the three scripts; the character before a word (space, punctuation or a
# digit: 20الف); the last letters of a dual (ان، ين), whose stem is then
# checked behind them.
_DIGIT = "0-9٠-٩۰-۹"
# digits with separators (1,500.5، ١٢٫٥), or Tunisian: 5ر10 is 10.5, the fraction first
_DIGIT_RUN = re.compile(rf"[{_DIGIT}][{_DIGIT}]*(?:ر\d+(?!\d)|(?:[.,٫٬]\d+)*(?![\d.,٫٬]\d))")
_BEFORE_WORD = (" \n\t\r\f\v\xa0\u200b-\u200f\u2066-\u2069\u202a-\u202e"
                "()\\[\\]«»\"'\\-–—/:.,،؛;!?؟…*" + _DIGIT)
_VARIANT_CLASS = {"ا": "[اأإآٱ]", "ي": "[يىی]", "ه": "[هة]", "ك": "[كک]"}


def _word_scanner(words) -> tuple[re.Pattern, re.Pattern]:
    """A scanner for these words, whole, optionally after و، ب or ل (وثلاثة،
    بملياري): one for the text after its first character, one for its start."""
    body = f"([وبل]?(?:{words_pattern(words)})){WORD_END}"
    return re.compile(f"[{_BEFORE_WORD}]{body}"), re.compile(body)


def _fixed_trie(words) -> str:
    """A trie pattern with no optional marks: fixed width, fit for a lookbehind."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
    def emit(node: dict) -> str:
        branches = [_VARIANT_CLASS.get(ch, re.escape(ch)) + emit(child) for ch, child in node.items()]
        return "" if not branches else branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return emit(root)


def _clitic_boundary(n: int) -> str:
    """Behind the last n characters: no letter, or one clitic (و، ف، ب، ل، ك) and no letter."""
    return f"(?<![^\\W\\d_].{{{n}}})|(?<=[وفبلك].{{{n}}})(?<![^\\W\\d_].{{{n + 1}}})"


def _dual_scanners(duals) -> list[re.Pattern]:
    """Find the ending ان or ين of a listed dual (one literal each: the fastest
    scan), then check the word behind it, one lookbehind per word length (a
    lookbehind has a fixed width)."""
    scanners = []
    for ending in ("ان", "ين"):
        by_length: dict[int, list[str]] = {}
        for w in duals:
            if w.endswith(ending):
                by_length.setdefault(len(w), []).append(w)
        behind = "|".join(f"(?<={_fixed_trie(ws)})(?:{_clitic_boundary(n)})"
                          for n, ws in sorted(by_length.items()))
        scanners.append(re.compile(f"{ending}(?![^\\W\\d_])(?:{behind})"))
    return scanners


# words are looked up in this order: a cardinal, a scale word, a fraction
_WORDS = [CARDINAL, SCALE, FRACTION]
_KINDS = "wsf"
_WORD_RUN, _WORD_AT_START = _word_scanner(sorted({w for lex in _WORDS for w in lex.values}))
_DUAL_RUNS = _dual_scanners(DUAL_NOUN.values)


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: float | None    # None: a vague amount (آلاف، عشرات، ملايين alone)
    digits: bool           # written with digits, at least in part
    scaled: bool           # a scale word is part of it
    words: bool            # spelled out, at least in part
    dual: bool = False     # an indefinite dual noun that states the count 2 (قتيلان)


def decimal_comma(text: str, runs: list[str] | None = None) -> bool:
    """Does this document write decimals with a comma (12,5) rather than
    thousands (1,500,000)? Decided once per document, from its own numbers
    (its digit runs, when they are known)."""
    if runs is None:
        runs = [m.group() for m in _DIGIT_RUN.finditer(text)]
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


@dataclass(frozen=True)
class _Part:
    kind: str        # "d" digits, "w" a number word, "s" a scale word, "f" a fraction, "n" a dual noun
    value: object    # a float, or for a scale (multiplier, value alone)
    start: int
    end: int
    conj: bool       # preceded by و


def _word_part(text: str, start: int, end: int) -> _Part | None:
    """The number word in text[start:end], or a clitic (و، ب، ل) and the word."""
    key = fold(text[start:end])
    for skip in (0, 1):
        for lex, kind in zip(_WORDS, _KINDS):
            value = lex.values.get(key[skip:])
            if value is not None:
                return _Part(kind, value if kind == "s" else float(value), start + skip, end,
                             skip == 1 and key[0] == "و")
    return None


_LETTERS_TO_END = re.compile(r"[^\W\d_]+\Z")
_SCALE_AGAIN = re.compile(rf"\s+ال(?:{SCALE.pattern}){WORD_END}")


def _dual_part(text: str, end: int) -> _Part:
    start = _LETTERS_TO_END.search(text, max(0, end - 16), end).start()
    if fold(text[start:end]) not in DUAL_NOUN.values:
        start += 1                                  # a clitic: بمدرستين
    return _Part("n", 2.0, start, end, False)


def _parts(text: str, comma_is_decimal: bool | None) -> list[_Part]:
    runs = [(m.group(), m.start(), m.end()) for m in _DIGIT_RUN.finditer(text)]
    if comma_is_decimal is None:
        comma_is_decimal = decimal_comma(text, [r for r, _, _ in runs])
    parts = [_Part("d", read_digits(r, comma_is_decimal), a, b, False) for r, a, b in runs]
    first = _WORD_AT_START.match(text)
    words = [first.span(1)] if first else []
    words += (m.span(1) for m in _WORD_RUN.finditer(text, first.end() if first else 0))
    parts += filter(None, (_word_part(text, a, b) for a, b in words))
    parts += (_dual_part(text, m.end()) for scanner in _DUAL_RUNS for m in scanner.finditer(text))
    parts.sort(key=lambda p: p.start)
    return parts


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


def find_numbers(text: str, comma_is_decimal: bool | None = None) -> list[Number]:
    parts = _parts(text, comma_is_decimal)
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
                len(group) > 1 or not _NOUN_NEXT.match(text, first.end)):
            group[0] = replace(first, value=(first.value[0], first.value[0]))     # one, not two
        kinds = {p.kind for p in group}
        if "f" in kinds and "s" not in kinds:
            i = j
            continue                                        # نصف alone: a fraction, not a figure
        end = group[-1].end
        if group[-1].kind == "f" and (tail := _SCALE_AGAIN.match(text, end)):
            end = tail.end()                                # ثلاثة ملايين ونصف المليون
        if kinds == {"n"}:
            out.append(Number(group[0].start, group[0].end, 2.0, False, False, True, dual=True))
        else:
            out.append(Number(group[0].start, end, _combine(group),
                              "d" in kinds, "s" in kinds, "w" in kinds))
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
