"""Two analyses side by side: which dates and figures they share, which agree.

    compare(a, b) == {"dates":   {"shared": [...], "only_a": [...], "only_b": [...]},
                      "figures": {"shared": [...], "only_a": [...], "only_b": [...]}}

A shared entry is {"kind", "measure", "unit", "a": mention, "b": mention,
"agree": bool}, mentions in the SCHEMA.md shape with offsets into their own
text. Dates are shared when their values are equal. Figures are shared when
they state the same fact: the same kind and unit, no conflicting measure or
counted noun, and the words around them say the same thing. Two tolls of one
attack that differ (25 vs 40 killed) are one shared fact that disagrees; a
toll of something else is not paired with it. Values agree when the ranges
their texts state meet: "about 8 billion" covers 8.06 billion, "more than 30"
covers 31.
"""
from __future__ import annotations

import math
from collections import defaultdict

from .arabic import clitic_readings, fold
from .extract.numbers import CARDINAL, SCALE
from .lexicon.uninformative import WORDS
from .model import Analysis, DateMention, Figure
from .text import Text

PAIR_THRESHOLD = 0.5
MEASURE_WEIGHT = 0.3      # the same stated measure (trade volume) is evidence, not proof
AGREE_WEIGHT = 0.2        # so is the same value
WINDOW_WORDS = 8          # words either side of a figure that describe it

_SUFFIXES = ("ات", "ون", "ين", "ان", "وا", "ه", "ا")
_UNINFORMATIVE = {fold(w) for w in WORDS}


def compare(a: Analysis, b: Analysis) -> dict:
    return {"dates": _compare_dates(a.dates, b.dates),
            "figures": _compare_figures(a, b)}


def flatten(result: dict) -> dict:
    """The command line's shape: {"shared", "only_a", "only_b"}, each one list
    for dates and figures alike (a shared date has kind "date")."""
    return {key: result["dates"][key] + result["figures"][key] for key in ("shared", "only_a", "only_b")}


# ---------------------------------------------------------------- dates

def _compare_dates(a: tuple[DateMention, ...], b: tuple[DateMention, ...]) -> dict:
    waiting = defaultdict(list)                 # value → indexes of b not yet paired
    for j, m in enumerate(b):
        if m.value:
            waiting[m.value].append(j)
    shared, only_a, paired_b = [], [], set()
    for m in a:
        if m.value and waiting[m.value]:
            j = waiting[m.value].pop(0)
            paired_b.add(j)
            shared.append({"kind": "date", "measure": None, "unit": None,
                           "a": m.to_dict(), "b": b[j].to_dict(), "agree": True})
        else:
            only_a.append(m.to_dict())
    only_b = [m.to_dict() for j, m in enumerate(b) if j not in paired_b]
    return {"shared": shared, "only_a": only_a, "only_b": only_b}


# ---------------------------------------------------------------- figures

def _compare_figures(a: Analysis, b: Analysis) -> dict:
    layer_a, layer_b = a.text_layer(), b.text_layer()
    ctx_a = [_context(layer_a, f) for f in a.figures]
    ctx_b = [_context(layer_b, f) for f in b.figures]
    candidates = []
    for i, fa in enumerate(a.figures):
        for j, fb in enumerate(b.figures):
            score = _pair_score(fa, fb, ctx_a[i], ctx_b[j])
            if score >= PAIR_THRESHOLD:
                candidates.append((-score, fa.start, fb.start, i, j))
    candidates.sort()
    pairs, used_a, used_b = [], set(), set()
    for _, _, _, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i), used_b.add(j)
            pairs.append((i, j))
    pairs.sort()
    shared = [{"kind": a.figures[i].kind,
               "measure": a.figures[i].measure or b.figures[j].measure,
               "unit": a.figures[i].unit,
               "a": a.figures[i].to_dict(), "b": b.figures[j].to_dict(),
               "agree": agree(a.figures[i], b.figures[j])} for i, j in pairs]
    return {"shared": shared,
            "only_a": [f.to_dict() for i, f in enumerate(a.figures) if i not in used_a],
            "only_b": [f.to_dict() for j, f in enumerate(b.figures) if j not in used_b]}


