"""Input handling: decoding, HTML/DOCX/PDF extraction, Arabic repair, page junk."""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from analysis import analyze
from analysis.ingest import (MAX_BYTES, MAX_CHARS, Document, InputError, load_bytes, load_text,
                             split_page_junk)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
PAGE = ROOT / "sample_data" / "page_russia_china.txt"
SAMPLE_ARTICLE = ROOT / "sample_data" / "article_russia_china.txt"

TITLE = "ارتفاع صادرات الحبوب عبر الموانئ الجنوبية خلال الربع الأول"
PARAGRAPHS = [
    "أعلنت هيئة الموانئ يوم 14 مارس 2024 أن صادرات الحبوب عبر الموانئ الجنوبية بلغت 2.5 مليون طن "
    "خلال الربع الأول، بزيادة نسبتها 12% مقارنة بالفترة نفسها من العام الماضي.",
    "وقالت الهيئة في بيانها إن قيمة الشحنات وصلت إلى 870 مليون دولار (نحو 3.2 مليار درهم)، وإن عدد "
    "السفن التي رست في الميناء ارتفع إلى 415 سفينة.",
    "وتتوقع الهيئة أن تستمر الزيادة حتى نهاية يونيو 2024، بعد توقيع اتفاقية نقل جديدة مع شركة "
    "FreightLink في الأول من أبريل.",
]
ARTICLE = TITLE + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def words(text: str) -> list[str]:
    return text.split()


# --- the sample page: ticker and furniture split off, article kept --------------

def test_sample_page_gives_the_article_its_title_and_the_junk_apart():
    page = PAGE.read_bytes()
    doc = load_bytes(page, PAGE.name)
    article = SAMPLE_ARTICLE.read_text(encoding="utf-8")
    assert doc.text == article.rstrip("\n")
    assert doc.title == article.splitlines()[0]
    assert doc.format == "txt" and doc.encoding == "utf-8"

    ticker, *furniture = doc.removed
    assert ticker.reason == "headline ticker"
    assert len(ticker.parts) > 40 and all(len(p) < 200 for p in ticker.parts)
    assert ticker.text == page.decode().splitlines()[0].strip()
    assert [r.reason for r in furniture] == ["page furniture"] * 3
    assert [r.text for r in furniture] == [
        "شكرا على الإبلاغ!",
        "سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.",
        "انقر هنا لقراءة الخبر من مصدره.",
    ]


def test_nothing_on_the_page_is_dropped_silently():
    text = PAGE.read_text(encoding="utf-8")
    doc = load_text(text)
    kept = set(doc.text.splitlines())
    removed = {r.text for r in doc.removed}
    for line in text.splitlines():
        if line.strip():
            assert line in kept or line.strip() in removed, line[:60]


def test_pasted_page_is_split_like_an_uploaded_one():
    pasted = load_text(PAGE.read_text(encoding="utf-8"))
    uploaded = load_bytes(PAGE.read_bytes(), PAGE.name)
    assert (pasted.text, pasted.removed, pasted.title) == (uploaded.text, uploaded.removed, uploaded.title)
    assert pasted.source == "pasted"


def test_plain_article_comes_through_unchanged():
    for text in (ARTICLE, SAMPLE_ARTICLE.read_text(encoding="utf-8"), "  " + ARTICLE + "\n\n"):
        doc = load_text(text)
        assert doc.text == text and doc.removed == () and doc.warnings == ()
    assert load_text(ARTICLE).title == TITLE


@pytest.mark.parametrize("line", [
    "شارك 300 شخص في المسيرة التي انطلقت يوم 5 مايو 2023 من وسط المدينة.",
    "إعلان الحكومة عن موازنة 2024 جاء بعد أسابيع من المشاورات.",
    "اشترك في الهجوم نحو 40 مقاتلا بحسب المصادر.",
    "عاجل من العاصمة: ارتفاع حصيلة الضحايا إلى 12 قتيلا",
    "قال الوزير إن التعاون سيستمر، مضيفا أن الاتفاق يشمل 5 قطاعات.  وأوضح أن التنفيذ يبدأ قريبا.  "
    "وأشار إلى أن التمويل متاح.  وختم بأن اللجنة ستجتمع.  وأكد أن الجدول الزمني واضح.  "
    "وشدد على أهمية الالتزام.",
    "أولا، قليلا، فعلا، مثلا، طويلا: هكذا وصف الكاتب المشهد",
])
def test_news_lines_that_look_like_boilerplate_are_kept(line):
    text = ARTICLE + line + "\n"
    doc = load_text(text)
    assert doc.text == text and doc.removed == ()


