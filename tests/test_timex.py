"""TIMEX values as periods of the calendar (analysis/timex.py)."""
import datetime as dt

import pytest

from analysis.timex import period

D = dt.date


@pytest.mark.parametrize("value, first, last", [
    ("2022-12-30", D(2022, 12, 30), D(2022, 12, 30)),
    ("2022-05", D(2022, 5, 1), D(2022, 5, 31)),
    ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
    ("2022", D(2022, 1, 1), D(2022, 12, 31)),
    ("2023-SP", D(2023, 3, 1), D(2023, 5, 31)),
    ("2023-WI", D(2023, 12, 1), D(2024, 2, 29)),
    ("2024-Q1", D(2024, 1, 1), D(2024, 3, 31)),
    ("2022-H2", D(2022, 7, 1), D(2022, 12, 31)),
    ("2023-H2", D(2023, 7, 1), D(2023, 12, 31)),
    ("2018-W28", D(2018, 7, 9), D(2018, 7, 15)),
    ("2020-W01", D(2019, 12, 30), D(2020, 1, 5)),
    ("199X", D(1990, 1, 1), D(1999, 12, 31)),
    ("19XX", D(1900, 1, 1), D(1999, 12, 31)),
    ("2025-03-01/2025-03-29", D(2025, 3, 1), D(2025, 3, 29)),
    ("2022-08-30/2022-09-05", D(2022, 8, 30), D(2022, 9, 5)),
    ("2022-12-XX", D(2022, 12, 1), D(2022, 12, 31)),
])
def test_period_of_a_timex_value(value, first, last):
    assert period(value) == (first, last)


@pytest.mark.parametrize("value", [None, "", "XXXX-06-30", "XXXX-08-30", "XXXX", "2022-13", "2022-02-30",
                                   "P3D", "soon", "2022-Q5", "2022-W60", "2022/XXXX", "00XX", "0000",
                                   "9999-W53"])
def test_period_of_an_unknown_or_broken_value_is_none(value):
    assert period(value) is None
