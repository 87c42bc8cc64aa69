"""Events: each dated statement, with its label, category, actors and figures.

How a text becomes events:

1. Date mentions that name one time together form a group: the two ends of a
   range (من 30 أغسطس وحتى 5 سبتمبر 2022، 21 – 27 ديسمبر، بين X وY) and a date
   with its equivalent in the other calendar (… هـ الموافق …).
2. In one clause, a coarser date that encloses a finer one (التفاعل
   المشترك – 2022 … من 21 – 27 ديسمبر 2022) restates its period and joins the
   finer date's event; an undated mention joins a dated one in its clause.
   The dateline's date and the date of publication (the day the story is
   filed or put online) are no events: they only resolve relative words.
3. Each remaining group is an event. Several in one clause split it at a
   pause (a comma) between them; dates with no pause between them
   (a list: في 16 نوفمبر و28 ديسمبر) are events that share their clause.
4. The clause gives the rest: the trigger nearest the date (a noun, else a
   verb) gives the category (category.py: corrected by its figures) and
   where the label starts; countries, bodies and
   titled people in the clause are the actors; figures in it are its figures.

Events are ordered by the start of their period, then by position; events
with no resolved year (date_value None) come last, in text order.
"""
from __future__ import annotations

import bisect
import datetime as dt

from ...model import DateMention, Event, Figure
from ...text import Text
from .actors import actors
from .category import category
from .clauses import _segments, _strip
from .dateline import story_start
from .groups import _group_dates, _Group, _merge_restatements
from .label import _label
from .lookup import Hit, lookup

def find_events(layer: Text, dates: list[DateMention], figures: list[Figure]) -> list[Event]:
    if not dates:
        return []
    text, clauses = layer.text, layer.clauses
    by_clause: dict[int, list[_Group]] = {}
    for g in _group_dates(dates):
        if any(dates[i].role for i in g.members):
            continue                    # the day the story is filed or published on: no event
        by_clause.setdefault(layer.clause_index(g.start), []).append(g)

    story = story_start(layer, dates)
    triggers, actor_hits = lookup(layer, [clauses[k] for k in sorted(by_clause)])
    trigger_starts = [h.start for h in triggers]
    named = actors(layer, actor_hits)
    actor_starts = [start for start, _, _ in named]
    # a label is cut inside no date, figure or actor's name (رئيس الحكومة عزيز أخنوش)
    mention_bounds = sorted([(d.start, d.end) for d in dates] + [(f.start, f.end) for f in figures]
                            + [(start, end) for start, end, _ in named])
    by_figure_start = sorted(range(len(figures)), key=lambda i: figures[i].start)
    figure_starts = [figures[i].start for i in by_figure_start]

    events: list[tuple[tuple, Event]] = []
    for k, groups in by_clause.items():
        clause = (clauses[k][0], max(clauses[k][1], groups[-1].end))
        segments = (_segments(layer, clause, _merge_restatements(groups)) if len(groups) > 1
                    else [(*clause, groups)])
        for seg_start, seg_end, seg_groups in segments:
            for g in seg_groups:
                members = sorted(g.all_members())
                start, end = _strip(text, max(seg_start, story), seg_end)
                start = min([start] + [dates[i].start for i in members])
                end = max([end] + [dates[i].end for i in members])
                trig = _nearest_trigger(triggers, trigger_starts, start, end, g)
                lo, hi = bisect.bisect_left(actor_starts, start), bisect.bisect_left(actor_starts, end)
                own = _figures_within(figures, by_figure_start, figure_starts, start, end)
                event = Event(
                    start=start, end=end,
                    label=_label(layer, start, end, trig, g, mention_bounds),
                    category=category(layer, start, end, trig.value if trig else None,
                                      [figures[i] for i in own]),
                    date_value=g.value if g.span else None,
                    dates=tuple(members),
                    figures=own,
                    actors=tuple(dict.fromkeys(name for _, _, name in named[lo:hi])),
                    trigger=text[trig.stem:trig.end] if trig else None)
                key = (0, g.span[0], start) if g.span else (1, dt.date.min, start)
                events.append((key, event))
    events.sort(key=lambda ke: ke[0])
    return [e for _, e in events]


def _figures_within(figures, order: list[int], starts: list[int], start: int, end: int) -> tuple[int, ...]:
    chosen = order[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
    return tuple(sorted(i for i in chosen if figures[i].end <= end))


def _nearest_trigger(triggers: list[Hit], starts: list[int], start: int, end: int, g: _Group) -> Hit | None:
    """The trigger nearest the date in the clause: a noun, else a verb; on a tie the one before."""
    best = None
    for h in triggers[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]:
        if h.end <= end:
            key = (h.value[1], max(0, h.start - g.end, g.start - h.end), h.start > g.start)
            if best is None or key < best[0]:
                best = key, h
    return best[1] if best else None
