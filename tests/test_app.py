"""Both pages under streamlit.testing.v1.AppTest: every input way, bad input
included, gives a page or a clear message, never an exception. Also the key
metrics and tables the pages lay out."""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import tomllib
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis import Analysis, DateMention, Figure, limits
from analysis.views.summary import headline, key_metrics
from analysis.views.tables import csv_bytes, dates_frame, figures_frame

ROOT = Path(__file__).resolve().parent.parent
APP, COMPARE = ROOT / "app.py", ROOT / "pages" / "1_Compare.py"
DRAWN = "kh_first_screen_drawn"          # ui.first_screen_drawn(): the browser has drawn the first screen

ARTICLE = ("اتفاق جديد بين البلدين\n\n"
           "وقّع وزيرا الطاقة في البلدين يوم 12 مارس 2024 اتفاقا لتوريد الغاز بقيمة 8 مليارات دولار، "
           "على أن تبدأ الشحنات في النصف الثاني من 2025.")


def run(path: Path = APP, drawn: bool = True) -> AppTest:
    """The page after its first run; `drawn`: as when the browser has drawn
    the first screen already (what lies below it is drawn at once)."""
    at = AppTest.from_file(str(path), default_timeout=90)
    if drawn:
        at.session_state[DRAWN] = True
    at.run()
    return at


