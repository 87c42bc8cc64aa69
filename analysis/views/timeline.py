"""The events of one article, or of two, on a timeline (plotly).

A day is a point and any longer period a bar across it, so the analyst sees
how precisely each event is dated. Each event is a mark with a short label
beside it: left of the mark where the plot has room (an Arabic label then
starts at its mark), else right of it, so the axis spans the events alone
with a small margin. Marks are stacked in rows within their lane so that no
two labels overlap at the width the chart is packed for, or any wider one.
A label cut short shows its whole text on hover, as its mark does.
"""
from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import dataclass

import plotly.graph_objects as go

from ..model import Analysis, Event
from ..lexicon.triggers import CATEGORIES, CATEGORY_NAMES
from ..timex import period
from . import labels
from .plot import (ARTICLE_COLOURS, ARTICLE_SYMBOLS, CATEGORY_COLOURS, FONT, GRID, INK, date_ticks, empty,
                   rli, show)

SHORT_LABEL_WORDS = 5
ROW_PX, MIN_ROW_PX, LANE_GAP_ROWS = 26, 16, 0.7
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_RIGHT = 70, 45, 30
CHAR_PX = 6.6                 # width of a character at the label size, to pack rows
LABEL_GAP_PX = 8              # between a mark and its label
LANE_CHARS = 30               # longer lane names are cut
MAX_ACTOR_LANES = 8
# Labels are packed for this width: shown wider, a chart only gains room
# (days grow, labels do not), so a half-page column is the safe default.
PACK_WIDTH = 620
DAY_MS = 86_400_000
DRAWN_YEARS = (100, 9000)     # a date axis with margins around them stays in range


@dataclass
class _Mark:
    event: Event
    result: Analysis
    source: int               # 0 or 1: which article
    first: dt.date
    last: dt.date             # inclusive
    lane: str = ""
    row: float = 0.0
    label: str = ""           # as shown: the first words of the event's label
    side: str = "left"        # where the label stands

    @property
    def is_day(self) -> bool:
        return self.first == self.last


def _marks(result: Analysis, source: int = 0) -> tuple[list[_Mark], int]:
    """The dated events as marks, and how many events have no known date."""
    marks, undated = [], 0
    for e in result.events:
        span = period(e.date_value)
        if span and DRAWN_YEARS[0] <= span[0].year and span[1].year <= DRAWN_YEARS[1]:
            marks.append(_Mark(e, result, source, *span))
        else:
            undated += 1
    return marks, undated


def short_label(label: str, words: int = SHORT_LABEL_WORDS) -> str:
    """The first words of an event's label, for the mark on the chart."""
    ws = label.split()
    if len(ws) <= words:
        return label
    return " ".join(ws[:max(1, words)]).rstrip("،,:؛;.-–") + "…"


def date_as_written(e: Event, result: Analysis) -> str:
    """The words that date the event: its mention, or a range from its first to its last end."""
    span = period(e.date_value)
    own = sorted((result.dates[i] for i in e.dates
                  if span and (p := period(result.dates[i].value)) and span[0] <= p[0] and p[1] <= span[1]),
                 key=lambda m: m.start) or [result.dates[i] for i in e.dates]
    if not own:
        return ""
    if own[-1].start - own[0].end <= 40:
        return " ".join(result.text[own[0].start:own[-1].end].split())
    return " – ".join(m.text for m in own)


def _hijri(e: Event, result: Analysis) -> str | None:
    for i in e.dates:
        m = result.dates[i]
        if m.calendar == "hijri":
            return m.hijri or m.text
    return None


def _hover(mark: _Mark, names: tuple[str, ...] | None, lang: str) -> str:
    e, result = mark.event, mark.result
    lines = [f"<b>{show(names[mark.source])}</b>"] if names else []
    lines.append(f"<b>{show(e.label)}</b>")
    when = show(date_as_written(e, result))
    hijri = _hijri(e, result)
    if hijri:
        when += f" · {show(hijri)}"
    lines.append(when + f" · {mark.first.isoformat()}" + ("" if mark.is_day else f" → {mark.last.isoformat()}"))
    who = show(labels.category(e.category, lang))
    if e.actors:
        who += " · " + show("، ".join(e.actors))
    lines.append(who)
    wrapped = textwrap.wrap(" ".join(result.text[e.start:e.end].split()), 70)
    if len(wrapped) > 8:
        wrapped = wrapped[:8]
        wrapped[-1] += " …"
    lines += [show(line) for line in wrapped]
    return "<br>".join(lines)


