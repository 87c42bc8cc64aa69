"""Khabar: dates, figures and events in Arabic news.

Run with `make run` (or `python -m streamlit run app.py`). This is the entry
point: it names the pages in the sidebar in the interface language and
serves them — the one-article page (pages/article.py) and the compare page
(pages/1_Compare.py). It parses and computes nothing itself.
"""
from __future__ import annotations

import streamlit as st

import ui
from analysis.views import labels

st.set_page_config(page_title="Khabar — Arabic news, dates and figures", page_icon="📰",
                   layout="wide", initial_sidebar_state="expanded")
st.html(ui.PAGE_CSS)

lang = ui.language()
pages = [st.Page("pages/article.py", title=labels.word("page_article", lang), icon=":material/article:",
                 default=True),
         st.Page("pages/1_Compare.py", title=labels.word("page_compare", lang), icon=":material/compare_arrows:",
                 url_path="Compare")]
page = st.navigation(pages)
ui.language_switch()
page.run()
