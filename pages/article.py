"""Khabar's main page: one Arabic news article, every date, figure and event in it.

Served by app.py's navigation. It lays out what analysis/ returns; it parses
and computes nothing itself. Every label is in the interface language chosen
in the sidebar (ui.language()); the article's own words stay as written.
"""
from __future__ import annotations

import math
from functools import partial

import streamlit as st

import ui
from analysis.views import card, charts, labels
from analysis.views.display import arabic_number, arabic_value, english_number, english_value, period_in
from analysis.views.highlight import article_html, mention_id, rtl_html, scroll_script
from analysis.views.summary import key_metrics
from analysis.views.tables import csv_bytes, dates_frame, dates_view, export_name, figures_frame, \
    figures_view, json_text

LANG = ui.language()
W = labels.WORDS[LANG]
CELL_PAD_PX = 16 + 6                   # the grid's cell padding, and a little to spare
# a character's width at the grid's 14 px font (Source Sans, Noto Sans Arabic for Arabic), measured in Chromium
_SPACE, _UPPER, _DIGIT, _ARABIC_DIGIT, _ARABIC, _OTHER = 2.8, 8.0, 7.0, 7.6, 6.9, 6.8


def _char_px(c: str) -> float:
    if c.isspace():
        return _SPACE
    if "\u0660" <= c <= "\u0669":
        return _ARABIC_DIGIT
    if c.isdigit():
        return _DIGIT
    if "\u0600" <= c <= "\u06ff":
        return _ARABIC
    return _UPPER if c.isupper() else _OTHER


def content_width(values, heading: str) -> int:
    """Pixels a column needs for its longest cell (or its heading and the
    grid's sort icon): no cell is cut off."""
    texts = [str(v) for v in values if v is not None and v == v] + [heading + "   "]
    return int(math.ceil(max(sum(_char_px(c) for c in t) for t in texts) + CELL_PAD_PX))


def columns_for(frame, headings: dict[str, str]) -> dict:
    """Each column as wide as its content; the Arabic as written right-aligned,
    a year in digits among the words as well as the words."""
    return {c: st.column_config.TextColumn(h, width=content_width(frame[c], h),
                                           alignment="right" if c == "text" else None)
            for c, h in headings.items()}


def touched(kind: str) -> None:
    """A row of the `kind` table was (de)selected: that table leads the emphasis."""
    st.session_state["focus_table"] = kind


def metrics_row(m) -> None:
    value = arabic_value if LANG == "ar" else english_value
    number = arabic_number if LANG == "ar" else english_number
    largest = m.largest_amounts
    cells = [(W["dates"], m.dates, None), (W["figures"], m.figures, None), (W["events"], m.events, None),
             (W["period"], period_in(LANG, m.period), None),
             (W["largest"], value(largest[0]) if largest else "—",
              " · ".join(value(f) for f in largest[1:]) or None),
             (W["killed"], number(m.killed.value) if m.killed else "—", m.killed and m.killed.text),
             (W["injured"], number(m.injured.value) if m.injured else "—", m.injured and m.injured.text)]
    # each card as wide as its label or value needs (the value's font is about twice the label's)
    weights = [max(len(label) * 7.5, len(str(v)) * 12.5) + 40 for label, v, _ in cells]
    for column, (label, v, note) in zip(st.columns(weights), cells):
        column.metric(label, v, border=True, help=note)


def heading(text: str) -> str:
    """A heading in the interface language: Arabic isolated right to left in Streamlit's left-to-right header."""
    return f"\u2067{text}\u2069" if LANG == "ar" else text


def source_line(article: ui.Article) -> str:
    ref = article.result.reference_date
    note = W.get(article.reference_note, article.reference_note)
    return (f"{article.document.source} · {article.document.format} · {len(article.result.text):,} {W['chars']}"
            f" · {W['reference_date']} {ref.isoformat() if ref else '—'} ({note})")


def identity(article: ui.Article) -> tuple:
    return article.key, article.result.reference_date


def timeline(article: ui.Article, key: str, height: int | None = None, choose_lanes: bool = True,
             width: int = charts.PACK_WIDTH) -> None:
    """The events on a timeline, its labels packed for `width` pixels (the column it stands in)."""
    if not article.result.events:
        st.info(W["no_events"] + ".")
        return
    lanes = "category"
    if choose_lanes:
        lanes = st.segmented_control("Lanes", ["category", "actor"], default="category", key=f"lanes_{key}",
                                     label_visibility="collapsed",
                                     format_func=lambda x: W[f"lanes_{x}"]) or "category"
    ui.chart(charts.timeline, article.result, lanes=lanes, key=f"timeline_{key}", height=height, lang=LANG,
             width=width, identity=identity(article))


@st.fragment
def explore(article: ui.Article) -> None:
    """Tables and article side by side. Selecting a row reruns this alone:
    nothing else is recomputed or redrawn, and only the article box scrolls."""
    result = article.result
    left, right = st.columns([5, 3], gap="medium")
    with left:
        selected = tables(article)
    with right:
        st.subheader(heading(W["article"]))
        st.html(article_html(result, selected=selected, height=430, lang=LANG))
        if selected:
            st.html(scroll_script(mention_id(*selected)), unsafe_allow_javascript=True)