def ok(at: AppTest) -> None:
    """No exception, and no error shown."""
    assert not at.exception, [e.message for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def failed_clearly(at: AppTest) -> str:
    """An error shown as a sentence, and no exception (no traceback)."""
    assert not at.exception, [e.message for e in at.exception]
    assert len(at.error) == 1, [e.value for e in at.error]
    message = at.error[0].value
    assert "Traceback" not in message and len(message) > 20
    return message


def html(at: AppTest) -> list[str]:
    return [h.value for h in at.get("html")]


def article_block(at: AppTest, index: int = 0) -> str:
    return [h for h in html(at) if 'class="kh-article"' in h][index]


def paste(at: AppTest, text: str, key: str = "main") -> AppTest:
    at.segmented_control(key=f"{key}_way").set_value("Paste").run()
    at.text_area(key=f"{key}_paste").input(text).run()
    return at


def upload(at: AppTest, name: str, data: bytes, key: str = "main") -> AppTest:
    at.segmented_control(key=f"{key}_way").set_value("File").run()
    at.file_uploader(key=f"{key}_file").set_value((name, data, "application/octet-stream")).run()
    return at


# ---------------------------------------------------------------- files to upload

def docx_bytes(text: str) -> bytes:
    import docx
    d = docx.Document()
    for para in text.split("\n"):
        d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def pdf_bytes(lines: list[str]) -> bytes:
    """A PDF with a text layer, drawn by matplotlib (it shapes Arabic itself)."""
    import matplotlib
    matplotlib.use("Agg")
    from matplotlib.figure import Figure as MplFigure
    fig = MplFigure(figsize=(8, 1 + 0.5 * len(lines)))
    for i, line in enumerate(lines):
        fig.text(0.95, 0.8 - i * 0.8 / len(lines), line, ha="right", fontsize=13,
                 family=["Noto Naskh Arabic", "DejaVu Sans"])
    buf = io.BytesIO()
    with matplotlib.rc_context({"pdf.fonttype": 42}):      # TrueType, as word processors embed
        fig.savefig(buf, format="pdf")
    return buf.getvalue()


HTML_PAGE = ("<html><head><meta charset='utf-8'><title>اتفاق جديد بين البلدين</title>"
             "<meta property='article:published_time' content='2024-03-13T08:00:00Z'></head><body>"
             "<nav><a href='/'>الرئيسية</a> <a href='/x'>اقتصاد</a></nav><article><h1>اتفاق جديد بين البلدين</h1>"
             + "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[1:]) * 3 +
             "<p>وقال مسؤول في الوزارة إن الاتفاق يشمل أيضا بناء خط أنابيب جديد بطول 300 كيلومتر.</p>"
             "</article><footer>جميع الحقوق محفوظة</footer></body></html>")


# ---------------------------------------------------------------- one article

def test_opens_on_the_sample_page_with_every_panel_and_nothing_to_click():
    at = run(drawn=False)
    ok(at)
    assert any('class="kh-headline"' in h for h in html(at))
    assert [m.label for m in at.metric] == ["Dates", "Figures", "Events", "Period covered",
                                            "Largest amount", "Killed", "Injured"]
    assert 'dir="rtl"' in article_block(at) and 'lang="ar"' in article_block(at)
    assert len(at.dataframe) == 2
    dates = at.dataframe[0].value
    assert len(dates) > 0 and "2022-12-30" in set(dates["value"])
    subheaders = {s.value.split(" · ")[0] for s in at.subheader}
    assert {"Dates", "Figures", "Article"} <= subheaders
    # below the fold, charts and exports wait for the first screen to be drawn; then they come
    assert not at.get("plotly_chart") and not at.download_button and "Timeline" not in subheaders
    at.session_state[DRAWN] = True
    at.run()
    ok(at)
    assert {"Timeline", "Figures by measure", "Export"} <= {s.value for s in at.subheader}
    assert len(at.get("plotly_chart")) == 2
    assert {b.label for b in at.download_button} >= {"Dates CSV", "Figures CSV", "JSON"}


def test_the_arabic_interface_governs_every_label_and_heading():
    at = run()
    at.session_state["kh_lang"] = "ar"
    at.run()
    ok(at)
    arabic = re.compile("[\u0600-\u06ff]")
    assert [m.label for m in at.metric] == ["التواريخ", "الأرقام", "الأحداث", "الفترة المغطاة", "أكبر مبلغ",
                                            "القتلى", "الجرحى"]
    assert all(arabic.search(s.value) for s in at.subheader if s.value != "JSON")
    for frame in at.dataframe:
        headings = [c["label"] for c in json.loads(frame.proto.columns).values() if "label" in c]
        assert headings and all(arabic.search(h) for h in headings), headings
    assert all(arabic.search(b.label) for b in at.download_button if b.label != "JSON")
    assert at.segmented_control(key="main_way").options == ["نموذج", "لصق", "ملف"]
    charts = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    assert all(arabic.search(c["layout"]["title"]["text"]) for c in charts)
    at.session_state["kh_lang"] = "en"
    at.run()
    charts = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    assert not any(arabic.search(c["layout"]["title"]["text"]) for c in charts)
    assert [m.label for m in at.metric][0] == "Dates"


def test_the_sample_pages_ticker_is_removed_shown_collapsed_and_not_analysed():
    at = run()
    removed = [e for e in at.expander if e.label.startswith("Removed from the page")]
    assert len(removed) == 1 and not removed[0].proto.expanded
    shown = " ".join(h for h in html(at) if 'class="kh-removed"' in h)
    ticker_headline = "حادثة مروعة بطنجة"          # one of the page's ticker headlines
    assert ticker_headline in shown
    assert ticker_headline not in article_block(at)


def test_pasted_text_is_analysed_and_markup_stays_text():
    at = paste(run(), ARTICLE + "\n<script>alert(1)</script><img src=x onerror=alert(1)>")
    ok(at)
    block = article_block(at)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in block and "<script>" not in block
    assert "&lt;img src=x onerror=alert(1)&gt;" in block and "<img" not in block
    assert "2024-03-12" in set(at.dataframe[0].value["value"])
    assert any('class="kh-headline"' in h and "اتفاق جديد بين البلدين" in h for h in html(at))


def test_the_reference_date_is_filled_from_the_input_and_editable():
    text = "قال الوزير أمس إن المحادثات ستستأنف الأسبوع المقبل."
    at = paste(run(), text)
    ok(at)
    ref = at.date_input[0]
    assert ref.value is None                         # nothing in the text says when it was published
    ref.set_value(dt.date(2024, 3, 13)).run()
    ok(at)
    values = dict(zip(at.dataframe[0].value["text"], at.dataframe[0].value["value"]))
    assert values.get("أمس") == "2024-03-12"
    assert any("set by you" in c.value for c in at.caption)


def test_a_dateline_fills_the_reference_date():
    at = paste(run(), "الرباط في 13 مارس 2024 - قال الوزير أمس إن المحادثات ستستأنف.")
    ok(at)
    assert at.date_input[0].value == dt.date(2024, 3, 13)
    assert any("read from the dateline" in c.value for c in at.caption)
    values = dict(zip(at.dataframe[0].value["text"], at.dataframe[0].value["value"]))
    assert values.get("أمس") == "2024-03-12"


@pytest.mark.parametrize("name, data, expect", [
    ("article.txt", ARTICLE.encode("utf-8"), "2024-03-12"),
    ("article-utf16.txt", ARTICLE.encode("utf-16"), "2024-03-12"),
    ("article-1256.txt", ARTICLE.encode("cp1256"), "2024-03-12"),
    ("article.docx", docx_bytes(ARTICLE), "2024-03-12"),
    ("article.pdf", pdf_bytes(["اتفاق جديد بين البلدين",
                               "وقع وزيرا الطاقة في البلدين يوم 12 مارس 2024 اتفاقا لتوريد الغاز",
                               "بقيمة 8 مليارات دولار، على أن تبدأ الشحنات في النصف الثاني من 2025."]),
     "2024-03-12"),
], ids=["utf8", "utf16", "cp1256", "docx", "pdf"])
def test_every_file_type_is_read(name, data, expect):
    at = upload(run(), name, data)
    assert not at.exception, [e.message for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert expect in set(at.dataframe[0].value["value"])
    assert any(name in c.value for c in at.caption)


def test_an_html_page_gives_its_article_and_its_publication_date():
    at = upload(run(), "page.html", HTML_PAGE.encode("utf-8"))
    ok(at)
    assert at.date_input[0].value == dt.date(2024, 3, 13)
    assert any("publication date" in c.value for c in at.caption)
    block = article_block(at)
    assert "12 مارس 2024" in block and "جميع الحقوق محفوظة" not in block


@pytest.mark.parametrize("name, data", [
    ("empty.txt", b""),
    ("blank.txt", b"  \n\t \n"),
    ("binary.txt", bytes(range(256)) * 40),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(2000)),
    ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage"),
    ("broken.docx", b"PK\x03\x04" + b"\x00" * 20 + b"not really a zip"),
    ("broken.html", b"<html><head><title></title></head><body><div><span></body></html>"),
], ids=["empty", "blank", "binary", "png", "pdf", "docx", "html"])
def test_bad_files_give_a_clear_message_not_a_traceback(name, data):
    at = upload(run(), name, data)
    failed_clearly(at)
    assert not at.dataframe


def test_a_blank_paste_says_so_and_an_empty_box_asks_for_text():
    at = paste(run(), "   \n  ")
    failed_clearly(at)
    at = run()
    at.segmented_control(key="main_way").set_value("Paste").run()
    assert not at.exception and not at.error and at.info     # nothing pasted yet: a hint, not an error


def test_a_huge_paste_gives_a_clear_message():
    at = paste(run(), "ا" * (limits.MAX_CHARS + 1))
    message = failed_clearly(at)
    assert any(ch.isdigit() for ch in message)               # it says what the limit is


def test_selecting_a_row_emphasises_and_scrolls_to_that_mention():
    at = paste(run(), ARTICLE)
    dates = at.dataframe[0]
    assert len(dates.value) > 1
    at.session_state[dates.key] = {"selection": {"rows": [1], "columns": [], "cells": []}}
    at.run()
    ok(at)
    block = article_block(at)
    assert 'class="kh-date kh-selected" id="kh-date-1"' in block
    assert block.count('kh-selected" id=') == 1
    assert any("scrollTo(" in h and '"kh-date-1"' in h and "scrollIntoView" not in h for h in html(at))


def test_a_selection_does_not_carry_over_to_another_article():
    at = run()
    at.session_state["dates_main"] = {"selection": {"rows": [1], "columns": [], "cells": []}}
    at.run()
    assert 'kh-selected" id=' in article_block(at)
    paste(at, ARTICLE)
    ok(at)
    assert 'kh-selected" id=' not in article_block(at)


def test_the_briefing_view_hides_inputs_and_keeps_headline_metrics_timeline():
    at = run()
    at.toggle(key="briefing").set_value(True).run()
    ok(at)
    assert not at.dataframe and not [h for h in html(at) if 'class="kh-article"' in h]
    assert any("stSidebar" in h and "display:none" in h for h in html(at))
    assert any('class="kh-headline"' in h for h in html(at))
    assert len(at.metric) == 7
    assert at.get("plotly_chart") or [i for i in at.info if "event" in i.value]


def test_the_upload_limit_is_the_readers_limit():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] == limits.MAX_UPLOAD_MB


