"""Dates: every date in an Arabic news text, located and normalised.

Three steps, each a plain function:
1. `scan.scan` finds the atoms (shared with numbers.py): digit runs, numeric
   dates, month names of every naming system, Hijri months, weekdays,
   relative words, modifiers, periods — each with its value.
2. The parser reads runs of adjacent atoms as date expressions (`Expr`), the
   way Duckling's rules read tokens; its rules are grouped by construction
   (numeric, named months, Hijri, periods, relative), and ranges and lists
   are linked so that a missing month or year is carried from the other end.
3. `resolve` turns each expression into a TIMEX value against the reference
   date (the given one, or a dateline the text opens with).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ...arabic import fold, words_pattern
from ...lexicon.datelines import PUBLISHED
from ...model import DateMention
from ...text import Text
from ...timex import day_of
from .anchors import anchor_to_written_dates
from .context import after_resolution, before_resolution, from_the_date_spoken, in_the_year_spoken
from .hijri import Hijri
from .named import NamedMonths
from .numeric import Numeric
from .parser import Expr, Pieces
from .periods import Periods
from .ranges import in_order, link
from .relative import Relative
from .spans import Spans
from .weeks import Weeks, WeekdayDays
from .resolve import _resolve

RULE_MODULES = (Numeric, Weeks, Hijri, NamedMonths, WeekdayDays, Periods, Spans, Relative)   # priority, first to last


def _dispatch() -> dict[str, tuple[str, ...]]:
    """For each kind of atom, the rules that can start at it, in the modules' order."""
    rules: dict[str, tuple[str, ...]] = {"modifier": ("modified",)}
    for module in RULE_MODULES:
        for kind, names in module.RULES.items():
            rules[kind] = rules.get(kind, ()) + names
    return rules


class _Parser(Numeric, Weeks, Hijri, NamedMonths, WeekdayDays, Periods, Spans, Relative, Pieces):
    """Every rule, dispatched by the kind of atom it can start with."""
    RULES = _dispatch()


_Parser.RULE_FUNCTIONS = {kind: tuple(getattr(_Parser, name) for name in names)
                          for kind, names in _Parser.RULES.items()}


@dataclass
class DateResult:
    mentions: list[DateMention]
    reference_date: dt.date | None
    reference_source: str | None
    notes: list[str] = field(default_factory=list)



# ---------------------------------------------------------------- the whole


_DATELINE_WINDOW = 120
DATELINE_WORDS = 4          # a place and an agency before the date, at most
_DATELINE_CLOSE = re.compile(r"\s*(?:[-–—:/]|\()(?!\s*\d)")    # an agency: (ومع)، /أ ش أ/; not a range: 14 – 18 يونيو
_RANGE_BEFORE = re.compile(r"\d\s*[-–—/]\s*\Z")
_IN = fold("في")
_NOT_A_PLACE = frozenset(fold(w) for w in ("من", "منذ", "إلى", "حتى", "بين", "قبل", "بعد", "يوم"))
_STORY = 10                 # characters of story after a dateline, at least
_PUBLISHED = re.compile(f"(?:{words_pattern(PUBLISHED)})\\s*:?\\s*\\Z")


def _dateline(layer: Text, exprs: list[Expr]) -> int | None:
    """The index of the dateline the text opens with (الرباط - 3 أبريل 2025 (ومع) -،
    موسكو - 31 ديسمبر 2022:): a full date among the first few words of the
    first line (a place, never a preposition or the other end of a range),
    closed by a dash, colon or an agency's parenthesis, with the story after it."""
    text = layer.text
    for k, e in enumerate(exprs):
        if e.start > _DATELINE_WINDOW:
            break
        if e.kind != "date" or None in (e.m, e.d):
            continue        # a day and month at least (an agency's الكويت - 18 - 2 has no year)
        line_start = text.rfind("\n", 0, e.start) + 1
        if text[:line_start].strip():
            continue        # only the first line of text
        head = layer.within(line_start, e.start)
        closed = _DATELINE_CLOSE.match(text, e.end)
        if (len(head) <= DATELINE_WORDS and closed and len(text) - closed.end() >= _STORY
                and not any(layer.folded[i] in _NOT_A_PLACE for i in head)
                and not (head and layer.folded[head[0]] == _IN)          # الرباط في 13 مارس, not في 3 مايو
                and not _RANGE_BEFORE.search(text, line_start, e.start)):
            return k
    return None


def _role(text: str, e: Expr, dateline: bool) -> str | None:
    """"dateline" or "published" for the day a story is filed or put online
    (تاريخ النشر: 2022-12-30), else None."""
    if dateline:
        return "dateline"
    return "published" if _PUBLISHED.search(text, max(0, e.start - 30), e.start) else None


def _date_of(e: Expr, layer: Text) -> dt.date | None:
    """The day a full date names (a Hijri one converted), or None."""
    return day_of(_resolve(e, None, layer)[0])


def find_dates(layer: Text, reference_date: dt.date | None = None) -> DateResult:
    text = layer.text
    exprs = _Parser(layer).parse()
    partners = link(text, exprs)
    source, notes = ("given" if reference_date else None), []
    dateline = _dateline(layer, exprs)
    roles = [_role(text, e, k == dateline) for k, e in enumerate(exprs)]
    if reference_date is None:
        for e, role in zip(exprs, roles):
            if role and (reference_date := _date_of(e, layer)):
                source = "dateline" if role == "dateline" else "publication date"
                notes.append(f"reference date {reference_date.isoformat()} taken from the {source}")
                break
    before_resolution(layer, exprs, exprs[dateline] if dateline is not None else None, partners)
    resolved = {}
    for e in reversed(exprs):           # a range's later end first: the earlier takes its year
        if e.year_from is not None and e.y is None:
            value, _, _, hijri = resolved[id(e.year_from)]
            year = hijri if e.kind == "hdate" else value        # a Hijri end takes its Hijri year
            if year and year[:4].isdigit():
                e.y, e.linked = int(year[:4]), True
                if e.m and e.year_from.m and (e.m, e.d or 0) > (e.year_from.m, e.year_from.d or 0):
                    e.y -= 1
        resolved[id(e)] = _resolve(e, reference_date, layer)
    resolve = lambda e: _resolve(e, reference_date, layer)
    in_the_year_spoken(exprs, resolved, resolve)
    in_order(exprs, resolved, resolve)
    after_resolution(layer, exprs, resolved, reference_date)
    from_the_date_spoken(layer, exprs, resolved, resolve)
    anchor_to_written_dates(layer, exprs, resolved)
    joined = {}
    for left, right, how in partners:
        joined[left], joined[right] = (right, how), (left, how)
    mentions = []
    for k, e in enumerate(exprs):
        value, precision, relative, hijri = resolved[id(e)]
        partner, how = joined.get(k, (None, None))
        mentions.append(DateMention(text=text[e.start:e.end], start=e.start, end=e.end, value=value,
                                    precision=precision, mod=e.mod, calendar=e.calendar,
                                    relative=relative, hijri=hijri, partner=partner, link=how,
                                    role=roles[k],
                                    sentence=layer.sentence_index(e.start), clause=layer.clause_index(e.start)))
    return DateResult(mentions, reference_date, source, notes)
