"""Figure phrases as Arabic news writes them, and the figures they hold.

(phrase, expected): expected lists the figures in text order. An item is
(value, kind, unit) or (value, kind, unit, approx); approx is compared only
when the item gives it. Value None is a vague amount (عشرات القتلى), listed
with approx "vague"; vague figures are compared only in cases that list one.

Each file holds the lines of one construction; tests/test_corpus.py runs every
line as one test.
"""
from . import approximation, fractions, kinds, measures, money, not_figures, numbers, tolls, written

MODULES = (numbers, fractions, written, money, kinds, tolls, approximation, not_figures)
CASES = [case for module in MODULES for case in module.CASES]
MEASURE_CASES = measures.CASES
