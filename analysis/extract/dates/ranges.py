"""Ranges, lists and equivalents: how two neighbouring dates are joined.

من 30 أغسطس وحتى 5 سبتمبر 2022، 21 – 27 ديسمبر، بين 2023 و2027 are ranges;
يومي 5 و6 مايو، في 16 نوفمبر و28 ديسمبر are lists; 6 جمادى الآخرة 1439هـ
الموافق 22 فبراير 2018 names one day twice. A range or list takes a missing
month or year from its later end; a range's ends and a date's equivalents
are partners, which events read as one time.
"""
from __future__ import annotations

import datetime as dt
import re

from ...arabic import WORD_END, WORD_START, words_pattern
from ...lexicon.clauses import BETWEEN, EQUIVALENCE_WORDS, PERIOD_NOUNS, RANGE_WORDS
from .parser import Expr

MAX_GAP = 24              # characters between two dates that are joined
HIJRI_YEARS = (1300, 1600)  # a bare year before a Hijri one that may share its era

# possessive spaces (\s*+) never give back what they took: a long run of spaces costs one pass
_RANGE_GAP = re.compile(rf"\s*+(?:[-–—/]|(?:[،,]\s*+)?(?:و\s*+)?(?:{words_pattern(RANGE_WORDS)}){WORD_END})\s*+")
_LIST_GAP = re.compile(r"\s*+(?:[،,]\s*+)?و\s*+")
_BETWEEN = re.compile(rf"{WORD_START}{BETWEEN}\s++(?:(?:{words_pattern(PERIOD_NOUNS)})\s++)?$")
_EQUIVALENT_GAP = re.compile(rf"\s*+(?:[(،,-]\s*+)?(?:{words_pattern(EQUIVALENCE_WORDS)})\s*+")
_PAREN_GAP = re.compile(r"\s*+\(\s*+")


def relation(text: str, a: Expr, b: Expr) -> str | None:
    """How the date b after the date a is joined to it: "range", "list", "same" or None."""
    if b.start < a.end or b.start - a.end > MAX_GAP:
        return None
    if _RANGE_GAP.fullmatch(text, a.end, b.start):
        return "range"
    if _LIST_GAP.fullmatch(text, a.end, b.start):
        return "range" if _BETWEEN.search(text[max(0, a.start - 12):a.start]) else "list"
    if _EQUIVALENT_GAP.fullmatch(text, a.end, b.start) or (
            _PAREN_GAP.fullmatch(text, a.end, b.start) and a.calendar != b.calendar):
        return "same"
    return None


def link(text: str, exprs: list[Expr]) -> list[tuple[int, int, str]]:
    """Carry a missing month or year across each range and list, from its later
    end; return the partners: (left, right, "range" or "same"), each expression
    in one pair at most, paired left to right."""
    partners, paired = [], set()
    hows = [relation(text, left, right) for left, right in zip(exprs, exprs[1:])]
    for k, how in enumerate(hows):
        if how in ("range", "same") and k not in paired:
            partners.append((k, k + 1, how))
            paired.update((k, k + 1))
    for k in reversed(range(len(hows))):         # from the later end: أيام 5 و6 و7 يوليو 2023
        left, right, how = exprs[k], exprs[k + 1], hows[k]
        if how in ("range", "list") and right.kind == "hyear" and left.kind == "date" and left.m is None \
                and left.y is not None and HIJRI_YEARS[0] <= left.y <= HIJRI_YEARS[1]:
            left.kind = "hyear"             # 1444/1445هـ: the era written once counts for both years
        if how in ("range", "list") and left.kind == right.kind and left.kind in ("date", "hdate"):
            _carry(left, right)
            if how == "range":
                _carry_forward(left, right)
        if how == "range" and left.kind == right.kind == "weekday" and right.rel is None:
            right.after = left              # ليلة الجمعة إلى السبت: the Saturday after that Friday
    return partners


def _carry_forward(left: Expr, right: Expr) -> None:
    """Mark a range's later end that has a month and no year: if the reference
    puts it before its earlier end, it takes that end's year (see in_order)."""
    if right.y is None and right.m is not None and left.y is not None and left.m is not None \
            and right.year_rel is None and right.rel is None and right.month_rel is None:
        right.after = left


def in_order(exprs: list[Expr], resolved: dict, resolve) -> None:
    """A later end the reference resolved before its earlier end is in the
    earlier end's year, or the next when its month comes first: من 5 مارس 2022
    حتى 10 أبريل، من 20 ديسمبر 2021 إلى 5 يناير (with any reference after 2022).
    A range of weekdays the reference split across two weeks (ليلة الجمعة إلى
    السبت, told on a Friday) is the week of its later end: the start moves back."""
    for e in exprs:
        left = e.after
        if left is None:
            continue
        value, start = resolved[id(e)][0], resolved[id(left)][0]
        if e.kind == "weekday":
            if value and start and len(value) == len(start) == 10 and value < start:
                last = dt.date.fromisoformat(value)     # past tense put the end last week: the start before it
                back = (last.weekday() - left.part) % 7 or 7
                if last.toordinal() > back:             # not before the first day of the calendar
                    day = last - dt.timedelta(days=back)
                    resolved[id(left)] = (day.isoformat(), *resolved[id(left)][1:])
            continue
        if value and start and value[:4].isdigit() and start[:4].isdigit() and value < start[:len(value)]:
            e.y, e.linked = left.y + ((e.m, e.d or 0) < (left.m, left.d or 0)), True
            resolved[id(e)] = resolve(e)


def _carry(left: Expr, right: Expr) -> None:
    if left.y is None and right.y is not None and left.year_rel is None and left.rel is None:
        left.y, left.linked = right.y, True
        if left.m is None and left.d is not None:
            left.m = right.m
        if left.m and right.m and (left.m, left.d or 0) > (right.m, right.d or 0):
            left.y -= 1                     # من 30 ديسمبر إلى 5 يناير 2023
    elif left.m is None and left.d is not None and right.m is not None:
        left.m = right.m
    if left.y is None and right.y is None and left.year_rel is None:
        left.year_from = right              # يومي 5 و6 مايو: the year the later end resolves to
