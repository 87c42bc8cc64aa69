"""Events: each dated statement, with its label, category, actors and figures."""
from __future__ import annotations

from .model import DateMention, Event, Figure


def find_events(text: str, dates: list[DateMention], figures: list[Figure]) -> list[Event]:
    return []
