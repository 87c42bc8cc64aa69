"""python -m bench [--runs N] [--app] [--json OUT]

Times Khabar's analyze() and its peers on the same inputs in one run, scores
each on the dev gold set with the project scorer, measures the memory of
analysing 1 MB, and prints one table followed by PASS/FAIL lines for the
targets. The exit status is 1 when a target fails.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib.util
import json
import math
import os
import subprocess
import sys

from . import stages, synthetic
from .engines import Cell, DateparserEngine, DucklingEngine, KhabarEngine, Row
from .memory import memory, piece_time
from .peers import DUCKLING_ALL, DUCKLING_TIME
from .report import machine, notes, synthetic_label, table, targets
from .settings import PEER_BUDGET, PIECE, ROOT, SCORER, SYNTHETIC_SIZES

# ------------------------------------------------------------------ inputs

def _dev_docs() -> list[dict] | None:
    path = synthetic.DEV
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def build_rows(dev: list[dict] | None) -> list[Row]:
    rows = [Row("sample article", [(synthetic.SAMPLE.read_text(encoding="utf-8"), None)])]
    if dev:
        rows.append(Row(f"dev gold set ({len(dev)} docs)",
                        [(d["text"], dt.date.fromisoformat(d["reference_date"])
                          if d.get("reference_date") else None) for d in dev],
                        ids=[d["id"] for d in dev]))
    for size in SYNTHETIC_SIZES:
        rows.append(Row(synthetic_label(size), [(synthetic.article(size), None)],
                        skippable=size > SYNTHETIC_SIZES[0]))
    return rows


# ------------------------------------------------------------------ measuring

def measure_all(rows: list[Row], engines: list, runs: int) -> dict[tuple[str, str], Cell]:
    """Every engine on every row. On the big rows a peer is skipped when its
    run is expected (or, in its warm-up, seen) to take more than PEER_BUDGET,
    and then on every bigger row too."""
    cells: dict[tuple[str, str], Cell] = {}
    timed: dict[str, list[tuple[int, float]]] = {e.name: [] for e in engines}   # one-text rows
    given_up: dict[str, str] = {}
    for row in rows:
        for engine in engines:
            key = (row.label, engine.name)
            budget = None
            if row.skippable and not isinstance(engine, KhabarEngine):
                if engine.name in given_up:
                    cells[key] = Cell(note=f"skipped ({given_up[engine.name]})")
                    continue
                estimate = _estimate(timed[engine.name], row.chars)
                if estimate > PEER_BUDGET:
                    cells[key] = Cell(note=f"skipped: ~{estimate:,.0f} s a run (est.)")
                    given_up[engine.name] = f"too slow on {row.label}"
                    continue
                budget = PEER_BUDGET
            _progress(f"{engine.name} on {row.label} ({row.chars:,} chars)")
            gc.collect()
            try:
                cell = engine.measure(row.docs, runs, budget)
            except Exception as e:                    # a broken engine is a cell, not a crash
                cell = Cell(note=f"error: {type(e).__name__}: {str(e)[:80]}")
            cells[key] = cell
            if cell.seconds and len(row.docs) == 1:
                timed[engine.name].append((row.chars, cell.seconds))
            elif cell.seconds is None and row.skippable:
                given_up[engine.name] = f"too slow on {row.label}"
    return cells


def _estimate(timed: list[tuple[int, float]], chars: int) -> float:
    """Seconds a run on `chars`, from the largest input timed so far, grown
    as fast as the engine was seen to grow (never slower than linearly)."""
    if not timed:
        return 0.0
    n1, t1 = max(timed)
    smaller = [(n, t) for n, t in timed if n * 5 <= n1]
    power = 1.0
    if smaller:
        n0, t0 = min(smaller)
        power = min(3.0, max(1.0, math.log(t1 / t0) / math.log(n1 / n0)))
    return t1 * (chars / n1) ** power


def dev_scores(row: Row | None, engines: list, cells, dev: list[dict]) -> dict[str, dict]:
    """Each engine's scorer report on the dev set, from its timed run's output."""
    if row is None or not SCORER.exists():
        return {}
    spec = importlib.util.spec_from_file_location("khabar_score", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = {d["id"]: d for d in dev}
    out = {}
    for engine in engines:
        cell = cells[row.label, engine.name]
        if cell.seconds is None and not cell.outputs:
            continue
        pred = {doc_id: {"id": doc_id, **o} for doc_id, o in zip(row.ids, cell.outputs)}
        out[engine.name] = scorer.score(gold, pred)[0]
    return out


def _progress(msg: str) -> None:
    print(f"  timing {msg}…", file=sys.stderr, flush=True)


# ------------------------------------------------------------------ main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[1])
    ap.add_argument("--runs", type=int, default=5, help="timed runs after the warm-up (median; at least 5)")
    ap.add_argument("--app", action="store_true", help="also time the app in a browser (bench/app_render.py)")
    ap.add_argument("--json", metavar="OUT", help="also write every number to this JSON file")
    args = ap.parse_args(argv)
    runs = max(5, args.runs)

    print(machine(), flush=True)
    load_start = os.getloadavg()[0]
    dev = _dev_docs()
    if dev is None:
        print(f"{synthetic.DEV} is absent: no dev-set row and no F1 rows; "
              "synthetic articles are built from the sample article alone.")
    rows = build_rows(dev)
    engines = [KhabarEngine(), DateparserEngine(), DucklingEngine(DUCKLING_TIME), DucklingEngine(DUCKLING_ALL)]
    cells = measure_all(rows, engines, runs)
    dev_row = next((r for r in rows if r.ids), None)
    scores = dev_scores(dev_row, engines, cells, dev or [])
    _progress("memory of analysing 1 MB")
    mem = memory(rows[-1].docs[0][0])
    _progress("the 1 MB article's 10 KB pieces, one by one")
    mem["piece_seconds"] = piece_time(rows[-1].docs[0][0], PIECE)

    print()
    print(table(rows, engines, cells, scores))
    print()
    for line in notes(runs, bool(dev), mem, (load_start, os.getloadavg()[0])):
        print(line)
    print()
    results = targets(rows, engines, cells, mem)
    for passed, line in results:
        print({True: "PASS", False: "FAIL", None: "N/A "}[passed], line)

    print()
    print("Where Khabar's time goes (python -m bench.stages):")
    print(stages.table(runs))

    app_failed = False
    if args.app:
        print(flush=True)
        app = subprocess.run([sys.executable, "-m", "bench.app_render", "--runs", str(runs)], cwd=ROOT)
        app_failed = app.returncode != 0

    if args.json:
        report = {"machine": machine(), "runs": runs, "memory": mem,
                  "targets": [{"passed": p, "line": line} for p, line in results],
                  "rows": [{"input": r.label, "chars": r.chars,
                            **{e.name: {"seconds": cells[r.label, e.name].seconds,
                                        "runs": cells[r.label, e.name].runs,
                                        "note": cells[r.label, e.name].note} for e in engines}}
                           for r in rows],
                  "dev_scores": scores}
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, ensure_ascii=False, indent=1)
    return 1 if app_failed or any(p is False for p, _ in results) else 0


if __name__ == "__main__":
    sys.exit(main())