def label_px(text: str) -> float:
    return len(text) * CHAR_PX + 4


@dataclass
class _Frame:
    """The pixels the plot is laid out in, and the dates it spans."""
    width: int
    margin_left: int
    x0: dt.date = dt.date.min
    x1: dt.date = dt.date.max

    @property
    def plot_px(self) -> float:
        return self.width - self.margin_left - MARGIN_RIGHT

    def px(self, day: dt.date) -> float:
        return (day - self.x0).days * self.plot_px / max(1, (self.x1 - self.x0).days)

    @staticmethod
    def for_lanes(width: int, lane_texts: list[str]) -> "_Frame":
        longest = max((len(t) for t in lane_texts), default=0)
        return _Frame(width, int(min(280, max(90, longest * CHAR_PX * 1.1 + 24))))


def _fit(marks: list[_Mark], frame: _Frame) -> None:
    """The axis spans the events with a small margin; each label goes where
    it has room, cut to the words that fit there."""
    start = min(m.first for m in marks)
    end = max(m.last for m in marks) + dt.timedelta(days=1)
    pad = dt.timedelta(days=max(15, (end - start).days // 25))
    frame.x0, frame.x1 = start - pad, end + pad
    for m in marks:
        left_room = frame.px(m.first) - LABEL_GAP_PX
        right_room = frame.plot_px - frame.px(m.last + dt.timedelta(days=1)) - LABEL_GAP_PX
        m.side = "left" if left_room >= min(label_px(short_label(m.event.label)), right_room) else "right"
        room = left_room if m.side == "left" else right_room
        words = SHORT_LABEL_WORDS
        m.label = short_label(m.event.label, words)
        while words > 1 and label_px(m.label) > room:
            words -= 1
            m.label = short_label(m.event.label, words)


def _extent(m: _Mark, frame: _Frame) -> tuple[float, float]:
    """The pixels a mark and its label take in its row."""
    left, right = frame.px(m.first) - 4, frame.px(m.last + dt.timedelta(days=1)) + 4
    if m.side == "left":
        return left - LABEL_GAP_PX - label_px(m.label), right
    return left, right + LABEL_GAP_PX + label_px(m.label)


def _pack(marks: list[_Mark], lanes: list[str], frame: _Frame) -> list[float]:
    """Give each mark a row in its lane so that no two marks with their labels
    overlap at this width; returns the centre row of each lane."""
    centres, top = [], 0.0
    for lane in lanes:
        ends: list[float] = []              # right edge of each row
        for m in sorted((m for m in marks if m.lane == lane), key=lambda m: _extent(m, frame)[0]):
            left, right = _extent(m, frame)
            row = next((i for i, end in enumerate(ends) if end < left), len(ends))
            if row == len(ends):
                ends.append(right)
            ends[row] = right
            m.row = top + row
        rows = max(1, len(ends))
        centres.append(top + (rows - 1) / 2)
        top += rows + LANE_GAP_ROWS
    return centres


def _lane_text(name: str) -> str:
    return name if len(name) <= LANE_CHARS else name[:LANE_CHARS - 1].rstrip() + "…"


def _label_trace(marks: list[_Mark], frame: _Frame, side: str, hovers: dict[int, str],
                 row_px: float) -> go.Scatter:
    gap = dt.timedelta(days=(frame.x1 - frame.x0).days * LABEL_GAP_PX / frame.plot_px)
    at = [m for m in marks if m.side == side]
    xs = [dt.datetime.combine(m.first, dt.time()) - gap if side == "left"
          else dt.datetime.combine(m.last + dt.timedelta(days=1), dt.time()) + gap for m in at]
    return go.Scatter(
        mode="text", name=f"labels {side}", showlegend=False, hoverinfo="text",
        hovertext=[hovers[id(m)] for m in at], x=[x.isoformat() for x in xs], y=[m.row for m in at],
        text=[show(m.label) for m in at], textposition=f"middle {side}",
        # rows squeezed to fit a height take a smaller label, so that labels of rows next to each other never touch
        textfont=dict(color=INK, size=min(11, max(8, int(row_px / 2.1)))), cliponaxis=False,
    )


def _figure(marks: list[_Mark], lanes: list[str], lane_names: dict[str, str], colour_of, group_of,
            group_names: dict[str, str], undated: int, width: int, height: int | None,
            names: tuple[str, ...] | None, show_legend: bool, lang: str) -> go.Figure:
    words = labels.WORDS[lang]
    if not marks:
        return empty(words["no_events"], f"{words['undated']}: {undated}" if undated else "")
    lane_texts = [_lane_text(lane_names[lane]) for lane in lanes]
    frame = _Frame.for_lanes(width, lane_texts)
    _fit(marks, frame)
    centres = _pack(marks, lanes, frame)
    rows = max(m.row for m in marks) + 1 + LANE_GAP_ROWS
    top = MARGIN_TOP + (30 if show_legend else 0)
    row_px = ROW_PX if height is None else max(MIN_ROW_PX, (height - top - MARGIN_BOTTOM) / rows)
    hovers = {id(m): _hover(m, names, lang) for m in marks}

    fig = go.Figure()
    for group in dict.fromkeys(group_of(m) for m in marks):
        in_group = [m for m in marks if group_of(m) == group]
        colour = colour_of(in_group[0])
        bars = [m for m in in_group if not m.is_day]
        days = [m for m in in_group if m.is_day]
        if bars:
            fig.add_trace(go.Bar(
                orientation="h", name=show(group_names[group]), legendgroup=group, showlegend=show_legend,
                y=[m.row for m in bars], base=[m.first.isoformat() for m in bars],
                x=[((m.last - m.first).days + 1) * DAY_MS for m in bars],
                width=0.5, marker=dict(color=colour, line=dict(width=0)),
                hovertext=[hovers[id(m)] for m in bars], hoverinfo="text",
            ))
        if days:
            fig.add_trace(go.Scatter(
                mode="markers", name=show(group_names[group]), legendgroup=group,
                showlegend=show_legend and not bars,
                x=[m.first.isoformat() for m in days], y=[m.row for m in days],
                marker=dict(color=colour, size=11, line=dict(color="white", width=1.5),
                            symbol=[ARTICLE_SYMBOLS[m.source] for m in days]),
                hovertext=[hovers[id(m)] for m in days], hoverinfo="text",
            ))
    for side in ("left", "right"):
        if any(m.side == side for m in marks):
            fig.add_trace(_label_trace(marks, frame, side, hovers, row_px))

    bands = [dict(type="rect", xref="paper", x0=0, x1=1, layer="below", line=dict(width=0),
                  fillcolor="#f3f5f8", y0=c - (n + 0.2) / 2, y1=c + (n + 0.2) / 2)
             for i, (c, n) in enumerate(zip(centres, _lane_rows(marks, lanes))) if i % 2 == 0]
    subtitle = f"{words['dated']}: {len(marks)}" + (f" · {words['undated']}: {undated}" if undated else "")
    tickvals, ticktext = date_ticks(frame.x0, frame.x1, frame.plot_px, lang)
    fig.update_layout(
        title=dict(text=show(words["timeline_title"]), subtitle=dict(text=show(subtitle)),
                   x=0.99 if lang == "ar" else 0.01, xanchor="right" if lang == "ar" else "left"),
        font=dict(family=FONT, size=12, color=INK),
        height=int(top + MARGIN_BOTTOM + rows * row_px),
        margin=dict(l=frame.margin_left, r=MARGIN_RIGHT, t=top, b=MARGIN_BOTTOM),
        barmode="overlay", plot_bgcolor="white", paper_bgcolor="white",
        showlegend=show_legend,
        legend=dict(orientation="h", x=0, xanchor="left", y=1, yanchor="bottom", font=dict(size=12)),
        hoverlabel=dict(align="right", font=dict(family=FONT, size=12), bgcolor="white"),
        shapes=bands,
        xaxis=dict(type="date", range=[frame.x0.isoformat(), frame.x1.isoformat()], showgrid=True,
                   gridcolor=GRID, linecolor="#9aa3b2", ticks="outside", tickvals=tickvals, ticktext=ticktext),
        yaxis=dict(tickvals=centres, ticktext=[show(t) for t in lane_texts], automargin=False,
                   range=[rows - 0.3, -0.7], showgrid=False, zeroline=False, fixedrange=True),
    )
    return fig


def _lane_rows(marks: list[_Mark], lanes: list[str]) -> list[int]:
    return [len({m.row for m in marks if m.lane == lane}) or 1 for lane in lanes]


def _category_lanes(marks: list[_Mark]) -> list[str]:
    for m in marks:
        m.lane = m.event.category if m.event.category in CATEGORY_NAMES else "other"
    present = {m.lane for m in marks}
    return [c for c in CATEGORIES if c in present]


def _actor_lanes(marks: list[_Mark], lang: str) -> list[str]:
    """The most frequent actors; each event goes to the lane of its most frequent one."""
    counts: dict[str, int] = {}
    for m in marks:
        for a in m.event.actors:
            counts[a] = counts.get(a, 0) + 1
    top = sorted(counts, key=lambda a: (-counts[a], a))[:MAX_ACTOR_LANES]
    other, nobody = labels.word("other_actors", lang), labels.word("no_actor", lang)
    for m in marks:
        mine = [a for a in m.event.actors if a in top]
        m.lane = max(mine, key=lambda a: counts[a]) if mine else other if m.event.actors else nobody
    lanes = [a for a in top if any(m.lane == a for m in marks)]
    return lanes + [x for x in (other, nobody) if any(m.lane == x for m in marks)]


def _category_names(lang: str) -> dict[str, str]:
    return {c: labels.category(c, lang) for c in CATEGORIES}


def timeline(result: Analysis, lanes: str = "category", width: int = PACK_WIDTH,
             height: int | None = None, lang: str = "en") -> go.Figure:
    """One mark per dated event, in lanes by category (or by actor), coloured
    by category. Labels are packed so that none overlaps at `width` pixels or
    wider; with `height` the rows are squeezed to fit it (down to a readable
    minimum). `lang` ("en" or "ar") is the language of every label that is
    not the article's own words."""
    if lanes not in ("category", "actor"):
        raise ValueError('lanes must be "category" or "actor"')
    lang = labels.lang_of(lang)
    marks, undated = _marks(result)
    names = _category_names(lang)
    if lanes == "category":
        lane_ids, lane_names = _category_lanes(marks), names
    else:
        lane_ids = _actor_lanes(marks, lang)
        lane_names = {lane: lane for lane in lane_ids}
    return _figure(marks, lane_ids, lane_names,
                   colour_of=lambda m: CATEGORY_COLOURS.get(m.event.category, CATEGORY_COLOURS["other"]),
                   group_of=lambda m: m.event.category,
                   group_names={m.event.category: labels.category(m.event.category, lang) for m in marks},
                   undated=undated,
                   width=width, height=height, names=None, show_legend=lanes == "actor", lang=lang)


def timeline_compare(a: Analysis, b: Analysis, names: tuple[str, str] = ("A", "B"),
                     width: int = PACK_WIDTH, height: int | None = None, lang: str = "en") -> go.Figure:
    """Both articles' events on one timeline, in lanes by category, coloured
    (and shaped) by article."""
    lang = labels.lang_of(lang)
    marks_a, undated_a = _marks(a, 0)
    marks_b, undated_b = _marks(b, 1)
    marks = marks_a + marks_b
    names = tuple(names)
    return _figure(marks, _category_lanes(marks), _category_names(lang),
                   colour_of=lambda m: ARTICLE_COLOURS[m.source], group_of=lambda m: str(m.source),
                   group_names={"0": names[0], "1": names[1]}, undated=undated_a + undated_b,
                   width=width, height=height, names=names, show_legend=True, lang=lang)


__all__ = ["timeline", "timeline_compare", "short_label", "date_as_written", "rli", "PACK_WIDTH", "CHAR_PX"]
