"""The briefing card: headline, key figures and timeline of an article, as a
PNG or PDF (matplotlib), with Arabic given to matplotlib as render.py decides."""
from __future__ import annotations

import io
from pathlib import Path

from .. import timex
from ..model import Analysis
from .display import english_value, value_words as _value_words, span_words as _span_words
from .render import ARABIC, FALLBACK, HEADLINE, RenderError, family as _family, for_renderer
from .summary import key_metrics

__all__ = ["briefing_png", "briefing_pdf", "write_briefing"]


# ---------------------------------------------------------------- the timeline rows

def _clause_around(result: Analysis, mention) -> str:
    """The clause a mention stands in, as a stand-in label when there are no events."""
    layer = result.text_layer()
    start, end = layer.clause_at(mention.start)
    return " ".join(result.text[start:max(end, mention.end)].split()) or mention.text


def _timeline(result: Analysis, rows: int | None = None) -> list[tuple[str, bool, str]]:
    """(when, is one day, what) per dated event — or per dated mention when
    there are no events — in date order, then text order. With `rows`, only
    that many: the most precisely dated."""
    return _worded(_dated(result), rows)


def _dated(result: Analysis) -> list[tuple]:
    """(span, start, value, label) of each dated event, or mention when there are no events."""
    if result.events:
        dated = [(e.date_value, e.start, e.label) for e in result.events]
    else:
        dated = [(d.value, d.start, _clause_around(result, d)) for d in result.dates]
    return [(span, start, value, label) for value, start, label in dated if (span := timex.period(value))]


def _worded(dated: list[tuple], rows: int | None) -> list[tuple[str, bool, str]]:
    if rows is not None and len(dated) > rows:
        dated = sorted(dated, key=lambda r: r[0][1] - r[0][0])[:rows]
    return [(_value_words(value), first == last, label)
            for (first, last), _, value, label in sorted(dated, key=lambda r: (r[0][0], r[1]))]


# ---------------------------------------------------------------- the card

INK, MUTED, RULE = "#1b2333", "#5b6475", "#d5d9e0"
BAND, ACCENT, PAPER = "#14213d", "#e09f3e", "#ffffff"
CARD_SIZE, CARD_DPI = (12, 6.75), 160          # 1920 × 1080 px
TIMELINE_ROWS = 12
_RC = {"pdf.fonttype": 42}                     # TrueType in the PDF: small, text selectable


class _Card:
    """A matplotlib figure in figure coordinates (0–1, origin bottom left), where
    every string goes through `for_renderer` and can be fitted to a width."""

    def __init__(self):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        self.fig = Figure(figsize=CARD_SIZE, dpi=CARD_DPI, facecolor=PAPER)
        self.renderer = FigureCanvasAgg(self.fig).get_renderer()

    def text(self, x, y, s, size=11, color=INK, ha="right", va="baseline", bold=False, family=ARABIC,
             width=None):
        """Draw `s`; with `width` (a share of the card), drop its last words until it fits."""
        t = self.fig.text(x, y, for_renderer(s, "matplotlib"), fontsize=size, color=color, ha=ha, va=va,
                          fontweight="bold" if bold else "normal", family=[_family(family), FALLBACK],
                          parse_math=False)
        words = s.split()
        while width and len(words) > 1 and self._too_wide(t, width):
            words.pop()
            t.set_text(for_renderer(" ".join(words) + " …", "matplotlib"))
        return t

    def lines(self, s, width, size, max_lines, family=ARABIC, bold=False) -> list[str] | None:
        """`s` broken into lines that fit `width` at `size`, or None if it needs more than max_lines."""
        probe = self.fig.text(0, 0, "", fontsize=size, family=[_family(family), FALLBACK],
                              fontweight="bold" if bold else "normal", parse_math=False)
        out, line = [], []
        for word in s.split():
            probe.set_text(for_renderer(" ".join(line + [word]), "matplotlib"))
            if line and self._too_wide(probe, width):
                out.append(" ".join(line))
                line = []
            line.append(word)
        out.append(" ".join(line))
        probe.remove()
        return out if len(out) <= max_lines else None

    def _too_wide(self, t, width) -> bool:
        return t.get_window_extent(self.renderer).width > width * self.fig.bbox.width

    def rule(self, xs, ys, color=RULE, lw=0.8, **kw):
        from matplotlib.lines import Line2D

        self.fig.lines.append(Line2D(xs, ys, transform=self.fig.transFigure, color=color, lw=lw, **kw))

    def band(self, y0, y1, color):
        from matplotlib.patches import Rectangle

        self.fig.patches.append(Rectangle((0, y0), 1, y1 - y0, transform=self.fig.transFigure, color=color,
                                          zorder=0))

    def section(self, x_right, x_left, y, title):
        self.text(x_right, y, title, 13, INK, bold=True)
        self.rule([x_left, x_right], [y - 0.018, y - 0.018], color=ACCENT, lw=1.6)


def _draw_card(result: Analysis, title: str | None):
    if not isinstance(result, Analysis):
        raise RenderError(f"a briefing card is drawn from an Analysis, not {type(result).__name__}")
    if title is not None and not isinstance(title, str):
        raise RenderError(f"the card's title must be text, not {type(title).__name__}")
    m = key_metrics(result, title)
    card = _Card()
    _draw_headline(card, m.headline)
    card.rule([0.602, 0.602], [0.10, 0.70])
    _draw_metrics(card, m)
    dated = _dated(result)
    shown = _worded(dated, None if len(dated) <= TIMELINE_ROWS else TIMELINE_ROWS - 1)
    _draw_timeline(card, shown, len(dated) - len(shown), "أحداث" if result.events else "تواريخ")
    card.rule([0.03, 0.97], [0.055, 0.055])
    if result.reference_date:
        day = result.reference_date
        card.text(0.97, 0.022, f"تاريخ المرجع: {_span_words(day, day)}", 9, MUTED)
    card.text(0.03, 0.022, "Khabar · found automatically in the article text; "
              "check each figure against it", 8, MUTED, ha="left", family=FALLBACK)
    return card.fig


