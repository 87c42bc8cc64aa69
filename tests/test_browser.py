"""What a person sees: the app in Debian's Chromium, driven by Playwright.

`streamlit run app.py` on 127.0.0.1 (its own process group, stopped with
os.killpg); one server serves both pages. Screenshots go to artifacts/; with
KHABAR_UPDATE_DOCS=1 they are also copied to docs/ for the README (so that a
test run leaves the working tree as it found it). Without /usr/bin/chromium
these tests skip, unless CI is set: there they must run, so they fail.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bench.app_render import (CHROMIUM, full_page_screenshot, launch, serve, wait_for_dashboard,
                              wait_for_run)

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS, DOCS = ROOT / "artifacts", ROOT / "docs"


def _publish(artifact: str, doc: str) -> None:
    """Copy a screenshot to docs/ when asked to (KHABAR_UPDATE_DOCS=1)."""
    if os.environ.get("KHABAR_UPDATE_DOCS"):
        DOCS.mkdir(exist_ok=True)
        shutil.copyfile(ARTIFACTS / artifact, DOCS / doc)
VIEWPORT = {"width": 1280, "height": 800}

pytestmark = pytest.mark.browser
if not Path(CHROMIUM).exists() and not os.environ.get("CI"):
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); CI unset, so skipping",
                allow_module_level=True)

XSS = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
PASTED = ("اختبار الأمان في العرض\n\nنشر الموقع يوم 30 ديسمبر 2022 نصا فيه " + XSS +
          " وصورة " + IMG + " ويجب أن يظهرا نصا كما هما.")


@pytest.fixture(scope="module")
def url():
    ARTIFACTS.mkdir(exist_ok=True)
    with serve("app.py", timeout=120) as address:
        yield address


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    page = browser.new_page(viewport=VIEWPORT)
    page.dialogs, page.errors = [], []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    page.close()


def no_exception_shown(page) -> None:
    shown = page.locator("[data-testid=stException]")
    assert shown.count() == 0, shown.first.inner_text()
    assert page.errors == []


def open_main(page, url) -> None:
    page.goto(url)
    wait_for_dashboard(page, timeout=120_000)


def paste(page, text: str) -> None:
    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.get_by_text("Paste", exact=True).click()
    area = sidebar.locator("textarea")
    area.wait_for()
    area.fill(text)
    area.press("Control+Enter")
    page.locator(".kh-article", has_text="اختبار الأمان").wait_for(timeout=60_000)
    wait_for_run(page)


def test_the_sample_renders_right_to_left_with_no_exception(page, url):
    open_main(page, url)
    no_exception_shown(page)
    article = page.locator(".kh-article")
    assert article.get_attribute("dir") == "rtl" and article.get_attribute("lang") == "ar"
    style = article.evaluate("e => [getComputedStyle(e).direction, getComputedStyle(e).unicodeBidi]")
    assert style[0] == "rtl" and style[1] != "bidi-override"
    headline = page.locator(".kh-headline")
    assert headline.get_attribute("dir") == "rtl" and headline.inner_text().strip()
    page.screenshot(path=str(ARTIFACTS / "main.png"))
    full_page_screenshot(page, ARTIFACTS / "main-full.png")
    _publish("main-full.png", "screenshot-main.png")


def test_digits_keep_their_place_in_right_to_left_text(page, url):
    """In يوم 30 ديسمبر 2022 read right to left, 30 stands right of 2022."""
    open_main(page, url)
    xs = page.evaluate("""() => {
        const mark = [...document.querySelectorAll('.kh-article mark.kh-date')]
            .find(m => /30 ديسمبر 2022/.test(m.textContent));
        if (!mark) return null;
        const node = mark.firstChild, text = node.textContent;
        const at = (s) => { const r = document.createRange(), i = text.indexOf(s);
            r.setStart(node, i); r.setEnd(node, i + s.length); const b = r.getBoundingClientRect();
            return [b.x + b.width / 2, b.y]; };
        return [at('30'), at('ديسمبر'), at('2022')];
    }""")
    assert xs is not None, "no date mark reads 30 ديسمبر 2022"
    (x30, y30), (xm, ym), (x22, y22) = xs
    assert y30 == y22 == ym, "a date mention is kept on one line"
    assert x30 > xm > x22


def test_the_dates_table_shows_normalised_values(page, url, tmp_path):
    """The grid is drawn on a canvas: read it back as a person would, by OCR."""
    if shutil.which("tesseract") is None and not os.environ.get("CI"):
        pytest.skip("tesseract is not installed; CI unset, so skipping")
    from PIL import Image, ImageOps
    open_main(page, url)
    shot = tmp_path / "dates.png"
    page.locator("[data-testid=stDataFrame]").first.screenshot(path=str(shot))
    image = ImageOps.grayscale(Image.open(shot))
    image = ImageOps.expand(image.resize((image.width * 2, image.height * 2), Image.LANCZOS), 20, "white")
    image.save(shot)
    text = subprocess.run(["tesseract", str(shot), "-", "-l", "eng", "--psm", "6"],
                          capture_output=True, text=True, timeout=120).stdout
    assert "2022-12-30" in text, text


def test_markup_in_an_article_is_shown_as_text_and_never_runs(page, url):
    open_main(page, url)
    paste(page, PASTED)
    page.wait_for_timeout(1000)           # give an injected onerror handler every chance to fire
    no_exception_shown(page)
    article = page.locator(".kh-article")
    shown = article.inner_text()
    assert XSS in shown and IMG in shown
    assert article.locator("script, img").count() == 0
    assert page.dialogs == []
    page.screenshot(path=str(ARTIFACTS / "pasted-markup.png"))


def test_selecting_a_row_scrolls_the_article_box_and_never_the_page(page, url):
    from analysis import analyze
    from analysis.ingest import load_bytes
    doc = load_bytes((ROOT / "sample_data" / "page_russia_china.txt").read_bytes(), "page_russia_china.txt")
    result = analyze(doc.text, doc.reference_date)
    visible_rows = min(len(result.dates), 8)
    row = max(range(visible_rows), key=lambda i: result.dates[i].start)    # the one furthest down the text
    open_main(page, url)
    main_scroll = "document.querySelector('[data-testid=stMain]').scrollTop"
    before = page.evaluate(main_scroll)
    grid = page.locator("[data-testid=stDataFrame]").first.bounding_box()
    header, height = 36, 35
    page.mouse.click(grid["x"] + 16, grid["y"] + header + height * row + height / 2)
    mark = page.locator(f"#kh-date-{row}.kh-selected")
    mark.wait_for(timeout=60_000)
    wait_for_run(page)
    page.wait_for_timeout(1200)            # the smooth scroll
    assert page.locator(".kh-selected").count() == 1
    assert page.evaluate(main_scroll) == before, "the page itself scrolled"
    assert page.evaluate("document.scrollingElement.scrollTop") == 0
    assert page.locator(".kh-article").evaluate("e => e.scrollTop") > 0, "the article box did not scroll"
    after = page.locator("[data-testid=stDataFrame]").first.bounding_box()
    assert abs(after["y"] - grid["y"]) < 1, "the table moved under the cursor"
    box = page.locator(".kh-article").bounding_box()
    m = mark.bounding_box()
    assert box["y"] - 1 <= m["y"] and m["y"] + m["height"] <= box["y"] + box["height"] + 1, (box, m)
    assert 0 <= m["y"] and m["y"] + m["height"] <= VIEWPORT["height"]
    page.screenshot(path=str(ARTIFACTS / "selected-row.png"))


CUTOFF_JS = (Path(__file__).parent / "cutoff.js").read_text(encoding="utf-8")


def nothing_cut_off(page) -> int:
    """No metric card, table cell or timeline label is cut off; returns how many were measured."""
    assert page.evaluate(CUTOFF_JS) == []
    return page.evaluate("""document.querySelectorAll('[data-testid=stMetric]').length
        + [...document.querySelectorAll('[data-testid=stDataFrame] canvas td')].filter(c => c.textContent).length
        + document.querySelectorAll('.js-plotly-plot .textpoint text').length""")


@pytest.mark.parametrize("lang", ["English", "العربية"])
def test_nothing_an_analyst_needs_is_cut_off(page, url, lang):
    open_main(page, url)
    if lang != "English":
        page.locator("[data-testid=stSidebar]").get_by_text(lang, exact=True).click()
        page.locator("[data-testid=stMetric]", has_text="التواريخ").wait_for(timeout=60_000)
        wait_for_dashboard(page)
    page.wait_for_timeout(500)
    measured = nothing_cut_off(page)
    assert measured > 40
    # the rows below the first screen of the dates table too
    grid = page.locator("[data-testid=stDataFrame]").first
    box = grid.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, 2000)
    page.wait_for_timeout(400)
    nothing_cut_off(page)
    name = "main" if lang == "English" else "main-arabic"
    page.screenshot(path=str(ARTIFACTS / f"{name}-screen.png"))
    page.locator("[data-testid=stPlotlyChart]").first.screenshot(path=str(ARTIFACTS / f"{name}-timeline.png"))
    if lang == "English":
        _publish("main-timeline.png", "timeline.png")
    if lang != "English":
        full_page_screenshot(page, ARTIFACTS / "main-arabic-full.png")
        _publish("main-arabic-full.png", "screenshot-main-arabic.png")
        nav = page.locator("[data-testid=stSidebarNav]").inner_text()
        assert "المقال" in nav and "app" not in nav.split()


def test_the_sidebar_names_the_pages(page, url):
    open_main(page, url)
    nav = [e.inner_text().strip().split("\n")[-1] for e in page.locator("[data-testid=stSidebarNav] a").all()]
    assert nav == ["Article", "Compare"], nav


def test_the_paste_box_is_right_to_left(page, url):
    open_main(page, url)
    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.get_by_text("Paste", exact=True).click()
    area = sidebar.locator("textarea")
    area.wait_for()
    area.fill("قال الوزير يوم 12 مارس 2024 إن المحادثات ستستأنف.")
    style = area.evaluate("e => [getComputedStyle(e).direction, getComputedStyle(e).unicodeBidi]")
    assert style == ["rtl", "plaintext"]
    # the Arabic starts at the right edge of the box
    box = area.bounding_box()
    start = area.evaluate("""e => { const s = getComputedStyle(e); return parseFloat(s.paddingRight); }""")
    assert start < 20 and box["width"] > 150
    page.screenshot(path=str(ARTIFACTS / "paste-box.png"))


def test_an_uploaded_html_page_and_a_bad_file(page, url, tmp_path):
    open_main(page, url)
    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.get_by_text("File", exact=True).click()
    html_file = tmp_path / "article.html"
    html_file.write_text("<html><head><meta charset='utf-8'><title>اتفاق جديد بين البلدين</title></head><body>"
                         "<article><h1>اتفاق جديد بين البلدين</h1><p>وقّع وزيرا الطاقة في البلدين يوم 12 مارس 2024 "
                         "اتفاقا لتوريد الغاز بقيمة 8 مليارات دولار، على أن تبدأ الشحنات في النصف الثاني من 2025."
                         "</p><p>وقال مسؤول إن الاتفاق يشمل خط أنابيب بطول 300 كيلومتر.</p>" * 2 +
                         "</article><script>alert(1)</script></body></html>", encoding="utf-8")
    sidebar.locator("input[type=file]").set_input_files(str(html_file))
    page.locator(".kh-article", has_text="12 مارس 2024").wait_for(timeout=60_000)
    wait_for_dashboard(page)
    no_exception_shown(page)
    assert page.dialogs == []
    page.screenshot(path=str(ARTIFACTS / "uploaded-html.png"))
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 nothing else")
    sidebar.locator("input[type=file]").set_input_files(str(bad))
    page.locator("[data-testid=stAlertContentError]").wait_for(timeout=60_000)
    wait_for_run(page)
    assert page.locator("[data-testid=stException]").count() == 0
    assert "cannot be read" in page.locator("[data-testid=stAlertContentError]").inner_text()
    page.screenshot(path=str(ARTIFACTS / "bad-input.png"))


def test_the_briefing_view_fits_one_screen(page, url):
    open_main(page, url)
    page.get_by_text("Briefing view", exact=True).click()
    page.locator("[data-testid=stDataFrame]").first.wait_for(state="detached", timeout=60_000)
    wait_for_run(page)
    page.wait_for_timeout(800)
    page.screenshot(path=str(ARTIFACTS / "briefing.png"))
    no_exception_shown(page)
    nothing_cut_off(page)
    assert not page.locator("[data-testid=stSidebar]").is_visible()
    height = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
    assert height <= VIEWPORT["height"], f"the briefing view is {height}px tall"


def test_the_compare_page_renders_both_articles(page, url):
    page.goto(f"{url}/Compare")
    wait_for_run(page, timeout=120_000)
    page.locator(".kh-article").nth(1).wait_for(timeout=60_000)
    page.wait_for_timeout(500)
    no_exception_shown(page)
    articles = page.locator(".kh-article")
    assert articles.count() == 2
    assert all(articles.nth(i).get_attribute("dir") == "rtl" for i in range(2))
    page.screenshot(path=str(ARTIFACTS / "compare.png"))
    full_page_screenshot(page, ARTIFACTS / "compare-full.png")
    _publish("compare-full.png", "screenshot-compare.png")


@pytest.mark.parametrize("kind, magic, name", [
    ("PNG", b"\x89PNG", r"khabar-page-russia-china-briefing\.png"),
    ("PDF", b"%PDF", r"khabar-page-russia-china-briefing\.pdf"),
    ("JSON", b"{", r"khabar-page-russia-china\.json"),
    ("Dates CSV", b"\xef\xbb\xbf", r"khabar-page-russia-china-dates\.csv"),
    ("Figures CSV", b"\xef\xbb\xbf", r"khabar-page-russia-china-figures\.csv"),
], ids=["png", "pdf", "json", "dates-csv", "figures-csv"])
def test_exports_download_with_names_without_spaces(page, url, kind, magic, name):
    open_main(page, url)
    button = page.locator("[data-testid=stDownloadButton]", has_text=kind)
    with page.expect_download(timeout=120_000) as download:
        button.click()
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(magic) and len(data) > 200
    assert re.fullmatch(name, download.value.suggested_filename), download.value.suggested_filename
    if kind == "Figures CSV":
        text = data.decode("utf-8-sig")
        assert not re.search(r"(^|,)\d+\.0(,|$)", text, re.M), "a whole number written as 12.0"
    if kind == "PNG":
        (ARTIFACTS / "briefing-card.png").write_bytes(data)
        _publish("briefing-card.png", "briefing-card.png")
    if kind == "PDF":
        page.screenshot(path=str(ARTIFACTS / "exports.png"))
