"""What the charts share: Arabic isolated for plotly's left-to-right layout,
the font, the colours, an empty chart with a message, and date ticks in the
interface language.

Every Arabic string shown (ticks, text, hover, titles) is wrapped in Unicode
isolates (RLI … PDI) and never reshaped: the browser shapes Arabic itself,
and the isolates keep its words, digits and punctuation in order inside
plotly's left-to-right layout (DESIGN.md, RECIPES.md).
"""
from __future__ import annotations

import datetime as dt
import html

import plotly.graph_objects as go

RLI, PDI = "\u2067", "\u2069"
FONT = "Noto Sans Arabic, Noto Naskh Arabic, DejaVu Sans, sans-serif"
INK, GRID = "#1b2333", "#e3e6eb"

# Okabe–Ito, completed by Tol's indigo and wine for ten categories; grey for "other".
CATEGORY_COLOURS = {
    "diplomacy": "#0072B2", "military": "#D55E00", "economy": "#009E73", "security": "#CC79A7",
    "disaster": "#E69F00", "health": "#56B4E9", "politics and law": "#332288", "sport": "#F0E442",
    "culture": "#882255", "other": "#999999",
}
ARTICLE_COLOURS = ("#0072B2", "#D55E00")
ARTICLE_SYMBOLS = ("circle", "diamond")
_ARABIC = range(0x0600, 0x0700)


def rli(s: str) -> str:
    """An Arabic string isolated for a left-to-right place."""
    return f"{RLI}{s}{PDI}" if s else s


def show(s: str) -> str:
    """Escaped (plotly reads a little HTML) and isolated when it holds Arabic."""
    escaped = html.escape(s, quote=False)
    return rli(escaped) if any(ord(c) in _ARABIC for c in s) else escaped


def empty(message: str, note: str = "") -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=show(message + (f" · {note}" if note else "")), showarrow=False,
                       x=0.5, y=0.5, xref="paper", yref="paper", font=dict(size=14))
    fig.update_layout(height=200, xaxis=dict(visible=False), yaxis=dict(visible=False),
                      plot_bgcolor="white", paper_bgcolor="white", font=dict(family=FONT))
    return fig


# --- date ticks -------------------------------------------------------------------------

_MONTH_STEPS = (1, 2, 3, 6)
_YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000)
TICK_PX = 95                  # room a tick label needs


def _month_names(lang: str) -> list[str]:
    if lang == "ar":
        from babel.dates import get_month_names
        names = get_month_names("wide", locale="ar")
        return [names[i] for i in range(1, 13)]
    return [dt.date(2000, m, 1).strftime("%b") for m in range(1, 13)]


def date_ticks(x0: dt.date, x1: dt.date, plot_px: float, lang: str = "en") -> tuple[list[str], list[str]]:
    """(tickvals, ticktext) for a date axis from x0 to x1: years, months or days,
    as many as fit plot_px, labelled in the interface language."""
    most = max(2, int(plot_px // TICK_PX))
    days = (x1 - x0).days
    months = _month_names(lang)
    ticks: list[dt.date] = []
    if days / 365.25 >= most * 0.9 or days > 3 * 365:
        step = next((s for s in _YEAR_STEPS if days / 365.25 / s <= most), _YEAR_STEPS[-1])
        year = (x0.year // step + (1 if dt.date(x0.year // step * step, 1, 1) < x0 else 0)) * step
        while year <= x1.year:
            ticks.append(dt.date(year, 1, 1))
            year += step
        text = [str(t.year) for t in ticks]
    elif days > 60:
        step = next((s for s in _MONTH_STEPS if days / 30.4 / s <= most), 12)
        m = x0.year * 12 + x0.month - 1 + (0 if x0.day == 1 else 1)
        m += (-m) % step
        while (t := dt.date(m // 12, m % 12 + 1, 1)) <= x1:
            ticks.append(t)
            m += step
        text = [f"{months[t.month - 1]} {t.year}" for t in ticks]
    else:
        step = next((s for s in (1, 2, 7, 14) if days / s <= most), 30)
        t = x0 + dt.timedelta(days=(-x0.toordinal()) % step)
        while t <= x1:
            ticks.append(t)
            t += dt.timedelta(days=step)
        text = [f"{t.day} {months[t.month - 1]} {t.year}" for t in ticks]
    return [t.isoformat() for t in ticks], [rli(s) if lang == "ar" else s for s in text]
