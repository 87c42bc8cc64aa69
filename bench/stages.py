"""python -m bench.stages [--runs N]

Where analyze()'s time goes: each stage timed alone, as analyze() runs it,
on the sample article and the dev set (medians of N runs; each run builds a
fresh text layer, so nothing a stage works out once per text is reused).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import time

from . import synthetic

STAGES = ("layer", "scan", "sentences", "dates", "numbers", "figures", "events", "result")


def stage_times(text: str, ref: dt.date | None) -> dict[str, float]:
    """Seconds each stage of analyze() takes on one text, in one run."""
    from analysis.extract import dates, events, figures, numbers
    from analysis.model import Analysis
    from analysis.text import Text

    clock = [time.perf_counter()]

    def lap():
        clock.append(time.perf_counter())

    layer = Text(text)
    lap()
    layer.atoms
    lap()
    layer.sentences, layer.clauses
    lap()
    found = dates.find_dates(layer, ref)
    lap()
    nums = numbers.find_numbers(layer, outside=sorted((d.start, d.end) for d in found.mentions))
    lap()
    figs = figures.find_figures(layer, nums, found.mentions)
    lap()
    evs = events.find_events(layer, found.mentions, figs)
    lap()
    Analysis(text=text, dates=tuple(found.mentions), figures=tuple(figs), events=tuple(evs),
             reference_date=found.reference_date, reference_source=found.reference_source,
             notes=tuple(found.notes), layer=layer)
    lap()
    return {stage: b - a for stage, a, b in zip(STAGES, clock, clock[1:])}


def medians(docs: list[tuple[str, dt.date | None]], runs: int) -> dict[str, float]:
    """Each stage's median time over `runs` runs of all the documents."""
    for text, ref in docs:
        stage_times(text, ref)                                   # warm-up
    totals = {stage: [] for stage in STAGES}
    for _ in range(runs):
        run = dict.fromkeys(STAGES, 0.0)
        for text, ref in docs:
            for stage, s in stage_times(text, ref).items():
                run[stage] += s
        for stage, s in run.items():
            totals[stage].append(s)
    return {stage: statistics.median(ts) for stage, ts in totals.items()}


def inputs() -> dict[str, list[tuple[str, dt.date | None]]]:
    out = {"sample article": [(synthetic.SAMPLE.read_text(encoding="utf-8"), None)]}
    if synthetic.DEV.exists():
        with synthetic.DEV.open(encoding="utf-8") as f:
            dev = [json.loads(line) for line in f if line.strip()]
        out[f"dev set ({len(dev)} docs)"] = [
            (d["text"], dt.date.fromisoformat(d["reference_date"]) if d.get("reference_date") else None)
            for d in dev]
    return out


def table(runs: int) -> str:
    rows = {label: medians(docs, runs) for label, docs in inputs().items()}
    head = ["stage", *(f"{label} (ms)" for label in rows)]
    lines = [head]
    for stage in (*STAGES, "total"):
        line = [stage]
        for times in rows.values():
            s = sum(times.values()) if stage == "total" else times[stage]
            share = "" if stage == "total" else f" ({s / sum(times.values()):.0%})"
            line.append(f"{s * 1000:.3f}{share}")
        lines.append(line)
    widths = [max(len(r[i]) for r in lines) for i in range(len(head))]
    out = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in lines]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.stages", description=__doc__.split("\n\n")[1])
    ap.add_argument("--runs", type=int, default=21, help="timed runs (median)")
    args = ap.parse_args(argv)
    print(table(max(1, args.runs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
