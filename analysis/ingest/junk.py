"""Page junk: headline tickers and site boilerplate, split off and kept."""
from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

from ..arabic import WORD_END, WORD_START, words_pattern
from ..lexicon.page_junk import LINE_STARTS, WHOLE_LINE
from ..text import Text
from .document import Removed

TITLE_WORDS = 30          # a headline is shorter than this

TICKER_MIN_CHARS = 300       # a ticker is one very long line…
TICKER_MIN_PARTS = 5         # …of many headlines…
TICKER_MAX_MEDIAN = 160      # …each short…
FURNITURE_MAX_CHARS = 250    # boilerplate lines are short

_NO_BREAK = "\u00a0\u2007\u202f"
_GAP = re.compile(f"[ {_NO_BREAK}]{{2,}}")
@lru_cache(maxsize=1)
def _furniture() -> tuple[re.Pattern, re.Pattern]:
    """Lines of site boilerplate: one that starts with a known phrase, one made
    only of menu words. Built on first use: the command line's --jsonl never reads a page."""
    whole = words_pattern(WHOLE_LINE)
    return (re.compile(rf"^[^\w\n]{{0,8}}{WORD_START}(?:{words_pattern(LINE_STARTS)}){WORD_END}", re.I | re.M),
            re.compile(rf"^[^\w\n]*{WORD_START}(?:{whole})(?:[^\w\n]+(?:{whole}))*{WORD_END}[^\w\n]*$",
                       re.I | re.M))
_LONG_LINE = re.compile(f"^[^\n]{{{TICKER_MIN_CHARS},}}", re.M)


def split_page_junk(text: str) -> tuple[str, tuple[Removed, ...], str | None]:
    """The article without the page around it: (article, removed, note).

    A headline ticker is one very long line of short headlines joined by runs
    of spaces or no-break spaces; page furniture is a short line of site
    boilerplate (lexicon/page_junk.py). The article runs from its first kept
    line to its last. With nothing to remove, the text comes back unchanged.
    """
    lines = text.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    junk: dict[int, Removed] = {}
    for m in _LONG_LINE.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        parts = _ticker_parts(lines[i])
        if parts:
            junk[i] = Removed(lines[i].strip(), "headline ticker", parts)
    for pattern in _furniture():
        for m in pattern.finditer(text):
            i = bisect.bisect_right(starts, m.start()) - 1
            line = lines[i].strip()
            if i not in junk and len(line) <= FURNITURE_MAX_CHARS:
                junk[i] = Removed(line, "page furniture")
    if not junk:
        return text, (), None
    kept = [i for i, line in enumerate(lines) if i not in junk and line.strip()]
    if not kept:
        return text, (), "the whole text looks like page furniture or headlines; it is analysed as it is"
    article = "\n".join(line for i, line in enumerate(lines[kept[0]:kept[-1] + 1], kept[0]) if i not in junk)
    return article.rstrip("\r"), tuple(junk[i] for i in sorted(junk)), None


def _ticker_parts(line: str) -> tuple[str, ...] | None:
    gaps = [m for m in _GAP.finditer(line) if len(m.group()) >= 3 or any(c in _NO_BREAK for c in m.group())]
    if len(gaps) < TICKER_MIN_PARTS - 1:
        return None
    bounds = [0] + [x for m in gaps for x in m.span()] + [len(line)]
    parts = [p.strip() for p in (line[a:b] for a, b in zip(bounds[::2], bounds[1::2])) if p.strip()]
    if len(parts) < TICKER_MIN_PARTS:
        return None
    lengths = sorted(len(p) for p in parts)
    sentences = sum(p.endswith(".") for p in parts)
    if lengths[len(lengths) // 2] > TICKER_MAX_MEDIAN or sentences * 2 > len(parts):
        return None
    return tuple(parts)


def _guess_title(text: str) -> str | None:
    """The first line, when it reads like a headline: short, not ending a
    sentence, with more text after it."""
    head, sep, rest = text.lstrip().partition("\n")
    head = head.strip()
    if (not sep or not rest.strip() or not head or len(head) > 200 or len(Text(head)) > TITLE_WORDS
            or head.endswith((".", ":", "،", ",", "؛", ";"))):
        return None
    return head
