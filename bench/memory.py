"""Memory and linearity: the peak memory of analysing 1 MB, and the time of
its 10 KB pieces one by one."""
from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc

from .settings import ROOT

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
