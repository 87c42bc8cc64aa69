"""Date mentions that name one time together: a range's two ends, a date and
its equivalent in the other calendar (partners, as the date reader linked
them), and a coarser date restating a finer one."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ...model import DateMention
from ...timex import period

RESTATEMENT_REACH = 6

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


def _group_dates(dates: list[DateMention]) -> list[_Group]:
    """One group per time named: a date alone, or a date and its partner (the
    other end of its range, or the same day in the other calendar), as the
    date reader linked them."""
    order = sorted(range(len(dates)), key=lambda i: (dates[i].start, dates[i].end))
    groups: list[_Group] = []
    i = 0
    while i < len(order):
        a = dates[order[i]]
        if i + 1 < len(order) and a.partner == order[i + 1] and a.link:
            groups.append(_pair(order[i], order[i + 1], a, dates[order[i + 1]], a.link))
            i += 2
            continue
        groups.append(_Group([order[i]], a.start, a.end, a.value if period(a.value) else None,
                             period(a.value)))
        i += 1
    return groups


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
