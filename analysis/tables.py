"""Tables of an Analysis: pandas DataFrames (one row per mention) and a text table."""
from __future__ import annotations

import pandas as pd

from .model import Analysis

DATE_COLUMNS = ["text", "value", "precision", "mod", "calendar", "start", "end"]
FIGURE_COLUMNS = ["text", "value", "kind", "unit", "approx", "measure", "measure_text", "start", "end"]


def dates_frame(result: Analysis) -> pd.DataFrame:
    return pd.DataFrame([m.to_dict() for m in result.dates], columns=DATE_COLUMNS)


def figures_frame(result: Analysis) -> pd.DataFrame:
    return pd.DataFrame([m.to_dict() for m in result.figures], columns=FIGURE_COLUMNS)


def render_text_table(result: Analysis) -> str:
    """What `python -m analysis FILE` prints."""
    lines = []
    if result.reference_date:
        lines.append(f"reference date: {result.reference_date} ({result.reference_source})")
    for title, frame in (("DATES", dates_frame(result)), ("FIGURES", figures_frame(result))):
        lines.append(f"\n{title} ({len(frame)})")
        if len(frame):
            lines.append(frame.drop(columns=["end"]).to_string(index=False))
    return "\n".join(lines)
