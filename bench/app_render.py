"""python -m bench.app_render [--runs N] — the dashboard's speed in a real browser.

Starts `streamlit run app.py` and, beside it, the floor: a one-chart
Streamlit page (bench/floor_page.py), both on 127.0.0.1, and drives Debian's
Chromium (headless, Playwright) against them:

- first render: a fresh browser profile (nothing cached) opens the app until
  its first screen at 1280×800 is drawn (headline, metric cards, both tables,
  the article); target: within 1.1× the floor's time to its drawn chart in a
  fresh profile, measured in the same run. The charts below the first screen
  are drawn after it (ui.first_screen_drawn); the time until they are is
  printed too, as is the first screen for a profile with the scripts cached;
- re-render: another sample chosen in the sidebar until that run is drawn,
  charts included (target 0.5 s).

Medians over N runs (a warm-up load of each page first: the server's first
run imports the engine). The server and browser helpers are shared with
tests/test_browser.py.
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
TARGET_RATIO, TARGET_RERENDER = 1.1, 0.5      # first render within 1.1x the floor; re-render in 0.5 s
FLOOR = "bench/floor_page.py"
VIEWPORT = {"width": 1280, "height": 800}
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


def wait_for_first_screen(page, timeout: float = 60_000) -> None:
    """Until what the one-article page shows first is drawn: headline, metric
    cards, both tables with their cells, and the article."""
    page.wait_for_selector(".kh-headline", timeout=timeout)
    page.wait_for_selector("[data-testid=stMetric]", timeout=timeout)
    page.wait_for_selector(".kh-article", timeout=timeout)
    page.wait_for_function("document.querySelectorAll('[data-testid=stDataFrame]:has(canvas td)').length >= 2",
                           timeout=timeout)


def wait_for_dashboard(page, timeout: float = 60_000) -> None:
    """Until the one-article page is drawn: article, tables and every chart
    (drawn once the first screen is: none is pending)."""
    wait_for_first_screen(page, timeout)
    page.wait_for_function(
        "!document.querySelector('.kh-pending') && [...document.querySelectorAll('[data-testid=stPlotlyChart]')]"
        ".every(c => c.querySelector('.main-svg'))", timeout=timeout)
    wait_for_run(page, timeout)


def choose_sample(page, name: str) -> float:
    """Choose the sample `name` in the sidebar; returns the moment (perf_counter)
    the option was clicked: opening the list is the analyst's, not the app's, time."""
    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.locator("[data-testid=stSelectbox]").first.click()
    option = page.get_by_role("option", name=name)
    option.wait_for()
    t0 = time.perf_counter()
    option.click()
    return t0


def full_page_screenshot(page, path: Path) -> None:
    """Streamlit scrolls inside stMain: grow the viewport to its height first."""
    height = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
    width = page.viewport_size["width"]
    page.set_viewport_size({"width": width, "height": max(800, int(height))})
    page.wait_for_timeout(400)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size({"width": width, "height": 800})


def wait_for_floor(page, timeout: float = 60_000) -> None:
    wait_for_run(page, timeout)
    page.wait_for_selector("[data-testid=stPlotlyChart] .main-svg", timeout=timeout)


def _timed_load(browser, url: str, wait, context=None) -> float:
    """Seconds from opening `url` until `wait` returns, in a fresh profile (or `context`)."""
    fresh = context is None
    context = context or browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    t0 = time.perf_counter()
    page.goto(url)
    wait(page)
    elapsed = time.perf_counter() - t0
    page.close()
    if fresh:
        context.close()
    return elapsed


def measure(runs: int) -> dict:
    """Seconds per run: `floor` a one-chart page (bench/floor_page.py) in a
    fresh profile; `first` the dashboard's first screen in a fresh profile
    (nothing cached, as a first visit), `full` until its charts below the
    first screen are drawn too, `revisit` the first screen in a profile that
    has loaded the app once (its scripts cached), `rerender` after choosing
    another sample. Both servers run side by side; loads alternate."""
    from playwright.sync_api import sync_playwright

    from ui import COMPARE_SAMPLE as other, DEFAULT_SAMPLE     # what the app opens on, and another sample
    times = {"floor": [], "first": [], "full": [], "revisit": [], "rerender": []}
    with serve() as url, serve(FLOOR) as floor_url, sync_playwright() as p:
        browser = launch(p)
        returning = browser.new_context(viewport=VIEWPORT)
        for address, wait in ((url, wait_for_dashboard), (floor_url, wait_for_floor)):
            warm = returning.new_page()          # the server's first run imports the engine: not timed
            warm.goto(address)
            wait(warm)
            warm.close()
        for _ in range(runs):
            times["floor"].append(_timed_load(browser, floor_url, wait_for_floor))
            times["first"].append(_timed_load(browser, url, wait_for_first_screen))
            times["full"].append(_timed_load(browser, url, wait_for_dashboard))
            times["revisit"].append(_timed_load(browser, url, wait_for_first_screen, returning))
            page = returning.new_page()
            page.goto(url)
            wait_for_dashboard(page)
            for name in (other, DEFAULT_SAMPLE):
                t0 = choose_sample(page, name)
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
    med = {name: statistics.median(ts) for name, ts in times.items()}
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for name, label in (("floor", "one-chart page (the floor)"), ("first", "first screen (fresh profile)"),
                        ("full", "whole page with its charts (fresh)"), ("revisit", "first screen, scripts cached"),
                        ("rerender", "re-render after changing input")):
        print(f"{label:36s} median {med[name]:5.2f} s  (n={len(times[name])}, "
              f"min {min(times[name]):.2f}, max {max(times[name]):.2f})")
    ratio = med["first"] / med["floor"]
    checks = ((f"first render / one-chart page: x{ratio:.2f}", ratio <= TARGET_RATIO, f"<= x{TARGET_RATIO}"),
              (f"re-render after changing input: {med['rerender']:.2f} s", med["rerender"] <= TARGET_RERENDER,
               f"<= {TARGET_RERENDER} s"))
    for text, ok, target in checks:
        print(f"{'PASS' if ok else 'FAIL'} {text} (target {target})")
    return 0 if all(ok for _, ok, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
