"""Khabar: two articles side by side: where they disagree, where they agree,
what one alone states, one timeline of both.

Lays out analysis.compare.compare(); computes nothing itself.
"""
from __future__ import annotations

import streamlit as st

import ui
from analysis.views import charts, compare_view
from analysis.compare import compare
from analysis.views.highlight import article_html, rtl_html
from analysis.views.summary import key_metrics

st.set_page_config(page_title="Khabar — compare two articles", page_icon="📰", layout="wide")
st.html(ui.PAGE_CSS)
NAMES = ("A", "B")
STATUS_COLOURS = {"disagree": "background-color:#fde2e4;color:#9b1c31;font-weight:600",
                  "agree": "background-color:#e3f4e8;color:#1d6b3a",
                  "both": "background-color:#e3f4e8;color:#1d6b3a"}


LABELS = {name: st.column_config.TextColumn(name[0].upper() + name[1:])
          for name in ("status", "kind", "measure", "unit", "value", "reads", "difference", "why")}
LABELS["confidence"] = st.column_config.NumberColumn("Confidence", format="%.2f")
for side in ("A as written", "B as written"):           # the Arabic right-aligned, digits with it
    LABELS[side] = st.column_config.TextColumn(side, width="medium", alignment="right")


def status_style(frame):
    return (frame.style.map(lambda v: STATUS_COLOURS.get(v, "color:#5b6270"), subset=["status"])
            .format(na_rep="—"))


def summary(name: str, article: ui.Article | None, problem: str | None) -> None:
    """One article in two lines above the comparison: its headline and what was read."""
    with st.container(border=True):
        st.markdown(f"**Article {name}**")
        if problem:
            st.error(problem)
        elif article is None:
            st.info("Paste an article or upload a file (in the sidebar).")
        else:
            m = key_metrics(article.result, title=article.document.title)
            st.html(rtl_html(m.headline, tag="h3", css_class="kh-headline kh-small"))
            st.caption(f"{article.document.source} · {m.dates} dates · {m.figures} figures · "
                       f"{m.events} events · reference date {article.result.reference_date or '—'}"
                       f" ({article.reference_note})")
            ui.warnings(article.document)


with st.sidebar:
    st.markdown("## :material/newspaper: Khabar")
    st.caption("Compare two articles: where they disagree, where they agree, one timeline of both.")
    inputs = {}
    for name, key, default_sample in (("A", "a", ui.DEFAULT_SAMPLE), ("B", "b", ui.COMPARE_SAMPLE)):
        st.markdown(f"#### Article {name}")
        inputs[name] = ui.article_input(key, default_sample=default_sample)

st.header("Compare two articles")
for column, name in zip(st.columns(2, gap="medium"), NAMES):
    with column:
        summary(name, *inputs[name])
(a, _), (b, _) = inputs["A"], inputs["B"]
if a is None or b is None:
    st.stop()

try:
    result = compare(a.result, b.result)
except Exception as e:          # a fault of the comparison: said plainly, the inputs stay up
    st.error(f"Khabar failed while comparing the two articles ({type(e).__name__}: {e}). Please report it.")
    st.stop()
everything = compare_view.facts(result)
by_status = {status: [f for f in everything if f.status == status] for status in compare_view.STATUSES}

st.subheader(f"Disagreements · {len(by_status['disagree'])}")
if by_status["disagree"]:
    st.html(compare_view.cards_html(by_status["disagree"]))
else:
    st.success("The two articles agree on every fact they share.")
st.subheader(f"Agreements · {len(by_status['agree'])}")
if by_status["agree"]:
    st.html(compare_view.cards_html(by_status["agree"]))
else:
    st.info("No fact is stated alike in both articles.")
with st.expander(f"Only in one article · A {len(by_status['only A'])}, B {len(by_status['only B'])}"):
    only_a, only_b = st.columns(2, gap="medium")
    for column, status in ((only_a, "only A"), (only_b, "only B")):
        with column:
            st.markdown(f"**{status.replace('only', 'Only in')}**")
            if by_status[status]:
                st.html(compare_view.cards_html(by_status[status]))
            else:
                st.caption("Nothing.")

figures, dates = compare_view.figure_frame(result), compare_view.date_frame(result)
counts = st.columns(6)
d, f = result["dates"], result["figures"]
for column, (label, value) in zip(counts, (
        ("Dates in both", len(d["shared"])), ("Dates only in A", len(d["only_a"])),
        ("Dates only in B", len(d["only_b"])), ("Shared figures", len(f["shared"])),
        ("Disagreements", len(by_status["disagree"])),
        ("Figures in one only", len(f["only_a"]) + len(f["only_b"])))):
    column.metric(label, value, border=True)

tab_figures, tab_dates = st.tabs([f"Figures · {len(figures)}", f"Dates · {len(dates)}"])
with tab_figures:
    st.caption("Each pair of figures is the best one-to-one match of kind, value, the words around them, "
               "the counted noun, the measure and the event they belong to; `why` says which signals paired "
               "them. A pair disagrees when the values differ beyond the approximation its texts state.")
    st.dataframe(status_style(figures), hide_index=True, key="compare_figures", placeholder="—",
                 column_config=LABELS)
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
