"""Where a clause with several events is split among them."""
from __future__ import annotations

import bisect
from ...text import Text
from .groups import _distance, _Group

def _cut_between(layer: Text, left: _Group, right: _Group) -> tuple[int, int] | None:
    """Where to split a clause between two events: at the last pause (a comma
    or semicolon) before the right date that leaves it a clause of its own (two
    words or more before the date), else at the last pause; None if there is none."""
    pauses = layer.pauses(left.end, right.start)
    if not pauses:
        return None
    for p in reversed(pauses):
        if len(layer.within(p + 1, right.start)) >= 2:
            return p, p + 1
    return pauses[-1], pauses[-1] + 1


def _segments(layer: Text, sentence: tuple[int, int], roots: list[_Group]):
    """Split a clause among its events: [(start, end, [groups])]."""
    roots.sort(key=lambda g: g.start)
    segments, seg_start, current = [], sentence[0], [roots[0]]
    for left, right in zip(roots, roots[1:]):
        cut = _cut_between(layer, left, right)
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
