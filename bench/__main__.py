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
import importlib.metadata
import importlib.util
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass, field

from . import synthetic
from .peers import DUCKLING_ALL, DUCKLING_TIME, Dateparser, Duckling

ROOT = synthetic.ROOT
SCORER = synthetic.DEV.parent / "score.py"     # beside the copy of dev.jsonl
SYNTHETIC_SIZES = (10_000, 100_000, 1_000_000)   # characters
PEER_BUDGET = 60.0          # seconds a run: a peer expected to take longer is skipped
KHABAR_MIN_SECONDS = 0.5    # Khabar is fast: repeat it until this much time is timed
TARGET_SPEEDUP = 25
TARGET_LINEAR = 120         # 1 MB may take at most this many times the 10 KB time
PIECE = 10_000              # linearity: the 1 MB article against its own 10 KB pieces
TARGET_MEMORY_MB = 300

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


# ------------------------------------------------------------------ engines

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
        rows.append(Row(_synthetic_label(size), [(synthetic.article(size), None)],
                        skippable=size > SYNTHETIC_SIZES[0]))
    return rows


def _synthetic_label(size: int) -> str:
    return f"synthetic {size // 1000} KB" if size < 1_000_000 else f"synthetic {size // 1_000_000} MB"


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


# The child reads its own peak RSS (VmHWM): on Linux its ru_maxrss would also
# count the bench process it was forked from, which holds both peers.
_MEMORY_CHILD = """
import json, sys
from analysis import analyze
def status(key):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith(key))
text = open(sys.argv[1], encoding="utf-8").read()
before = status("VmRSS:")
analyze(text)
print(json.dumps({"before_kb": before, "peak_kb": status("VmHWM:")}))
"""


def memory(text: str) -> dict:
    """Peak memory of analysing `text`: tracemalloc's peak of the Python
    allocations analyze() makes, and the peak RSS of a child process that
    does nothing else (interpreter and imports included)."""
    from analysis import analyze
    out: dict = {}
    gc.collect()
    tracemalloc.start()
    try:
        analyze(text)
        out["tracemalloc_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
    except Exception as e:
        out["error"] = f"{type(e).__name__}: {e}"
    finally:
        tracemalloc.stop()
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write(text)
    try:
        done = subprocess.run([sys.executable, "-c", _MEMORY_CHILD, f.name], cwd=ROOT,
                              capture_output=True, text=True, timeout=600)
        if done.returncode == 0:
            got = json.loads(done.stdout.strip().splitlines()[-1])
            out["peak_rss_mb"] = got["peak_kb"] / 1024
            out["rss_before_mb"] = got["before_kb"] / 1024
        else:
            out.setdefault("error", (done.stderr.strip().splitlines() or ["?"])[-1])
    except (OSError, subprocess.TimeoutExpired, ValueError) as e:
        out.setdefault("error", str(e))
    finally:
        os.unlink(f.name)
    return out


# ------------------------------------------------------------------ printing

def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    versions = []
    for package in ("dateparser", "pyduckling-native-phihos"):
        try:
            versions.append(f"{package} {importlib.metadata.version(package)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{package} missing")
    return (f"Machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}; {', '.join(versions)}; {dt.date.today()}")


def _duration(s: float) -> str:
    if s < 1:
        return f"{s * 1000:.3g} ms"
    return f"{s:.3g} s"


def _rate(chars: int, s: float) -> str:
    r = chars / s
    for unit, size in (("M", 1e6), ("k", 1e3)):
        if r >= size:
            return f"{r / size:.3g} {unit}"
    return f"{r:.3g}"


def table(rows: list[Row], engines: list, cells, scores: dict) -> str:
    head = ["input", "chars"]
    for engine in engines:
        head += [engine.name, "chars/s"]
    lines = [head]
    for row in rows:
        line = [row.label, f"{row.chars:,}"]
        khabar = cells[row.label, "Khabar"].seconds
        for engine in engines:
            cell = cells[row.label, engine.name]
            if cell.seconds is None:
                line += [cell.note or "—", ""]
                continue
            t = _duration(cell.seconds)
            if engine.name != "Khabar" and khabar:
                t += f" (×{cell.seconds / khabar:,.1f})"
            if cell.note:
                t += f" [{cell.note}]"
            line += [t, _rate(row.chars, cell.seconds)]
        lines.append(line)
    if scores:
        for kind, label in (("dates", "dev F1, dates value"), ("figures", "dev F1, figures value")):
            line = [label, ""]
            for engine in engines:
                report = scores.get(engine.name)
                has_kind = report and (kind == "dates" or engine.finds_figures)
                line += [f"{report[kind]['value_f1']:.3f}" if has_kind else "—", ""]
            lines.append(line)
    widths = [max(len(r[i]) for r in lines) for i in range(len(head))]
    out = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in lines]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def notes(runs: int, with_dev: bool, mem: dict, load: tuple[float, float]) -> list[str]:
    nan = float("nan")
    out = [f"Load average (1 min) {load[0]:.1f} at the start and {load[1]:.1f} at the end, on "
           f"{os.cpu_count()} cores: other work on the machine slows engines unevenly, so compare "
           "ratios from quiet runs.",
           f"Each cell: one run over the whole input, median of {runs} runs after a warm-up "
           f"(Khabar: at least {runs} runs and {KHABAR_MIN_SECONDS} s); (×n) = the peer's time / "
           "Khabar's on the same row; chars/s = characters a second.",
           "Khabar: analyze() whole (dates, figures, events). dateparser: "
           "search_dates(text, languages=['ar']), with settings={'RELATIVE_BASE': reference date} when "
           "the document has one. Duckling: its Arabic parser on the dimensions named, "
           "in a child process per document, the parse call alone timed inside the child.",
           f"Peers are skipped on the 100 KB and 1 MB rows when one run takes more than "
           f"{PEER_BUDGET:.0f} s (their warm-up run, or an estimate from how fast their time grew)."]
    if with_dev:
        out.append(f"Dev F1 by {SCORER} (value F1: spans overlap and values agree). Peers get each "
                   f"document's reference_date; when it is null, dateparser its default (now) and "
                   f"Duckling today ({dt.date.today()}); Khabar gets null then. — = the engine finds no figures.")
    if "tracemalloc_mb" in mem or "peak_rss_mb" in mem:
        out.append(f"1 MB memory: tracemalloc peak {mem.get('tracemalloc_mb', nan):.1f} MB; peak RSS of a "
                   f"child process that only analyses it {mem.get('peak_rss_mb', nan):.1f} MB "
                   f"({mem.get('rss_before_mb', nan):.1f} MB before analyze(); read as VmHWM, because "
                   "ru_maxrss would count the bench process it is forked from).")
    return out