# ---------------------------------------------------------------- two articles

A = ("أعلنت وزارة الصحة أن حصيلة القصف على مستشفى الشفاء ارتفعت إلى 25 قتيلا يوم 3 نوفمبر 2023. "
     "وبلغت قيمة المساعدات 120 مليون دولار.")
B = ("قالت مصادر طبية إن القصف على مستشفى الشفاء يوم 3 نوفمبر 2023 أسفر عن مقتل 40 شخصا. "
     "وبلغت قيمة المساعدات 120 مليون دولار.")


def test_compare_opens_on_two_samples():
    at = run(COMPARE)
    ok(at)
    assert len([h for h in html(at) if 'class="kh-article"' in h]) == 2
    labels = [m.label for m in at.metric]
    assert labels[:3] == ["Dates in both", "Dates only in A", "Dates only in B"]
    assert int(at.metric[0].value) > 0
    assert 'id="a-date-0"' in article_block(at, 0) and 'id="b-date-0"' in article_block(at, 1)


def test_compare_flags_two_tolls_of_one_attack_that_disagree():
    at = run(COMPARE)
    paste(at, A, key="a")
    paste(at, B, key="b")
    ok(at)
    figures = at.dataframe[0].value
    rows = {(r["kind"], r["status"]) for _, r in figures.iterrows()}
    assert ("killed", "disagree") in rows
    assert ("money", "agree") in rows
    dates = at.dataframe[1].value
    assert "2023-11-03" in set(dates[dates["status"] == "both"]["value"])


