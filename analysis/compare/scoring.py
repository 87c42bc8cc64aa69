"""How likely a mention of A and a mention of B state one fact: a score from
weighted signals, each saying why.

A figure pair must first be of compatible kinds: the same kind and unit, or a
count of people whose fate the engine did not read (`people`, or a count with
no unit) beside a toll. Killed never pairs with injured, money never with a
percent. Then the signals add up (weights below; the pairing score is their
sum, capped at 1 as the confidence): how much the shared kind says (a toll
more than an amount), the values (equal, or how close), a value both sides
give once and that tells by itself, the words around the two figures, their
counted nouns, what they measure, the events they belong to (trigger, day,
actors), figures already paired beside them (a second pass), the same words
as written, the one toll of the dead (or wounded) each side tells, the
country or body named beside each (against: two different ones), and their
order among figures of their kind. Against: a measure
both name that differs, a part of a toll (بينهم 3 أطفال) against a toll, the
whole of something wider (في أنحاء المحافظة) against what is not, and a kind left unread. Kind and value alone never make a pair: some signal of
context (words, noun, measure, event, neighbours, a telling value) must
agree too.

A date pair must be of one precision. Its signals are the values (equal, or a
day or two apart), the events they date (trigger, category, actors, and
whether figures already paired belong to both), the words around them and
their order.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..arabic import fold
from ..model import DateMention, Figure
from .context import Context, EventFacts
from .judging import agree, day_of, days_apart, in_currency_of, pegged, rounding_step, same_day

FIGURE_THRESHOLD = 0.33   # a pair scoring less is no pair
DATE_THRESHOLD = 0.45

FIGURE_WEIGHTS = {"kind": 0.15, "value": 0.25, "rare value": 0.20, "words": 0.15, "noun": 0.10,
                  "measure": 0.10, "event": 0.10, "beside": 0.10, "same words": 0.10,
                  "order": 0.05, "part": 0.20, "scope": 0.15, "sole toll": 0.10, "actor": 0.15}
# how much a shared kind says by itself: an article tells few tolls, many amounts
KIND_EVIDENCE = {"killed": 1.0, "injured": 1.0, "people": 0.5, "count": 0.5, "quantity": 0.5}
GENERIC_KIND_PENALTY = 0.10       # a toll beside a count whose fate was not read
DATE_WEIGHTS = {"value": 0.45, "event": 0.25, "words": 0.15, "order": 0.15}

PERSON_KINDS = ("killed", "injured", "people")
TOLL_KINDS = ("killed", "injured")
FATES = ("missing", "displaced", "refugees", "arrests")     # what a count of people says befell them
_COUNTED = ("killed", "injured", "people", "count", "quantity")


@dataclass(frozen=True)
class Score:
    value: float
    why: tuple[str, ...]


NO_PAIR = Score(0.0, ())


# ---------------------------------------------------------------- figures

def compatible_kinds(fa: Figure, fb: Figure) -> str | None:
    """"same", "generic" (one side's kind is the unread one) or None."""
    if fa.kind == fb.kind:
        return "same" if _units_match(fa, fb) else None
    kinds = {fa.kind, fb.kind}
    if "people" in kinds and kinds & set(TOLL_KINDS) and (fa if fa.kind == "people" else fb).measure in FATES:
        return None               # the missing, the displaced: no toll of the dead or the wounded
    if "people" in kinds and kinds <= set(PERSON_KINDS) | {"count"} and _unread(fa, fb, "people"):
        return "generic"
    if any(f.kind == "count" and f.unit is None for f in (fa, fb)) and kinds <= set(PERSON_KINDS) | {"count"}:
        return "generic"
    return None


def _unread(fa: Figure, fb: Figure, kind: str) -> bool:
    other = fb if fa.kind == kind else fa
    return other.kind != "count" or other.unit is None


def _units_match(fa: Figure, fb: Figure) -> bool:
    if fa.unit == fb.unit or fa.kind == "count" and None in (fa.unit, fb.unit) or pegged(fa, fb):
        return True
    # a bare دينار, ريال… takes the country its article is about: the same word guessed two ways
    return fa.kind == "money" and bool(fa.unit_reason or fb.unit_reason) and \
        fold(fa.noun or "").rstrip("ا") == fold(fb.noun or "").rstrip("ا")


def figure_score(fa: Figure, fb: Figure, ca: Context, cb: Context, unique: bool = False,
                 beside: bool = False, sole: bool = False) -> Score:
    """`unique`: the two agree and neither side has another figure that does;
    `beside`: each stands within a sentence of figures already paired together;
    `sole`: each side tells one toll of this kind (the dead, the wounded), these."""
    kinds = compatible_kinds(fa, fb)
    if kinds is None or (fa.value is None) != (fb.value is None):
        return NO_PAIR
    w, parts, why, evidence = FIGURE_WEIGHTS, [], [], []

    def add(name: str, strength: float, reason: str | None = None, telling: bool = False) -> None:
        parts.append(w[name] * strength)
        if strength > 0 and reason:
            why.append(reason)
        evidence.append(telling and strength > 0)

    kind = specific_kind(fa, fb).kind
    add("kind", KIND_EVIDENCE.get(kind, 0.0))
    agrees = agree(fa, fb)
    closeness = _closeness(fa.value, in_currency_of(fa, fb).value)
    add("value", 1.0 if agrees else max(-1.0, (closeness - 0.4) / 0.6),
        "same value" if agrees else f"close values ({closeness:.2f})")
    add("rare value", float(unique and _telling(fa) and _telling(fb)), "the only such value on both sides", telling=True)
    shared, overlap = _overlap(ca, cb)
    add("words", overlap, "words: " + "، ".join(shared[:3]) if shared else None, telling=True)
    if fa.kind in _COUNTED:
        strength, reason = _noun(ca, cb)
        add("noun", strength, reason, telling=strength >= 0.8)
    if fa.measure and fb.measure:
        add("measure", 1.0 if fa.measure == fb.measure else -1.0, f"measure: {fa.measure}", telling=True)
    add("event", *_event(ca.events, cb.events, None), telling=True)
    add("beside", float(beside), "beside figures paired together", telling=True)
    add("sole toll", float(sole), f"the one toll of the {fa.kind} on each side", telling=True)
    if ca.actors and cb.actors and not (fa.measure and fb.measure and fa.measure != fb.measure):
        shared_actors = ca.actors & cb.actors
        add("actor", 1.0 if shared_actors else -0.5, "of " + "، ".join(sorted(shared_actors)), telling=True)
    add("same words", float(agrees and fold(fa.text) == fold(fb.text)), "written alike", telling=True)
    if ca.subset != cb.subset:
        add("part", -1.0)
    if ca.whole != cb.whole:
        add("scope", -1.0)        # a toll across a province against one market's
    add("order", 1.0 if ca.rank == cb.rank else 0.5 * (1.0 - abs(ca.position - cb.position)),
        "same place among its kind" if ca.rank == cb.rank else None)
    if not any(evidence):
        return NO_PAIR            # kind and value alone: event and context must agree too
    total = sum(parts)
    if kinds == "generic":
        total -= GENERIC_KIND_PENALTY
        why.append(f"kinds {' ~ '.join(sorted((fa.kind, fb.kind)))} (one not read)")
    return Score(total, (f"kind: {kind}", *why))


def specific_kind(fa: Figure, fb: Figure) -> Figure:
    """Of two figures of compatible kinds, the one whose kind says more (a toll over a count)."""
    return min((fa, fb), key=lambda f: _SPECIFIC_FIRST.index(f.kind) if f.kind in _SPECIFIC_FIRST else -1)


_SPECIFIC_FIRST = ("killed", "injured", "people", "count")


def _telling(f: Figure) -> bool:
    """Is an equal value, the only one on both sides, telling by itself? An
    amount, a quantity, a percentage or a figure of several digits is; a small
    count is not."""
    return f.kind in ("money", "quantity", "percent") or (f.value is not None and (abs(f.value) >= 100 or
                                                                        rounding_step(f.value) < 1))


def _closeness(a: float | None, b: float | None) -> float:
    if a is None or b is None or a * b <= 0:
        return 0.0
    a, b = abs(a), abs(b)
    return min(a, b) / max(a, b)


def _noun(ca: Context, cb: Context) -> tuple[float, str | None]:
    if ca.noun and cb.noun and ca.noun & cb.noun:
        return 1.0, "same noun"
    if (ca.noun and ca.noun & cb.pool) or (cb.noun and cb.noun & ca.pool):
        return 0.8, "one's noun in the other's words"
    if ca.generic or cb.generic:
        return 0.5, "nouns of people"
    return 0.0, None


def _overlap(ca: Context, cb: Context) -> tuple[list[str], float]:
    """The words one context shares with the other, and their share of the
    context that shares the most (the shorter one, mostly)."""
    best: tuple[list[str], float] = ([], 0.0)
    for x, y in ((ca, cb), (cb, ca)):
        if x.words:
            shared = [min(w & y.pool, key=len) for w in x.words if w & y.pool]
            if len(shared) / len(x.words) > best[1]:
                best = (sorted(dict.fromkeys(shared)), len(shared) / len(x.words))
    return best


def _event(ea: tuple[EventFacts, ...], eb: tuple[EventFacts, ...],
           linked: dict[int, int] | None) -> tuple[float, str | None]:
    """How much the best-matching events of the two mentions look like one
    event: the same trigger, day and actors, and (for dates, once the figures
    are paired) figures of one paired with figures of the other."""
    best, reason = 0.0, None
    for x in ea:
        for y in eb:
            trigger = bool(x.trigger & y.trigger)
            figures = linked is not None and any(linked.get(i, -1) in y.figures for i in x.figures)
            strength = (0.35 * trigger + 0.35 * figures + 0.15 * (x.day is not None and x.day == y.day)
                        + 0.15 * bool(x.actors & y.actors))
            if linked is None:
                strength /= 0.65
            if strength > best:
                best = strength
                reason = "same event" + (f" ({min(x.trigger & y.trigger, key=len)})" if trigger else "") \
                    + (", paired figures" if figures else "")
    return best, reason


# ---------------------------------------------------------------- dates

def date_score(da: DateMention, db: DateMention, ca: Context, cb: Context,
               figure_pairs: dict[int, int]) -> Score:
    """`figure_pairs`: the figures paired, A's index → B's."""
    if da.precision != db.precision or (da.value is None) != (db.value is None):
        return NO_PAIR
    w, parts, why = DATE_WEIGHTS, [], []
    if da.value is None:
        if fold(da.text) != fold(db.text):
            return NO_PAIR
        parts.append(w["value"])           # the same words, unresolved in both (أمس with no reference)
        why.append("written alike")
    elif same_day(da, db, ca.weekday_only, cb.weekday_only):
        parts.append(w["value"])
        why.append("same date" if da.value == db.value else "same weekday")
    else:
        days = days_apart(da, db) if day_of(da.value) else None
        near = {1: 0.5, 2: 0.25}.get(abs(days) if days is not None else 0, 0.0)
        parts.append(w["value"] * near)
        if near:
            why.append(f"{abs(days)} day{'s' if abs(days) > 1 else ''} apart")
    strength, reason = _event(ca.events, cb.events, figure_pairs)
    parts.append(w["event"] * strength)
    if reason and strength:
        why.append(reason)
    shared, overlap = _overlap(ca, cb)
    parts.append(w["words"] * overlap)
    if shared:
        why.append("words: " + "، ".join(shared[:3]))
    parts.append(w["order"] * (1.0 - abs(ca.position - cb.position)))
    return Score(sum(parts), tuple(why))
