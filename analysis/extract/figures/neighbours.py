"""A number with no unit takes one from what stands around it, or is no figure."""
from __future__ import annotations

import bisect
from dataclasses import replace

from ...arabic import Lexicon, fold
from ...lexicon import currencies, neighbours, not_figures
from ...model import Figure
from ...text import Text
from ..numbers import SCALE, Number
from .context import _counted_in_clause
from .money import _quoted_currency, against
from .reading import _Reading

_OF_THEM = Lexicon(dict.fromkeys(neighbours.OF_THEM, True))
_RANGE = Lexicon(dict.fromkeys(neighbours.RANGE, True))
_INDEX = Lexicon(dict.fromkeys(not_figures.INDEX, True))


def range_between(layer: Text, a: int, b: int) -> bool:
    """Is what stands between offsets a and b only a dash or a word of a range
    or list (و، إلى، أو، حتى)?"""
    gap = layer.text[a:b].strip()
    if len(gap) <= 2 and gap in neighbours.RANGE:
        return True                                              # 10-20، 10 – 20، عشرة لعشرين
    got = layer.phrase_after(a, _RANGE)
    return got is not None and layer.spaced(got[1], b)


def _from_neighbours(layer: Text, r: _Reading, nxt: _Reading | None, figures: list[Figure]) -> _Reading | None:
    """A number with no unit takes one from what stands around it, or is no figure."""
    if _adjective_one(layer, r):
        return None                                              # لليلة واحدة إلى 25%: one night, no range
    # a range or list: بين 10 و20 قتيلا، من 5 إلى 7 ملايين دولار
    if nxt is not None and nxt.kind and range_between(layer, r.end, nxt.number.start):
        value = r.value
        if nxt.number.scaled and not r.number.scaled and (scale := _scale_of(layer, nxt.number)) > value:
            value *= scale
        return replace(r, value=value, kind=nxt.kind, unit=nxt.unit, noun=nxt.noun)
    # one of the figure before, or compared with it: بينهم أربعة، رفضت 12 منها، مقابل 120 ألفا
    if figures and r.start - figures[-1].end < 300 and (
            r.among or layer.phrase_after(r.end, _OF_THEM)):
        whole = _whole_of(layer, r, figures)
        if whole.unit != "person" and _of_people(layer, r):
            return replace(r, kind="people", unit="person")      # استفاد 180 ألفا منهم: of them, people
        return replace(r, kind=whole.kind, unit=whole.unit, noun=whole.noun)
    if _of_people(layer, r):
        return replace(r, kind="people", unit="person")
    # the next of a list of people counted: إصابة 23 فلسطينيا بالرصاص الحي و110 بالاختناق
    if figures and _listed_after(layer, r, figures[-1]):
        return replace(r, kind=figures[-1].kind, unit=figures[-1].unit, noun=figures[-1].noun)
    # the dead or the wounded: مقتل 3 وإصابة 5
    if r.casualty:
        return replace(r, kind=r.casualty, unit="person")
    # an exchange rate: 90 مقابل الدولار
    if (noun := against(layer, r.end)) is not None:
        counter = currencies.BARE.get(noun)
        if counter and (quoted := _quoted_currency(layer, r, counter)):
            return replace(r, kind="code", unit=quoted)            # (code, why)
    # the clause names what is counted: بلغ عدد القتلى 50
    if (counted := _counted_in_clause(r)) is not None:
        return replace(r, kind=counted[0], unit=counted[1])
    if r.value is None or _index_level(layer, r):
        return None
    if r.number.scaled:
        # its sentence's figure before, whose unit it leaves unsaid: الصادرات 5 مليارات دولار
        # والواردات 3 مليارات
        # (never a share: 17 بالمئة لتصل إلى 1.7 مليار is 1.7 billion of the amount before)
        prev = next((f for f in reversed(figures[-3:]) if f.kind != "percent"), None)
        if prev and r.start - figures[-1].end < 150 and _continues(layer, prev.end - 1, r.start):
            return replace(r, kind=prev.kind, unit=prev.unit, noun=prev.noun)
    return replace(r, kind="count", unit=None)                   # 17 مليونا، حلب 64: a count, of what unsaid


