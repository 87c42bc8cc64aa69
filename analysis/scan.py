"""The atoms of a text: digit runs, and every date word, number word and
dual noun among the text layer's words, with the clitics it carries. dates
and numbers both read these atoms, so the text is read once for both.

Digit runs come from one pattern that starts with a digit (the regex engine
skips to the next one at C speed); words are looked up, by their folded
forms, in one lexicon of every kind.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from . import calendars as cal
from .arabic import Lexicon
from .lexicon import dates as D
from .lexicon.inflection import DUAL
from .lexicon.nouns import NOUNS
from .lexicon.numbers import CARDINALS, FRACTIONS, ORDINAL_DAYS, PLURAL_FRACTIONS, POINT, SCALES, SIGNS

# Every word by kind. Where a word has two kinds the first listed wins; a
# reader that needs the other reading asks for it (يوم is also a unit of time).
KINDS: dict[str, dict] = {
    # dates
    "relday": D.RELATIVE_DAYS,
    "feast": {**D.FEASTS, **D.FEASTS_WITH_YEAR},
    "ramadan": dict.fromkeys(D.RAMADAN_NAMES, 9),
    "hmonth": cal.hijri_month_names(),
    "month": cal.gregorian_month_names(),
    "quarter": D.QUARTERS,
    "half": D.HALVES,
    "decade": D.DECADES,
    "century": dict.fromkeys(D.CENTURY_WORD, True),
    "weekday": {**cal.weekday_names(), **D.WEEKDAY_VARIANTS},
    "yearword": D.YEAR_WORDS,
    "unit": D.UNITS,
    "direction": D.DIRECTIONS,
    "this": dict.fromkeys(D.THIS, True),
    "monthword": {"شهر": 1, "شهري": 2},
    "dayword": {"يوم": 1, "يومي": 2},
    "modifier": D.MODIFIERS,
    "season": D.SEASONS,
    "ordinal": {**ORDINAL_DAYS, **D.DAY_WORDS},
    "nth": D.COUNTING_ORDINALS,
    "months": dict.fromkeys(D.MONTHS, True),
    "firstlast": D.FIRST_LAST,
    "fiscal": dict.fromkeys(D.FISCAL, True),
    "era_h": dict.fromkeys(D.ERA_HIJRI, True),
    "era_g": dict.fromkeys(D.ERA_GREGORIAN, True),
    "daypart": dict.fromkeys(D.DAY_PARTS, True),
    "same": dict.fromkeys(D.SAME_DAY, True),
    "agounit": D.AGO_UNITS,
    "ago": {"قبل": -1, "بعد": 1},
    # numbers
    "cardinal": CARDINALS,
    "scale": SCALES,
    "fraction": FRACTIONS,
    "pfraction": PLURAL_FRACTIONS,
    "sign": SIGNS,
    "point": dict.fromkeys(POINT, True),
    # an indefinite dual of a counted noun is the number 2 (قتيلان، مدرستين)
    "dual": {form: value for form, value in NOUNS.items() if value[2] == DUAL and value[0]},
    # last: a bare weekday is a weekday only where a date word governs it (اثنين stays two)
    "bareweekday": D.BARE_WEEKDAYS,
}


def _vocabulary() -> Lexicon:
    entries: dict[str, tuple] = {}
    for kind, words in KINDS.items():
        for word, value in words.items():
            entries.setdefault(word, (kind, value))
    return Lexicon(entries)


VOCABULARY = _vocabulary()
# A digit run: a numeric date (30/12/2022, 2022-12-30), or digits with their
# separators (1,500.5، ١٢٫٥، ١،٢٣٤، 12،5), or a Tunisian decimal written fraction first (5ر10).
_DIGITS = re.compile(      # a set of digits first: the engine skips to the next one in C
    r"[0-9\u0660-\u0669\u06f0-\u06f9](?:(?P<ndate>\d{3}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{1,2}"
    r"|\d?\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{4}|\d?/\d{1,2}/\d{2})(?![\d.,/-]?\d)"
    r"|\d*(?:ر\d+(?!\d)|(?:[.,٫٬،]\d+)*(?![\d.,٫٬،]\d)))")
_PREPOSITIONS = frozenset("بلك")
_TIME_OR_SHARE = re.compile(r"[%٪]|:\d")     # after a number: 36% is a share, 10:30 a time


class Atom(NamedTuple):
    kind: str         # "num" (plain digits, at most four), "digits" (any other run),
                      # "ndate" (a numeric date), or a word's kind from KINDS
    value: object     # int for num, the run for digits and ndate, the word's value
    start: int        # including a fused preposition (ب ل ك), not a conjunction (و ف)
    end: int
    word_start: int   # where the word itself starts
    clitic: str = ""


def scan(layer) -> list[Atom]:
    """The atoms of the text layer, in text order."""
    text = layer.text
    atoms = []
    for m in _DIGITS.finditer(text):
        s, e = m.span()
        run = m.group()
        if m.group("ndate") is not None:
            atoms.append(Atom("ndate", run, s, e, s))
        elif run.isdigit() and len(run) <= 4 and not _TIME_OR_SHARE.match(text, e) \
                and not (s > 1 and text[s - 1] == ":" and text[s - 2].isdigit()):
            atoms.append(Atom("num", int(run), s, e, s))
        else:
            atoms.append(Atom("digits", run, s, e, s))
    for i, hit in layer.find(VOCABULARY):
        kind, value = hit.value
        clitics = hit.clitics
        if clitics and len(layer.folded[i]) - len(clitics) <= 2 and not _PREPOSITIONS.isdisjoint(clitics) \
                and not (kind == "cardinal" and "ب" in clitics and "ل" not in clitics):
            continue                    # باب is a door, not ب + آب (August); بست وفيات is six, لست is "I am not"
        start = layer.starts[i]
        word_start = start + layer.letters_offset(i, len(clitics))
        # a conjunction (و، ف) stays outside a mention; a fused preposition (بنهاية) inside
        if clitics[:1] in ("و", "ف"):
            start = start + layer.letters_offset(i, 1)
        atoms.append(Atom(kind, value, start, layer.ends[i + hit.n - 1], word_start, clitics))
    atoms.sort(key=lambda a: a.start)
    return atoms
