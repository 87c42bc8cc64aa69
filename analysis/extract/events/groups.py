"""Date mentions that name one time together: a range's two ends, a date and
its equivalent in the other calendar, and a coarser date restating a finer one."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ...arabic import WORD_END, WORD_START, words_pattern
from ...lexicon.clauses import BETWEEN, EQUIVALENCE_WORDS, PERIOD_NOUNS, RANGE_WORDS
from ...model import DateMention
from ...timex import period

RESTATEMENT_REACH = 6

# what may stand between two mentions of one period; possessive spaces (\s*+)
# never give back what they took, so a long run of spaces costs one pass
_RANGE_GAP = re.compile(rf"\s*+(?:[-–—/]|(?:[،,]\s*+)?(?:و\s*+)?(?:{words_pattern(RANGE_WORDS)}){WORD_END})\s*+")
_AND_GAP = re.compile(r"\s*+و\s*+")
_BETWEEN = re.compile(rf"{WORD_START}{BETWEEN}\s++(?:(?:{words_pattern(PERIOD_NOUNS)})\s++)?$")
_EQUIVALENT_GAP = re.compile(rf"\s*+(?:[(،,-]\s*+)?(?:{words_pattern(EQUIVALENCE_WORDS)})\s*+")
_PAREN_GAP = re.compile(r"\s*+\(\s*+")

# --- groups of date mentions -----------------------------------------------------

@dataclass
class _Group:
    members: list[int]                      # indexes into dates
    start: int
    end: int
    value: str | None
    span: tuple[dt.date, dt.date] | None
    attached: list["_Group"] = field(default_factory=list)

    def all_members(self) -> list[int]:
        out = list(self.members)
        for g in self.attached:
            out += g.all_members()
        return out


def _group_dates(text: str, dates: list[DateMention]) -> list[_Group]:
    order = sorted(range(len(dates)), key=lambda i: (dates[i].start, dates[i].end))
    groups: list[_Group] = []
    i = 0
    while i < len(order):
        a = dates[order[i]]
        if i + 1 < len(order):
            b = dates[order[i + 1]]
            gap = text[a.end:b.start]
            joined = _joined(text, a, b, gap)
            if joined:
                groups.append(_pair(order[i], order[i + 1], a, b, joined))
                i += 2
                continue
        groups.append(_Group([order[i]], a.start, a.end, a.value if period(a.value) else None,
                             period(a.value)))
        i += 1
    return groups


def _joined(text: str, a: DateMention, b: DateMention, gap: str) -> str | None:
    """How two neighbouring mentions name one time: 'range', 'same' or None."""
    if len(gap) > 24 or b.start < a.end:
        return None
    if _RANGE_GAP.fullmatch(gap):
        return "range"
    if _AND_GAP.fullmatch(gap) and _BETWEEN.search(text[max(0, a.start - 12):a.start]):
        return "range"
    if _EQUIVALENT_GAP.fullmatch(gap) or (_PAREN_GAP.fullmatch(gap) and a.calendar != b.calendar):
        return "same"
    return None


def _pair(i: int, j: int, a: DateMention, b: DateMention, how: str) -> _Group:
    pa, pb = period(a.value), period(b.value)
    if how == "same":
        first = b if a.calendar != "gregorian" and pb else a
        value = first.value if period(first.value) else (a.value if pa else b.value if pb else None)
        span = period(value)
    elif pa and pb:
        span = (min(pa[0], pb[0]), max(pa[1], pb[1]))
        value = f"{span[0].isoformat()}/{span[1].isoformat()}"
    else:
        value = a.value if pa else b.value if pb else None
        span = period(value)
    return _Group([i, j], a.start, b.end, value, span)


def _encloses(big: _Group, small: _Group) -> bool:
    if not (big.span and small.span) or big is small:
        return False
    return (big.span[0] <= small.span[0] and small.span[1] <= big.span[1]
            and big.span[1] - big.span[0] > small.span[1] - small.span[0])


def _merge_restatements(groups: list[_Group]) -> list[_Group]:
    """In one clause: a coarser date that encloses a finer one near it (among
    the RESTATEMENT_REACH dates on either side) joins it."""
    parent: dict[int, _Group] = {}
    for i, g in enumerate(groups):
        near = groups[max(0, i - RESTATEMENT_REACH):i + RESTATEMENT_REACH + 1]
        inside = [h for h in near if _encloses(g, h)]
        if inside:
            parent[id(g)] = min(inside, key=lambda h: _distance(g.start, g.end, h.start, h.end))
    roots = []
    for g in groups:
        if id(g) in parent:
            target = parent[id(g)]
            while id(target) in parent:
                target = parent[id(target)]
            target.attached.append(g)
        else:
            roots.append(g)
    return roots


def _distance(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, b0 - a1, a0 - b1)