def test_ticker_needs_many_short_headlines():
    headlines = [f"عنوان خبر رقم {i} عن الأحداث الجارية في المنطقة" for i in range(12)]
    ticker = "\u00a0\u00a0\u00a0\u00a0".join(headlines)
    doc = load_text(ticker + "\n\n" + ARTICLE)
    assert doc.text == ARTICLE.rstrip("\n")
    assert doc.removed[0].reason == "headline ticker" and doc.removed[0].parts == tuple(headlines)
    # the same gaps between long sentences are a paragraph, not a ticker
    paragraph = "\u00a0\u00a0".join(PARAGRAPHS * 2)
    assert load_text(paragraph + "\n" + ARTICLE).removed == ()


def test_furniture_inside_the_article_is_removed_and_the_paragraphs_kept():
    text = "\n\n".join([TITLE, PARAGRAPHS[0], "اقرأ أيضاً: عنوان آخر لا علاقة له بالخبر", PARAGRAPHS[1],
                        "شارك | فيسبوك | تويتر | واتساب", PARAGRAPHS[2], "جميع الحقوق محفوظة © 2024"])
    doc = load_text(text)
    assert words(doc.text) == words(TITLE + " " + " ".join(PARAGRAPHS))
    assert [r.text for r in doc.removed] == ["اقرأ أيضاً: عنوان آخر لا علاقة له بالخبر",
                                             "شارك | فيسبوك | تويتر | واتساب", "جميع الحقوق محفوظة © 2024"]


def test_a_text_that_is_all_junk_is_kept_whole_with_a_warning():
    ticker = "\u00a0\u00a0\u00a0".join(f"عنوان قصير رقم {i}" for i in range(20))
    doc = load_text(ticker)
    assert doc.text == ticker and doc.removed == ()
    assert any("furniture or headlines" in w for w in doc.warnings)


def test_split_page_junk_keeps_windows_line_ends():
    text = "انقر هنا للمزيد\r\n" + ARTICLE.replace("\n", "\r\n")
    article, removed, _ = split_page_junk(text)
    assert article == ARTICLE.rstrip("\n").replace("\n", "\r\n")
    assert [r.text for r in removed] == ["انقر هنا للمزيد"]


# --- decoding ---------------------------------------------------------------------

@pytest.mark.parametrize("codec, bom, label", [
    ("utf-8", b"", "utf-8"),
    ("utf-8", b"\xef\xbb\xbf", "utf-8"),
    ("utf-16-le", b"\xff\xfe", "utf-16-le"),
    ("utf-16-be", b"\xfe\xff", "utf-16-be"),
    ("utf-16-le", b"", "utf-16-le"),
    ("utf-16-be", b"", "utf-16-be"),
    ("utf-32-le", b"\xff\xfe\x00\x00", "utf-32-le"),
    ("cp1256", b"", "windows-1256"),
    ("iso-8859-6", b"", "iso8859-6"),
], ids=["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "utf-16le", "utf-16be", "utf-32-bom",
        "windows-1256", "iso-8859-6"])
def test_encodings(codec, bom, label):
    doc = load_bytes(bom + ARTICLE.encode(codec), "article.txt")
    assert doc.text == ARTICLE and doc.encoding == label and doc.warnings == ()


@pytest.mark.parametrize("codec", ["cp1256", "iso-8859-6"])
def test_one_short_line_in_a_single_byte_code_page(codec):
    line = "قتل 12 شخصا في انفجار وقع صباح الأحد"
    assert load_bytes(line.encode(codec), "x.txt").text == line


def test_utf8_cut_off_mid_character_keeps_the_rest_and_says_so():
    text = ARTICLE.rstrip("\n.")
    data = text.encode("utf-8")[:-1]       # half of the last letter
    doc = load_bytes(data, "cut.txt")
    assert doc.text == text[:-1] + "\ufffd"
    assert any("cut off" in w and "damaged" in w for w in doc.warnings)


def test_utf8_damaged_in_the_middle_keeps_the_rest():
    data = ARTICLE.encode("utf-8")
    broken = data[:41] + data[42:]
    doc = load_bytes(broken, "bad.txt")
    assert doc.text.count("\ufffd") == 1
    assert words(doc.text)[-5:] == words(ARTICLE)[-5:] and len(doc.text) == len(ARTICLE)
    assert any("first at character" in w for w in doc.warnings)


def test_utf16_cut_short_is_read_with_a_warning():
    data = b"\xff\xfe" + ARTICLE.encode("utf-16-le")[:-1]
    doc = load_bytes(data, "cut16.txt")
    assert doc.text.startswith(TITLE) and doc.warnings


