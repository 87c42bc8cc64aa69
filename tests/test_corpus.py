"""Every line of the corpus tables (analysis/extract/*/corpus/) is one test, named by its phrase."""
import math

import pytest

from analysis import analyze
from analysis.extract.dates import corpus as date_table
from analysis.extract.figures import corpus as figure_table

MODS = {None, "START", "MID", "END", "APPROX"}
KINDS = {"money", "percent", "killed", "injured", "people", "quantity", "count"}
APPROX = {None, "about", "more_than", "less_than", "at_least", "up_to", "vague"}


def cases(table):
    return pytest.mark.parametrize(("phrase", "expected"), table, ids=[phrase for phrase, _ in table])


def date_item(item):
    """(value, mod, calendar) from a table item: a value, (value, mod) or (value, mod, calendar)."""
    item = item if isinstance(item, tuple) else (item,)
    return item + (None, "gregorian")[len(item) - 1:]


def assert_offsets(a):
    for m in (*a.dates, *a.figures):
        assert a.text[m.start:m.end] == m.text, m


def in_order(mentions):
    return sorted(mentions, key=lambda m: (m.start, m.end))


def check_dates(phrase, expected, reference):
    a = analyze(phrase, reference)
    assert_offsets(a)
    found = [(m.value, m.mod, m.calendar) for m in in_order(a.dates)]
    assert found == [date_item(i) for i in expected], phrase


@cases(date_table.CASES)
def test_dates(phrase, expected):
    check_dates(phrase, expected, date_table.REFERENCE)


@cases(date_table.CASES_WITHOUT_REFERENCE)
def test_dates_without_reference(phrase, expected):
    check_dates(phrase, expected, None)


def same_value(a, b):
    return a is None and b is None or None not in (a, b) and math.isclose(a, b, rel_tol=1e-6)


def shaped_like(figures, expected):
    """The figures as tuples shaped like the expected items (approx only where an
    item gives it, the expected value where the values agree), so that a failure
    shows one plain diff."""
    shaped = []
    for i, f in enumerate(figures):
        t = (f.value, f.kind, f.unit, f.approx)
        if i < len(expected):
            want = expected[i]
            t = t[:len(want)]
            if same_value(t[0], want[0]):
                t = (want[0],) + t[1:]
        shaped.append(t)
    return shaped


@cases(figure_table.CASES)
def test_figures(phrase, expected):
    a = analyze(phrase)
    assert_offsets(a)
    vague_too = any(item[0] is None for item in expected)
    figures = [f for f in in_order(a.figures) if f.value is not None or vague_too]
    assert shaped_like(figures, expected) == list(expected), phrase


@pytest.mark.parametrize(("phrase", "measure"), figure_table.MEASURE_CASES,
                         ids=[phrase for phrase, _ in figure_table.MEASURE_CASES])
def test_measure(phrase, measure):
    a = analyze(phrase)
    assert_offsets(a)
    assert [f.measure for f in a.figures if f.value is not None] == [measure], phrase


def test_tables_are_well_formed():
    for phrase, expected in date_table.CASES + date_table.CASES_WITHOUT_REFERENCE:
        for value, mod, calendar in map(date_item, expected):
            assert value is None or isinstance(value, str), phrase
            assert mod in MODS and calendar in ("gregorian", "hijri"), phrase
    for phrase, expected in figure_table.CASES:
        for item in expected:
            assert len(item) in (3, 4) and item[1] in KINDS, phrase
            assert item[3:] == () or item[3] in APPROX, phrase
            assert (item[0] is None) == (item[3:] == ("vague",)), phrase
    tables = (date_table.CASES, date_table.CASES_WITHOUT_REFERENCE, figure_table.CASES, figure_table.MEASURE_CASES)
    for table in tables:
        phrases = [phrase for phrase, _ in table]
        assert len(set(phrases)) == len(phrases), "a phrase is listed twice"
    assert len(date_table.CASES) + len(date_table.CASES_WITHOUT_REFERENCE) >= 150
    assert len(figure_table.CASES) >= 200 and len(figure_table.MEASURE_CASES) >= 25
