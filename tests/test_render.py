"""Arabic comes out right in every renderer (analysis/views/render.py) and on the briefing card (card.py), read back by OCR.

Each renderer path must give tesseract back the Arabic words it was given, none
mirrored; the same text drawn the wrong way (unshaped on Pillow's basic layout,
shaped twice on a renderer that shapes) must not pass, so these tests can fail.
"""
from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
import sys
import unicodedata

import pytest
from PIL import Image, ImageFont, features
from pypdf import PdfReader

from analysis import AnalysisError, analyze
from analysis.views import card, render
from analysis.__main__ import main as cli
from analysis.model import Analysis, DateMention, Event, Figure
from ocr import arabic_words, check_arabic, check_words, has_arabic_model, normalise, read_arabic

SAMPLE_PAGE = os.path.join(os.path.dirname(__file__), "..", "sample_data", "page_russia_china.txt")
HEADLINE = "الحكومة توقع قرضا لتمويل مشروعات المياه وسط فيضانات مدمرة في الجنوب"


def need(ok: bool, reason: str) -> None:
    """Skip for a missing tool on a developer's machine; fail in CI, which installs it."""
    if not ok:
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI installs it: see .ci/run)")
        pytest.skip(reason)


@pytest.fixture
def tesseract():
    need(has_arabic_model(), "tesseract with its Arabic model (tesseract-ocr-ara) is not installed")


@pytest.fixture
def raqm():
    need(features.check("raqm"), "Pillow was built without libraqm")


def _font(layout) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(render._font_file(render.ARABIC), 20, layout_engine=layout)


# ---------------------------------------------------------------- the decision

def test_pillow_with_raqm_gets_logical_text(raqm):
    font = _font(ImageFont.Layout.RAQM)
    assert not render.needs_shaping(font)
    assert render.for_renderer(HEADLINE, font) == HEADLINE


def test_pillow_basic_layout_gets_shaped_text():
    font = _font(ImageFont.Layout.BASIC)
    assert render.needs_shaping(font)
    assert render.for_renderer(HEADLINE, font) == render.shape(HEADLINE) != HEADLINE


def test_a_raqm_font_without_libraqm_gets_shaped_text(monkeypatch):
    font = _font(ImageFont.Layout.RAQM)
    monkeypatch.setattr(features, "check", lambda name: False)
    assert render.needs_shaping(font)


def test_matplotlib_is_asked_its_version_and_its_libraqm(monkeypatch):
    import matplotlib
    from matplotlib import ft2font

    monkeypatch.setattr(ft2font, "__libraqm_version__", "0.10.5", raising=False)
    monkeypatch.setattr(matplotlib, "__version__", "3.11.0")
    assert not render.needs_shaping("matplotlib")
    monkeypatch.setattr(matplotlib, "__version__", "3.10.8")
    assert render.needs_shaping("matplotlib")
    monkeypatch.setattr(matplotlib, "__version__", "3.12.0rc1")
    monkeypatch.delattr(ft2font, "__libraqm_version__")
    assert render.needs_shaping("matplotlib")


def test_browser_gets_logical_text_and_others_shaped():
    assert not render.needs_shaping("browser")
    assert render.needs_shaping("terminal")
    assert render.for_renderer(HEADLINE, "browser") == HEADLINE


def test_shape_joins_letters_and_reverses_each_line():
    shaped = render.shape("دينار\nمليون دينار")        # no lam-alef: its ligature folds back as الـ
    first, second = shaped.split("\n")
    assert all("\ufe70" <= c <= "\ufeff" for c in first)          # presentation forms
    assert unicodedata.normalize("NFKC", first)[::-1] == "دينار"
    assert unicodedata.normalize("NFKC", second)[::-1] == "مليون دينار"


def test_shape_keeps_digits_in_reading_order():
    shaped = render.shape("170 مليار")
    assert "170" in shaped


# ---------------------------------------------------------------- Pillow, read back

@pytest.mark.parametrize("engine", ["raqm", "basic"])
def test_pillow_paths_read_back(engine, tesseract, raqm):
    reading = check_arabic(render.text_image(HEADLINE, engine), HEADLINE)
    assert reading.passed, (reading.share, reading.mirrored, reading.text)


def test_unshaped_text_on_basic_layout_fails(tesseract, monkeypatch):
    monkeypatch.setattr(render, "needs_shaping", lambda renderer: False)
    reading = check_arabic(render.text_image(HEADLINE, "basic"), HEADLINE)
    assert not reading.passed
    assert reading.mirrored


def test_shaped_twice_on_raqm_fails(tesseract, raqm, monkeypatch):
    monkeypatch.setattr(render, "needs_shaping", lambda renderer: True)
    reading = check_arabic(render.text_image(HEADLINE, "raqm"), HEADLINE)
    assert not reading.passed
    assert reading.mirrored


def test_text_image_takes_a_font_that_has_every_glyph():
    # the Noto Arabic fonts have no %, DejaVu Sans has it and Arabic too
    families = (render.ARABIC, render.FALLBACK)
    assert render._covering_font("نما 25%", families) == render._font_file(render.FALLBACK)
    assert render._covering_font("نما", families) == render._font_file(render.ARABIC)


