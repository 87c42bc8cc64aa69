"""Words as the comparison reads them: folded, clitics and endings off, the
uninformative ones dropped; and the few word lists it needs (data, not logic)."""
from __future__ import annotations

from ..arabic import clitic_readings, fold
from ..calendars import weekday_names
from ..extract.numbers import CARDINAL, SCALE
from ..lexicon.dates import DAY_PARTS
from ..lexicon.uninformative import WORDS

_SUFFIXES = ("ات", "ون", "ين", "ان", "وا", "ه", "ا", "ي")
_UNINFORMATIVE = {fold(w) for w in WORDS}

# Nouns that count people without saying which people: a toll told with them
# (8 أشخاص، 310 قتلى) may be the toll another text tells of civilians or Yemenis.
GENERIC_PEOPLE = """
شخص أشخاص فرد أفراد نسمة إنسان آخر آخرون آخرين آخرا
قتيل قتلى شهيد شهداء ضحية ضحايا وفاة وفيات جثة جثث
جريح جرحى مصاب مصابين مصابون إصابة إصابات حالة حالات
""".split()

# Words before a count that make it a part of one told before it (بينهم 3 أطفال، منهم امرأتان)
PART_OF = {fold(w) for w in "بينهم بينهن بينها منهم منهن منها".split()}
AMONG = fold("بين")                   # بين الشهداء 8 أطفال: a part, named by its group
# words that make a figure the whole of something wider than one place or one
# incident (في أنحاء محافظة درعا، الحصيلة الإجمالية): a toll across a province
# is not one market's toll, even when both are killed on one day
WHOLE = {fold(w) for w in "أنحاء مختلف عموم كافة جميع مجمل إجمالي إجمالية الإجمالي الإجمالية الكلي الكلية".split()}

# The words of a date that only name a weekday or a part of a day: a date of
# nothing more is a weekday whose week the engine inferred.
_WEEKDAY_WORDS = {fold(w) for w in (*weekday_names(), *DAY_PARTS, "يوم")}


def stems(word: str) -> set[str]:
    """A folded word with and without its clitics and article, and a plural or case ending."""
    out = {stem for _, stem in clitic_readings(word)}
    out |= {s[2:] for s in out if s.startswith("ال") and len(s) >= 4}
    for s in list(out):
        for suffix in _SUFFIXES:
            if s.endswith(suffix) and len(s) - len(suffix) >= 3:
                out.add(s[:-len(suffix)])
    return out


def informative(word: str) -> frozenset | None:
    """The forms a folded word may be matched by, or None when it says nothing
    about which fact is meant (a function word, a number word)."""
    forms = stems(word)
    if forms & _UNINFORMATIVE or word in CARDINAL or word in SCALE:
        return None
    return frozenset(s for s in forms if len(s) >= 3) or None


def noun_forms(noun: str | None) -> frozenset:
    """Every reading of every word of a counted noun (مسؤولان → مسؤول …)."""
    if not noun:
        return frozenset()
    return frozenset(s for w in noun.split() for s in stems(fold(w)) if len(s) >= 3)


_GENERIC = frozenset(s for w in GENERIC_PEOPLE for s in noun_forms(w))


def is_generic(forms: frozenset) -> bool:
    """Does the noun count people without saying which (شخص، قتيل، آخرون)?"""
    return not forms or bool(forms & _GENERIC)


def weekday_only(text: str) -> bool:
    """A date stated as a weekday alone (الثلاثاء، مساء الأربعاء، يوم الإثنين)."""
    words = [fold(w) for w in text.split()]
    return bool(words) and all(any(stem in _WEEKDAY_WORDS for _, stem in clitic_readings(w)) for w in words) \
        and any(any(stem in _WEEKDAYS for _, stem in clitic_readings(w)) for w in words)


_WEEKDAYS = {fold(w) for w in weekday_names()}
