"""The figures of an Analysis by what they measure (plotly): each figure a
bar, one panel per measure and unit, so that only like is compared with
like. Panel titles are in the interface language: the measure (its English
key, or the Arabic words it was read from) and its unit (a code, or its
Arabic name from the lexicon)."""
from __future__ import annotations

import html

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..lexicon.chart_labels import KIND_NAMES
from ..model import Analysis, Figure
from . import labels
from .plot import CATEGORY_COLOURS, FONT, GRID, INK, empty, rli, show


def figures_chart(result: Analysis, lang: str = "en") -> go.Figure:
    lang = labels.lang_of(lang)
    groups: dict[tuple, list[int]] = {}
    for i, f in enumerate(result.figures):
        if f.value is None:
            continue
        groups.setdefault((f.measure or f.kind, f.unit or ""), []).append(i)
    if not groups:
        return empty(labels.word("no_figures", lang))
    order = {k: n for n, k in enumerate(KIND_NAMES)}
    keys = sorted(groups, key=lambda k: (order.get(result.figures[groups[k][0]].kind, 99), k))
    titles = [group_title(result.figures[groups[k][0]], lang) for k in keys]
    heights = [len(groups[k]) * 34 + 70 for k in keys]
    fig = make_subplots(rows=len(keys), cols=1, subplot_titles=titles, row_heights=heights,
                        vertical_spacing=min(0.2, 60 / sum(heights)))
    for row, key in enumerate(keys, start=1):
        figs = [result.figures[i] for i in groups[key]]
        fig.add_trace(go.Bar(
            orientation="h", y=list(range(len(figs))), x=[f.value for f in figs], width=0.6,
            marker=dict(color=list(CATEGORY_COLOURS.values())[(row - 1) % 9]),
            hovertext=[_hover(f, lang) for f in figs], hoverinfo="text", showlegend=False,
        ), row=row, col=1)
        values = [f.value for f in figs if f.value and f.value > 0]
        log = len(values) == len(figs) and max(values) / min(values) > 100
        # in Arabic the bars' own labels (١٧٠ مليار دولار) say the values: no English "50B" on the axis
        fig.update_xaxes(type="log" if log else "linear", exponentformat="B", row=row, col=1, gridcolor=GRID,
                         showticklabels=lang != "ar")
        fig.update_yaxes(tickvals=list(range(len(figs))), ticktext=[show(f.text) for f in figs],
                         autorange="reversed", row=row, col=1)
    arabic = lang == "ar"
    for annotation in fig.layout.annotations:
        annotation.update(x=1 if arabic else 0, xanchor="right" if arabic else "left", font=dict(size=13))
    fig.update_layout(
        title=dict(text=show(labels.word("figures_title", lang)), x=0.99 if arabic else 0.01,
                   xanchor="right" if arabic else "left"),
        font=dict(family=FONT, size=12, color=INK), plot_bgcolor="white", paper_bgcolor="white",
        height=min(1600, 110 + sum(heights) + 40 * len(keys)),
        margin=dict(l=170, r=30, t=80, b=40),
        hoverlabel=dict(align="right", font=dict(family=FONT, size=12), bgcolor="white"),
    )
    return fig


def group_title(f: Figure, lang: str = "en") -> str:
    """A panel's title in one language: in English "trade volume (USD)", in
    Arabic "حجم التبادل التجاري (دولار)"."""
    name = labels.measure(f, lang) or labels.kind_plural(f.kind, lang)
    unit = labels.unit(f.unit, f.kind, lang) if f.kind not in ("killed", "injured", "people") else ""
    if lang == "ar":
        return rli(html.escape(name + (f" ({unit})" if unit else ""), quote=False))
    return html.escape(name + (f" ({unit})" if unit else ""), quote=False)


def _hover(f: Figure, lang: str) -> str:
    unit = labels.unit(f.unit, f.kind, lang)
    lines = [f"<b>{show(f.text)}</b>", show(f"{f.value:,.10g}" + (f" {unit}" if unit else ""))]
    if f.measure_text:
        lines.append(show(f.measure_text))
    return "<br>".join(lines)
