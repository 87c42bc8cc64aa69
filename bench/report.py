"""The bench's printed report: the machine, the table, its notes, the targets."""
from __future__ import annotations

import datetime as dt
import importlib.metadata
import os
import platform

from .engines import Cell, Row
from .settings import (KHABAR_MIN_SECONDS, PEER_BUDGET, SCORER, SPEEDUPS, SYNTHETIC_SIZES, TARGET_LINEAR,
                       TARGET_MEMORY_MB)

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



def targets(rows: list[Row], engines: list, cells, mem: dict) -> list[tuple[bool | None, str]]:
    """(passed, line) for each target; passed is None when it could not be measured."""
    out = []
    for row_start, peer, least in SPEEDUPS:
        row = next((r.label for r in rows if r.label.startswith(row_start)), None)
        khabar = cells.get((row, "Khabar"), Cell()).seconds
        other = cells.get((row, peer), Cell()).seconds
        if khabar and other:
            ratio = other / khabar
            out.append((ratio >= least, f"Khabar ≥ {least}× faster than {peer} on the {row_start}: "
                                        f"×{ratio:.1f} ({_duration(khabar)} vs {_duration(other)})"))
        else:
            out.append((None, f"Khabar vs {peer} on the {row_start}: not measured"))
    big = cells.get((synthetic_label(SYNTHETIC_SIZES[-1]), "Khabar"), Cell()).seconds
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
            out.append((mem[key] <= TARGET_MEMORY_MB,
                        f"1 MB peak memory ({what}): {mem[key]:.0f} MB (≤ {TARGET_MEMORY_MB} MB)"))
        else:
            out.append((None, f"1 MB peak memory ({what}): not measured ({mem.get('error', '?')})"))
    return out


def synthetic_label(size: int) -> str:
    return f"synthetic {size // 1000} KB" if size < 1_000_000 else f"synthetic {size // 1_000_000} MB"