def _draw_headline(card: _Card, headline: str):
    card.band(0.76, 1, BAND)
    card.text(0.97, 0.935, "موجز إخباري", 11, ACCENT, bold=True)
    card.text(0.03, 0.935, "KHABAR  ·  BRIEFING", 9, "#9aa6bf", ha="left", family=FALLBACK)
    width = 0.94
    for size, max_lines in ((22, 1), (19, 2), (17, 2)):
        lines = card.lines(headline, width, size, max_lines, family=HEADLINE, bold=True)
        if lines:
            break
    else:
        lines = card.lines(headline, width, size, 99, family=HEADLINE, bold=True)[:max_lines]
        lines[-1] += " …"
    step = size / 72 * 1.55 / CARD_SIZE[1]          # line height as a share of the card
    y = 0.835 + (len(lines) - 1) * step / 2         # the block centred under the kicker
    for line in lines:
        card.text(0.97, y, line, size, "white", va="center", bold=True, family=HEADLINE, width=width)
        y -= step


def _draw_metrics(card: _Card, m):
    right, left = 0.97, 0.63
    card.section(right, left, 0.695, "أرقام رئيسية")
    tiles = (("تواريخ", m.dates), ("أرقام", m.figures), ("أحداث", m.events))
    tile = (right - left) / len(tiles)
    for i, (label, n) in enumerate(tiles):           # the first on the right
        x = right - (i + 0.5) * tile
        card.text(x, 0.585, f"{n}", 26, INK, ha="center", bold=True)
        card.text(x, 0.545, label, 10.5, MUTED, ha="center")
    y = 0.465
    if m.period:
        first, last = m.period
        card.text(right, y, "الفترة المغطاة", 10.5, MUTED)
        ends = (_value_words(first.value.split("/")[0]), _value_words(last.value.split("/")[-1]))
        card.text(left, y, ends[0] if ends[0] == ends[1] else " – ".join(ends), 12, INK, ha="left",
                  bold=True)
        y -= 0.075
    if m.largest_amounts:
        card.text(right, y, "أكبر المبالغ", 10.5, MUTED)
        y -= 0.055
        for f in m.largest_amounts:
            card.text(right, y, f.text, 13, INK, bold=True, width=0.2)
            card.text(left, y, english_value(f), 10, MUTED, ha="left", family=FALLBACK)
            if f.measure_text:
                card.text(right, y - 0.037, f.measure_text, 9.5, MUTED, width=0.3)
                y -= 0.035
            y -= 0.062
    for label, f in (("القتلى", m.killed), ("الجرحى", m.injured)):
        if f:
            card.text(right, y, label, 10.5, MUTED)
            card.text(left, y, f.text, 13, INK, ha="left", bold=True, width=0.24)
            y -= 0.062


def _draw_timeline(card: _Card, shown, hidden: int, what: str):
    right, left, rail = 0.575, 0.03, 0.385
    card.section(right, left, 0.695, "الخط الزمني")
    if not shown:
        card.text(right, 0.6, "لا تواريخ محددة في النص", 11, MUTED)
        return
    top, bottom = 0.625, 0.10
    step = min(0.062, (top - bottom) / max(1, len(shown) - 1 + bool(hidden)))
    ys = [top - i * step for i in range(len(shown))]
    card.rule([rail, rail], [ys[-1], ys[0]], lw=2, zorder=1)
    for y, (when, day, label) in zip(ys, shown):
        card.text(right, y, when, 10.5, INK, va="center", bold=True, width=right - rail - 0.02)
        card.rule([rail], [y], marker="o", markersize=7 if day else 8, markeredgewidth=2, zorder=2,
                  markerfacecolor=ACCENT if day else PAPER, markeredgecolor=ACCENT)   # filled: one day
        card.text(rail - 0.015, y, label, 10.5, INK, va="center", width=rail - 0.015 - left)
    if hidden:
        card.text(rail - 0.015, ys[-1] - step, f"و{hidden} {what} أخرى في النص", 9.5, MUTED, va="center")


def briefing_png(result: Analysis, title: str | None = None) -> bytes:
    """The briefing card (headline, key figures, timeline) as PNG bytes."""
    return _save(_draw_card(result, title), "png")


def briefing_pdf(result: Analysis, title: str | None = None) -> bytes:
    """The same card as a one-page PDF (fonts embedded, text selectable)."""
    return _save(_draw_card(result, title), "pdf")


def _save(fig, fmt: str) -> bytes:
    import matplotlib

    out = io.BytesIO()
    with matplotlib.rc_context(_RC):
        fig.savefig(out, format=fmt, dpi=CARD_DPI, facecolor=fig.get_facecolor(),
                    metadata={"Title": "Khabar briefing"} if fmt == "pdf" else None)
    return out.getvalue()


def write_briefing(result: Analysis, path: str | Path, title: str | None = None) -> Path:
    """Write the card to `path`: PNG or PDF, by its suffix."""
    path = Path(path)
    draw = {".png": briefing_png, ".pdf": briefing_pdf}.get(path.suffix.lower())
    if draw is None:
        raise RenderError(f"the briefing card is written as .png or .pdf, not "
                          f"{path.suffix or 'a name without a suffix'} ({path.name})")
    data = draw(result, title)
    try:
        path.write_bytes(data)
    except OSError as e:
        raise RenderError(f"cannot write {path}: {e.strerror or e}")
    return path
