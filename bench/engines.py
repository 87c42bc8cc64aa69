"""The engines the bench times, each behind one measure() call: Khabar's
analyze(), dateparser, and Duckling in a child process per document."""
from __future__ import annotations

import datetime as dt
import statistics
import time
from dataclasses import dataclass, field

from .peers import Dateparser, Duckling
from .settings import KHABAR_MIN_SECONDS

Doc = tuple[str, dt.date | None]    # a text and its reference date


@dataclass
class Row:
    label: str
    docs: list[Doc]
    ids: list[str] = field(default_factory=list)
    skippable: bool = False          # peers may skip it when too slow

    @property
    def chars(self) -> int:
        return sum(len(text) for text, _ in self.docs)


@dataclass
class Cell:
    seconds: float | None = None     # median time of one run over the whole input
    runs: int = 0
    note: str = ""                   # why there is no time, or what went wrong
    outputs: list[dict] = field(default_factory=list)   # per document: {"dates", "figures"}


class KhabarEngine:
    name = "Khabar"
    finds_figures = True

    def __init__(self):
        from analysis import analyze
        self.analyze = analyze

    def measure(self, docs: list[Doc], runs: int, budget: float | None = None) -> Cell:
        for text, ref in docs:
            self.analyze(text, ref)                                  # warm-up
        times: list[float] = []
        while len(times) < runs or (sum(times) < KHABAR_MIN_SECONDS and len(times) < 1000):
            t0 = time.perf_counter()
            results = [self.analyze(text, ref) for text, ref in docs]
            times.append(time.perf_counter() - t0)
        return Cell(statistics.median(times), len(times),
                    outputs=[_schema(r.to_dict()) for r in results])


class DateparserEngine:
    name = "dateparser"
    finds_figures = False

    def __init__(self):
        self.peer = Dateparser()

    def measure(self, docs: list[Doc], runs: int, budget: float | None = None) -> Cell:
        t0 = time.perf_counter()
        for text, ref in docs:
            self.peer.run(text, ref)                                 # warm-up
        warm_up = time.perf_counter() - t0
        if budget and warm_up > budget:
            return Cell(note=f"skipped: one run took {warm_up:,.0f} s")
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            found = [self.peer.run(text, ref) for text, ref in docs]
            times.append(time.perf_counter() - t0)
        outputs = [{"dates": self.peer.dates(text, f, ref), "figures": []}
                   for (text, ref), f in zip(docs, found)]
        return Cell(statistics.median(times), runs, outputs=outputs)


class DucklingEngine:
    def __init__(self, dims):
        self.peer = Duckling(dims)
        self.name = self.peer.name
        self.finds_figures = "number" in dims

    def measure(self, docs: list[Doc], runs: int, budget: float | None = None) -> Cell:
        per_doc, outputs, failures = [], [], []
        for text, ref in docs:
            got = self.peer.run_in_child(text, ref, runs, budget)
            if "too_slow" in got:
                return Cell(note=f"skipped: one run took {got['too_slow']:,.0f} s")
            if "error" in got:
                failures.append(got["error"])
                outputs.append({"dates": [], "figures": []})    # a crash finds nothing
                continue
            per_doc.append(got["times"])
            outputs.append({"dates": Duckling.dates(text, got["entities"]),
                            "figures": Duckling.figures(text, got["entities"])})
        if not per_doc:
            return Cell(note=f"failed: {failures[0]}", outputs=outputs)
        # run i over the whole input is the sum of run i over its documents
        cell = Cell(statistics.median(sum(ts) for ts in zip(*per_doc)), runs, outputs=outputs)
        if failures:
            cell.note = f"{len(failures)} of {len(docs)} docs failed ({failures[0]})"
        return cell


def _schema(d: dict) -> dict:
    return {"dates": d["dates"], "figures": d["figures"]}
