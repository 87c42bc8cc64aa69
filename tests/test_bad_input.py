"""The bad-input table (issue 6): each row is an input and what must happen.

Every row goes through load_bytes/load_text and, when it is read, analyze():
it ends in one clear message (InputError) or in an analysis whose offsets
hold, whose date values are real dates and whose figure values are numbers,
and nothing is dropped silently. No row may raise anything else.
"""
from __future__ import annotations

import datetime as dt
import io
import math
import random
import re
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Callable

import pytest

from analysis import analyze
from analysis.ingest import MAX_BYTES, InputError, load_bytes, load_text
from analysis.extract.numbers import find_numbers

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = ("ارتفاع صادرات الحبوب عبر الموانئ الجنوبية\n\n"
           "أعلنت هيئة الموانئ يوم 14 مارس 2024 أن الصادرات بلغت 2.5 مليون طن، بزيادة نسبتها 12% "
           "مقارنة بالعام الماضي، وأن قيمة الشحنات وصلت إلى 870 مليون دولار.\n")
MIXED = ("في ٣٠ ديسمبر ٢٠٢٢ قال مراسل Reuters إن 12 شخصا (שלום، привет، 你好 🙂) قتلوا، "
         "وفي ۱۴ مارس ۲۰۲۴ عاد الهدوء\u200f إلى المدينة.")
HOSTILE_HTML = ("<html><head><title>خبر</title><script>var x='SCRIPT-TEXT';alert(1)</script></head>"
                "<body onload=\"alert('ON-LOAD')\"><p>" + ARTICLE + "</p>"
                "<iframe src=\"javascript:alert('IFRAME')\"></iframe><img src=x onerror=\"alert('ON-ERROR')\">"
                "<script>document.write('SCRIPT-BODY')</script><svg onload=\"alert('SVG')\"></svg></body></html>")


# --- inputs -----------------------------------------------------------------------

def random_bytes(n: int) -> bytes:
    return random.Random(6).randbytes(n)


