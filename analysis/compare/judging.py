"""Do two paired mentions say the same thing, and if not, by how much?

A figure stands for the values its text allows: a plain 31 is 31; "about 5
billion" is 4.5–5.5 billion (half a step of its last stated digit either
way); "more than 300" is 300 up to one step more, since news rounds a toll
down to a round floor and a plain figure may itself be rounded. A step is
at most a fifth of the value ("more than 300": 300–360, not 300–400), and a
bound's step at least a twentieth ("more than 88 percent": 88–92.4, which
89.4 meets).
Two figures agree when those ranges meet, or when one is the other rounded
to its own last digit and they lie within half a percent (56.11 and 56
بالمئة). An amount in a currency pegged to the dollar is compared with one in
the dollar (or another pegged currency) at the peg, the converted value read
as "about" (34.5 مليار ريال and 9.2 مليار دولار agree). Dates agree when their
values are equal, or when one states nothing but a weekday and the other
falls on it within a week (the week of a bare weekday is the engine's
inference, not something the text says).
"""
from __future__ import annotations

import datetime as dt

import dataclasses

from ..arabic import fold
from ..lexicon.currencies import USD_PEGS
from ..model import DateMention, Figure
from ..timex import day_of

_RELATIVE_EXACT = 1e-9
MAX_STEP = 0.2
MIN_BOUND_STEP = 0.05
ROUNDED_MOST = 0.005     # a rounded value lies within half a percent of the precise one


def value_range(f: Figure) -> tuple[float, float] | None:
    """The values the figure's text allows (see the module's doc)."""
    v = f.value
    if v is None:
        return None
    step = min(rounding_step(v), abs(v) * MAX_STEP)
    if f.approx == "about":
        return v - step / 2, v + step / 2
    bound = max(step, abs(v) * MIN_BOUND_STEP)
    if f.approx in ("more_than", "at_least"):
        return v, v + bound
    if f.approx in ("less_than", "up_to"):
        return v - bound, v
    exact = max(abs(v) * _RELATIVE_EXACT, 1e-12)
    return v - exact, v + exact


def rounding_step(v: float) -> float:
    """The place value of the last non-zero digit: 8e9 → 1e9, 170e9 → 1e10, 8.5 → 0.1."""
    v = abs(v)
    if v == 0:
        return 1.0
    mantissa, exponent = f"{v:.12e}".split("e")
    digits = mantissa.replace(".", "").rstrip("0")
    return 10.0 ** (int(exponent) - (len(digits) - 1))


def pegged(fa: Figure, fb: Figure) -> bool:
    """Two amounts in other currencies that are both pegged to the dollar."""
    return fa.kind == fb.kind == "money" and fa.unit != fb.unit and fa.unit in USD_PEGS and fb.unit in USD_PEGS


def in_currency_of(fa: Figure, fb: Figure) -> Figure:
    """B's amount in A's currency at the peg (an "about" value), or B itself."""
    if not pegged(fa, fb) or fb.value is None:
        return fb
    value = fb.value * USD_PEGS[fa.unit] / USD_PEGS[fb.unit]
    return dataclasses.replace(fb, value=value, unit=fa.unit, approx=fb.approx or "about")


def agree(fa: Figure, fb: Figure) -> bool:
    """Do the two figures state the same value, each read with the approximation
    its text states? Two vague amounts agree when they are the same word
    (عشرات and عشرات); a vague amount and a number never do."""
    if fa.value is None or fb.value is None:
        return fa.value is None and fb.value is None and _first_word(fa) == _first_word(fb)
    if pegged(fa, fb):           # either converted, read at the rounding of the one it meets
        return agree(in_currency_of(fb, fa), fb) or agree(fa, in_currency_of(fa, fb))
    ra, rb = value_range(fa), value_range(fb)
    return (ra[0] <= rb[1] and rb[0] <= ra[1]) or _rounded(fa.value, fb.value)


def _rounded(a: float, b: float) -> bool:
    """Is one value the other rounded to its own last digit, a hair's breadth
    apart (56.11 بالمئة, 56%)? Outlets round a precise figure; 7 against 7.3
    differs by more than a rounding says and stays a disagreement."""
    if a == b or a * b <= 0 or abs(a - b) > ROUNDED_MOST * max(abs(a), abs(b)):
        return False
    coarse, fine = (a, b) if rounding_step(a) > rounding_step(b) else (b, a)
    step = rounding_step(coarse)
    return step > rounding_step(fine) and round(fine / step) * step == coarse


def _first_word(f: Figure) -> str:
    words = f.text.split()
    return words[0] if words else ""


def figure_difference(fa: Figure, fb: Figure) -> str | None:
    """How far B's figure is from A's: "31 vs 48, +55%"; None when they agree
    or a value is missing."""
    if fa.value is None or fb.value is None or agree(fa, fb):
        return None
    converted = in_currency_of(fa, fb)
    text = f"{_number(fa.value)} vs {_number(fb.value)}"
    if converted is not fb:
        text += f" {fb.unit} ({_number(converted.value)} {fa.unit})"
    if fa.value:
        text += f", {(converted.value - fa.value) / abs(fa.value):+.0%}"
    return text


def _number(v: float) -> str:
    if abs(v) >= 1e9:
        return f"{v / 1e9:g} bn"
    if abs(v) >= 1e6:
        return f"{v / 1e6:g} m"
    return f"{v:,.10g}"


# ---------------------------------------------------------------- dates

def same_day(da: DateMention, db: DateMention, weekday_only_a: bool, weekday_only_b: bool) -> bool:
    """Equal values, or a bare weekday and a date that falls on it within a week;
    two dates unresolved (no reference date) when they are written alike."""
    if da.value is None or db.value is None:
        return da.value is None and db.value is None and fold(da.text) == fold(db.text)
    if da.value == db.value:
        return True
    if not (weekday_only_a or weekday_only_b):
        return False
    a, b = day_of(da.value), day_of(db.value)
    return a is not None and b is not None and a.weekday() == b.weekday() and abs((a - b).days) <= 7


def days_apart(da: DateMention, db: DateMention) -> int | None:
    """B's day minus A's, when both are days."""
    a, b = day_of(da.value), day_of(db.value)
    return (b - a).days if a and b else None


def date_difference(da: DateMention, db: DateMention, agrees: bool) -> str | None:
    """"2025-03-12 vs 2025-03-11, 1 day earlier"; None when they agree."""
    if agrees:
        return None
    text = f"{da.value} vs {db.value}"
    days = days_apart(da, db)
    if days:
        text += f", {abs(days)} day{'s' if abs(days) > 1 else ''} {'later' if days > 0 else 'earlier'}"
    return text


