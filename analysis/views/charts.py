"""The charts of an Analysis, in one place for the pages: the events on a
timeline (timeline.py) and the figures by what they measure
(figures_chart.py); what they share is in plot.py."""
from __future__ import annotations

from .figures_chart import figures_chart, group_title
from .plot import ARTICLE_COLOURS, ARTICLE_SYMBOLS, CATEGORY_COLOURS, FONT, PDI, RLI, rli
from .timeline import CHAR_PX, PACK_WIDTH, date_as_written, short_label, timeline, timeline_compare

__all__ = ["figures_chart", "group_title", "timeline", "timeline_compare", "short_label", "date_as_written",
           "rli", "RLI", "PDI", "FONT", "CATEGORY_COLOURS", "ARTICLE_COLOURS", "ARTICLE_SYMBOLS", "PACK_WIDTH",
           "CHAR_PX"]