def zip_of(**files: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    return out.getvalue()


@cache
def docx_bytes() -> bytes:
    import docx
    d = docx.Document()
    d.add_paragraph(ARTICLE)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@cache
def pdf_bytes() -> bytes:
    return (FIXTURES / "arabic_article.pdf").read_bytes()


def scanned_pdf() -> bytes:
    from PIL import Image
    out = io.BytesIO()
    Image.new("L", (300, 200), 255).save(out, "PDF")
    return out.getvalue()


@cache
def five_mb_paste() -> str:
    return ARTICLE * (5 * 2**20 // len(ARTICLE.encode("utf-8")) + 1)


def one_long_line() -> str:
    line = " ".join(ARTICLE.split())
    return (line + " ") * (200_000 // (len(line) + 1)) + "م" * (200_000 % (len(line) + 1))


# --- what must happen ---------------------------------------------------------------

@dataclass(frozen=True)
class Refused:
    """One clear InputError, its message holding these words."""
    words: str


@dataclass(frozen=True)
class Read:
    """Read and analysed; optional expectations on top of the invariants."""
    text: str | Callable[[], str] | None = None   # Document.text must be exactly this
    warning: str | None = None                    # a warning holding these words
    dates: tuple[str, ...] = ()                   # date values that must be found
    absent: tuple[str, ...] = ()                  # strings that must not be in the text
    check: Callable | None = None                 # check(doc, result)


def numbers_read_as(value: float) -> Callable:
    """The number reader gives `value`, and so does any figure over that number."""
    def check(doc, result):
        number = next((n for n in find_numbers(doc.text) if n.value == value), None)
        assert number is not None, [n.value for n in find_numbers(doc.text)]
        for f in result.figures:
            if f.start < number.end and number.start < f.end:
                assert f.value == value, f
    return check


def date_count(value: str, at_least: int) -> Callable:
    def check(doc, result):
        assert sum(m.value == value for m in result.dates) >= at_least
    return check


ROWS = [
    # name                                   input (str: pasted; tuple: bytes, file name)             expected
    ("empty text",                           lambda: "",                                               Refused("empty")),
    ("whitespace-only text",                 lambda: " \n\t\u00a0\u200f \n",                           Refused("empty")),
    ("empty file",                           lambda: (b"", "empty.txt"),                               Refused("empty")),
    ("only Latin text",                      lambda: "Trade rose to $170 billion in 2022, they said.", Read(warning="no Arabic")),
    ("binary: random bytes",                 lambda: (random_bytes(4096), "data.txt"),                 Refused("binary")),
    ("binary: random bytes, no name",        lambda: (random_bytes(100), None),                        Refused("binary")),
    ("binary: PNG image",                    lambda: (b"\x89PNG\r\n\x1a\n" + random_bytes(500), "a.png"), Refused("PNG image")),
    ("binary: zip archive",                  lambda: (zip_of(**{"a.txt": "x"}), "files.zip"),          Refused("zip archive")),
    ("binary: executable",                   lambda: (b"\x7fELF\x02\x01" + random_bytes(900), "run"),  Refused("program")),
    ("truncated UTF-8",                      lambda: (ARTICLE.rstrip("\n.").encode()[:-1], "cut.txt"), Read(text=ARTICLE.rstrip("\n.")[:-1] + "\ufffd", warning="cut off")),
    ("UTF-16 with BOM",                      lambda: (ARTICLE.encode("utf-16"), "a.txt"),              Read(text=ARTICLE, dates=("2024-03-14",))),
    ("UTF-16LE without BOM",                 lambda: (ARTICLE.encode("utf-16-le"), "a.txt"),           Read(text=ARTICLE, dates=("2024-03-14",))),
    ("UTF-16BE without BOM",                 lambda: (ARTICLE.encode("utf-16-be"), "a.txt"),           Read(text=ARTICLE, dates=("2024-03-14",))),
    ("Windows-1256",                         lambda: (ARTICLE.encode("cp1256"), "a.txt"),              Read(text=ARTICLE, dates=("2024-03-14",))),
    ("ISO-8859-6",                           lambda: (ARTICLE.encode("iso-8859-6"), "a.txt"),          Read(text=ARTICLE, dates=("2024-03-14",))),
    ("mixed scripts",                        lambda: MIXED,                                            Read(text=MIXED, dates=("2022-12-30", "2024-03-14"))),
    ("a 5 MB paste",                         five_mb_paste,                                            Read(text=five_mb_paste, check=date_count("2024-03-14", 5 * 2**20 // len(ARTICLE.encode())))),
    ("one 200,000-character line",           one_long_line,                                            Read(text=one_long_line)),
    ("50,000 digits in a row",               lambda: "بلغ العدد " + "7" * 50_000 + " شخصا",           Read()),
    ("separators: 1٬٠٠٠٬٠٠٠٫٥",              lambda: "بلغت الخسائر 1٬٠٠٠٬٠٠٠٫٥ دولار",                Read(check=numbers_read_as(1_000_000.5))),
    ("separators: doubled and dangling",     lambda: "بلغ 1,,000 و1..5 و٫٫٫ و1٬٬2 و,5 و5, و٫5 و5٫ دولار", Read()),
    ("separators: mixed decimal marks",      lambda: "بلغ 1,000.000,5 و1.000,000.5 دولار",            Read()),
    ("separators: many groups",              lambda: "بلغ 1٫2٫3٫4 و١٬٢٣٤٫٥٦٧٬٨ و1,5,5.5 دولار",       Read()),
    ("invalid date: 31 فبراير 2023",          lambda: "وقع الحادث في 31 فبراير 2023 صباحا",             Read()),
    ("invalid date: 30/13/2022",             lambda: "صدر القرار بتاريخ 30/13/2022",                   Read()),
    ("invalid date: 0 مايو",                  lambda: "بدأ الإضراب يوم 0 مايو الماضي",                  Read()),
    ("year 0",                               lambda: "في عام 0 لم يكن شيء من ذلك",                     Read()),
    ("year 99999",                           lambda: "قد يحدث ذلك في عام 99999 أو بعده",               Read()),
    ("HTML: scripts, iframes, handlers",     lambda: (HOSTILE_HTML.encode(), "page.html"),             Read(dates=("2024-03-14",), absent=("SCRIPT", "alert", "ON-", "IFRAME", "SVG", "<"))),
    ("HTML: pasted as text stays text",      lambda: "قال <script>alert(1)</script> و<img src=x onerror=alert(1)>", Read(text="قال <script>alert(1)</script> و<img src=x onerror=alert(1)>")),
    ("HTML: broken markup",                  lambda: (b"<html><body><p>" + ARTICLE.encode() + b"<div><table><td></span></p></p><<>>", "b.html"), Read(dates=("2024-03-14",))),
    ("HTML: nothing but scripts",            lambda: (b"<html><script>alert(1)</script></html>", "s.html"), Refused("no readable text")),
    ("PDF: truncated",                       lambda: (pdf_bytes()[:len(pdf_bytes()) // 2], "cut.pdf"), Refused("damaged PDF")),
    ("PDF: really a text file",              lambda: (ARTICLE.encode(), "article.pdf"),                Refused("named .pdf")),
    ("PDF: really a Word file",              lambda: (docx_bytes(), "article.pdf"),                    Refused("named .pdf")),
    ("PDF: no text layer",                   lambda: (scanned_pdf(), "scan.pdf"),                      Refused("no text layer")),
    ("DOCX: truncated",                      lambda: (docx_bytes()[:len(docx_bytes()) // 2], "cut.docx"), Refused("damaged .docx")),
    ("DOCX: really a PDF",                   lambda: (pdf_bytes(), "article.docx"),                    Refused("named .docx")),
    ("DOCX: really a text file",             lambda: (ARTICLE.encode(), "article.docx"),               Refused("named .docx")),
    ("upload over the limit",                lambda: (b" " * (MAX_BYTES + 1), "big.txt"),              Refused("20 MB")),
]


# --- the checks ---------------------------------------------------------------------

_TIMEX_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_TIMEX_MONTH = re.compile(r"(\d{4}|XXXX)-(\d\d)")


def assert_real_date_value(value: str) -> None:
    for part in value.split("/"):
        assert re.fullmatch(r"[\dX]{4}(-.*)?", part), f"not a TIMEX value: {value}"
        if _TIMEX_DAY.fullmatch(part):
            dt.date.fromisoformat(part)            # raises on 2023-02-31
        elif m := _TIMEX_MONTH.fullmatch(part):
            assert 1 <= int(m.group(2)) <= 12, value
        elif m := re.fullmatch(r"XXXX-(\d\d)-(\d\d)", part):
            dt.date(2000, int(m.group(1)), int(m.group(2)))


def assert_sound(result) -> None:
    text = result.text
    for kind in (result.dates, result.figures):
        spans = sorted((m.start, m.end) for m in kind)
        for m in kind:
            assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text
        for (_, end), (start, _) in zip(spans, spans[1:]):
            assert end <= start, "mentions of one kind overlap"
    for m in result.dates:
        if m.value is not None:
            assert_real_date_value(m.value)
    for f in result.figures:
        assert f.value is None or math.isfinite(f.value), f
    for e in result.events:
        assert 0 <= e.start <= e.end <= len(text)
        assert all(0 <= i < len(result.dates) for i in e.dates)
        assert all(0 <= i < len(result.figures) for i in e.figures)


def load(made):
    return load_text(made) if isinstance(made, str) else load_bytes(*made)


@pytest.mark.parametrize("name, make, expected", ROWS, ids=[r[0] for r in ROWS])
def test_bad_input(name, make, expected):
    made = make()
    if isinstance(expected, Refused):
        with pytest.raises(InputError) as caught:
            load(made)
        message = str(caught.value)
        assert expected.words in message and "\n" not in message and "Traceback" not in message
        return
    doc = load(made)
    result = analyze(doc.text, doc.reference_date)
    assert_sound(result)
    if expected.text is not None:
        want = expected.text() if callable(expected.text) else expected.text
        assert doc.text == want, "text changed or lost"
    if expected.warning:
        assert any(expected.warning in w for w in doc.warnings), doc.warnings
    found = {m.value for m in result.dates}
    for value in expected.dates:
        assert value in found, (value, found)
    for s in expected.absent:
        assert s not in doc.text, s
    if expected.check:
        expected.check(doc, result)


def test_the_table_covers_issue_6():
    names = " ".join(r[0] for r in ROWS)
    for topic in ("empty text", "whitespace-only", "only Latin", "binary", "truncated UTF-8",
                  "UTF-16 with BOM", "without BOM", "Windows-1256", "ISO-8859-6", "mixed scripts",
                  "5 MB paste", "200,000-character line", "50,000 digits", "1٬٠٠٠٬٠٠٠٫٥", "separators",
                  "31 فبراير 2023", "30/13/2022", "0 مايو", "year 0", "year 99999", "scripts, iframes",
                  "PDF: truncated", "PDF: really", "DOCX: truncated", "DOCX: really"):
        assert topic in names, topic
