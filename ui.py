"""Streamlit pieces both pages share: one article in from any input way, its
reference date, the cached analysis, and charts drawn without ever taking the
page down. No parsing here: analysis/ reads and computes."""
from __future__ import annotations

import datetime as dt
import logging
import zlib
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from analysis import Analysis, AnalysisError, analyze
from analysis.views import labels
from analysis.views.highlight import rtl_html
from analysis.ingest import EXTENSIONS, Document, InputError, load_bytes, load_text
from analysis.limits import MAX_UPLOAD_MB

SAMPLES = Path(__file__).resolve().parent / "sample_data"
DEFAULT_SAMPLE = "page_russia_china.txt"
COMPARE_SAMPLE = "brief_russia_china.txt"      # the compare page's second article: a demo text
UPLOAD_TYPES = [ext.lstrip(".") for ext in EXTENSIONS]       # what the readers accept
WAYS = ["Sample", "Paste", "File"]
LANG_KEY = "kh_lang"
_log = logging.getLogger("khabar.ui")
_DATE_RANGE = dict(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))

PAGE_CSS = """
<style>
.block-container{padding:3.2rem 1.6rem 2rem}
[data-testid=stSidebar]{min-width:256px;max-width:256px}
[data-testid=stSidebarContent]{padding-left:1rem;padding-right:1rem}
[data-testid=stSidebarUserContent]{padding-left:0;padding-right:0}
[data-testid=stMetricValue]{font-size:1.45rem}
[data-testid=stMetricLabel] p{font-size:.85rem;color:#5b6270}
[data-testid=stMetricValue],[data-testid=stMetricValue] *,[data-testid=stMetricLabel],[data-testid=stMetricLabel] *
 {white-space:normal!important;text-overflow:clip!important;overflow-wrap:anywhere;overflow:visible!important}
[data-testid=stTextArea] textarea{direction:rtl;text-align:start;unicode-bidi:plaintext;
 font-family:"Noto Naskh Arabic","Noto Sans Arabic",sans-serif;font-size:1rem;line-height:1.8}
.kh-headline{font-family:"Noto Naskh Arabic","Amiri","Noto Sans Arabic",serif;font-size:1.7rem;
 font-weight:700;line-height:1.6;margin:0 0 .1rem;color:#111}
.kh-removed{font-size:.92rem;color:#444;white-space:pre-wrap;line-height:1.8;
 border-right:3px solid #ccc;padding-right:.6rem;margin:.2rem 0 .8rem}
.kh-headline.kh-small{font-size:1.2rem;margin:.2rem 0 0}
.kh-source{font-size:.875rem;color:rgba(49,51,63,.6)}
</style>"""

BRIEFING_CSS = """
<style>
[data-testid=stSidebar],[data-testid=stSidebarCollapsedControl],[data-testid=stExpandSidebarButton]{display:none}
.block-container{padding-top:2.6rem}
</style>"""


@dataclass(frozen=True)
class Article:
    """One article as the page shows it: the document read, its analysis,
    and where its reference date came from."""
    document: Document
    result: Analysis
    reference_note: str
    key: str                 # changes when the input does: keys its widgets


@st.cache_data(show_spinner=False, max_entries=64)
def read_bytes(data: bytes, name: str) -> Document:
    return load_bytes(data, name)


@st.cache_data(show_spinner=False, max_entries=64)
def read_text(text: str) -> Document:
    return load_text(text, "pasted text")


@st.cache_data(show_spinner=False, max_entries=128)
def analysed(text: str, reference_date: dt.date | None) -> Analysis:
    return analyze(text, reference_date)


def samples() -> list[str]:
    return sorted(p.name for p in SAMPLES.iterdir()
                  if p.is_file() and p.suffix.lstrip(".") in UPLOAD_TYPES)


def language() -> str:
    """The interface language chosen in the sidebar: "en" or "ar"."""
    return labels.lang_of(st.session_state.get(LANG_KEY))


def language_switch() -> str:
    """The sidebar's switch between the English and the Arabic interface."""
    chosen = st.sidebar.segmented_control(labels.word("language", language()), list(labels.LANGUAGES),
                                          format_func=labels.LANGUAGES.get, default="en", required=True,
                                          key=LANG_KEY)
    return labels.lang_of(chosen)


def article_input(key: str, default_sample: str = DEFAULT_SAMPLE,
                  lang: str = "en") -> tuple[Article | None, str | None]:
    """The input widgets (sample / paste / upload, then the reference date).
    Returns the article; or None and what is wrong with the input, said for
    a person; or None, None while nothing is given yet."""
    way = st.segmented_control(labels.word("input", lang), WAYS, default=WAYS[0], required=True,
                               key=f"{key}_way", format_func=lambda w: labels.word(w.lower(), lang))
    try:
        if way == "Sample":
            names = samples()
            index = names.index(default_sample) if default_sample in names else 0
            name = st.selectbox(labels.word("sample_article", lang), names, index=index, key=f"{key}_sample")
            doc = read_bytes((SAMPLES / name).read_bytes(), name)
        elif way == "Paste":
            text = st.text_area(labels.word("arabic_text", lang), height=180, key=f"{key}_paste",
                                placeholder="الصق نص الخبر هنا")
            if not text:
                return None, None
            doc = read_text(text)
        else:
            upload = st.file_uploader(labels.word("file_label", lang), type=UPLOAD_TYPES,
                                      key=f"{key}_file", max_upload_size=MAX_UPLOAD_MB)
            if upload is None:
                return None, None
            doc = read_bytes(upload.getvalue(), upload.name)
    except InputError as e:
        return None, f"This input cannot be read: {e}"
    except Exception as e:    # a reader's own failure must not show a traceback either
        _log.exception("reading the input failed")
        return None, f"This input cannot be read ({type(e).__name__}: {e})."
    return _with_reference_date(doc, key, lang)