def tables(article: ui.Article) -> tuple[str, int] | None:
    """The dates and figures tables; returns the mention whose row is selected.
    Their keys stay when the input changes (the grids are updated, not
    rebuilt); a selection made in another article is dropped."""
    result = article.result
    if st.session_state.get("kh_tables_of") != article.key:
        for key in ("dates_main", "figures_main"):
            st.session_state.pop(key, None)
        st.session_state["kh_tables_of"] = article.key
    st.subheader(heading(f"{W['dates']} · {len(result.dates)}"))
    frame = dates_view(result, LANG)
    dates = st.dataframe(frame, key="dates_main", hide_index=True,
                         column_config=columns_for(frame, {"text": W["as_written"], "value": W["value"],
                                                           "reads": W["reads"]}),
                         on_select=partial(touched, "date"), selection_mode="single-row",
                         height="auto", placeholder="—").selection.rows
    st.subheader(heading(f"{W['figures']} · {len(result.figures)}"))
    frame = figures_view(result, LANG)
    figures = st.dataframe(frame, key="figures_main", hide_index=True,
                           column_config=columns_for(frame, {"text": W["as_written"], "value": W["value"],
                                                             "kind": W["kind"], "measure": W["measure"],
                                                             "approx": W["approx"]}),
                           on_select=partial(touched, "figure"), selection_mode="single-row",
                           height="auto", placeholder="—").selection.rows
    st.caption(W["select_hint"])
    chosen = {"date": dates, "figure": figures}
    lead = st.session_state.get("focus_table", "date")
    for kind in (lead, "figure" if lead == "date" else "date"):
        if chosen[kind]:
            return kind, chosen[kind][0]
    return None


def exports(article: ui.Article) -> None:
    result, doc = article.result, article.document
    columns = st.columns(5)
    # every export is made only when its button is clicked (a callable), not on each rerun
    columns[0].download_button(f"{W['dates']} CSV", lambda: csv_bytes(dates_frame(result)),
                               export_name(doc.source, "dates", "csv"), "text/csv", on_click="ignore",
                               icon=":material/table:", key="export_dates")
    columns[1].download_button(f"{W['figures']} CSV", lambda: csv_bytes(figures_frame(result)),
                               export_name(doc.source, "figures", "csv"), "text/csv", on_click="ignore",
                               icon=":material/table:", key="export_figures")
    columns[2].download_button("JSON", lambda: json_text(result, doc.source, doc.title),
                               export_name(doc.source, None, "json"), "application/json", on_click="ignore",
                               icon=":material/data_object:", key="export_json")
    for column, draw, name, mime in ((columns[3], card.briefing_png, "png", "image/png"),
                                     (columns[4], card.briefing_pdf, "pdf", "application/pdf")):
        column.download_button(f"{W['briefing']} {name.upper()}", lambda draw=draw: draw(result, title=doc.title),
                               export_name(doc.source, "briefing", name), mime, on_click="ignore",
                               icon=":material/image:", key=f"export_{name}")


def key_figures(m) -> None:
    """Briefing view: the figures a reader quotes, in the interface language."""
    value = arabic_value if LANG == "ar" else english_value
    lines = [f"**{value(f)}** — {labels.measure(f, LANG) or labels.kind_short('money', LANG)}"
             for f in m.largest_amounts]
    lines += [f"**{value(f)}** {labels.kind_short(f.kind, LANG)}" for f in (m.killed, m.injured) if f]
    if lines:
        st.markdown(" · ".join(lines))


with st.sidebar:
    st.markdown("## :material/newspaper: Khabar")
    st.caption(W["app_tagline"])
    article, problem = ui.article_input("main", lang=LANG)

top = st.columns([5, 1.3], vertical_alignment="center")
briefing = top[1].toggle(W["briefing_view"], key="briefing", help=W["briefing_help"])
if problem:
    st.error(problem)
    st.stop()
if article is None:
    st.info(W["no_input"])
    st.stop()

result, doc = article.result, article.document
metrics = key_metrics(result, title=doc.title)
if LANG == "ar":
    top[0].html(rtl_html(source_line(article), css_class="kh-source"))
else:
    top[0].caption(source_line(article))
st.html(rtl_html(metrics.headline, tag="h1", css_class="kh-headline"))
metrics_row(metrics)

if briefing:
    st.html(ui.BRIEFING_CSS)
    key_figures(metrics)
    timeline(article, "briefing", height=470, choose_lanes=False, width=1180)      # the page's whole width
    st.stop()

ui.warnings(doc)
explore(article)

# below the first screen: drawn once it is (the two tables, drawn with their cells, are its slowest part)
if ui.first_screen_drawn("[data-testid=stDataFrame]:has(canvas td)", 2):
    chart_left, chart_right = st.columns([3, 2], gap="large")
    with chart_left:
        st.subheader(heading(W["timeline"]))
        timeline(article, "main")
    with chart_right:
        st.subheader(heading(W["by_measure"]))
        if result.figures:
            ui.chart(charts.figures_chart, result, key="figures_chart", lang=LANG, identity=identity(article))
        else:
            st.info(W["no_figures"] + ".")
    st.subheader(heading(W["export"]))
    exports(article)
    ui.removed_box(doc, W["removed"])
else:
    st.html(f'<div class="kh-pending">{W["timeline"]} · {W["by_measure"]} · {W["export"]} …</div>')
