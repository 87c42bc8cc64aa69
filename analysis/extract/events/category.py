"""An event's category: its trigger's, corrected by its figures (the dead and
wounded of an accident, the money of a budget, the rate of growth)."""
from __future__ import annotations

from ...arabic import Lexicon
from ...lexicon.triggers import ACCIDENT_WORDS, ECONOMIC_KINDS, ECONOMIC_MEASURES, KEEP_WITH_CASUALTIES
from ...model import Figure
from ...text import Text

_ACCIDENT = Lexicon(dict.fromkeys(ACCIDENT_WORDS, True))
_CASUALTIES = {"killed", "injured"}


def category(layer: Text, start: int, end: int, trigger: tuple[str, bool] | None,
             figures: list[Figure]) -> str:
    """The category of the event stated in [start, end): its trigger's
    (category, is a verb), unless its figures say otherwise."""
    kinds = {f.kind for f in figures}
    said = trigger[0] if trigger else None
    if kinds & _CASUALTIES and said not in KEEP_WITH_CASUALTIES:
        return "disaster" if next(layer.find(_ACCIDENT, start, end), None) else "security"
    if (trigger is None or trigger[1]) and (
            kinds & ECONOMIC_KINDS or any(f.measure in ECONOMIC_MEASURES for f in figures)):
        return "economy"                # a verb says less than an amount: وقعت عقدا بقيمة …
    return said or "other"
