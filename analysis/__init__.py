"""Khabar's engine: every date, figure and event in an Arabic news text.

    from analysis import analyze
    result = analyze(text, reference_date=datetime.date(2025, 4, 3))

Data moves one way: one lexical scan (digit runs, date and number words) →
dates and numbers → figures → events. Every mention holds
start/end into `text`, and `text[start:end] == mention.text` always.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import gc

from .limits import MAX_CHARS
from .model import Analysis, DateMention, Event, Figure

__all__ = ["analyze", "Analysis", "DateMention", "Figure", "Event", "AnalysisError"]


class AnalysisError(ValueError):
    """Input the engine cannot analyse, with a message meant for a person."""


@contextlib.contextmanager
def _collector_paused():
    """Python's cycle collector paused while a text is read: the reading makes
    hundreds of thousands of small objects on a long text and no cycles, and
    the collector's passes over them made 1 MB take twice its share of time.
    It runs again after (if it ran before), and collects then."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def analyze(text: str, reference_date: dt.date | None = None) -> Analysis:
    from .extract import dates, events, figures, numbers
    from .text import Text

    if not isinstance(text, str):
        raise AnalysisError(f"analyze() needs text (str), not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise AnalysisError(f"the text has {len(text):,} characters; Khabar analyses at most "
                            f"{MAX_CHARS:,} at a time: split it")
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise AnalysisError("reference_date must be a datetime.date or None")
    if isinstance(reference_date, dt.datetime):
        reference_date = reference_date.date()

    with _collector_paused():
        layer = Text(text)
        found = dates.find_dates(layer, reference_date)
        nums = numbers.find_numbers(layer, outside=sorted((d.start, d.end) for d in found.mentions))
        figs = figures.find_figures(layer, nums, found.mentions)
        evs = events.find_events(layer, found.mentions, figs)
    return Analysis(text=text, dates=tuple(found.mentions), figures=tuple(figs), events=tuple(evs),
                    reference_date=found.reference_date, reference_source=found.reference_source,
                    notes=tuple(found.notes), layer=layer)
