"""python -m bench.app_render [--runs N] — the dashboard's speed in a real browser.

Starts `streamlit run app.py` on 127.0.0.1 and drives Debian's Chromium
(headless, Playwright) against it:

- first full render: a fresh page until the sample article's run is finished
  and its tables, article and charts are drawn (target 3 s);
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
DEFAULT_SAMPLE = "page_russia_china.txt"     # what app.py opens on
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
    from playwright.sync_api import sync_playwright

    other = next(p.name for p in sorted((ROOT / "sample_data").iterdir()) if p.name != DEFAULT_SAMPLE)
    first, rerender = [], []
    with serve() as url, sync_playwright() as p:
        browser = launch(p)
        warm = browser.new_page(viewport={"width": 1280, "height": 800})
        warm.goto(url)
        wait_for_dashboard(warm)
        warm.close()
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            t0 = time.perf_counter()
            page.goto(url)
            wait_for_dashboard(page)
            first.append(time.perf_counter() - t0)
            for name in (other, DEFAULT_SAMPLE):
                t0 = time.perf_counter()
                choose_sample(page, name)
                page.locator("[data-testid=stMain] [data-testid=stCaptionContainer]",
                             has_text=name).first.wait_for(timeout=60_000)
                wait_for_dashboard(page)
                rerender.append(time.perf_counter() - t0)
            page.close()
        browser.close()
    return {"first": first, "rerender": rerender}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.app_render")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is not installed: no browser timings (apt-get install chromium).")
        return 1
    times = measure(args.runs)
    ok = True
    for name, target in (("first", TARGET_FIRST), ("rerender", TARGET_RERENDER)):
        median = statistics.median(times[name])
        passed = median <= target
        ok &= passed
        label = "first full render" if name == "first" else "re-render after changing input"
        print(f"{label:32s} median {median:5.2f} s  (n={len(times[name])}, "
              f"min {min(times[name]):.2f}, max {max(times[name]):.2f})  target {target:.0f} s  "
              f"{'PASS' if passed else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
