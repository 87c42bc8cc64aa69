"""An event's label: at most about LABEL_WORDS words from its trigger."""
from __future__ import annotations

import bisect
import re

from ...arabic import fold
from ...lexicon.clauses import DANGLING
from ...text import Text
from .groups import _Group
from .lookup import Hit

LABEL_WORDS = 12
_LABEL_PUNCT = " \t\n،,:;؛.-–—\"'«»“”("
_DANGLING = frozenset(fold(w) for w in DANGLING)
# what a clause may open with before its first word: quotes, a list marker (1- …)
_LEAD = re.compile(r"[\s\"'«»“”(]*(?:\d{1,2}\s*[-–)]\s*(?=[^\W\d_]))?[\s\"'«»“”(]*")


def _label(layer: Text, start: int, end: int, trig: Hit | None, g: _Group, mention_bounds) -> str:
    """The clause when it is short, else at most about LABEL_WORDS words from
    the trigger (or from the clause's start)."""
    text = layer.text
    pos = _LEAD.match(text, start, end).end()
    ends = layer.token_ends(pos, end, LABEL_WORDS + 1)
    if trig and len(ends) > LABEL_WORDS:                 # a short clause is its own label
        pos = _head_of(layer, trig.stem, pos)
        ends = layer.token_ends(pos, end, LABEL_WORDS + 1)
    if not ends:
        return text[start:end]
    # the whole clause when it is short, else up to its LABEL_WORDS-th word or number
    stop = end if len(ends) <= LABEL_WORDS else ends[LABEL_WORDS - 1]
    if g.start < stop < g.end:             # never cut the event's own date or range
        stop = g.end
    k = bisect.bisect_left(mention_bounds, (stop, stop))     # nor any other date or figure
    for s, e in mention_bounds[max(0, k - 2):k]:
        if s < stop < e:
            stop = e
    full = stop
    while True:                            # no punctuation or dangling word at the end
        stop = pos + len(text[pos:stop].rstrip(_LABEL_PUNCT))
        i = layer.last_before(stop)
        if i < 0 or layer.starts[i] <= pos or layer.ends[i] != stop or layer.folded[i] not in _DANGLING:
            break
        stop = layer.starts[i]
    return text[pos:stop] or text[pos:full]


def _head_of(layer: Text, stem: int, lo: int) -> int:
    """Where a label from a definite trigger starts: at the noun it completes
    (عجز الميزانية، مشروع الموازنة), else at the trigger."""
    if not layer.text.startswith("ال", stem):
        return stem
    before = layer.words_before(stem, lo, most=1)
    if not before or layer.starts[before[0]] < lo:
        return stem
    word = layer.folded[before[0]]
    if word in _DANGLING or word.startswith(("ال", "و")) or len(word) < 3 or not word.isalpha():
        return stem
    return layer.starts[before[0]]