@pytest.mark.parametrize("side", ["a", "b"])
def test_compare_bad_input_on_either_side_is_a_clear_message(side):
    at = run(COMPARE)
    upload(at, "broken.pdf", b"%PDF-1.4 nothing else", key=side)
    failed_clearly(at)


# ---------------------------------------------------------------- key metrics and tables

def _fig(value, kind, unit, start):
    return Figure("x", start, start + 1, value, kind, unit)


def test_key_metrics():
    text = "عنوان الخبر\nنص " + "x" * 50
    dates = (DateMention("a", 0, 1, "2023-SP", "season"), DateMention("b", 1, 2, "2022-05", "month"),
             DateMention("c", 2, 3, None, "day"), DateMention("d", 3, 4, "XXXX-08-30", "day"),
             DateMention("e", 4, 5, "2022-12-30", "day"))
    figures = (_fig(5e9, "money", "USD", 0), _fig(170e9, "money", "USD", 1), _fig(170e9, "money", "USD", 2),
               _fig(2e6, "money", "EUR", 3), _fig(1e3, "money", "USD", 4), _fig(25, "killed", "person", 5),
               _fig(40, "killed", "person", 6), _fig(7, "injured", "person", 7), _fig(None, "killed", "person", 8))
    m = key_metrics(Analysis(text, dates, figures))
    assert (m.dates, m.figures, m.events) == (5, 9, 0)
    assert [d.value for d in m.period] == ["2022-05", "2023-SP"]
    assert [f.value for f in m.largest_amounts] == [170e9, 5e9, 2e6]
    assert m.killed.value == 40 and m.injured.value == 7
    assert m.headline == "عنوان الخبر"
    assert key_metrics(Analysis(text, (), ()), title=" عنوان  الصفحة ").headline == "عنوان الصفحة"
    empty = key_metrics(Analysis("", (), ()))
    assert empty.period is None and empty.largest_amounts == () and empty.killed is None and empty.headline == ""


def test_headline_is_cut_to_a_headline_length():
    long_line = " ".join(["كلمة"] * 40)
    assert headline(long_line).endswith("…") and len(headline(long_line).split()) == 17


def test_table_rows_follow_the_mentions_and_csv_opens_in_a_spreadsheet():
    text = "في 30 ديسمبر 2022 بلغ 170 مليار دولار"
    result = Analysis(text, (DateMention("30 ديسمبر 2022", 3, 17, "2022-12-30", "day"),),
                      (Figure("170 مليار دولار", 22, 37, 170e9, "money", "USD", "about", "trade volume"),))
    dates, figures = dates_frame(result), figures_frame(result)
    assert list(dates["value"]) == ["2022-12-30"] and list(dates["reads"]) == ["30 Dec 2022"]
    row = figures.iloc[0]
    assert (row["arabic"], row["english"], row["kind"], row["unit"], row["measure"], row["approx"]) == \
        ("١٧٠ مليار دولار", "USD 170 bn", "money", "USD", "trade volume", "about")
    data = csv_bytes(figures)
    assert data.startswith(b"\xef\xbb\xbf") and "١٧٠ مليار".encode() in data
    assert ",170000000000," in data.decode("utf-8-sig") and ".0," not in data.decode("utf-8-sig")


@pytest.mark.parametrize("page", [APP, COMPARE], ids=["article", "compare"])
def test_an_engine_fault_is_a_message_not_a_dead_page(page, monkeypatch):
    """A bug in the engine on one article shows a sentence on the page; the
    page itself stays up (its input widgets are still there)."""
    import streamlit as st

    import ui

    def broken(text, reference_date=None):
        raise IndexError("string index out of range")

    monkeypatch.setattr(ui, "analyze", broken)
    st.cache_data.clear()
    at = run(page)
    assert not at.exception, [e.message for e in at.exception]
    messages = [e.value for e in at.error]
    assert len(messages) == (1 if page == APP else 2), messages       # the compare page: one per side
    for message in messages:
        assert "IndexError" in message and "report" in message and "Traceback" not in message
    assert at.segmented_control, "the input widgets are gone"
    st.cache_data.clear()
