"""Tables of an Analysis (and of a comparison): pandas DataFrames, one row per
mention in the order of the Analysis (row i is mention i), and text tables
for the command line."""
from __future__ import annotations

import json
import math
import re

import pandas as pd

from . import labels
from .display import APPROX_WORDS, arabic_value, date_words, dates_in, english_value
from ..model import Analysis, Figure

DATE_COLUMNS = ["text", "value", "reads", "precision", "mod", "calendar", "hijri", "start", "end"]
FIGURE_COLUMNS = ["text", "arabic", "english", "value", "kind", "unit", "measure", "approx",
                  "measure_text", "unit_reason", "start", "end"]
_TEXT_DATE_COLUMNS = ["text", "value", "precision", "mod", "calendar", "start"]
_TEXT_FIGURE_COLUMNS = ["text", "english", "kind", "unit", "approx", "measure", "start"]


def dates_frame(result: Analysis) -> pd.DataFrame:
    rows = [{**m.to_dict(), "reads": date_words(m.value, m.mod) + (f" · Hijri {m.hijri}" if m.hijri else "")}
            for m in result.dates]
    return pd.DataFrame(rows, columns=DATE_COLUMNS)


def figures_frame(result: Analysis) -> pd.DataFrame:
    rows = [{**f.to_dict(), "arabic": arabic_value(f), "english": english_value(f),
             "approx": APPROX_WORDS.get(f.approx, f.approx)} for f in result.figures]
    frame = pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    frame["value"] = frame["value"].astype("float64")    # 170e9 and 15.5 in one column
    return frame


def dates_view(result: Analysis, lang: str = "en") -> pd.DataFrame:
    """The dates table the page shows: as written, the TIMEX value, how it
    reads in the interface language (with the Hijri date of a Hijri mention)."""
    hijri = labels.word("hijri", lang)
    rows = [{"text": m.text, "value": m.value,
             "reads": dates_in(lang, m.value, m.mod) + (f" · {hijri} {m.hijri}" if m.hijri else "")}
            for m in result.dates]
    return pd.DataFrame(rows, columns=["text", "value", "reads"])


def figures_view(result: Analysis, lang: str = "en") -> pd.DataFrame:
    """The figures table the page shows: as written, the value as a brief in
    the interface language writes it (with its unit), kind, measure, approximation."""
    value = arabic_value if lang == "ar" else english_value
    rows = [{"text": f.text, "value": value(f), "kind": labels.kind_short(f.kind, lang),
             "measure": labels.measure(f, lang), "approx": labels.approx(f.approx, lang)}
            for f in result.figures]
    return pd.DataFrame(rows, columns=["text", "value", "kind", "measure", "approx"])


def export_name(source: str | None, what: str | None, ext: str) -> str:
    """khabar-<slug>-<what>.<ext>: the source's file name (or "pasted-text")
    in lower case, every run of spaces and punctuation one hyphen."""
    stem = (source or "article").rsplit("/", 1)[-1]
    stem = stem.rsplit(".", 1)[0] if "." in stem[1:] else stem
    slug = re.sub(r"[\W_]+", "-", stem.lower()).strip("-")[:60].strip("-") or "article"
    return "-".join(["khabar", slug] + ([what] if what else [])) + f".{ext}"


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV with whole numbers written as integers (12, not 12.0) and a
    byte-order mark, so that spreadsheet programs read the Arabic as UTF-8."""
    frame = frame.copy()
    for column in frame.columns:
        if pd.api.types.is_float_dtype(frame[column]):
            frame[column] = pd.Series([_exact(v) for v in frame[column]], index=frame.index, dtype=object)
    return frame.to_csv(index=False).encode("utf-8-sig")


def _exact(v: float):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    return int(v) if math.isfinite(v) and float(v).is_integer() else v


def json_text(result: Analysis, source: str | None = None, title: str | None = None) -> str:
    """The SCHEMA.md shape with the text, for download."""
    return json.dumps({"source": source, "title": title, "text": result.text, **result.to_dict()},
                      ensure_ascii=False, indent=1)


def render_text_table(result: Analysis, terminal: bool = False) -> str:
    """What `python -m analysis FILE` prints. For a terminal the Arabic cells
    go through render.for_renderer (which decides whether to shape them);
    piped to a file they stay as written."""
    lines = []
    if result.reference_date:
        lines.append(f"reference date: {result.reference_date} ({result.reference_source})")
    frames = (("DATES", dates_frame(result)[_TEXT_DATE_COLUMNS]),
              ("FIGURES", figures_frame(result)[_TEXT_FIGURE_COLUMNS]))
    for title, frame in frames:
        lines.append(f"\n{title} ({len(frame)})")
        if len(frame):
            if terminal:
                from .render import for_renderer
                frame = frame.assign(text=[for_renderer(t, "terminal") for t in frame["text"]])
            lines.append(frame.to_string(index=False, na_rep="—"))
    return "\n".join(lines)


# ---------------------------------------------------------------- comparison

COMPARE_DATE_COLUMNS = ["status", "value", "reads", "A", "B"]
COMPARE_FIGURE_COLUMNS = ["status", "kind", "measure", "unit", "A", "B", "A as written", "B as written"]


def compare_frames(result: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The output of analysis.compare.compare() as two tables: dates and figures,
    shared ones first (a figure's status is "agree" or "disagree"), then those
    only in A, then only in B."""
    dates = []
    d = result["dates"]
    for status, pairs in (("both", [(s["a"], s["b"]) for s in d["shared"]]),
                          ("only A", [(m, None) for m in d["only_a"]]),
                          ("only B", [(None, m) for m in d["only_b"]])):
        for a, b in pairs:
            m = a or b
            dates.append({"status": status, "value": m["value"], "reads": date_words(m["value"], m["mod"]),
                          "A": a["text"] if a else "", "B": b["text"] if b else ""})
    figures = []
    f = result["figures"]
    for status, pairs in (("shared", [(s["a"], s["b"], s["agree"]) for s in f["shared"]]),
                          ("only A", [(m, None, None) for m in f["only_a"]]),
                          ("only B", [(None, m, None) for m in f["only_b"]])):
        for a, b, agrees in pairs:
            m = a or b
            figures.append({
                "status": ("agree" if agrees else "disagree") if status == "shared" else status,
                "kind": m["kind"], "measure": (a or {}).get("measure") or (b or {}).get("measure"),
                "unit": m["unit"],
                "A": _english(a), "B": _english(b),
                "A as written": a["text"] if a else "", "B as written": b["text"] if b else ""})
    return (pd.DataFrame(dates, columns=COMPARE_DATE_COLUMNS),
            pd.DataFrame(figures, columns=COMPARE_FIGURE_COLUMNS))


def _english(mention: dict | None) -> str:
    if not mention:
        return ""
    fields = {k: mention.get(k) for k in ("text", "start", "end", "value", "kind", "unit", "approx")}
    return english_value(Figure(**fields))


def render_compare_table(result: dict) -> str:
    """What `python -m analysis compare A B` prints."""
    dates, figures = compare_frames(result)
    lines = []
    for title, frame, columns in (("DATES", dates, ["status", "value", "A", "B"]),
                                  ("FIGURES", figures, ["status", "kind", "measure", "A", "B"])):
        lines.append(f"{title} ({len(frame)})")
        lines.append(frame[columns].to_string(index=False, na_rep="—") if len(frame) else f"  no {title.lower()}")
        lines.append("")
    return "\n".join(lines).rstrip()
