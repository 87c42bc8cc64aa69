"""Date phrases as Arabic news writes them, and the date mentions they hold.

(phrase, expected): expected lists the date mentions in text order. An item is
a value string (TIMEX, see SCHEMA.md), None (value null), or a tuple
(value, mod) or (value, mod, calendar); mod defaults to None, calendar to
"gregorian". Hijri values were converted with hijridate (Umm al-Qura) when the
table was written and are pasted here as literals.

Each file holds the lines of one construction, beside the rules that read it
(numeric.py ↔ ../numeric.py …); tests/test_corpus.py runs every line as one test.
"""
import datetime as dt

from . import hijri, named, not_dates, numeric, periods, ranges, relative, weeks

REFERENCE = dt.date(2025, 4, 3)     # a Thursday, 5 Shawwal 1446; relative phrases resolve against it
MODULES = (numeric, named, hijri, periods, relative, weeks, ranges, not_dates)
CASES = [case for module in MODULES for case in module.CASES]
CASES_WITHOUT_REFERENCE = relative.WITHOUT_REFERENCE