def test_latin_only_text_is_read_with_a_warning():
    doc = load_text("Only English here: trade rose to $170 billion in 2022.")
    assert any("no Arabic" in w for w in doc.warnings)


def test_pasted_markup_stays_text():
    text = 'قال المسؤول <script>alert(1)</script> و<img src=x onerror=alert(1)> في 30 ديسمبر 2022'
    assert load_text(text).text == text


def test_lone_surrogates_become_replacement_characters():
    doc = load_text("نص \ud800 آخر عن الاقتصاد والتجارة")
    assert doc.text == "نص \ufffd آخر عن الاقتصاد والتجارة" and doc.warnings


# --- limits and what is not text ---------------------------------------------------

def test_upload_limit():
    with pytest.raises(InputError, match="20 MB"):
        load_bytes(b"a" * (MAX_BYTES + 1), "huge.txt")


def test_text_limit():
    with pytest.raises(InputError, match=f"{MAX_CHARS:,}"):
        load_text("ا" * (MAX_CHARS + 1))


@pytest.mark.parametrize("data, name, message", [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "photo.png", "PNG image"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "photo.txt", "PNG image"),
    (b"\x7fELF\x02\x01\x01" + bytes(300), "tool", "program"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "old.doc", "old-format Office"),
    (bytes(1000), "zeros.txt", "binary"),
    (b"", "empty.txt", "empty"),
    (b" \n\t\r\n", "blank.txt", "empty"),
], ids=["png", "png-named-txt", "elf", "ole", "zeros", "empty", "blank"])
def test_not_text(data, name, message):
    with pytest.raises(InputError, match=message):
        load_bytes(data, name)


def test_wrong_types_are_clear_errors():
    with pytest.raises(InputError, match="bytes"):
        load_bytes("text", "x.txt")
    with pytest.raises(InputError, match="str"):
        load_text(b"bytes")


def test_a_name_is_optional():
    doc = load_bytes(ARTICLE.encode("utf-8"))
    assert doc.text == ARTICLE and doc.source == "the input"


# --- HTML -----------------------------------------------------------------------------