def _continues(layer: Text, a: int, b: int) -> bool:
    """Does the statement at b go on from the one at a: the same sentence (its
    clauses too: فيما بلغت الواردات …), or the next one opening with و?"""
    k, m = layer.sentence_index(a), layer.sentence_index(b)
    if k == m:
        return True
    start = layer.sentences[m][0]
    return m == k + 1 and layer.text[start:b].lstrip()[:1] == "و"


LIST_REACH = 80         # how far after a count of people a bare number may continue its list


def _listed_after(layer: Text, r: _Reading, prev: Figure) -> bool:
    """Is this bare number, joined by و to a count of people just before in its
    clause and followed by a ب-phrase as that one may be, the list's next count?"""
    text = layer.text
    if prev.unit != "person" or not 0 < r.start - prev.end < LIST_REACH:
        return False
    if not (text[r.start - 1:r.start] == "و" or text[max(0, r.start - 2):r.start] == "و "):
        return False
    if layer.clause_at(prev.end - 1) != layer.clause_at(r.start):
        return False
    nxt = layer.next_words(r.end, 1)
    return not nxt or layer.folded[nxt[0]][:1] == "ب"


def _index_level(layer: Text, r: _Reading) -> bool:
    """A bare number in a sentence about an index is its level (مؤشر الدولار … إلى 95.612)."""
    if r.number.scaled:
        return False
    at = layer.positions(_INDEX)
    k = bisect.bisect_left(at, r.start)
    return k > 0 and at[k - 1] >= layer.sentence_at(r.start)[0]


def _adjective_one(layer: Text, r: _Reading) -> bool:
    """واحد after a noun says one of it, as an adjective (أسبوع واحد، دفعة واحدة), not a
    count; after a preposition it is a number (من واحد إلى خمسة)."""
    if r.number.digits or r.value != 1:
        return False
    before = layer.words_before(r.number.start, most=1)
    return bool(before) and layer.folded[before[0]] not in _PARTICLES \
        and layer.clause_at(layer.starts[before[0]]) == layer.clause_at(r.number.start)


def _of_people(layer: Text, r: _Reading) -> bool:
    """Does a pronoun of people follow the number (180 ألفا منهم): a count of them?"""
    return layer.phrase_after(r.end, _OF_PEOPLE) is not None


_OF_PEOPLE = Lexicon(dict.fromkeys(neighbours.OF_PEOPLE, True))
_PARTICLES = frozenset(fold(w) for w in ("من", "إلى", "الى", "بين", "حتى"))     # the ends of a range


def _whole_of(layer: Text, r: _Reading, figures: list[Figure]) -> Figure:
    """The figure a part counts a part of: the last one before it, or, when that
    is smaller than the part, the last one as large (ملياران و300 مليون ريال
    لبناء 4500 وحدة، منها 900 مليون: of the riyals). A comparison (مقابل 120
    ألفا) may be larger than what it is set against: the last one."""
    last = figures[-1]
    if r.value is None or last.value is None or last.value >= r.value or _compared(layer, r):
        return last
    return next((f for f in reversed(figures[-4:-1]) if r.start - f.end < 300 and f.value is not None
                 and f.value >= r.value), last)


def _compared(layer: Text, r: _Reading) -> bool:
    return any(layer.folded[i] == _AGAINST_WORD for i in layer.words_before(r.start, most=2))


_AGAINST_WORD = fold("مقابل")


def each_one(layer: Text, r: _Reading) -> bool:
    """واحد after كل (لكل واحد منهم، كل واحد من المتهمين) distributes, it counts nothing."""
    if r.number.digits or r.value != 1:
        return False
    before = layer.words_before(r.number.start, most=1)
    return bool(before) and any(stem == _EACH for _, stem in layer.readings(before[0]))


_EACH = fold("كل")


def _scale_of(layer: Text, n: Number) -> float:
    """The multiplier of the last scale word of a number (5 ملايين → 1e6)."""
    words = [layer.folded[i] for i in layer.within(n.start, n.end)]
    return next((SCALE.values[w][0] for w in reversed(words) if w in SCALE.values), 1.0)
