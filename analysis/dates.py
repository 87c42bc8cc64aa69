"""Dates: every date in an Arabic news text, located and normalised."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .model import DateMention


@dataclass
class DateResult:
    mentions: list[DateMention]
    reference_date: dt.date | None
    reference_source: str | None
    notes: list[str] = field(default_factory=list)


def find_dates(text: str, reference_date: dt.date | None = None) -> DateResult:
    return DateResult([], reference_date, "given" if reference_date else None)