HOSTILE_PAGE = f"""<!DOCTYPE html>
<html lang="ar"><head><meta charset="utf-8">
<title>{TITLE} | موقع الأخبار</title>
<meta property="og:title" content="{TITLE}">
<meta property="article:published_time" content="2024-03-15T08:30:00+00:00">
<script>var leaked = "SCRIPT-IN-HEAD"; alert(1);</script>
<style>.x::after {{ content: "STYLE-TEXT" }}</style>
</head><body onload="alert('ON-LOAD')">
<nav><a href="/">الرئيسية</a> | <a href="/a">سياسة</a></nav>
<article><h1>{TITLE}</h1>
<p>{PARAGRAPHS[0]}</p>
<img src="x" onerror="alert('ON-ERROR')">
<iframe src="javascript:alert('IFRAME-SRC')"></iframe>
<p onclick="alert('ON-CLICK')">{PARAGRAPHS[1]}</p>
<script>document.write("SCRIPT-IN-BODY")</script>
<noscript>NOSCRIPT-TEXT</noscript>
<p>{PARAGRAPHS[2]}</p>
<p>اقرأ أيضا: عنوان خبر آخر</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""


def test_html_article_title_and_date_without_scripts():
    doc = load_bytes(HOSTILE_PAGE.encode("utf-8"), "page.html")
    assert doc.format == "html"
    assert doc.title == TITLE
    assert doc.reference_date == dt.date(2024, 3, 15)
    assert words(doc.text) == words(TITLE + " " + " ".join(PARAGRAPHS))
    for leak in ("SCRIPT-IN", "STYLE-TEXT", "ON-", "IFRAME", "alert", "NOSCRIPT", "<"):
        assert leak not in doc.text
    assert [r.text for r in doc.removed] == ["اقرأ أيضا: عنوان خبر آخر"]


def test_html_is_known_by_its_bytes_whatever_its_name():
    for name in ("page.txt", "page", None):
        assert load_bytes(HOSTILE_PAGE.encode("utf-8"), name).format == "html"


def test_html_without_a_date_has_no_reference_date():
    page = f"<html><body><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><footer>© 2021</footer></body></html>"
    doc = load_bytes(page.encode("utf-8"), "page.html")
    assert doc.reference_date is None and words(PARAGRAPHS[0])[0] in doc.text


def test_html_in_windows_1256_with_a_declared_charset():
    page = f'<html><head><meta charset="windows-1256"></head><body><p>{PARAGRAPHS[1]}</p></body></html>'
    doc = load_bytes(page.encode("cp1256"), "page.htm")
    assert doc.text == PARAGRAPHS[1] and doc.encoding == "windows-1256"


def test_html_fixture_file():
    doc = load_bytes((FIXTURES / "arabic_article.html").read_bytes(), "arabic_article.html")
    assert doc.title == TITLE and doc.reference_date == dt.date(2024, 3, 15)
    assert words(doc.text) == words(TITLE + " " + " ".join(PARAGRAPHS))


def test_html_with_only_scripts_is_a_clear_error():
    with pytest.raises(InputError, match="no readable text"):
        load_bytes(b"<html><head><script>alert(1)</script></head><body></body></html>", "x.html")


def test_a_dot_html_file_of_plain_text_is_read_as_text():
    doc = load_bytes(ARTICLE.encode("utf-8"), "article.html")
    assert doc.format == "txt" and doc.text == ARTICLE


# --- DOCX -----------------------------------------------------------------------------

def make_docx(title: str | None = TITLE, paragraphs=PARAGRAPHS, table=None) -> bytes:
    import docx

    document = docx.Document()
    if title:
        document.add_heading(title, 0)
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_paragraphs_tables_and_title():
    data = make_docx(table=[["السنة", "الصادرات"], ["2024", "2.5 مليون طن"]])
    doc = load_bytes(data, "article.docx")
    assert doc.format == "docx" and doc.title == TITLE
    assert doc.text.splitlines() == [TITLE, *PARAGRAPHS, "السنة\tالصادرات", "2024\t2.5 مليون طن"]


def test_docx_is_known_by_its_bytes():
    assert load_bytes(make_docx(), None).format == "docx"


def test_docx_that_unpacks_too_far_is_refused(monkeypatch):
    from analysis.ingest import formats
    monkeypatch.setattr(formats, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(InputError, match="unpacks to more"):
        load_bytes(make_docx(), "bomb.docx")


def test_other_office_zips_are_named():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(InputError, match="Excel workbook"):
        load_bytes(out.getvalue(), "sheet.xlsx")


# --- PDF ------------------------------------------------------------------------------

def test_pdf_from_chromium_comes_back_in_reading_order():
    doc = load_bytes((FIXTURES / "arabic_article.pdf").read_bytes(), "arabic_article.pdf")
    assert doc.format == "pdf"
    assert words(doc.text) == words(TITLE + " " + " ".join(PARAGRAPHS))
    assert any("presentation forms" in w for w in doc.warnings)
    assert any("visual (reversed) order" in w for w in doc.warnings)
    result = analyze(doc.text)
    assert "2024-03-14" in [m.value for m in result.dates]


def test_pdf_without_text_layer():
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (400, 300), "white").save(out, "PDF")
    with pytest.raises(InputError, match="no text layer.*scanned image"):
        load_bytes(out.getvalue(), "scan.pdf")


# --- Arabic as PDF viewers hand it over -------------------------------------------------

def test_presentation_forms_are_folded_back():
    import arabic_reshaper

    shaped = arabic_reshaper.reshape(PARAGRAPHS[0])
    assert shaped != PARAGRAPHS[0]
    doc = load_text(shaped)
    assert doc.text == PARAGRAPHS[0] and any("presentation forms" in w for w in doc.warnings)


def test_visual_order_is_turned_back_into_reading_order():
    from bidi.algorithm import get_display     # the pure-Python one mirrors brackets, as drawn

    logical = "\n".join([TITLE, *PARAGRAPHS[:2]])
    visual = "\n".join(get_display(line, base_dir="R") for line in logical.split("\n"))
    assert visual != logical
    doc = load_text(visual)
    assert doc.text == logical
    assert any("visual (reversed) order" in w for w in doc.warnings)


def test_document_defaults():
    doc = Document(text="نص")
    assert (doc.removed, doc.title, doc.source, doc.format, doc.warnings, doc.encoding) == \
        ((), None, "pasted", "txt", (), None)


def test_words_a_pdf_layout_split_are_joined_from_the_document_s_own_words():
    from analysis.ingest.formats import _join_split_words, _vocabulary
    vocabulary = _vocabulary(["قررت الحكومة زيادة الدعم في الموازنة", "ها هو"])
    text, joined = _join_split_words("قررت الحكو مة (الحكو مة) 5 الموا زنة في ها", vocabulary)
    assert (text, joined) == ("قررت الحكومة (الحكومة) 5 الموازنة في ها", 3)   # في and ها are words apart
    assert _join_split_words("نص", frozenset()) == ("نص", 0)
