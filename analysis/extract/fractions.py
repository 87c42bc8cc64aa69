"""Fractions said with two numbers or with a denominator word, read after the
number reader has read a whole number (numbers.py calls `extend`):

- a numerator, a ratio word and a denominator: واحد على ثلاثة، 1 على 3، واحد من
  كل ثلاثة، 2 من 5، 1 في واحد وعشرين، واحد جزء من مئة; جزء من مئة alone is 1/100;
- an integer and a denominator word after it, with nothing counted after that:
  ثلاثة وعشرون خمس (23/5)، مئة وثلاثون خمسا (26);
- an integer, و and a fraction word, or its dual after a tens word: ثلاثة وخمس
  (3.2)، مئة وثلاثون وخمسين (130.4). خمس is also five: بين ثلاث وخمس سنوات is a range;
- a denominator word alone before a definite noun is a fraction of it, no count:
  خمس الفطيرة; of a definite number, that share of it: خمس العشرين (4).

A term here is the number reader's own term (a NamedTuple with value, place,
start, end, kinds, fraction), replaced, never built from scratch.
"""
from __future__ import annotations

import re

from ..arabic import Lexicon, fold
from ..lexicon.not_figures import NOT_COUNTED
from ..lexicon.numbers import (CARDINALS, CHANGED_TO, DENOMINATOR_DUALS, DENOMINATORS, MONTH_BEFORE_ZERO, PART_WORDS,
                               RANGE_BEFORE, RATIO_WORDS, ZERO)

_DENOMINATOR = {fold(w): v for w, v in DENOMINATORS.items()}
_DUAL = {fold(w): v for w, v in DENOMINATOR_DUALS.items()}
_CARDINAL = Lexicon(CARDINALS)
_PART = "|".join(sorted(PART_WORDS, key=len, reverse=True))
_RATIO = re.compile(r"\s+(?:(?:" + _PART + r")\s+)?(" + "|".join(
    w.replace(" ", r"\s+") for w in sorted(RATIO_WORDS, key=len, reverse=True)) + r")\s+")
_PARTS = {fold(w) for w in PART_WORDS}
_PART_OF = re.compile(r"(?<![^\s(«\"])(?:" + _PART + r")\s+من\s+\Z")
_NOT_COUNTED = {fold(w) for w in (*NOT_COUNTED, *PART_WORDS)}          # جزء من 21 جزءا: the parts again
_ZERO = {fold(w) for w in ZERO}
_MONTH_BEFORE = {fold(w) for w in MONTH_BEFORE_ZERO}
_PERCENT_AFTER = re.compile(r"\s*(?:[%٪]|(?:في\s+|ب)ال(?:م[ئا]ئ?[ةه]|مئوية))")
_TO = {fold(w) for w in CHANGED_TO}
_RANGE_BEFORE = {fold(w) for w in RANGE_BEFORE}


def _whole(terms) -> float | None:
    """The value of terms that make a whole number, or None."""
    if any(t.value is None or t.fraction for t in terms):
        return None
    total = sum(t.value for t in terms)
    return total if float(total).is_integer() else None


def nothing_counted(layer, pos: int) -> bool:
    """Does no counted noun follow pos: the text's or a clause's end, a
    preposition, a conjunction, a definite word?"""
    nxt = layer.next_words(pos, 1)
    if not nxt:
        return True
    word = layer.folded[nxt[0]]
    return word in _NOT_COUNTED or word.startswith(("ال", "وال"))


def _changed_to(layer, start: int) -> bool:
    """Is the number what something changed to (إلى 30، لـ30، ل30): then من after it is "from"."""
    if layer.text[max(0, start - 2):start] == "لـ" or layer.text[max(0, start - 1):start] == "ل":
        return True
    before = layer.words_before(start, most=1)
    return bool(before) and layer.folded[before[0]] in _TO


def _ranged(layer, start: int) -> bool:
    before = layer.words_before(start, most=1)
    return bool(before) and layer.folded[before[0]] in _RANGE_BEFORE


def extend(reader, terms, j: int, in_date) -> tuple[list, int]:
    """The terms of the number read up to part j, with a fraction read after
    them when one is (and the index of the part after it)."""
    x = _whole(terms)
    if x is None:
        return terms, j
    for rule in (_ratio, _denominator, _and_fraction):
        got = rule(reader, terms, j, x, in_date)
        if got:
            return got
    if len(terms) == 1 and "s" not in terms[0].kinds and (got := _part_of(reader, terms, j, x)):
        return got
    return terms, j


def _term(terms, value: float, start: int, end: int, kinds=()) -> list:
    first = terms[0]
    kinds = frozenset().union(*(t.kinds for t in terms), kinds)
    return [first._replace(value=float(f"{value:.12g}"), place=1, start=start, end=end, kinds=kinds,
                           fraction=True)]


