"""The immutable result types. Every mention holds start/end into one text."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .text import Text


@dataclass(frozen=True)
class DateMention:
    text: str
    start: int
    end: int
    value: str | None          # TIMEX3-style, Gregorian (see SCHEMA.md)
    precision: str             # day, month, year, season, quarter, half, week,
                               # decade, century, interval
    mod: str | None = None     # START, MID, END, APPROX
    calendar: str = "gregorian"
    relative: bool = False     # resolved against the reference date
    hijri: str | None = None   # the Hijri date as written, for Hijri mentions
    partner: int | None = None # the other end of its range, or the same day in the other calendar
    link: str | None = None    # (an index into Analysis.dates), and which: "range" or "same"
    role: str | None = None    # "dateline" or "published": the day the story is filed or put
                               # online, which resolves relative words and is no event
    sentence: int | None = None   # the index of its sentence and clause in the text layer
    clause: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Figure:
    text: str
    start: int
    end: int
    value: float | None        # None for vague amounts (عشرات، آلاف)
    kind: str                  # money, percent, killed, injured, people, quantity, count
    unit: str | None
    approx: str | None = None  # about, more_than, less_than, at_least, up_to, vague
    measure: str | None = None         # what it measures, an English key
    measure_text: str | None = None    # the Arabic words it was read from
    unit_reason: str | None = None     # why a bare currency got its country
    noun: str | None = None            # the counted noun or unit as written (مدنيا، دولار)
    sentence: int | None = None        # the index of its sentence and clause in the text layer
    clause: int | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        if isinstance(self.value, float) and self.value.is_integer():
            d["value"] = int(self.value)
        return d


@dataclass(frozen=True)
class Event:
    start: int                  # the clause the event is stated in
    end: int
    label: str
    category: str
    date_value: str | None      # the period the event is placed in
    dates: tuple[int, ...]      # indexes into Analysis.dates
    figures: tuple[int, ...]    # indexes into Analysis.figures
    actors: tuple[str, ...] = ()
    trigger: str | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["dates"], d["figures"], d["actors"] = list(self.dates), list(self.figures), list(self.actors)
        return d


@dataclass(frozen=True)
class Analysis:
    text: str
    dates: tuple[DateMention, ...]
    figures: tuple[Figure, ...]
    events: tuple[Event, ...] = ()
    reference_date: dt.date | None = None
    reference_source: str | None = None   # "given", "dateline", "publication date" or None
    notes: tuple[str, ...] = field(default=())
    layer: "Text | None" = field(default=None, compare=False, repr=False)   # the text layer read

    def text_layer(self) -> "Text":
        """The text layer the analysis was read from (rebuilt for an Analysis made by hand)."""
        if self.layer is not None:
            return self.layer
        from .text import Text
        return Text(self.text)

    def to_dict(self) -> dict:
        return {
            "reference_date": self.reference_date.isoformat() if self.reference_date else None,
            "reference_source": self.reference_source,
            "dates": [m.to_dict() for m in self.dates],
            "figures": [m.to_dict() for m in self.figures],
            "events": [e.to_dict() for e in self.events],
            "notes": list(self.notes),
        }
