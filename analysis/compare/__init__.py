"""Two analyses side by side: the facts they share, and whether they agree.

    compare(a, b) == {"dates":   {"shared": [...], "only_a": [...], "only_b": [...]},
                      "figures": {"shared": [...], "only_a": [...], "only_b": [...]}}

A shared entry is {"kind", "measure", "unit", "a", "b", "agree", "difference",
"why", "confidence"}: the two mentions in the SCHEMA.md shape (offsets into
their own texts), whether their values agree, by how much they differ when
they do not ("31 vs 48, +55%"), the signals that paired them and the pairing
score (0–1). Every mention is in exactly one place.

How: every (a, b) pair is scored (scoring.py), the best one-to-one pairing
above a threshold is taken (assignment.py), each pair is judged (judging.py).
Figures are paired first; dates then count the figures paired in the events
they date.
"""
from __future__ import annotations

from collections import Counter

from ..model import Analysis, DateMention, Figure
from .assignment import assign
from .context import Context, date_contexts, figure_contexts
from .judging import agree, date_difference, figure_difference, same_day, value_range
from .scoring import (DATE_THRESHOLD, FIGURE_THRESHOLD, TOLL_KINDS, Score, compatible_kinds, date_score, figure_score,
                      specific_kind)

__all__ = ["compare", "flatten", "agree", "value_range"]


def compare(a: Analysis, b: Analysis) -> dict:
    figures, pairs = _compare_figures(a, b)
    return {"dates": _compare_dates(a, b, pairs), "figures": figures}


def flatten(result: dict) -> dict:
    """The command line's shape: {"shared", "only_a", "only_b"}, each one list
    for dates and figures alike (a shared date has kind "date")."""
    return {key: result["dates"][key] + result["figures"][key] for key in ("shared", "only_a", "only_b")}


def figure_scores(a: Analysis, b: Analysis, paired: tuple[tuple[int, int], ...] = ()) -> list[list[Score]]:
    """The score of every (figure of A, figure of B) pair, given the pairs a
    first pass made (`paired`)."""
    ctx_a, ctx_b = figure_contexts(a), figure_contexts(b)
    fa, fb = a.figures, b.figures
    agreeing = [[compatible_kinds(x, y) is not None and agree(x, y) for y in fb] for x in fa]
    in_row = [sum(row) for row in agreeing]
    in_col = [sum(agreeing[i][j] for i in range(len(fa))) for j in range(len(fb))]

    near: dict[tuple[int, int], list[tuple[int, int]]] = {}     # (sentence in A, in B) → pairs within one
    for k, l in paired:
        for da in (-1, 0, 1):
            for db in (-1, 0, 1):
                near.setdefault((ctx_a[k].sentence + da, ctx_b[l].sentence + db), []).append((k, l))

    def beside(i: int, j: int) -> bool:
        return any(k != i and l != j for k, l in near.get((ctx_a[i].sentence, ctx_b[j].sentence), ()))

    # the tolls each side tells, not counting a part of one (بينهم 3 أطفال)
    tolls_a = Counter(x.kind for x, c in zip(fa, ctx_a) if x.kind in TOLL_KINDS and not c.subset)
    tolls_b = Counter(y.kind for y, c in zip(fb, ctx_b) if y.kind in TOLL_KINDS and not c.subset)

    def sole_toll(x: Figure, y: Figure, i: int, j: int) -> bool:
        return x.kind == y.kind and tolls_a[x.kind] == tolls_b[y.kind] == 1 and not (ctx_a[i].subset or ctx_b[j].subset) \
            and ctx_a[i].whole == ctx_b[j].whole        # a province's toll is not one market's

    return [[figure_score(x, y, ctx_a[i], ctx_b[j], agreeing[i][j] and in_row[i] == in_col[j] == 1,
                          beside(i, j), sole_toll(x, y, i, j)) for j, y in enumerate(fb)] for i, x in enumerate(fa)]


def date_scores(a: Analysis, b: Analysis, figure_pairs: tuple[tuple[int, int], ...]) -> list[list[Score]]:
    """The score of every (date of A, date of B) pair, given the figures paired."""
    ctx_a, ctx_b = date_contexts(a), date_contexts(b)
    linked = dict(figure_pairs)
    return [[date_score(x, y, ctx_a[i], ctx_b[j], linked) for j, y in enumerate(b.dates)]
            for i, x in enumerate(a.dates)]


def _compare_figures(a: Analysis, b: Analysis) -> tuple[dict, tuple[tuple[int, int], ...]]:
    fa, fb = a.figures, b.figures
    first = assign([[s.value for s in row] for row in figure_scores(a, b)], FIGURE_THRESHOLD)
    scores = figure_scores(a, b, tuple(first))
    pairs = assign([[s.value for s in row] for row in scores], FIGURE_THRESHOLD)
    shared = [_figure_entry(fa[i], fb[j], scores[i][j]) for i, j in pairs]
    return _sides(shared, fa, fb, pairs), tuple(pairs)


def _figure_entry(x: Figure, y: Figure, score: Score) -> dict:
    agrees = agree(x, y)
    specific = specific_kind(x, y)
    return {"kind": specific.kind, "measure": x.measure or y.measure, "unit": specific.unit,
            "a": x.to_dict(), "b": y.to_dict(), "agree": agrees,
            "difference": figure_difference(x, y), **_judged(score)}


def _compare_dates(a: Analysis, b: Analysis, figure_pairs: tuple[tuple[int, int], ...]) -> dict:
    ctx_a, ctx_b = date_contexts(a), date_contexts(b)
    da, db = a.dates, b.dates
    scores = date_scores(a, b, figure_pairs)
    pairs = assign([[s.value for s in row] for row in scores], DATE_THRESHOLD)
    shared = [_date_entry(da[i], db[j], ctx_a[i], ctx_b[j], scores[i][j]) for i, j in pairs]
    return _sides(shared, da, db, pairs)


def _date_entry(x: DateMention, y: DateMention, cx: Context, cy: Context, score: Score) -> dict:
    agrees = same_day(x, y, cx.weekday_only, cy.weekday_only)
    return {"kind": "date", "measure": None, "unit": None, "a": x.to_dict(), "b": y.to_dict(),
            "agree": agrees, "difference": date_difference(x, y, agrees), **_judged(score)}


def _judged(score: Score) -> dict:
    return {"why": list(score.why), "confidence": round(min(1.0, max(0.0, score.value)), 2)}


def _sides(shared: list[dict], a: tuple, b: tuple, pairs: list[tuple[int, int]]) -> dict:
    used_a, used_b = {i for i, _ in pairs}, {j for _, j in pairs}
    return {"shared": shared,
            "only_a": [m.to_dict() for i, m in enumerate(a) if i not in used_a],
            "only_b": [m.to_dict() for j, m in enumerate(b) if j not in used_b]}
