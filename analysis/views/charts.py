"""Plotly figures of an Analysis: the events on a timeline, the figures by
what they measure.

Every Arabic string shown (ticks, text, hover, titles) is wrapped in Unicode
isolates (RLI … PDI) and never reshaped: the browser shapes Arabic itself,
and the isolates keep its words, digits and punctuation in order inside
plotly's left-to-right layout (DESIGN.md, RECIPES.md).

On the timeline a day is a point and any longer period a bar across it, so
the analyst sees how precisely each event is dated. Each event is a mark
with a short label; marks are stacked in rows within their lane so that no
two labels overlap at the width the chart is packed for, or any wider one.
"""
from __future__ import annotations

import datetime as dt
import html
import textwrap
from dataclasses import dataclass

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..timex import period
from ..lexicon import chart_labels as words
from ..lexicon.triggers import CATEGORIES, CATEGORY_NAMES
from ..model import Analysis, Event

RLI, PDI = "\u2067", "\u2069"
FONT = "Noto Sans Arabic, Noto Naskh Arabic, DejaVu Sans, sans-serif"

# Okabe–Ito, completed by Tol's indigo and wine for ten categories; grey for "other".
CATEGORY_COLOURS = {
    "diplomacy": "#0072B2", "military": "#D55E00", "economy": "#009E73", "security": "#CC79A7",
    "disaster": "#E69F00", "health": "#56B4E9", "politics and law": "#332288", "sport": "#F0E442",
    "culture": "#882255", "other": "#999999",
}
ARTICLE_COLOURS = ("#0072B2", "#D55E00")
ARTICLE_SYMBOLS = ("circle", "diamond")

SHORT_LABEL_WORDS = 5
ROW_PX, MIN_ROW_PX, LANE_GAP_ROWS = 26, 16, 0.7
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_RIGHT = 70, 45, 30
CHAR_PX = 6.6                 # width of a character at the label size, to pack rows
LANE_CHARS = 30               # longer lane names are cut
MAX_ACTOR_LANES = 8
# Labels are packed for this width: shown wider, a chart only gains room
# (days grow, labels do not), so a half-page column is the safe default.
PACK_WIDTH = 620
DAY_MS = 86_400_000
DRAWN_YEARS = (100, 9000)     # a date axis with margins around them stays in range


def rli(s: str) -> str:
    """An Arabic string isolated for a left-to-right place."""
    return f"{RLI}{s}{PDI}" if s else s


def _show(s: str) -> str:
    """Escaped (plotly reads a little HTML) and isolated."""
    return rli(html.escape(s, quote=False))


# --- the timeline --------------------------------------------------------------------

@dataclass
class _Mark:
    event: Event
    result: Analysis
    source: int               # 0 or 1: which article
    first: dt.date
    last: dt.date             # inclusive
    lane: str = ""
    row: float = 0.0

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


def short_label(label: str) -> str:
    """The first words of an event's label, for the mark on the chart."""
    ws = label.split()
    if len(ws) <= SHORT_LABEL_WORDS:
        return label
    return " ".join(ws[:SHORT_LABEL_WORDS]).rstrip("،,:؛;.-–") + "…"


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


def _hover(mark: _Mark, names: tuple[str, ...] | None) -> str:
    e, result = mark.event, mark.result
    lines = []
    if names:
        lines.append(f"<b>{_show(names[mark.source])}</b>")
    lines.append(f"<b>{_show(e.label)}</b>")
    when = _show(date_as_written(e, result))
    hijri = _hijri(e, result)
    if hijri:
        when += f" · {_show(hijri)}"
    lines.append(when + f" · {mark.first.isoformat()}" + ("" if mark.is_day else f" → {mark.last.isoformat()}"))
    who = _show(CATEGORY_NAMES.get(e.category, e.category))
    if e.actors:
        who += " · " + _show("، ".join(e.actors))
    lines.append(who)
    sentence = " ".join(result.text[e.start:e.end].split())
    wrapped = textwrap.wrap(sentence, 70)
    if len(wrapped) > 8:
        wrapped = wrapped[:8]
        wrapped[-1] += " …"
    lines += [_show(line) for line in wrapped]
    return "<br>".join(lines)


def _label_px(m: _Mark) -> float:
    return len(short_label(m.event.label)) * CHAR_PX + 12


