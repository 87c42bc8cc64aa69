"""What each mention of one analysis is about, read once: the informative
words around it, its counted noun, the events it belongs to, where it stands."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..arabic import fold
from ..model import Analysis, Event
from ..extract.events.lookup import ACTOR
from ..text import Text
from .words import AMONG, PART_OF, WHOLE, informative, is_generic, noun_forms, stems, weekday_only

WINDOW_WORDS = 8          # words either side of a mention, within its clause, that describe it
# a mention belongs to a few events at most; a clause of forty figures and forty dates
# would make every pair compare forty events with forty (the time grew as the fourth power)
MAX_EVENTS = 3
ACTOR_WORDS = 5           # words either side of a figure in which a country or body is its own


@dataclass(frozen=True)
class EventFacts:
    """The parts of an event that say which event it is."""
    trigger: frozenset          # the readings of its trigger word
    actors: frozenset
    day: str | None             # the period it is placed in
    category: str
    figures: frozenset          # indexes into Analysis.figures
    dates: frozenset


@dataclass(frozen=True)
class Context:
    words: tuple[frozenset, ...]     # the readings of each informative word around the mention
    pool: frozenset                  # every reading of every one of them
    noun: frozenset                  # the readings of its counted noun (figures)
    generic: bool                    # a noun of people that does not say which people
    events: tuple[EventFacts, ...]
    position: float                  # where it stands in its text, 0 to 1
    rank: int = 0                    # figures: how many of its kind come before it
    sentence: int = 0
    subset: bool = False             # figures: a part of a toll told before it (بينهم 3 أطفال)
    whole: bool = False              # figures: the whole of something wider (في أنحاء المحافظة)
    weekday_only: bool = False       # dates: a weekday alone
    actors: frozenset = frozenset()  # figures: the countries and bodies named right beside it


def figure_contexts(a: Analysis) -> list[Context]:
    layer, events = a.text_layer(), _events(a)
    out, seen = [], Counter()
    for i, f in enumerate(a.figures):
        window = _window(layer, f.start, f.end)
        words = _informative(layer, window)
        noun = noun_forms(f.noun) or _noun_before(layer, f.start)
        out.append(Context(words, frozenset().union(*words), noun,
                           f.unit == "person" and is_generic(noun),
                           tuple(e for e in events if i in e.figures)[:MAX_EVENTS], _position(a.text, f.start),
                           rank=seen[f.kind], sentence=layer.sentence_index(f.start),
                           subset=f.unit == "person" and _counts_a_part(layer, f.start),
                           whole=_of_a_whole(layer, window), actors=_actors_beside(layer, f.start, f.end)))
        seen[f.kind] += 1
    return out


def date_contexts(a: Analysis) -> list[Context]:
    layer, events = a.text_layer(), _events(a)
    out = []
    for i, d in enumerate(a.dates):
        words = _words_around(layer, d.start, d.end)
        out.append(Context(words, frozenset().union(*words), frozenset(), False,
                           tuple(e for e in events if i in e.dates)[:MAX_EVENTS], _position(a.text, d.start),
                           weekday_only=weekday_only(d.text)))
    return out


def _events(a: Analysis) -> list[EventFacts]:
    return [_facts(e) for e in a.events]


def _facts(e: Event) -> EventFacts:
    trigger = frozenset(s for w in (e.trigger or "").split() for s in stems(fold(w)) if len(s) >= 3)
    return EventFacts(trigger, frozenset(e.actors), e.date_value, e.category,
                      frozenset(e.figures), frozenset(e.dates))


def _window(layer: Text, start: int, end: int) -> tuple[range, range, range]:
    """The words of the clause around a mention: up to WINDOW_WORDS before, its own, up to WINDOW_WORDS after."""
    lo, hi = layer.clause_at(start)
    return (layer.within(lo, start)[-WINDOW_WORDS:], layer.within(start, end),
            layer.within(end, max(hi, end))[:WINDOW_WORDS])


def _informative(layer: Text, window: tuple[range, range, range]) -> tuple[frozenset, ...]:
    return tuple(forms for part in window for i in part if (forms := informative(layer.folded[i])))


def _words_around(layer: Text, start: int, end: int) -> tuple[frozenset, ...]:
    return _informative(layer, _window(layer, start, end))


def _actors_beside(layer: Text, start: int, end: int) -> frozenset:
    """The countries and bodies named within a few words of a figure, in its
    clause: whose pledge, whose seats (تعهدت الكويت بـ150 مليون دولار)."""
    lo, hi = layer.clause_at(start)
    before, after = layer.within(lo, start)[-ACTOR_WORDS:], layer.within(end, max(hi, end))[:ACTOR_WORDS]
    a = layer.starts[before[0]] if before else start
    b = layer.ends[after[-1]] if after else end
    return frozenset(hit.value[1] for _, hit in layer.find(ACTOR, a, b) if hit.value[0] in ("country", "body"))


def _noun_before(layer: Text, start: int) -> frozenset:
    """A figure the engine read with no noun may follow it (مسؤولين اثنين)."""
    before = layer.words_before(start, most=1)
    return noun_forms(layer.word(before[0])) if before else frozenset()


def _counts_a_part(layer: Text, start: int) -> bool:
    before = layer.words_before(start, most=2)
    return any(stem in PART_OF for i in before for _, stem in layer.readings(i)) or (
        len(before) == 2 and any(stem == AMONG for _, stem in layer.readings(before[0])))


def _of_a_whole(layer: Text, window: tuple[range, range, range]) -> bool:
    before, _, after = window
    return any(stem in WHOLE for i in (*before, *after) for _, stem in layer.readings(i))


def _position(text: str, start: int) -> float:
    return min(1.0, start / len(text)) if text else 0.0
