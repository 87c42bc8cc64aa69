"""Sentences, and where a sentence with several events is split among them."""
from __future__ import annotations

import bisect
import re

from .groups import _distance, _Group

# one character class first, so the regex engine skips to candidates in C
_SENTENCE_END = re.compile(r"[.!?؟:\n](?:(?<=[.!?؟])[.!?؟]*[\"'»”)]*(?=\s|$)|(?<=\n)|(?<=:)(?!\s*[\"«“]))")
_TICKER_GAP = re.compile(r"[ \u00a0]{3,}")          # headline tickers separate items by runs of spaces
_SEPARATOR = re.compile(r"[،,؛;]")

# --- sentences and clauses ---------------------------------------------------------

def _sentences(text: str) -> list[tuple[int, int]]:
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    if "   " in text or "\u00a0\u00a0" in text:
        ends = sorted(ends + [m.end() for m in _TICKER_GAP.finditer(text)])
    spans, start = [], 0
    for end in ends + [len(text)]:
        if end > start:
            spans.append((start, end))
            start = end
    return spans


def _joined_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans that touch, as one."""
    out: list[list[int]] = []
    for start, end in spans:
        if out and out[-1][1] == start:
            out[-1][1] = end
        else:
            out.append([start, end])
    return [(a, b) for a, b in out]


def _cut_between(text: str, left: _Group, right: _Group) -> tuple[int, int] | None:
    """Where to split a sentence between two events: at the last separator
    before the right date that leaves it a clause of its own (two words or
    more before the date), else at the last separator; None if there is none."""
    seps = list(_SEPARATOR.finditer(text, left.end, right.start))
    if not seps:
        return None
    for sep in reversed(seps):
        if len(text[sep.end():right.start].split()) >= 2:
            return sep.start(), sep.end()
    return seps[-1].start(), seps[-1].end()


def _segments(text: str, sentence: tuple[int, int], roots: list[_Group]):
    """Split a sentence among its events: [(start, end, [groups])]."""
    roots.sort(key=lambda g: g.start)
    segments, seg_start, current = [], sentence[0], [roots[0]]
    for left, right in zip(roots, roots[1:]):
        cut = _cut_between(text, left, right)
        if cut:
            segments.append((seg_start, cut[0], current))
            seg_start, current = cut[1], [right]
        else:
            current.append(right)
    segments.append((seg_start, sentence[1], current))
    out = []
    for start, end, groups in segments:
        dated = [g for g in groups if g.span]
        if dated:   # an undated mention in a dated clause restates it
            starts = [d.start for d in dated]
            for g in groups:
                if not g.span:
                    k = bisect.bisect_left(starts, g.start)
                    near = dated[max(0, k - 1):k + 1]
                    min(near, key=lambda d: _distance(g.start, g.end, d.start, d.end)).attached.append(g)
            groups = dated
        out.append((start, end, groups))
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "،,؛;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,؛;:"):
        end -= 1
    return start, end