class _Context:
    """What a figure is about: the informative words around it and its counted noun."""
    __slots__ = ("words", "noun", "pool")

    def __init__(self, words: list[frozenset], noun: frozenset | None):
        self.words, self.noun = words, noun
        self.pool = frozenset().union(*words)       # every reading of every word, once


def _pair_score(fa: Figure, fb: Figure, ca: _Context, cb: _Context) -> float:
    if fa.kind != fb.kind or fa.unit != fb.unit:
        return 0.0
    if fa.measure and fb.measure and fa.measure != fb.measure:
        return 0.0
    if ca.noun and cb.noun and not ca.noun & cb.noun:
        return 0.0                                   # 18 soldiers are not 16 civilians
    score = _overlap(ca, cb)
    if fa.measure and fa.measure == fb.measure:
        score += MEASURE_WEIGHT
    if agree(fa, fb):
        score += AGREE_WEIGHT
    return score


def _overlap(a: _Context, b: _Context) -> float:
    """Share of the shorter context's words that the other context has too."""
    if not a.words or not b.words:
        return 0.0
    short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
    return sum(1 for w in short.words if w & long_.pool) / len(short.words)


def _context(layer: Text, f: Figure) -> _Context:
    """The informative words of the figure's clause near it, and its counted noun."""
    lo, hi = layer.clause_at(f.start)
    before = layer.within(lo, f.start)[-WINDOW_WORDS:]
    inside = layer.within(f.start, f.end)
    after = layer.within(f.end, max(hi, f.end))[:WINDOW_WORDS]
    words = [forms for i in (*before, *inside, *after) if (forms := _informative(layer.folded[i]))]
    # the counted noun the figure reader settled; for a figure made by hand, the span's last word
    noun = f.noun.split()[-1] if f.noun and f.noun.split() else (
        layer.word(inside[-1]) if inside and layer.ends[inside[-1]] == f.end else None)
    return _Context(words, _informative(fold(noun)) if noun else None)


def _is_number_word(word: str) -> bool:
    return word in CARDINAL or word in SCALE


def _informative(word: str) -> frozenset | None:
    """The forms a folded word may be matched by (clitics, article and endings
    off), or None when it says nothing about which fact is meant."""
    stems = _stems(word)
    if stems & _UNINFORMATIVE or _is_number_word(word):
        return None
    return frozenset(s for s in stems if len(s) >= 3) or None


def _stems(word: str) -> set[str]:
    """A folded word with and without its clitics and article, and a plural or case ending."""
    stems = {stem for _, stem in clitic_readings(word)}
    stems |= {s[2:] for s in stems if s.startswith("ال") and len(s) >= 4}
    for s in list(stems):
        for suffix in _SUFFIXES:
            if s.endswith(suffix) and len(s) - len(suffix) >= 3:
                stems.add(s[:-len(suffix)])
    return stems


# ---------------------------------------------------------------- agreement

def agree(fa: Figure, fb: Figure) -> bool:
    """Do the two figures say the same value, each read with the approximation
    its text states? A vague amount (no value) agrees with nothing."""
    ra, rb = value_range(fa), value_range(fb)
    if ra is None or rb is None:
        return False
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def value_range(f: Figure) -> tuple[float, float] | None:
    """The values the figure's text allows: "about 8 billion" is 7.5–8.5
    billion (half its last stated digit either way), "more than 30" is above
    30, a plain 31 is 31."""
    v = f.value
    if v is None:
        return None
    exact = max(abs(v) * 1e-9, 1e-12)
    if f.approx == "about":
        half = _last_digit_unit(v) / 2
        return v - half, v + half
    if f.approx == "more_than":
        return v + 2 * exact, math.inf      # beyond what a plain v covers
    if f.approx == "at_least":
        return v - exact, math.inf
    if f.approx == "less_than":
        return -math.inf, v - 2 * exact
    if f.approx == "up_to":
        return -math.inf, v + exact
    return v - exact, v + exact


def _last_digit_unit(v: float) -> float:
    """The place value of the last non-zero digit: 8e9 → 1e9, 170e9 → 1e10, 8.5 → 0.1."""
    v = abs(v)
    if v == 0:
        return 1.0
    digits = f"{v:.12e}".split("e")
    mantissa, exponent = digits[0].replace(".", "").rstrip("0"), int(digits[1])
    return 10.0 ** (exponent - (len(mantissa) - 1))