def _ratio(reader, terms, j, x, in_date):
    """واحد على ثلاثة، 2 من 5، واحد من كل ثلاثة، 1 في 21، عشرين أجزاء من خمسة وعشرين."""
    parts, text = reader.parts, reader.text
    if any("s" in t.kinds and t.place >= 1000 for t in terms) or j >= len(parts):
        return None
    m = _RATIO.match(text, terms[-1].end)
    if not m or parts[j].start != m.end() or parts[j].kind not in ("d", "w", "s") or in_date(parts[j]):
        return None
    got = reader.number(j)
    if not got:
        return None
    below, k = got
    y = _whole(below)
    word = fold(re.sub(r"\s+", " ", m.group(1)))
    counted = not nothing_counted(reader.layer, below[-1].end) or bool(_PERCENT_AFTER.match(text, below[-1].end))
    if word == "من" and _changed_to(reader.layer, terms[0].start):
        return None                             # انخفض إلى 30 من 45: from 45, no ratio
    parted = bool(re.match(r"\s+(?:" + _PART + r")\s", text[m.start():m.end()]))
    if not y or y <= 0 or (word == "من" and ((x > y and not parted) or counted)) or (word == fold("في") and (x >= y or counted)):
        return None                             # 3 من 12 طالبا: three students; 3 في 10 أيام: in ten days
    return _term(terms + below, x / y, terms[0].start, below[-1].end, "r"), k


def _next_word(layer, pos: int):
    nxt = layer.next_words(pos, 1)
    return (nxt[0], layer.folded[nxt[0]]) if nxt else (None, "")


def _past(parts, j: int, end: int) -> int:
    while j < len(parts) and parts[j].start < end:
        j += 1
    return j


def _denominator(reader, terms, j, x, in_date):
    """ثلاثة وعشرون خمس (23/5)، مئة وثلاثون خمسا: a denominator after the integer, nothing counted after it."""
    layer = reader.layer
    w, word = _next_word(layer, terms[-1].end)
    if w is None or word not in _DENOMINATOR or terms[-1].place >= 1000 or x < 2:
        return None
    end = layer.ends[w]
    if not nothing_counted(layer, end):
        return None
    return _term(terms, x / _DENOMINATOR[word], terms[0].start, end, "pr"), _past(reader.parts, j, end)


def _and_fraction(reader, terms, j, x, in_date):
    """ثلاثة وخمس (3.2)، مئة وثلاثون وخمسين (130.4): و and a fraction word, or its dual after tens."""
    layer = reader.layer
    last = terms[-1]
    w, word = _next_word(layer, last.end)
    if w is None or last.place != 1 or _ranged(layer, terms[0].start):
        return None
    if word == "و":
        nxt = layer.next_words(layer.ends[w], 1)
        w, word = (nxt[0], layer.folded[nxt[0]]) if nxt else (None, "")
    elif word.startswith("و"):
        word = word[1:]
    else:
        return None
    if w is None:
        return None
    k = layer.last_before(last.end)
    last_word = layer.folded[k] if k >= 0 else ""                 # the tens a dual must follow
    last_word = last_word[1:] if last_word[:1] == "و" and last_word[1:] in _CARDINAL.values else last_word
    if word in _DENOMINATOR and word[-1] != "ا":
        value = x + 1 / _DENOMINATOR[word]
    elif word in _DUAL and _CARDINAL.values.get(last_word, 0) in (20, 30, 40, 50, 60, 70, 80, 90):
        value = x + 2 / _DUAL[word]
    else:
        return None
    end = layer.ends[w]
    return _term(terms, value, terms[0].start, end, "f"), _past(reader.parts, j, end)


def _part_of(reader, terms, j, x):
    """جزء من مئة: one part of the number, when nothing counted follows it."""
    t = terms[0]
    m = _PART_OF.search(reader.text, max(0, t.start - 16), t.start)
    parts_again = _next_word(reader.layer, t.end)[1] in _PARTS
    if not m or x <= 0 or ("d" in t.kinds and not parts_again) or not nothing_counted(reader.layer, t.end):
        return None                             # جزء من 100 مليون دولار: a part of an amount
    return _term(terms, 1 / x, m.start(), t.end, "r"), j


def lone_denominator(layer, term):
    """خمس الفطيرة: a denominator word alone before a definite noun is a fraction
    (the term as a lone fraction); خمس العشرين is that share of the number (4)."""
    word = layer.folded[w] if (w := layer.word_at(term.start)) is not None else ""
    if term.kinds != {"w"} or word not in _DENOMINATOR or layer.ends[w] != term.end:
        return None
    nw, nxt = _next_word(layer, term.end)
    if nw is None or not nxt.startswith("ال") or len(nxt) < 4:
        return None
    share = 1 / _DENOMINATOR[word]
    if (n := _CARDINAL.values.get(nxt[2:])) is not None:
        return term._replace(value=float(f"{share * n:.12g}"), end=layer.ends[nw], fraction=True,
                             kinds=frozenset("wr"))
    return term._replace(value=share, kinds=frozenset("f"), fraction=True)


def zero(layer, atom) -> bool:
    """Is this word صفر the number zero rather than the Hijri month: no word
    of time before it (شهر، في، منذ), no year or day in digits next to it?"""
    if fold(layer.text[atom.word_start:atom.end]) not in _ZERO or atom.clitic.strip("و"):
        return False
    before = layer.words_before(atom.word_start, most=1)
    if before and layer.folded[before[0]] in _MONTH_BEFORE:
        return False
    around = layer.text[max(0, atom.start - 4):atom.start] + layer.text[atom.end:atom.end + 4]
    return not any(c.isdigit() for c in around)
