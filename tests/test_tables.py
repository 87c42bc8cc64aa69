"""The exports' shape: whole numbers written as integers, file names without spaces."""
from __future__ import annotations

import pytest

from analysis import Analysis, Figure
from analysis.views.tables import csv_bytes, export_name, figures_frame


def test_counts_are_integers_in_the_csv_and_a_fraction_stays_one():
    text = "قتل 12 شخصا وارتفع المؤشر 15.5 بالمئة"
    result = Analysis(text, (), (Figure("12 شخصا", 4, 11, 12.0, "killed", "person"),
                                 Figure("15.5 بالمئة", 26, 37, 15.5, "percent", "%")))
    rows = csv_bytes(figures_frame(result)).decode("utf-8-sig").splitlines()[1:]
    assert rows[0].split(",")[3] == "12" and rows[1].split(",")[3] == "15.5"


@pytest.mark.parametrize("source, what, ext, name", [
    ("page_russia_china.txt", "dates", "csv", "khabar-page-russia-china-dates.csv"),
    ("pasted text", "figures", "csv", "khabar-pasted-text-figures.csv"),
    ("My Article (final).docx", None, "json", "khabar-my-article-final.json"),
    ("", "briefing", "png", "khabar-article-briefing.png"),
])
def test_export_file_names_have_no_spaces(source, what, ext, name):
    assert export_name(source, what, ext) == name
