"""A comparison as an analyst reads it: the disagreements first, then the
agreements, then what one article alone states; as cards (HTML), tables
(pandas) and text (the command line). Lays out analysis.compare.compare()'s
result; computes nothing about the articles itself."""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

import pandas as pd

from ..model import Figure
from .display import APPROX_WORDS, date_words, english_value

STATUSES = ("disagree", "agree", "only A", "only B")
DATE_STATUS = {"agree": "both"}           # the dates table's word for a date both state alike
FIGURE_COLUMNS = ["status", "kind", "measure", "unit", "A", "B", "difference", "confidence", "why",
                  "A as written", "B as written"]
DATE_COLUMNS = ["status", "value", "reads", "A", "B", "difference", "confidence", "why"]


@dataclass(frozen=True)
class Fact:
    """One row of the comparison: a shared pair or a mention of one side."""
    status: str                  # disagree, agree, only A, only B
    what: str                    # the figure's kind, or "date"
    a: dict | None
    b: dict | None
    difference: str | None = None
    why: tuple[str, ...] = ()
    confidence: float | None = None

    @property
    def is_date(self) -> bool:
        return self.what == "date"


def facts(result: dict) -> list[Fact]:
    """Every fact of the comparison, dates and figures together, in reading
    order: disagreements (surest first), agreements, then A's and B's own."""
    out = []
    for part, what_of in ((result["figures"], lambda m: m["kind"]), (result["dates"], lambda m: "date")):
        for s in part["shared"]:
            out.append(Fact("agree" if s["agree"] else "disagree", s.get("kind") or what_of(s["a"]), s["a"], s["b"],
                            s.get("difference"), tuple(s.get("why", ())), s.get("confidence")))
        out += [Fact("only A", what_of(m), m, None) for m in part["only_a"]]
        out += [Fact("only B", what_of(m), None, m) for m in part["only_b"]]
    return sorted(out, key=_reading_order)


def _reading_order(f: Fact) -> tuple:
    surest = -(f.confidence or 0.0) if f.status == "disagree" else 0.0
    return STATUSES.index(f.status), surest, (f.a or f.b)["start"]


def reads(fact: Fact, side: str) -> str:
    """One side of a fact in English: 31 killed, USD 7 bn, 12 Mar 2025."""
    m = fact.a if side == "a" else fact.b
    if m is None:
        return ""
    if fact.is_date:
        return date_words(m["value"], m.get("mod"))
    fields = {k: m.get(k) for k in ("text", "start", "end", "value", "kind", "unit", "approx")}
    approx = APPROX_WORDS.get(m.get("approx")) if m.get("value") is not None else None
    return f"{approx} {english_value(Figure(**fields))}" if approx else english_value(Figure(**fields))


# ---------------------------------------------------------------- tables

def figure_frame(result: dict) -> pd.DataFrame:
    rows = [{"status": f.status, "kind": f.what, "measure": (f.a or {}).get("measure") or (f.b or {}).get("measure"),
             "unit": (f.a or f.b)["unit"], "A": reads(f, "a"), "B": reads(f, "b"), "difference": f.difference,
             "confidence": f.confidence, "why": "; ".join(f.why),
             "A as written": (f.a or {}).get("text", ""), "B as written": (f.b or {}).get("text", "")}
            for f in facts(result) if not f.is_date]
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS)


def date_frame(result: dict) -> pd.DataFrame:
    rows = [{"status": DATE_STATUS.get(f.status, f.status), "value": (f.a or f.b)["value"],
             "reads": reads(f, "a") or reads(f, "b"), "A": (f.a or {}).get("text", ""),
             "B": (f.b or {}).get("text", ""), "difference": f.difference, "confidence": f.confidence,
             "why": "; ".join(f.why)}
            for f in facts(result) if f.is_date]
    return pd.DataFrame(rows, columns=DATE_COLUMNS)


def render_text(result: dict) -> str:
    """What `python -m analysis compare A B` prints."""
    lines = []
    for title, frame, columns in (("FIGURES", figure_frame(result), ["status", "kind", "A", "B", "difference"]),
                                  ("DATES", date_frame(result), ["status", "value", "A", "B", "difference"])):
        lines.append(f"{title} ({len(frame)})")
        shown = frame[columns].astype(object).where(frame[columns].notna(), "—")
        lines.append(shown.to_string(index=False) if len(frame) else f"  no {title.lower()}")
        lines.append("")
    return "\n".join(lines).rstrip()


# ---------------------------------------------------------------- cards

CARD_CSS = """<style>
.kh-cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(290px,1fr));gap:.6rem;margin:.2rem 0 .8rem}
.kh-card{border:1px solid #e3e5ea;border-radius:.5rem;padding:.55rem .75rem;background:#fff;line-height:1.45}
.kh-card.kh-disagree{border-left:5px solid #c0392b;background:#fff6f6}
.kh-card.kh-agree{border-left:5px solid #2e8b57}
.kh-card.kh-one{border-left:5px solid #9aa1ad}
.kh-what{font-size:.78rem;text-transform:uppercase;letter-spacing:.04em;color:#5b6270}
.kh-vs{font-size:1.15rem;font-weight:600;color:#111}
.kh-side{font-size:.75rem;font-weight:500;color:#5b6270;margin-right:.25rem;font-family:sans-serif}
.kh-delta{font-weight:700;color:#9b1c31;margin-left:.4rem;white-space:nowrap}
.kh-written{font-family:"Noto Naskh Arabic","Noto Sans Arabic",serif;font-size:1rem;color:#333}
.kh-why{font-size:.75rem;color:#6b7280}
</style>"""


def cards_html(items: list[Fact]) -> str:
    """The facts as cards: what, A against B in English, by how much, the
    Arabic as each article writes it, and why they were paired."""
    return CARD_CSS + '<div class="kh-cards">' + "".join(_card(f) for f in items) + "</div>"


def _card(f: Fact) -> str:
    tone = {"disagree": "kh-disagree", "agree": "kh-agree"}.get(f.status, "kh-one")
    sides = [(name, reads(f, side)) for name, side in (("A", "a"), ("B", "b")) if (f.a if side == "a" else f.b)]
    values = " <span>vs</span> ".join(f'<span class="kh-side">{name}</span>{escape(v)}' for name, v in sides)
    delta = ""
    if f.difference and ", " in f.difference:          # "31 vs 48, +55%": the part after the values
        delta = f'<span class="kh-delta">{escape(f.difference.rsplit(", ", 1)[1])}</span>'
    written = " · ".join(f'<span class="kh-side">{name}</span><bdi dir="rtl" lang="ar">{escape(m["text"])}</bdi>'
                         for name, m in (("A", f.a), ("B", f.b)) if m)
    why = ""
    if f.why:           # the kind is the card's title; the first signals after it say enough
        signals = [w for w in f.why if not w.startswith("kind:")][:3]
        why = f'<div class="kh-why">{escape("; ".join(signals))} · confidence {f.confidence:.2f}</div>'
    return (f'<div class="kh-card {tone}"><div class="kh-what">{escape(f.what)}</div>'
            f'<div class="kh-vs">{values}{delta}</div><div class="kh-written" dir="ltr">{written}</div>{why}</div>')
