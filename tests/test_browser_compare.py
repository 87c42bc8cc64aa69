"""The compare page in Debian's Chromium: two reports of one protest pasted
side by side; the disagreements come first and fit a 1280×800 screen.

Screenshots go to artifacts/ (compare-disagreements.png, the first screen;
compare-disagreements-full.png, the whole page); with KHABAR_UPDATE_DOCS=1
the first screen is also copied to docs/ for the README.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from bench.app_render import CHROMIUM, full_page_screenshot, launch, serve, wait_for_run
from tests.test_compare_pairs import PAIRS

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS, DOCS = ROOT / "artifacts", ROOT / "docs"
VIEWPORT = {"width": 1280, "height": 800}
PAIR = PAIRS["pair-16-beirut-retirees-levant"]

pytestmark = pytest.mark.browser
if not Path(CHROMIUM).exists() and not os.environ.get("CI"):
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); CI unset, so skipping",
                allow_module_level=True)


@pytest.fixture(scope="module")
def page():
    from playwright.sync_api import sync_playwright
    ARTIFACTS.mkdir(exist_ok=True)
    with serve("app.py", timeout=120) as url, sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport=VIEWPORT)
        page.errors = []
        page.on("pageerror", lambda e: page.errors.append(str(e)))
        page.goto(f"{url}/Compare")
        wait_for_run(page, timeout=120_000)
        page.locator(".kh-article").nth(1).wait_for(timeout=60_000)
        yield page
        browser.close()


def paste_both(page) -> None:
    for i, side in enumerate("ab"):
        sidebar = page.locator("[data-testid=stSidebar]")
        sidebar.get_by_text("Paste", exact=True).nth(i).click()
        wait_for_run(page)
        area = sidebar.locator("textarea").nth(i)
        area.fill(PAIR[side]["text"])
        area.press("Control+Enter")
        wait_for_run(page)
    page.locator(".kh-card.kh-disagree").first.wait_for(timeout=60_000)
    wait_for_run(page)
    page.wait_for_timeout(600)


def test_the_disagreements_come_first_and_fit_the_screen(page):
    paste_both(page)
    assert page.locator("[data-testid=stException]").count() == 0 and page.errors == []
    headings = page.locator("h3").all_inner_texts()
    order = [next(i for i, h in enumerate(headings) if h.startswith(word))
             for word in ("Disagreements", "Agreements", "Timeline")]
    assert order == sorted(order), headings
    cards = page.locator(".kh-card.kh-disagree")
    assert cards.count() >= 2
    text = " ".join(cards.all_inner_texts())
    assert "vs" in text and "%" in text and "confidence" in text
    page.screenshot(path=str(ARTIFACTS / "compare-disagreements.png"))
    first = cards.first.bounding_box()
    assert first["y"] + first["height"] <= VIEWPORT["height"], "the first disagreement is below the fold"
    assert all(cards.nth(i).get_attribute("class") for i in range(cards.count()))
    for i in range(cards.count()):
        box = cards.nth(i).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= VIEWPORT["width"], "a card is cut off"
    page.screenshot(path=str(ARTIFACTS / "compare-disagreements.png"))
    full_page_screenshot(page, ARTIFACTS / "compare-disagreements-full.png")
    if os.environ.get("KHABAR_UPDATE_DOCS"):
        shutil.copyfile(ARTIFACTS / "compare-disagreements.png", DOCS / "screenshot-compare-disagreements.png")