def test_unknown_layout_engine_is_a_clear_error():
    with pytest.raises(render.RenderError, match="raqm"):
        render.text_image("نص", "harfbuzz")


# ---------------------------------------------------------------- the card

TEXT = ("وقعت الحكومة والبنك الدولي اتفاقية قرض بقيمة 500 مليون دولار في 12 مارس 2024 لتمويل "
        "مشروعات المياه. وأعلنت وزارة الصحة في 3 أبريل 2024 ارتفاع حصيلة الفيضانات إلى 45 قتيلا "
        "و120 جريحا. ومن المقرر افتتاح المحطة الجديدة في صيف 2025.")
LABELS = ("توقيع اتفاقية قرض مع البنك الدولي", "ارتفاع حصيلة الفيضانات", "افتتاح المحطة الجديدة")


def _span(s: str) -> tuple[int, int]:
    i = TEXT.index(s)
    return i, i + len(s)


def _analysis() -> Analysis:
    """A hand-made result: the card must not depend on the engine's progress."""
    dates = tuple(DateMention(s, *_span(s), v, p) for s, v, p in (
        ("12 مارس 2024", "2024-03-12", "day"), ("3 أبريل 2024", "2024-04-03", "day"),
        ("صيف 2025", "2025-SU", "season")))
    figures = tuple(Figure(s, *_span(s), v, k, u, measure=m, measure_text=mt) for s, v, k, u, m, mt in (
        ("500 مليون دولار", 5e8, "money", "USD", "loan", "قرض"),
        ("45 قتيلا", 45, "killed", "person", None, None),
        ("120 جريحا", 120, "injured", "person", None, None)))
    events = tuple(Event(d.start, d.end, label, "other", d.value, (i,), ())
                   for i, (d, label) in enumerate(zip(dates, LABELS)))
    return Analysis(TEXT, dates, figures, events, dt.date(2024, 4, 5), "given")


@pytest.fixture(scope="module")
def card_png() -> bytes:
    return card.briefing_png(_analysis(), HEADLINE)


def test_card_is_a_1920_by_1080_png(card_png):
    img = Image.open(io.BytesIO(card_png))
    assert (img.format, img.size) == ("PNG", (1920, 1080))


def test_card_reads_back_headline_and_timeline(card_png, tesseract):
    read = read_arabic(card_png)
    headline = check_words(read, HEADLINE)
    assert headline.passed, (headline.share, headline.mirrored, read)
    labels = check_words(read, " ".join(LABELS))
    assert labels.passed, (labels.share, labels.mirrored)
    assert {"الخط", "الزمني", "قتيلا"} <= set(arabic_words(read))   # a section title, a casualty figure


def test_card_shaped_twice_fails(tesseract, monkeypatch):
    monkeypatch.setattr(render, "needs_shaping", lambda renderer: True)
    reading = check_arabic(card.briefing_png(_analysis(), HEADLINE), HEADLINE)
    assert not reading.passed
    assert reading.mirrored


def test_card_pdf_holds_the_text():
    pdf = card.briefing_pdf(_analysis(), HEADLINE)
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    extracted = normalise(reader.pages[0].extract_text())    # words in visual order, some run together
    assert all(w in extracted for w in arabic_words(HEADLINE))
    assert all(w in extracted for w in arabic_words(" ".join(LABELS)))


def test_card_pdf_reads_back_when_rasterised(tesseract, tmp_path):
    need(bool(shutil.which("pdftoppm")), "pdftoppm (poppler-utils) is not installed")
    (tmp_path / "card.pdf").write_bytes(card.briefing_pdf(_analysis(), HEADLINE))
    subprocess.run(["pdftoppm", "-r", "160", "-png", "-singlefile", str(tmp_path / "card.pdf"),
                    str(tmp_path / "card")], check=True)
    reading = check_arabic((tmp_path / "card.png").read_bytes(), HEADLINE)
    assert reading.passed, (reading.share, reading.mirrored)


def test_card_of_an_empty_result_draws():
    img = Image.open(io.BytesIO(card.briefing_png(Analysis("نص بلا تواريخ", (), ()))))
    assert img.size == (1920, 1080)


def test_card_survives_dollar_signs_and_a_huge_headline():
    title = "$5 و$10 " + "كلمة طويلة جدا " * 200
    assert card.briefing_png(_analysis(), title).startswith(b"\x89PNG")


def test_timeline_rows_are_in_date_order_and_skip_undated_events():
    a = _analysis()
    shuffled = (a.events[2], a.events[0],
                Event(0, 5, "حدث بلا تاريخ", "other", None, (), ()), a.events[1])
    rows = card._timeline(Analysis(a.text, a.dates, a.figures, shuffled))
    assert [label for _, _, label in rows] == list(LABELS)
    assert [when for when, _, _ in rows] == ["12 مارس 2024", "3 أبريل 2024", "صيف 2025"]
    assert [day for _, day, _ in rows] == [True, True, False]


