"""Reading one number where it stands: is it a label, what unit or counted
noun follows it, which approximation stands before or after it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...arabic import Lexicon, clitic_readings, fold
from ...lexicon import approximation, currencies, neighbours, not_figures
from ...lexicon.units import RATE
from ...text import SPACE, Text
from ..numbers import Number
from .context import _CONTEXT, NOUN
from .words import DEFINITE_FUSED, Words, clause_before, following, words_before

_LATIN = re.compile(r"[A-Za-z]")
_SYMBOLS = {**currencies.ALL_SYMBOLS, "%": "%", "٪": "%"}
_SYMBOL_AFTER = re.compile(f"{SPACE}({'|'.join(map(re.escape, sorted(_SYMBOLS, key=len, reverse=True)))})")
_SYMBOL_BEFORE = re.compile(r"(?:(?P<s>US\$|\$|€|£)|(?P<p>[%٪]))\s?\Z")      # $300، %12
_RATE = Lexicon(dict.fromkeys(RATE, True))
# the words just before a number: an approximation, a label, or a pointer to a neighbour
_BEFORE = Lexicon({
    **{w: ("approx", key) for key, ws in approximation.BEFORE.items() for w in ws},
    **{w: ("label", None) for w in not_figures.BEFORE},
    **{w: ("among", None) for w in neighbours.AMONG},
    **{w: ("their number", None) for w in neighbours.THEIR_NUMBER},
})
_APPROX_VERB = Lexicon({w: key for key, ws in approximation.VERBS.items() for w in ws})
_APPROX_AFTER = Lexicon({w: key for key, ws in approximation.AFTER.items() for w in ws})
_NOT_COUNTED = {fold(w) for w in not_figures.NOT_COUNTED}

# ---------------------------------------------------------------- reading one number

@dataclass
class _Reading:
    """What one number says, before its neighbours are consulted."""
    number: Number
    start: int
    end: int
    value: float | None
    kind: str | None = None      # a figure kind, "people?"/"case?" (its clause decides), or None: bare
    unit: object = None
    approx: str | None = None
    among: bool = False          # after بينهم/منهم/مقابل: counts what the figure before counts
    their_number: bool = False   # after عددهم: counts the noun its clause names
    casualty: str | None = None   # after a word of death or wounds: مقتل 3 وإصابة 5
    clause: Words | None = None   # the words of its clause before it
    noun: str | None = None       # its unit or counted noun as written


def _is_label(text: str, n: Number) -> bool:
    """A number that names or orders rather than counts: U17, F-16, 1- (a
    list), 22:30, 0522…, +212…, 3/2, and digit strings too long to be amounts."""
    s, e = n.start, n.end
    before, after = text[s - 1:s], text[e:e + 1]
    if _LATIN.match(before) or _LATIN.match(after) or before == "+":
        return True
    if before in ("-", "–") and text[s - 2:s - 1].isalpha():          # F-16، كوفيد-19
        return True
    if after in ("-", "–") and not text[e + 1:e + 2].isdigit():       # 1- a list, -27- an instalment
        return True
    if (after in (":", "/") and text[e + 1:e + 2].isdigit()) or (
            before in (":", "/") and text[s - 2:s - 1].isdigit()):
        return True
    if n.digits and n.value is not None and n.value >= 1e15:         # an identifier, not an amount
        return True
    return n.digits and text[s] in "0٠۰" and text[s + 1:s + 2].isdigit()


_VAGUE_SCALES = {fold(w) for w in ("الآلاف", "الألوف", "الملايين", "المليارات", "الملايير")}


def _unit_after(layer: Text, pos: int, vague: bool):
    """The unit or counted noun right after pos: ((kind, unit, number), end) or None.
    A definite noun is what a vague amount counts (آلاف الأطنان، عشرات الآلاف
    من المدنيين), never what a number counts."""
    folded, ends = following(layer, pos)
    if not folded:
        return None
    if vague and folded[0] in _VAGUE_SCALES:
        folded, ends = folded[1:], ends[1:]                     # عشرات الآلاف …
    of = len(folded) > 1 and folded[0] == "من"
    if of:
        folded, ends = folded[1:], ends[1:]
    if not folded:
        return None
    if folded[0][:2] in ("ال", "لل") and folded[0] not in NOUN.values:
        if not (of or vague):
            return None
        folded = [folded[0][2:], *folded[1:]]
    for n in range(len(folded), 0, -1):
        entry = NOUN.values.get(" ".join(folded[:n]))
        if entry is not None:
            return entry, ends[n - 1]
    return None


def _other_noun(layer: Text, pos: int) -> int | None:
    """The end of an indefinite word after pos that no lexicon lists and that is
    not a preposition, particle, pronoun or conjunction: what the number counts (12 كلية)."""
    folded, ends = following(layer, pos, 1)
    if not folded:
        return None
    word = folded[0]
    if len(word) < 2 or word in _NOT_COUNTED or word[0] in "وف":      # و/ف: the next clause begins
        return None
    if word[0] == "ي":                      # يحتاجون، يعيش: a verb; a noun seldom starts with ي
        return None
    if any(stem.startswith("ال") for _, stem in clitic_readings(word)):   # definite: not what is counted
        return None
    return ends[0]


def _read(layer: Text, n: Number) -> _Reading | None:
    """The number with its unit and approximation, or None: no figure."""
    text = layer.text
    if _is_label(text, n):
        return None
    r = _Reading(n, n.start, n.end, n.value)
    r.clause = clause_before(layer, n.start)
    before, fused = words_before(r.clause, n.start)
    tag = _BEFORE.ending(before) if before else None
    if tag and tag[0] == "label":
        return None
    if tag and tag[0] == "approx":
        r.approx = tag[1]
    else:
        r.approx = next(filter(None, (_APPROX_VERB.ending(before, within) for within in range(3))), None)
    r.among = bool(tag) and tag[0] == "among"
    r.their_number = bool(tag) and tag[0] == "their number"
    r.casualty = (_CONTEXT.ending(before) or {}).get("casualty") if before else None

    if n.dual:
        r.kind, r.unit, _ = NOUN.get(text[n.start:n.end])
    elif unit := _unit_after(layer, n.end, n.value is None):
        (r.kind, r.unit, _), r.end = unit
        if r.kind is None:
            return None                                          # a duration, a multiplier
    elif symbol := _SYMBOL_AFTER.match(text, n.end):
        r.unit, r.end = _SYMBOLS[symbol.group(1)], symbol.end()
        r.kind = "percent" if r.unit == "%" else "code"
    elif n.value is None or fused in DEFINITE_FUSED:
        return None                                              # آلاف alone; ال12, a rank
    elif symbol := _SYMBOL_BEFORE.search(text, max(0, n.start - 4), n.start):
        r.kind, r.unit = ("code", _SYMBOLS[symbol.group("s")]) if symbol.group("s") else ("percent", "%")
        r.start = symbol.start()
    elif (n.digits or n.value >= 3) and (end := _other_noun(layer, n.end)):
        r.kind, r.end = "count", end                             # 12 كلية: a thing no lexicon lists
    if r.end > n.end:
        r.noun = text[n.end:r.end].strip()
    elif n.dual:
        r.noun = text[n.start:n.end]
    elif r.start < n.start:
        r.noun = text[r.start:n.start].strip()                   # $300
    if r.kind in ("quantity", "currency", "code") and (rate := layer.phrase_after(r.end, _RATE)):
        r.end = rate[1]                                          # 2 مليون برميل يوميا
    if after := layer.phrase_after(r.end, _APPROX_AFTER):
        r.approx = after[0].value                                # 40 قتيلا على الأقل
    return r
