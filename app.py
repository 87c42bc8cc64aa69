"""Khabar: one Arabic news article, every date, figure and event in it.

Run with `make run` (or `python -m streamlit run app.py`). This page lays out
what analysis/ returns; it parses and computes nothing itself.
"""
from __future__ import annotations

from functools import partial

import streamlit as st

import ui
from analysis.views import card, charts
from analysis.views.display import english_number, english_value, period_words
from analysis.views.highlight import article_html, mention_id, rtl_html, scroll_script
from analysis.views.summary import key_metrics
from analysis.views.tables import csv_bytes, dates_frame, figures_frame, json_text

st.set_page_config(page_title="Khabar — Arabic news, dates and figures", page_icon="📰",
                   layout="wide", initial_sidebar_state="expanded")
st.html(ui.PAGE_CSS)

DATE_TABLE = {"text": st.column_config.TextColumn("As written", width="medium"),
              "value": st.column_config.TextColumn("Value", width="small", help="TIMEX value, Gregorian"),
              "reads": st.column_config.TextColumn("Reads", width="medium",
                                                   help="The value in words; the Hijri date for Hijri mentions")}
FIGURE_TABLE = {"text": st.column_config.TextColumn("As written", width=108),
                "arabic": st.column_config.TextColumn("عربي", width=120, help="As an Arab reader writes it"),
                "english": st.column_config.TextColumn("English", width=84, help="As an English brief writes it"),
                "kind": st.column_config.TextColumn("Kind", width=60),
                "unit": st.column_config.TextColumn("Unit", width=46),
                "measure": st.column_config.TextColumn("Measure", width=84),
                "approx": st.column_config.TextColumn("Approx.", width=64)}


def touched(kind: str) -> None:
    """A row of the `kind` table was (de)selected: that table leads the emphasis."""
    st.session_state["focus_table"] = kind


def metrics_row(m) -> None:
    largest = m.largest_amounts
    cells = [("Dates", m.dates, None), ("Figures", m.figures, None), ("Events", m.events, None),
             ("Period covered", period_words(m.period), None),
             ("Largest amount", english_value(largest[0]) if largest else "—",
              " · ".join(english_value(f) for f in largest[1:]) or None),
             ("Killed", english_number(m.killed.value) if m.killed else "—", m.killed and m.killed.text),
             ("Injured", english_number(m.injured.value) if m.injured else "—", m.injured and m.injured.text)]
    for column, (label, value, note) in zip(st.columns([1, 1, 1, 2.4, 1.7, 1, 1]), cells):
        column.metric(label, value, border=True, help=note)


def source_line(article: ui.Article) -> str:
    ref = article.result.reference_date
    return (f"{article.document.source} · {article.document.format} · {len(article.result.text):,} characters"
            f" · reference date {ref.isoformat() if ref else '—'} ({article.reference_note})")


def timeline(result, key: str, height: int | None = None, choose_lanes: bool = True) -> None:
    if not result.events:
        st.info("No dated events found in this article.")
        return
    lanes = "category"
    if choose_lanes:
        lanes = st.segmented_control("Lanes", ["category", "actor"], default="category", key=f"lanes_{key}",
                                     label_visibility="collapsed") or "category"
    ui.chart(charts.timeline, result, lanes=lanes, key=f"timeline_{key}", height=height)