@dataclass
class _Frame:
    """The pixels the plot is laid out in."""
    width: int
    margin_left: int

    @property
    def plot_px(self) -> float:
        return self.width - self.margin_left - MARGIN_RIGHT

    @staticmethod
    def for_lanes(width: int, lane_texts: list[str]) -> "_Frame":
        longest = max((len(t) for t in lane_texts), default=0)
        return _Frame(width, int(min(280, max(90, longest * CHAR_PX * 1.1 + 24))))


def _x_range(marks: list[_Mark], frame: _Frame) -> tuple[dt.date, dt.date]:
    """The dates the axis spans: the events, a margin, and room on the left
    for the labels of the earliest ones (a label stands left of its mark, so
    that the Arabic label starts at its mark)."""
    start = min(m.first for m in marks)
    end = max(m.last for m in marks) + dt.timedelta(days=1)
    pad = max(15, (end - start).days // 30)
    rest, width = (end - start).days + pad, frame.plot_px
    # the mark m, d days after the start, clears its label L when the axis
    # begins `left` days earlier with (left + d) * width / (left + rest) >= L
    left = max([pad] + [(_label_px(m) * rest - (m.first - start).days * width) / (width - _label_px(m))
                        for m in marks if _label_px(m) < width])
    return start - dt.timedelta(days=int(left) + 1), end + dt.timedelta(days=pad)


def _pack(marks: list[_Mark], lanes: list[str], x0: dt.date, x1: dt.date, frame: _Frame) -> list[float]:
    """Give each mark a row in its lane so that no two marks with their labels
    overlap at this width; returns the centre row of each lane."""
    px_per_day = frame.plot_px / max(1, (x1 - x0).days)
    centres, top = [], 0.0
    for lane in lanes:
        ends: list[float] = []              # right edge of each row
        for m in sorted((m for m in marks if m.lane == lane), key=lambda m: m.first):
            left = (m.first - x0).days * px_per_day - _label_px(m)
            right = ((m.last - x0).days + 1) * px_per_day + 8
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


def _figure(marks: list[_Mark], lanes: list[str], lane_names: dict[str, str], colour_of, group_of,
            group_names: dict[str, str], undated: int, width: int, height: int | None,
            names: tuple[str, ...] | None, show_legend: bool) -> go.Figure:
    if not marks:
        return _empty(words.NO_EVENTS, undated)
    lane_texts = [_lane_text(lane_names[lane]) for lane in lanes]
    frame = _Frame.for_lanes(width, lane_texts)
    x0, x1 = _x_range(marks, frame)
    centres = _pack(marks, lanes, x0, x1, frame)
    rows = max(m.row for m in marks) + 1 + LANE_GAP_ROWS
    top = MARGIN_TOP + (30 if show_legend else 0)
    row_px = ROW_PX if height is None else max(MIN_ROW_PX, (height - top - MARGIN_BOTTOM) / rows)

    fig = go.Figure()
    for group in dict.fromkeys(group_of(m) for m in marks):
        in_group = [m for m in marks if group_of(m) == group]
        colour = colour_of(in_group[0])
        bars = [m for m in in_group if not m.is_day]
        days = [m for m in in_group if m.is_day]
        if bars:
            fig.add_trace(go.Bar(
                orientation="h", name=rli(group_names[group]), legendgroup=group, showlegend=show_legend,
                y=[m.row for m in bars],
                base=[m.first.isoformat() for m in bars],
                x=[((m.last - m.first).days + 1) * DAY_MS for m in bars],
                width=0.5, marker=dict(color=colour, line=dict(width=0)),
                hovertext=[_hover(m, names) for m in bars], hoverinfo="text",
            ))
        if days:
            fig.add_trace(go.Scatter(
                mode="markers", name=rli(group_names[group]), legendgroup=group,
                showlegend=show_legend and not bars,
                x=[m.first.isoformat() for m in days], y=[m.row for m in days],
                marker=dict(color=colour, size=11, line=dict(color="white", width=1.5),
                            symbol=[ARTICLE_SYMBOLS[m.source] for m in days]),
                hovertext=[_hover(m, names) for m in days], hoverinfo="text",
            ))
    # the labels, left of their marks and a few pixels off
    gap = dt.timedelta(days=(x1 - x0).days * 7 / frame.plot_px)
    fig.add_trace(go.Scatter(
        mode="text", name="labels", showlegend=False, hoverinfo="skip",
        x=[(dt.datetime.combine(m.first, dt.time()) - gap).isoformat() for m in marks],
        y=[m.row for m in marks],
        text=[_show(short_label(m.event.label)) for m in marks], textposition="middle left",
        textfont=dict(color="#1b2333", size=11), cliponaxis=False,
    ))

    bands = [dict(type="rect", xref="paper", x0=0, x1=1, layer="below", line=dict(width=0),
                  fillcolor="#f3f5f8", y0=c - (n + 0.2) / 2, y1=c + (n + 0.2) / 2)
             for i, (c, n) in enumerate(zip(centres, _lane_rows(marks, lanes))) if i % 2 == 0]
    subtitle = f"{words.DATED}: {len(marks)}" + (f" · {words.UNDATED}: {undated}" if undated else "")
    fig.update_layout(
        title=dict(text=rli(words.TIMELINE_TITLE), subtitle=dict(text=rli(subtitle)), x=0.99, xanchor="right"),
        font=dict(family=FONT, size=12, color="#1b2333"),
        height=int(top + MARGIN_BOTTOM + rows * row_px),
        margin=dict(l=frame.margin_left, r=MARGIN_RIGHT, t=top, b=MARGIN_BOTTOM),
        barmode="overlay", plot_bgcolor="white", paper_bgcolor="white",
        showlegend=show_legend,
        legend=dict(orientation="h", x=0, xanchor="left", y=1, yanchor="bottom", font=dict(size=12)),
        hoverlabel=dict(align="right", font=dict(family=FONT, size=12), bgcolor="white"),
        shapes=bands,
        xaxis=dict(type="date", range=[x0.isoformat(), x1.isoformat()], showgrid=True, gridcolor="#e3e6eb",
                   linecolor="#9aa3b2", ticks="outside"),
        yaxis=dict(tickvals=centres, ticktext=[_show(t) for t in lane_texts], automargin=False,
                   range=[rows - 0.3, -0.7], showgrid=False, zeroline=False, fixedrange=True),
    )
    return fig


def _lane_rows(marks: list[_Mark], lanes: list[str]) -> list[int]:
    return [len({m.row for m in marks if m.lane == lane}) or 1 for lane in lanes]


def _empty(message: str, undated: int = 0) -> go.Figure:
    fig = go.Figure()
    note = message + (f" · {words.UNDATED}: {undated}" if undated else "")
    fig.add_annotation(text=_show(note), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper",
                       font=dict(size=14))
    fig.update_layout(height=200, xaxis=dict(visible=False), yaxis=dict(visible=False),
                      plot_bgcolor="white", paper_bgcolor="white", font=dict(family=FONT))
    return fig


def _category_lanes(marks: list[_Mark]) -> list[str]:
    for m in marks:
        m.lane = m.event.category if m.event.category in CATEGORY_NAMES else "other"
    present = {m.lane for m in marks}
    return [c for c in CATEGORIES if c in present]


def _actor_lanes(marks: list[_Mark]) -> list[str]:
    """The most frequent actors; each event goes to the lane of its most frequent one."""
    counts: dict[str, int] = {}
    for m in marks:
        for a in m.event.actors:
            counts[a] = counts.get(a, 0) + 1
    top = sorted(counts, key=lambda a: (-counts[a], a))[:MAX_ACTOR_LANES]
    for m in marks:
        mine = [a for a in m.event.actors if a in top]
        m.lane = (max(mine, key=lambda a: counts[a]) if mine
                  else words.OTHER_ACTORS if m.event.actors else words.NO_ACTOR)
    lanes = [a for a in top if any(m.lane == a for m in marks)]
    return lanes + [x for x in (words.OTHER_ACTORS, words.NO_ACTOR) if any(m.lane == x for m in marks)]


def timeline(result: Analysis, lanes: str = "category", width: int = PACK_WIDTH,
             height: int | None = None) -> go.Figure:
    """One mark per dated event, in lanes by category (or by actor), coloured
    by category. Labels are packed so that none overlaps at `width` pixels or
    wider; with `height` the rows are squeezed to fit it (down to a readable
    minimum)."""
    if lanes not in ("category", "actor"):
        raise ValueError('lanes must be "category" or "actor"')
    marks, undated = _marks(result)
    if lanes == "category":
        lane_ids, lane_names = _category_lanes(marks), CATEGORY_NAMES
    else:
        lane_ids = _actor_lanes(marks)
        lane_names = {lane: lane for lane in lane_ids}
    return _figure(marks, lane_ids, lane_names,
                   colour_of=lambda m: CATEGORY_COLOURS.get(m.event.category, CATEGORY_COLOURS["other"]),
                   group_of=lambda m: m.event.category, group_names=CATEGORY_NAMES, undated=undated,
                   width=width, height=height, names=None, show_legend=lanes == "actor")


def timeline_compare(a: Analysis, b: Analysis, names: tuple[str, str] = ("A", "B"),
                     width: int = PACK_WIDTH, height: int | None = None) -> go.Figure:
    """Both articles' events on one timeline, in lanes by category, coloured
    (and shaped) by article."""
    marks_a, undated_a = _marks(a, 0)
    marks_b, undated_b = _marks(b, 1)
    marks = marks_a + marks_b
    names = tuple(names)
    return _figure(marks, _category_lanes(marks), CATEGORY_NAMES,
                   colour_of=lambda m: ARTICLE_COLOURS[m.source], group_of=lambda m: str(m.source),
                   group_names={"0": names[0], "1": names[1]}, undated=undated_a + undated_b,
                   width=width, height=height, names=names, show_legend=True)


# --- the figures -------------------------------------------------------------------

def figures_chart(result: Analysis) -> go.Figure:
    """Each figure as a bar, grouped by what it measures (and its unit), one
    panel per group so that only like is compared with like."""
    groups: dict[tuple, list[int]] = {}
    for i, f in enumerate(result.figures):
        if f.value is None:
            continue
        key = (f.measure or f.kind, f.unit or "")
        groups.setdefault(key, []).append(i)
    if not groups:
        return _empty(words.NO_FIGURES)
    order = {k: n for n, k in enumerate(words.KIND_NAMES)}
    keys = sorted(groups, key=lambda k: (order.get(result.figures[groups[k][0]].kind, 99), k))
    titles = [_group_title(result, groups[k], k[1]) for k in keys]
    heights = [len(groups[k]) * 34 + 70 for k in keys]
    fig = make_subplots(rows=len(keys), cols=1, subplot_titles=titles, row_heights=heights,
                        vertical_spacing=min(0.2, 60 / sum(heights)))
    for row, key in enumerate(keys, start=1):
        figs = [result.figures[i] for i in groups[key]]
        colour = list(CATEGORY_COLOURS.values())[(row - 1) % 9]
        fig.add_trace(go.Bar(
            orientation="h", y=list(range(len(figs))), x=[f.value for f in figs], width=0.6,
            marker=dict(color=colour), hovertext=[_figure_hover(f) for f in figs], hoverinfo="text",
            showlegend=False,
        ), row=row, col=1)
        values = [f.value for f in figs if f.value and f.value > 0]
        log = len(values) == len(figs) and max(values) / min(values) > 100
        fig.update_xaxes(type="log" if log else "linear", exponentformat="B", row=row, col=1,
                         gridcolor="#e3e6eb")
        fig.update_yaxes(tickvals=list(range(len(figs))), ticktext=[_show(f.text) for f in figs],
                         autorange="reversed", row=row, col=1)
    for annotation in fig.layout.annotations:
        annotation.update(x=1, xanchor="right", font=dict(size=13))
    fig.update_layout(
        title=dict(text=rli(words.FIGURES_TITLE), x=0.99, xanchor="right"),
        font=dict(family=FONT, size=12, color="#1b2333"), plot_bgcolor="white", paper_bgcolor="white",
        height=min(1600, 110 + sum(heights) + 40 * len(keys)),
        margin=dict(l=170, r=30, t=80, b=40),
        hoverlabel=dict(align="right", font=dict(family=FONT, size=12), bgcolor="white"),
    )
    return fig


def _group_title(result: Analysis, indexes: list[int], unit: str) -> str:
    f = result.figures[indexes[0]]
    name = f.measure_text or words.KIND_NAMES.get(f.kind, f.kind)
    return _show(name) + (f" ({html.escape(unit)})" if unit and unit.isascii() else "")


def _figure_hover(f) -> str:
    lines = [f"<b>{_show(f.text)}</b>", f"{f.value:,.10g}" + (f" {html.escape(f.unit)}" if f.unit else "")]
    if f.measure_text:
        lines.append(_show(f.measure_text))
    return "<br>".join(lines)
