"""An event's label: at most about LABEL_WORDS words from its trigger."""
from __future__ import annotations

import bisect
import re

from ...arabic import fold
from ...lexicon.clauses import DANGLING
from .groups import _Group
from .lookup import _Hit

LABEL_WORDS = 12
_LABEL_PUNCT = " \t\n،,:;؛.-–—\"'«»“”("
_DANGLING = frozenset(fold(w) for w in DANGLING)
_LABEL_SPAN = re.compile(rf"(?:\S+\s+){{0,{LABEL_WORDS - 1}}}\S+")
_LEAD = re.compile(r"[\s\"'«»“”(]*(?:\d{1,2}\s*[-–)]\s*(?=[^\W\d_]))?[\s\"'«»“”(]*")


def _label(text: str, start: int, end: int, trig: _Hit | None, g: _Group, mention_bounds) -> str:
    """At most about LABEL_WORDS words from the trigger (else from the clause's start)."""
    pos = trig.stem if trig else _LEAD.match(text, start, end).end()
    words = _LABEL_SPAN.match(text, pos, end)
    if not words:
        return text[start:end]
    stop = words.end()
    if g.start < stop < g.end:             # never cut the event's own date or range
        stop = g.end
    k = bisect.bisect_left(mention_bounds, (stop, stop))     # nor any other date
    for s, e in mention_bounds[max(0, k - 2):k]:
        if s < stop < e:
            stop = e
    label = trimmed = text[pos:stop]
    while True:
        trimmed = trimmed.rstrip(_LABEL_PUNCT)
        head, _, last = trimmed.rpartition(" ")
        if not head or fold(last) not in _DANGLING:
            break
        trimmed = head
    return trimmed or label