def tables(article: ui.Article) -> tuple[str, int] | None:
    """The dates and figures tables; returns the mention whose row is selected."""
    result = article.result
    st.subheader(f"Dates · {len(result.dates)}")
    dates = st.dataframe(dates_frame(result), key=f"dates_{article.key}", hide_index=True,
                         column_config=DATE_TABLE, column_order=list(DATE_TABLE),
                         on_select=partial(touched, "date"), selection_mode="single-row",
                         height="auto", placeholder="—").selection.rows
    st.subheader(f"Figures · {len(result.figures)}")
    figures = st.dataframe(figures_frame(result), key=f"figures_{article.key}", hide_index=True,
                           column_config=FIGURE_TABLE, column_order=list(FIGURE_TABLE),
                           on_select=partial(touched, "figure"), selection_mode="single-row",
                           height="auto", placeholder="—").selection.rows
    st.caption("Select a row to find it in the article.")
    chosen = {"date": dates, "figure": figures}
    lead = st.session_state.get("focus_table", "date")
    for kind in (lead, "figure" if lead == "date" else "date"):
        if chosen[kind]:
            return kind, chosen[kind][0]
    return None


def exports(article: ui.Article) -> None:
    result, doc = article.result, article.document
    stem = doc.source.rsplit("/", 1)[-1].rsplit(".", 1)[0] or "article"
    columns = st.columns(5)
    # every export is made only when its button is clicked (a callable), not on each rerun
    columns[0].download_button("Dates CSV", lambda: csv_bytes(dates_frame(result)), f"{stem}-dates.csv",
                               "text/csv", on_click="ignore", icon=":material/table:")
    columns[1].download_button("Figures CSV", lambda: csv_bytes(figures_frame(result)), f"{stem}-figures.csv",
                               "text/csv", on_click="ignore", icon=":material/table:")
    columns[2].download_button("JSON", lambda: json_text(result, doc.source, doc.title), f"{stem}.json",
                               "application/json", on_click="ignore", icon=":material/data_object:")
    for column, draw, name, mime in ((columns[3], card.briefing_png, "png", "image/png"),
                                     (columns[4], card.briefing_pdf, "pdf", "application/pdf")):
        column.download_button(f"Briefing {name.upper()}", lambda draw=draw: draw(result, title=doc.title),
                               f"{stem}-briefing.{name}", mime, on_click="ignore", icon=":material/image:")


def key_figures(m) -> None:
    """Briefing view: the figures a reader quotes, as an English brief and as written."""
    lines = [f"**{english_value(f)}** — {f.measure or 'amount'}" for f in m.largest_amounts]
    lines += [f"**{english_value(f)}**" for f in (m.killed, m.injured) if f]
    if lines:
        st.markdown(" · ".join(lines))


with st.sidebar:
    st.markdown("## :material/newspaper: Khabar")
    st.caption("Dates, figures and events in Arabic news")
    article, problem = ui.article_input("main")

top = st.columns([5, 1.3], vertical_alignment="center")
briefing = top[1].toggle("Briefing view", key="briefing",
                         help="Headline, key figures and timeline only, sized for a 1280×800 screenshot.")
if problem:
    st.error(problem)
    st.stop()
if article is None:
    st.info("Paste an Arabic article or upload a .txt, .html, .docx or .pdf file in the sidebar.")
    st.stop()

result, doc = article.result, article.document
metrics = key_metrics(result, title=doc.title)
top[0].caption(source_line(article))
st.html(rtl_html(metrics.headline, tag="h1", css_class="kh-headline"))
metrics_row(metrics)

if briefing:
    st.html(ui.BRIEFING_CSS)
    key_figures(metrics)
    timeline(result, "briefing", height=470, choose_lanes=False)
    st.stop()

ui.warnings(doc)
left, right = st.columns([5, 3], gap="medium")
with left:
    selected = tables(article)
with right:
    st.subheader("Article")
    st.html(article_html(result, selected=selected, height=760))
    if selected:
        st.html(scroll_script(mention_id(*selected)), unsafe_allow_javascript=True)

chart_left, chart_right = st.columns([3, 2], gap="large")
with chart_left:
    st.subheader("Timeline")
    timeline(result, "main")
with chart_right:
    st.subheader("Figures by measure")
    if result.figures:
        ui.chart(charts.figures_chart, result, key="figures_chart")
    else:
        st.info("No figures found in this article.")

st.subheader("Export")
exports(article)
ui.removed_box(doc)
