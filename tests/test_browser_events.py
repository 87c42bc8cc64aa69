"""Issue 13 as an analyst meets it, in Debian's Chromium: a short article of
our own with a ministry (وزارة، no زار in it), a city that is also a
country's name (عمّان), a road accident and a works budget, pasted into the
page; the timeline must show the right categories, labels and actors.
Screenshots: artifacts/events-category.png and events-actor.png."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench.app_render import CHROMIUM, launch, serve, wait_for_dashboard, wait_for_run

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"
VIEWPORT = {"width": 1280, "height": 800}
ARTICLE = (
    "عمّان - أعلنت وزارة الأشغال العامة يوم 3 مارس 2025 تخصيص 2.5 مليار دولار لصيانة الطرق في المحافظات.\n"
    "وفي حادث منفصل، لقي 12 راكبا حتفهم وأصيب 20 آخرون يوم 5 مارس 2025 إثر انقلاب حافلة على الطريق "
    "الصحراوي قرب مطار الملكة علياء الدولي.\n"
    "وكان وزير الخارجية قد التقى في عمّان يوم 1 مارس 2025 نظيره المصري لبحث التعاون.")

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
        page.goto(url)
        wait_for_dashboard(page, timeout=120_000)
        sidebar = page.locator("[data-testid=stSidebar]")
        sidebar.get_by_text("Paste", exact=True).click()
        area = sidebar.locator("textarea")
        area.wait_for()
        area.fill(ARTICLE)
        area.press("Control+Enter")
        page.locator(".kh-article", has_text="الأشغال العامة").wait_for(timeout=60_000)
        wait_for_dashboard(page)
        yield page
        browser.close()


def timeline(page):
    return page.locator("[data-testid=stPlotlyChart]").first


def texts(page, selector: str) -> list[str]:
    return timeline(page).locator(selector).evaluate_all("els => els.map(e => e.textContent)")


def lanes(page) -> list[str]:
    return texts(page, ".ytick text")


def labels(page) -> list[str]:
    return texts(page, ".textpoint text")


def test_categories_come_from_the_trigger_and_the_figures(page):
    assert page.errors == [] and page.locator("[data-testid=stException]").count() == 0
    shown = set(lanes(page))
    assert {"disaster", "economy", "diplomacy"} <= shown, shown
    assert "politics and law" not in shown and "other" not in shown
    timeline(page).screenshot(path=str(ARTIFACTS / "events-category.png"))


def test_no_label_is_a_broken_word(page):
    shown = " ".join(labels(page))
    assert "انقلاب حافلة" in shown and "زارة" not in shown.replace("وزارة", "")


def test_the_actors_are_a_country_not_an_airport_or_oman(page):
    hovers = timeline(page).locator(".js-plotly-plot").evaluate(
        "el => el.data.flatMap(t => [].concat(t.hovertext || []))")
    # each hover holds a line "category · actor، actor": the actors as the page shows them
    actors = " ".join(line.split("·", 1)[1] for h in hovers for line in h.split("<br>")
                      if line.strip("\u2067\u2069 ").startswith(("diplomacy", "economy", "disaster")) and "·" in line)
    assert "الأردن" in actors and "مصر" in actors              # عمّان is Amman; نظيره المصري
    assert "عُمان" not in actors and "علياء" not in actors     # no Oman, no airport's namesake
    page.get_by_text("actor", exact=True).click()
    wait_for_run(page)
    page.wait_for_timeout(500)
    assert "no named actor" in lanes(page)                     # the accident and the budget name nobody
    timeline(page).screenshot(path=str(ARTIFACTS / "events-actor.png"))
