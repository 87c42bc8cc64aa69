"""Khabar: two articles side by side, one timeline, facts aligned.

Lays out analysis.compare.compare(); computes nothing itself.
"""
from __future__ import annotations

import streamlit as st

import ui
from analysis.views import charts
from analysis.compare import compare
from analysis.views.highlight import article_html, rtl_html
from analysis.views.summary import key_metrics
from analysis.views.tables import compare_frames

st.set_page_config(page_title="Khabar — compare two articles", page_icon="📰", layout="wide")
st.html(ui.PAGE_CSS)
NAMES = ("A", "B")
STATUS_COLOURS = {"disagree": "background-color:#fde2e4;color:#9b1c31;font-weight:600",
                  "agree": "background-color:#e3f4e8;color:#1d6b3a",
                  "both": "background-color:#e3f4e8;color:#1d6b3a"}


LABELS = {name: st.column_config.TextColumn(name[0].upper() + name[1:])
          for name in ("status", "kind", "measure", "unit", "value", "reads")}


def status_style(frame):
    return (frame.style.map(lambda v: STATUS_COLOURS.get(v, "color:#5b6270"), subset=["status"])
            .format(na_rep="—"))


def one_side(name: str, key: str, default_sample: str) -> ui.Article | None:
    with st.container(border=True):
        st.markdown(f"**Article {name}**")
        article, problem = ui.article_input(key, default_sample=default_sample)
        if problem:
            st.error(problem)
        elif article is None:
            st.info("Paste an article or upload a file.")
        else:
            m = key_metrics(article.result, title=article.document.title)
            st.html(rtl_html(m.headline, tag="h3", css_class="kh-headline kh-small"))
            st.caption(f"{article.document.source} · {m.dates} dates · {m.figures} figures · "
                       f"{m.events} events · reference date {article.result.reference_date or '—'}"
                       f" ({article.reference_note})")
            ui.warnings(article.document)
        return article


with st.sidebar:
    st.markdown("## :material/newspaper: Khabar")
    st.caption("Compare two articles: one timeline, dates and figures aligned, disagreements flagged.")

st.header("Compare two articles")
left, right = st.columns(2, gap="medium")
with left:
    a = one_side("A", "a", ui.DEFAULT_SAMPLE)
with right:
    b = one_side("B", "b", ui.COMPARE_SAMPLE)
if a is None or b is None:
    st.stop()

result = compare(a.result, b.result)
dates, figures = compare_frames(result)

counts = st.columns(6)
d, f = result["dates"], result["figures"]
disagreements = int((figures["status"] == "disagree").sum())
for column, (label, value) in zip(counts, (
        ("Dates in both", len(d["shared"])), ("Dates only in A", len(d["only_a"])),
        ("Dates only in B", len(d["only_b"])), ("Shared figures", len(f["shared"])),
        ("Disagreements", disagreements), ("Figures in one only", len(f["only_a"]) + len(f["only_b"])))):
    column.metric(label, value, border=True)

tab_figures, tab_dates = st.tabs([f"Figures · {len(figures)}", f"Dates · {len(dates)}"])
with tab_figures:
    st.caption("Figures aligned by kind, measure and unit; the words around them decide which fact they state. "
               "A shared figure disagrees when the values differ beyond the approximation its text states.")
    st.dataframe(status_style(figures), hide_index=True, key="compare_figures", placeholder="—",
                 column_config={**LABELS, "A as written": st.column_config.TextColumn(width="medium"),
                                "B as written": st.column_config.TextColumn(width="medium")})
with tab_dates:
    st.dataframe(status_style(dates), hide_index=True, key="compare_dates", column_config=LABELS,
                 placeholder="—")

st.subheader("Timeline, both articles")
if a.result.events or b.result.events:
    ui.chart(charts.timeline_compare, a.result, b.result, names=NAMES, key="timeline_both")
else:
    st.info("Neither article has dated events.")

st.subheader("The two texts")
text_a, text_b = st.columns(2, gap="medium")
for column, name, article in ((text_a, "a", a), (text_b, "b", b)):
    with column:
        st.html(article_html(article.result, prefix=name, height=520))
        ui.removed_box(article.document)
