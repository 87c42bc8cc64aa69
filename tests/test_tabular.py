"""The arithmetic Islamic calendar that dates Hijri days outside the Umm al-Qura table."""
import datetime as dt

from analysis import calendars as cal, tabular


def test_days_historians_write():
    assert tabular.to_date(1, 1, 1) == dt.date(622, 7, 16)           # the civil epoch, Julian
    assert tabular.to_date(656, 2, 4) == dt.date(1258, 2, 10)        # the fall of Baghdad, Julian
    assert cal.hijri_year_span(1213) == (dt.date(1798, 6, 15), dt.date(1799, 6, 4))   # Gregorian after 1582
    assert cal.hijri_month_span(658, 9) == (dt.date(1260, 8, 10), dt.date(1260, 9, 8))


def test_its_years_and_months():
    assert [tabular.month_length(1446, m) for m in (1, 2, 12)] == [30, 29, 29]
    assert tabular.month_length(1445, 12) == 30                      # 1445 is a leap year of the cycle
    assert tabular.to_date(1446, 2, 30) is None and tabular.to_date(0, 1, 1) is None
    assert tabular.to_date(10 ** 6, 1, 1) is None                    # past the last Gregorian day


def test_the_table_is_used_where_it_has_the_day():
    assert cal.hijri_to_gregorian(1446, 9, 1) == dt.date(2025, 3, 1)
    # the seam: the arithmetic calendar may end its last month a day later than the table begins
    assert (cal.hijri_to_gregorian(1343, 1, 1) - cal.hijri_to_gregorian(1342, 12, 29)).days in (0, 1)
