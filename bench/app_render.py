"""python -m bench.app_render [--runs N] — the dashboard's speed in a real browser.

Starts `streamlit run app.py` on 127.0.0.1 and drives Debian's Chromium
(headless, Playwright) against it:

- first full render: a fresh browser profile (nothing cached) opens the app
  until the sample article's run is finished and its tables, article and
  charts are drawn (target 3 s); the same for a profile that has loaded the
  app before (its scripts cached) is printed beside it;
- re-render: another sample chosen in the sidebar until that run is drawn
  (target 1 s).

Medians over N runs (a warm-up load first: the server's first run imports
the engine). The server and browser helpers are shared with tests/test_browser.py.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TARGET_FIRST, TARGET_RERENDER = 3.0, 1.0
RUN_DONE = ("[data-testid=stApp][data-test-connection-state=CONNECTED]",
            "[data-testid=stApp][data-test-script-state=notRunning]")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(script: str = "app.py", timeout: float = 60.0):
    """A Streamlit server for `script` in its own process group; yields its URL."""
    port = free_port()
    log = open(ROOT / "artifacts" / f"streamlit-{port}.log", "w") if (ROOT / "artifacts").is_dir() \
        else subprocess.DEVNULL
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", script, "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port),
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with status {proc.returncode}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                    if r.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("streamlit did not answer /_stcore/health in time")
            time.sleep(0.1)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        if log is not subprocess.DEVNULL:
            log.close()


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


def wait_for_run(page, timeout: float = 60_000) -> None:
    """Until Streamlit has finished the run and drawn it (as Streamlit's own e2e tests wait)."""
    for selector in RUN_DONE:
        page.wait_for_selector(selector, state="attached", timeout=timeout)
    page.wait_for_function("!document.querySelector('[data-testid=stSkeleton]')", timeout=timeout)


def wait_for_dashboard(page, timeout: float = 60_000) -> None:
    """Until the one-article page is drawn: article, tables and every chart."""
    wait_for_run(page, timeout)
    page.wait_for_selector(".kh-article", timeout=timeout)
    page.wait_for_selector("[data-testid=stDataFrame]", timeout=timeout)
    page.wait_for_function(
        "[...document.querySelectorAll('[data-testid=stPlotlyChart]')]"
        ".every(c => c.querySelector('.main-svg'))", timeout=timeout)


def choose_sample(page, name: str) -> None:
    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.locator("[data-testid=stSelectbox]").first.click()
    page.get_by_role("option", name=name).click()


def full_page_screenshot(page, path: Path) -> None:
    """Streamlit scrolls inside stMain: grow the viewport to its height first."""
    height = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
    width = page.viewport_size["width"]
    page.set_viewport_size({"width": width, "height": max(800, int(height))})
    page.wait_for_timeout(400)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size({"width": width, "height": 800})


def measure(runs: int) -> dict:
    """Seconds per run: `first` in a fresh browser profile (nothing cached, as a
    first visit), `revisit` in a profile that has loaded the app once (its
    scripts cached), `rerender` after choosing another sample."""
    from playwright.sync_api import sync_playwright

    from ui import COMPARE_SAMPLE as other, DEFAULT_SAMPLE     # what app.py opens on, and another sample
    times = {"first": [], "revisit": [], "rerender": []}
    viewport = {"width": 1280, "height": 800}
    with serve() as url, sync_playwright() as p:
        browser = launch(p)
        returning = browser.new_context(viewport=viewport)
        warm = returning.new_page()
        warm.goto(url)                   # the server's first run imports the engine: not timed
        wait_for_dashboard(warm)
        warm.close()
        for _ in range(runs):
            for name, context in (("first", browser.new_context(viewport=viewport)), ("revisit", returning)):
                page = context.new_page()
                t0 = time.perf_counter()
                page.goto(url)
                wait_for_dashboard(page)
                times[name].append(time.perf_counter() - t0)
                page.close()
                if context is not returning:
                    context.close()
            page = returning.new_page()
            page.goto(url)
            wait_for_dashboard(page)
            for name in (other, DEFAULT_SAMPLE):
                t0 = time.perf_counter()
                choose_sample(page, name)
                page.locator("[data-testid=stMain] [data-testid=stCaptionContainer]",
                             has_text=name).first.wait_for(timeout=60_000)
                wait_for_dashboard(page)
                times["rerender"].append(time.perf_counter() - t0)
            page.close()
        browser.close()
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.app_render")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is not installed: no browser timings (apt-get install chromium).")
        return 1
    times = measure(args.runs)
    ok = True
    rows = (("first", "first full render (fresh profile)", TARGET_FIRST),
            ("revisit", "full render, scripts cached", None),
            ("rerender", "re-render after changing input", TARGET_RERENDER))
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for name, label, target in rows:
        median = statistics.median(times[name])
        verdict = ""
        if target is not None:
            ok &= median <= target
            verdict = f"target {target:.0f} s  {'PASS' if median <= target else 'FAIL'}"
        print(f"{label:36s} median {median:5.2f} s  (n={len(times[name])}, "
              f"min {min(times[name]):.2f}, max {max(times[name]):.2f})  {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