def test_a_long_timeline_keeps_the_most_precisely_dated():
    rows = card._timeline(_analysis(), rows=2)
    assert [when for when, _, _ in rows] == ["12 مارس 2024", "3 أبريل 2024"]    # not the season


def test_timeline_without_events_uses_the_dated_mentions():
    a = _analysis()
    rows = card._timeline(Analysis(a.text, a.dates, a.figures))
    assert len(rows) == 3
    assert "البنك الدولي" in rows[0][2]            # the clause the date stands in


@pytest.mark.parametrize("value, words", [
    ("2022-12-30", "30 ديسمبر 2022"), ("2022-05", "مايو 2022"), ("2021", "2021"),
    ("2023-SP", "ربيع 2023"), ("2024-Q1", "الربع الأول 2024"),
    ("2022-12-21/2022-12-27", "21 – 27 ديسمبر 2022"),
    ("2022-08-30/2022-09-05", "30 أغسطس – 5 سبتمبر 2022"),
])
def test_dates_in_arabic_words(value, words):
    assert card._value_words(value) == words


# ---------------------------------------------------------------- writing it

def test_write_briefing_by_suffix(tmp_path):
    a = _analysis()
    assert card.write_briefing(a, tmp_path / "c.png", HEADLINE).read_bytes().startswith(b"\x89PNG")
    assert card.write_briefing(a, tmp_path / "c.PDF", HEADLINE).read_bytes().startswith(b"%PDF-")


def test_write_briefing_refuses_other_suffixes_and_bad_paths(tmp_path):
    with pytest.raises(AnalysisError, match=r"\.png or \.pdf"):
        card.write_briefing(_analysis(), tmp_path / "card.jpg")
    with pytest.raises(AnalysisError, match="cannot write"):
        card.write_briefing(_analysis(), tmp_path / "no" / "such" / "card.png")


def test_cli_writes_the_card_of_the_sample_page(tmp_path, capsys):
    out = tmp_path / "card.png"
    assert cli([SAMPLE_PAGE, "--briefing", str(out)]) == 0
    assert Image.open(out).size == (1920, 1080)


def test_cli_reports_a_bad_card_path(tmp_path, capsys):
    assert cli([SAMPLE_PAGE, "--briefing", str(tmp_path / "card.gif")]) == 2
    assert "error:" in capsys.readouterr().err


def test_card_of_the_analysed_sample_page():
    with open(SAMPLE_PAGE, "rb") as f:
        from analysis.ingest import load_bytes
        doc = load_bytes(f.read(), "page.txt")
    png = card.briefing_png(analyze(doc.text, doc.reference_date), doc.title)
    assert Image.open(io.BytesIO(png)).size == (1920, 1080)


def test_bad_input_is_a_clear_error():
    with pytest.raises(AnalysisError, match="from an Analysis"):
        card.briefing_png("نص")
    with pytest.raises(AnalysisError, match="title must be text"):
        card.briefing_pdf(_analysis(), title=42)


# ---------------------------------------------------------------- fonts on a machine set up by `make run` alone

_NO_SYSTEM_NOTO = """
import io, logging, sys
from matplotlib import font_manager
font_manager.fontManager.ttflist = [f for f in font_manager.fontManager.ttflist if "Noto" not in f.name]
font_manager.fontManager._findfont_cached.cache_clear()
from analysis.views import render
if sys.argv[1] == "no-package":
    render._packaged_fonts = lambda: []
records = []
class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)
logging.getLogger().addHandler(Keep())
logging.getLogger().setLevel(logging.DEBUG)
from analysis import analyze
from analysis.views import card
result = analyze(open("sample_data/page_russia_china.txt", encoding="utf-8").read())
card.briefing_png(result, "عنوان الخبر")
card.briefing_pdf(result, "عنوان الخبر")
used = render._font_file(render.ARABIC)
warnings = [r.name + ": " + r.getMessage() for r in records if r.levelno >= logging.WARNING]
print(used)
print(len(warnings))
for w in warnings:
    print(w)
"""


def _card_without_system_noto(mode: str) -> list[str]:
    root = os.path.join(os.path.dirname(__file__), "..")
    out = subprocess.run([sys.executable, "-c", _NO_SYSTEM_NOTO, mode], cwd=root, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


def test_without_debian_fonts_the_card_takes_noto_sans_arabic_from_its_pip_package():
    """The machine `make run` set up: requirements.txt's font package, no
    fonts-noto-core. The card is drawn in Noto Sans Arabic with no font warning."""
    if not render._packaged_fonts():
        need(False, f"{render.FONT_PACKAGE} is not installed (pip install -r requirements.txt)")
    used, count, *warnings = _card_without_system_noto("package")
    assert "NotoSansArabic" in used and render.FONT_PACKAGE.replace("-", "_") in used, used
    assert count == "0", warnings


def test_with_no_arabic_font_at_all_one_message_says_what_to_install():
    used, count, *warnings = _card_without_system_noto("no-package")
    assert "DejaVuSans" in used
    assert count == "1", warnings
    assert warnings[0].startswith("khabar.fonts") and render.FONT_PACKAGE in warnings[0]
    assert render.DEBIAN_FONTS in warnings[0]