def piece_time(text: str, size: int, runs: int = 3) -> float:
    """The mean time of analysing each `size`-character piece of `text`
    (the median of `runs` after a warm-up, for each piece)."""
    from analysis import analyze
    times = []
    for i in range(0, len(text), size):
        piece = text[i:i + size]
        analyze(piece)
        one = []
        for _ in range(runs):
            t0 = time.perf_counter()
            analyze(piece)
            one.append(time.perf_counter() - t0)
        times.append(statistics.median(one))
    return statistics.mean(times)


def targets(rows: list[Row], engines: list, cells, mem: dict) -> list[tuple[bool | None, str]]:
    """(passed, line) for each target; passed is None when it could not be measured."""
    out = []
    sample = rows[0].label
    khabar = cells[sample, "Khabar"].seconds
    for engine in engines[1:]:
        peer = cells[sample, engine.name].seconds
        if khabar and peer:
            ratio = peer / khabar
            out.append((ratio >= TARGET_SPEEDUP, f"Khabar ≥ {TARGET_SPEEDUP}× faster than {engine.name} "
                        f"on the sample article: ×{ratio:.1f} ({_duration(khabar)} vs {_duration(peer)})"))
        else:
            out.append((None, f"Khabar vs {engine.name} on the sample article: not measured"))
    big = cells.get((_synthetic_label(SYNTHETIC_SIZES[-1]), "Khabar"), Cell()).seconds
    small = mem.get("piece_seconds")
    if small and big:
        # the same text both ways: the whole 1 MB article, and each of its 10 KB pieces
        # (the separate 10 KB article in the table holds fewer figures a line)
        out.append((big <= TARGET_LINEAR * small,
                    f"linear time: 1 MB takes {big / small:.1f}× the mean time of its own 10 KB pieces "
                    f"(≤ {TARGET_LINEAR}×; {_duration(big)} vs {_duration(small)})"))
    else:
        out.append((None, "linear time: not measured"))
    for key, what in (("tracemalloc_mb", "tracemalloc peak"), ("peak_rss_mb", "peak RSS of a child process")):
        if key in mem:
            out.append((mem[key] < TARGET_MEMORY_MB,
                        f"1 MB peak memory ({what}): {mem[key]:.0f} MB (< {TARGET_MEMORY_MB} MB)"))
        else:
            out.append((None, f"1 MB peak memory ({what}): not measured ({mem.get('error', '?')})"))
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
