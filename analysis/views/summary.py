"""The key metrics of an Analysis: what a briefing states first.

    m = key_metrics(result, title=document.title)
    m.headline, m.dates, m.figures, m.events, m.period, m.largest_amounts, m.killed, m.injured
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Analysis, DateMention, Figure
from ..timex import period

_HEADLINE_WORDS = 16


@dataclass(frozen=True)
class KeyMetrics:
    headline: str
    dates: int                           # how many date mentions
    figures: int
    events: int
    period: tuple[DateMention, DateMention] | None   # earliest and latest dated mention
    largest_amounts: tuple[Figure, ...]  # up to 3 money figures, largest first, distinct
    killed: Figure | None                # the largest killed figure
    injured: Figure | None               # the largest injured figure


def key_metrics(result: Analysis, title: str | None = None) -> KeyMetrics:
    dated = [(b, m) for m in result.dates if (b := period(m.value))]
    covered = None
    if dated:
        first = min(dated, key=lambda bm: (bm[0][0], bm[1].start))[1]
        last = max(dated, key=lambda bm: (bm[0][1], -bm[1].start))[1]
        covered = (first, last)
    return KeyMetrics(
        headline=headline(result.text, title),
        dates=len(result.dates),
        figures=len(result.figures),
        events=len(result.events),
        period=covered,
        largest_amounts=_largest_amounts(result.figures),
        killed=_largest(result.figures, "killed"),
        injured=_largest(result.figures, "injured"),
    )


def headline(text: str, title: str | None = None) -> str:
    """The title when the input has one, else the text's first line, cut to a
    headline's length."""
    if title and title.strip():
        return " ".join(title.split())
    first = next((line for line in text.splitlines() if line.strip()), "")
    words = first.split()
    if len(words) <= _HEADLINE_WORDS:
        return " ".join(words)
    return " ".join(words[:_HEADLINE_WORDS]) + " …"


def _largest_amounts(figures: tuple[Figure, ...], n: int = 3) -> tuple[Figure, ...]:
    """Amounts of different currencies are ranked by their stated numbers: no
    exchange rates are assumed. The same amount stated twice counts once."""
    seen, out = set(), []
    for f in sorted((f for f in figures if f.kind == "money" and f.value is not None),
                    key=lambda f: (-f.value, f.start)):
        if (f.value, f.unit) not in seen:
            seen.add((f.value, f.unit))
            out.append(f)
    return tuple(out[:n])


def _largest(figures: tuple[Figure, ...], kind: str) -> Figure | None:
    found = [f for f in figures if f.kind == kind and f.value is not None]
    return max(found, key=lambda f: (f.value, -f.start)) if found else None
