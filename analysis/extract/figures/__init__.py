"""Figures: every number an analyst cares about, with its unit and what it measures.

Each number (numbers.py) outside a date is read where it stands:
1. what stands around it may make it a label, not an amount: a law's
   article, a rank, a list marker, a time of day (lexicon/not_figures.py);
2. the words after it are its unit or counted noun (lexicon/nouns.py), with
   a currency's adjective or a rate after that; the span is number, scale
   and unit, and a duration (20 عاما) is no figure;
3. the words around it give the approximation, whether the people counted
   were killed or wounded, and what the figure measures;
4. a number with no unit takes one from a neighbour (بين 10 و20 قتيلا،
   بينهم أربعة، 90 مقابل الدولار، عدد القتلى 50), or is no figure.
Words are looked up, not searched for: the few words before and after a
number are cut out and their folded forms looked up in the lexicons (a big
lexicon would make a slow regex). The one text-wide scan, for the country a
bare درهم belongs to, runs only when a figure needs it.
"""
from __future__ import annotations

import bisect
from dataclasses import replace

from ...arabic import fold
from ...lexicon import currencies
from ...lexicon.people import CASE_CONDITIONS
from ...model import DateMention, Figure
from ...text import Text
from ..numbers import Number
from .context import NOUN, _casualty, _context, _disease_near, _measure, _recovered
from .money import _Money, _qualified
from .neighbours import _from_neighbours, each_one, range_between
from .reading import _RATE, _Reading, _read, thousands_dot

# ---------------------------------------------------------------- the walk

def find_figures(layer: Text, numbers: list[Number], dates: list[DateMention]) -> list[Figure]:
    text = layer.text
    spans = sorted((d.start, d.end) for d in dates)
    starts = [s for s, _ in spans]

    def in_date(n: Number) -> bool:
        i = bisect.bisect_right(starts, n.start) - 1
        return (i >= 0 and spans[i][1] > n.start) or (i + 1 < len(spans) and spans[i + 1][0] < n.end)

    numbers = [n for n in numbers if not in_date(n)]
    readings = _dots_as_thousands(layer, [_read(layer, n) for n in numbers])
    money = _Money(layer)
    figures: list[Figure] = []
    last_end = -1
    for i, r in enumerate(readings):
        if r is None or r.start < last_end or each_one(layer, r):
            continue                            # each_one: لكل واحد منهم counts nothing
        if r.number.dual and last_end >= 0 and layer.spaced(last_end, r.start):
            continue                            # قتيلان آخران: the second dual agrees with the first
        if (figures and figures[-1].end == last_end and layer.spaced(last_end, r.start) and r.value == 2
                and not r.number.digits and figures[-1].value == 2 and figures[-1].noun == figures[-1].text):
            continue                            # منتسبان اثنان: اثنان agrees with the dual before it
        nxt = readings[i + 1] if i + 1 < len(readings) else None
        if r.kind is None and nxt is None and i + 1 < len(numbers) and range_between(layer, r.end, numbers[i + 1].start):
            continue                            # بين 20 و60 عاما: the other end is no figure (an age)
        if (r.kind is None and i > 0 and readings[i - 1] is None and (r.value or 0) <= SCORE_MOST
                and (numbers[i - 1].value or 0) <= SCORE_MOST and layer.text[numbers[i - 1].end:r.start].strip() == "-"):
            continue                            # بنتيجة 2-0: the other side of a score, no figure either
        if r.kind is None or (r.kind == "count" and r.unit is None and r.among):
            r = _from_neighbours(layer, r, nxt, figures) or (r if r.kind else None)
            if r is None:
                continue
        limit = numbers[i + 1].start if i + 1 < len(numbers) else len(text)
        figure = _before_date(layer, _figure(layer, r, money, limit, figures[-1] if figures else None), starts)
        if figure is not None:
            figures.append(figure)
            last_end = figure.end
    return _with_subunits(layer, figures)


def _with_subunits(layer: Text, figures: list[Figure]) -> list[Figure]:
    """A currency and its subunit told together are one amount: 20 دولارا و43 سنتا (or 20$ و43 سنتا) is 20.43 USD."""
    out: list[Figure] = []
    for f in figures:
        prev = out[-1] if out else None
        if (prev and prev.kind == f.kind == "money" and f.noun and prev.noun and (prev.unit == f.unit or (
                f.unit == "USD" and prev.unit in currencies.CENT_CURRENCIES))
                and NOUN.get(f.noun, (None,))[0] == "subunit"
                and (NOUN.get(prev.noun, (None,))[0] == "currency" or prev.noun in currencies.ALL_SYMBOLS)
                and layer.text[prev.end:f.start].strip() == "و" and prev.value is not None and f.value is not None):
            out[-1] = replace(prev, text=layer.text[prev.start:f.end], end=f.end,                 # 5 € و20 سنتا
                              value=float(f"{prev.value + f.value:.12g}"))
            continue
        out.append(f)
    return out


def _subunit_code(money, noun: str, factor: dict) -> tuple[str | None, str | None]:
    """The currency a subunit of several is part of: its own noun's as the text
    places it (فلس: the text's dinar), else the one of another noun the text
    places among them (سنتيم, written of the dirham, in an Algerian story: the dinar's)."""
    own = money.code(noun, None)
    if own[0] in factor and own[1]:
        return own
    for other in currencies.COUNTRY_BOUND:
        code, reason = money.code(other, None)
        if other != noun and code in factor and reason:
            return code, reason                                  # 10 آلاف مليار سنتيم in Algeria: DZD
    return own