def _with_reference_date(doc: Document, key: str, lang: str = "en") -> tuple[Article | None, str | None]:
    """The reference date field, filled from the input (a page's publication
    date, else the article's dateline), editable; then the analysis."""
    doc_key = f"{key}_{zlib.crc32(doc.text.encode('utf-8', 'surrogatepass')):08x}"
    try:
        found = analysed(doc.text, doc.reference_date)
        chosen = st.date_input(labels.word("reference_field", lang), value=found.reference_date,
                               key=f"{doc_key}_ref", format="YYYY-MM-DD",
                               help=labels.word("reference_help", lang),
                               **_DATE_RANGE)
        result = found if chosen == found.reference_date else analysed(doc.text, chosen)
    except AnalysisError as e:
        return None, f"This text cannot be analysed: {e}"
    except Exception as e:       # an engine fault: logged with its traceback, said plainly here
        _log.exception("analysis failed")
        return None, f"Khabar failed while analysing this text ({type(e).__name__}: {e}). Please report it."
    by_you = chosen is not None and chosen != found.reference_date
    return Article(doc, result, _reference_note(doc, result, by_you), doc_key), None


def _reference_note(doc: Document, result: Analysis, by_you: bool) -> str:
    if by_you:
        return "set by you"
    if result.reference_date is None:
        return "none found; relative dates stay open"
    if result.reference_date == doc.reference_date:
        return "publication date of the page"
    return {"dateline": "read from the dateline",
            "publication date": "publication date in the text"}.get(result.reference_source, "given")


def removed_box(doc: Document, label: str = "Removed from the page") -> None:
    """What the reader split off as page junk, collapsed, never silently dropped."""
    if not doc.removed:
        return
    with st.expander(f"{label} ({len(doc.removed)})", expanded=False):
        for part in doc.removed:
            st.caption(part.reason)
            st.html(rtl_html(part.text, css_class="kh-removed"))


def warnings(doc: Document) -> None:
    for w in doc.warnings:
        st.warning(w)


@st.cache_data(show_spinner=False, max_entries=64)
def _built(name: str, identity: tuple, _args: tuple, kwargs: dict):
    """A chart built once per analysis (`identity` says which) and options."""
    from analysis.views import charts
    return getattr(charts, name)(*_args, **kwargs)


def chart(build, *args, key: str, identity: tuple | None = None, **kwargs) -> None:
    """Draw a chart from analysis/views/charts.py (which sizes it itself: pass
    height= to the builder); a clear note if it cannot be drawn. With
    `identity` (what the analysis is: its text and reference date) the
    figure is built once and kept."""
    try:
        figure = (_built(build.__name__, identity, args, kwargs) if identity is not None
                  else build(*args, **kwargs))
    except Exception as e:      # the page must stay up whatever a chart does
        _log.exception("chart failed")
        st.warning(f"This chart could not be drawn ({type(e).__name__}: {e}).")
        return
    st.plotly_chart(figure, key=key, config={"displaylogo": False})


# ---------------------------------------------------------------- drawing below the fold after the first screen

_PAINTED = "kh_first_screen_drawn"
_AFTER_PAINT_JS = """
export default function(component) {
  const { setStateValue, data } = component;
  const done = () => setStateValue("drawn", true);
  const idle = () => window.requestIdleCallback ? window.requestIdleCallback(done, { timeout: 1000 })
                                                : window.setTimeout(done, 100);
  // once the first screen's slowest parts are drawn and the browser is idle, ask for what lies below
  let tries = 0;
  const wait = () => {
    const drawn = document.querySelectorAll(data.selector).length >= data.count;
    if (drawn || ++tries > 80) { window.requestAnimationFrame(() => window.setTimeout(idle, 50)); }
    else { window.setTimeout(wait, 50); }
  };
  wait();
}
"""
try:
    _after_paint = st.components.v2.component("khabar_after_first_paint", js=_AFTER_PAINT_JS)
except Exception:        # a Streamlit without custom components v2: draw everything at once
    _after_paint = None


def first_screen_drawn(selector: str = "canvas", count: int = 1) -> bool:
    """False on a session's first run, until the browser has drawn the first
    screen (`count` elements match `selector` and it is idle): what lies below
    it is then drawn in a rerun, so it does not hold up what the analyst sees
    first. True from then on."""
    if st.session_state.get(_PAINTED) or _after_paint is None:
        return True
    try:
        state = _after_paint(key="kh_after_paint", default={"drawn": False}, height=0,
                             data={"selector": selector, "count": count}, on_drawn_change=lambda: None)
    except Exception:    # no runtime to mount a component in (streamlit.testing): draw at once
        state = {"drawn": True}
    if state.get("drawn"):
        st.session_state[_PAINTED] = True
        return True
    return False