def _figure(layer: Text, r: _Reading, money: _Money, limit: int, prev: Figure | None) -> Figure | None:
    kind, unit, value, reason = r.kind, r.unit, r.value, None
    end = r.end
    if kind == "quantity" and unit == "ounce" and money.ouguiya(r.end):
        kind, unit, reason = "money", "MRU", "أوقية in a text about Mauritania: the ouguiya"
    if kind == "currency":
        nxt = layer.next_words(end, 1)
        adjective = layer.word(nxt[0]) if nxt else None
        code, reason = money.code(unit, adjective, r.abbreviated)
        if adjective and _qualified(unit, adjective):
            end = layer.ends[nxt[0]]                             # دينار كويتي
            if rate := layer.phrase_after(end, _RATE):
                end = rate[1]
        kind, unit = "money", code
    elif kind == "subunit":
        (unit, factor), kind = unit, ("percent" if unit[0] == "%" else "money")   # 45 سنتا is 0.45 USD
        if isinstance(factor, dict):                             # 30 فلسا: a part of the text's dinar
            code, reason = _subunit_code(money, unit, factor)
            unit, factor = (code, factor[code]) if code in factor else next(iter(factor.items()))
        value = None if value is None else float(f"{value * factor:.12g}")
    elif kind == "code":
        if isinstance(unit, tuple):
            unit, reason = unit
        kind = "money"
    if kind == "money" and unit is None:
        return None
    r = replace(r, end=end)
    before, after = _context(layer, r, limit)
    if kind == "people?" and r.among and prev and prev.unit == "person" and r.start - prev.end < AMONG_REACH \
            and not any("casualty" in roles and start >= prev.end for roles, start, _ in before):
        kind, unit = prev.kind, "person"                         # مقتل 14 مدنيا بينهم خمسة أطفال: killed too
        # (1200 إصابة بالكوليرا، توفي منها 23 شخصا: what befell them is told between)
    elif kind == "people?":
        kind, unit = _casualty(r, before, after), "person"
        if kind == "injured" and _disease_near(layer, r.start, r.end):
            kind = "people"                                      # إصابة 45 شخصا بالفيروس: cases (its dead stay dead)
    elif kind == "case?":       # إصابة: of a disease named near or in the sentence before, else a wound
        kind = "people" if _disease_near(layer, r.start, r.end, cases=True) else "injured"
    elif kind == "count" and unit == "case":
        if _disease_near(layer, r.start, r.end, cases=True):
            kind, unit = "people", "person"                      # 200 حالة بالكوليرا: people
        elif (after := layer.next_words(r.end, 1)) and layer.folded[after[0]] in _CONDITIONS:
            kind, unit = "injured", "person"                     # بين المصابين 5 حالات حرجة
    if kind == "injured" and _recovered(layer, r.start):
        kind = "people"                                          # تعافى 980 مصابا: the ill, recovered
    measure, measure_text = _measure(layer, r, kind, before)
    return Figure(text=layer.text[r.start:r.end], start=r.start, end=r.end, value=value, kind=kind,
                  unit=unit, approx="vague" if value is None else r.approx, measure=measure,
                  measure_text=measure_text, unit_reason=reason, noun=r.noun,
                  sentence=layer.sentence_index(r.start), clause=layer.clause_index(r.start))


def _dots_as_thousands(layer: Text, readings: list) -> list:
    """A text that writes a count of whole things 41.500 (APS: 41.500 وحدة سكنية)
    marks thousands with a dot: its other quantities written so are thousands
    too (3.000 ميغاواط), never its money or shares."""
    text = layer.text
    dotted = [r for r in readings if r is not None and r.value is not None and thousands_dot(text, r.number)]
    if not any(r.value == r.number.value * 1000 for r in dotted):
        return readings
    for r in dotted:
        if r.kind in ("quantity", "count") and r.value == r.number.value:
            r.value = r.number.value * 1000
    return readings


def _before_date(layer: Text, figure: Figure | None, date_starts: list[int]) -> Figure | None:
    """A figure's words never run into a date: "34.8 مليار دولار في الشهر
    السابق" ends before في, whose الشهر begins a date, not a rate."""
    if figure is None:
        return None
    k = bisect.bisect_right(date_starts, figure.start)
    if k == len(date_starts) or date_starts[k] >= figure.end:
        return figure
    end = date_starts[k]
    words = layer.within(figure.start, end)
    if words and layer.starts[words[-1]] > figure.start and layer.folded[words[-1]] in _DATE_PREPOSITIONS:
        end = layer.starts[words[-1]]
    head = layer.text[figure.start:end].rstrip()
    return replace(figure, text=head, end=figure.start + len(head))


_CONDITIONS = frozenset(fold(w) for w in CASE_CONDITIONS)
SCORE_MOST = 30        # a score's sides are small: بنتيجة 2-0 (not الرقم 1000 - 5000)
AMONG_REACH = 300      # how far back "بينهم" looks for the figure it counts a part of
_DATE_PREPOSITIONS = {fold(w) for w in ("في", "منذ", "خلال", "حتى", "قبل", "بعد", "من", "إلى")}
