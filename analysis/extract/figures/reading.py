"""Reading one number where it stands: is it a label (labels.py), what unit or
counted noun follows it, which approximation stands before or after it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...arabic import Lexicon, clitic_readings, fold
from ...lexicon import approximation, currencies, neighbours, not_figures
from ...lexicon.inflection import PLURAL
from ...lexicon.nouns import PERSON
from ...lexicon.numbers import CARDINALS, SCALES, UNITS as NUMBER_UNITS
from ...lexicon.units import BELOW_ZERO, DEGREE_SIGN, RATE, TEMPERATURE_BEFORE
from ...text import SPACE, Text
from ..abbreviated import CURRENCY_ABBREVIATION
from ..numbers import Number
from .context import _CONTEXT, NOUN, _counted_in_clause
from .labels import names_or_orders
from .words import DEFINITE_FUSED, Words, clause_before, following, words_before

_ABBREVIATIONS = {fold(a.replace(".", "")): c for a, c in currencies.ABBREVIATIONS.items()}
_SYMBOLS = {**currencies.ALL_SYMBOLS, **currencies.SUBUNIT_SYMBOLS, "%": "%", "٪": "%"}
_SYMBOL_AFTER = re.compile(f"{SPACE}({'|'.join(map(re.escape, sorted(_SYMBOLS, key=len, reverse=True)))})")
_SYMBOL_BEFORE = re.compile(r"(?:(?P<s>US\$|\$|€|£)|(?P<p>[%٪]))\s?\Z")      # $300، %12
_RATE = Lexicon(dict.fromkeys(RATE, True))
# the words just before a number: an approximation, a label, or a pointer to a neighbour
_BEFORE = Lexicon({
    **{w: ("approx", key) for key, ws in approximation.BEFORE.items() for w in ws},
    **{w: ("label", None) for w in not_figures.BEFORE},
    **{w: ("among", None) for w in neighbours.AMONG},
    **{w: ("their number", None) for w in neighbours.THEIR_NUMBER},
})
_NAMED = Lexicon(dict.fromkeys(not_figures.NAMED_BEFORE, True))   # a name then its number: طراز بوينغ 737
_APPROX_VERB = Lexicon({w: key for key, ws in approximation.VERBS.items() for w in ws})
_PREPOSITIONS_OF_VERBS = {fold(w) for w in ("عن", "على")}      # يقل عن، يزيد على
_MARGINS = {fold(w) for w in ("بنسبة", "بمقدار", "بواقع", "بفارق", "بزيادة")}
_APPROX_AFTER = Lexicon({w: key for key, ws in approximation.AFTER.items() for w in ws})
_NOT_COUNTED = {fold(w) for w in not_figures.NOT_COUNTED}
_PLACES_OF = {fold(w) for w in not_figures.PLACES_AFTER_OF}
_AGES = {fold(w) for w in not_figures.AGES if w not in ("عمر", "سن")}   # عمر is a name, سن a verb too
_DEGREE_SCALE = {w: unit for unit, ws in DEGREE_SIGN.items() for w in ws}
_DEGREE = re.compile(r"[ \u00a0]?°(?:[ \u00a0]?(" + "|".join(sorted(map(re.escape, _DEGREE_SCALE), key=len, reverse=True))
                     + r")(?![^\W\d_]))?")
_TEMPERATURE = Lexicon(dict.fromkeys(TEMPERATURE_BEFORE, True))
_TO_WORDS = {fold(w) for w in ("إلى", "الى", "حتى", "نحو", "حوالي")}
_BELOW_ZERO = Lexicon(dict.fromkeys(BELOW_ZERO, True))

# ---------------------------------------------------------------- reading one number

@dataclass
class _Reading:
    """What one number says, before its neighbours are consulted."""
    number: Number
    start: int
    end: int
    value: float | None
    kind: str | None = None      # a figure kind, "people?"/"case?" (its clause decides), or None: bare
    unit: object = None
    approx: str | None = None
    among: bool = False          # after بينهم/منهم/مقابل: counts what the figure before counts
    their_number: bool = False   # after عددهم: counts the noun its clause names
    casualty: str | None = None   # after a word of death or wounds: مقتل 3 وإصابة 5
    clause: Words | None = None   # the words of its clause before it
    noun: str | None = None       # its unit or counted noun as written
    abbreviated: bool = False     # its currency abbreviated as the Maghreb writes it (م د)


_VAGUE_SCALES = {fold(w) for w in ("الآلاف", "الألوف", "الملايين", "المليارات", "الملايير")}


def _unit_after(layer: Text, pos: int, vague: bool):
    """The unit or counted noun right after pos: ((kind, unit, number), end, after من) or None.
    A definite noun is what a vague amount counts (آلاف الأطنان، عشرات الآلاف
    من المدنيين), never what a number counts."""
    folded, ends = following(layer, pos)
    if not folded:
        return None
    if vague and folded[0] in _VAGUE_SCALES:
        folded, ends = folded[1:], ends[1:]                     # عشرات الآلاف …
    of = len(folded) > 1 and folded[0] == "من"
    if of:
        folded, ends = folded[1:], ends[1:]
    if not folded or (of and folded[0] in _PLACES_OF):
        return None                                             # 78 من أمام المقر: from before, not of imams
    if folded[0][:2] in ("ال", "لل") and folded[0] not in NOUN.values:
        if not (of or vague):
            return None
        folded = [folded[0][2:], *folded[1:]]
    for n in range(len(folded), 0, -1):
        entry = NOUN.values.get(" ".join(folded[:n]))
        if entry is not None:
            return entry, ends[n - 1], of
    return None


_AND = re.compile(r"\s*و\s*")


def _unit_before(layer: Text, n: Number):
    """لتر ونصف، دولار وربع: a unit word with no number, then و and the fraction:
    ((kind, unit, number), where the unit starts)."""
    i = layer.last_before(n.start)
    if i >= 1 and layer.folded[i] == "و":
        i -= 1
    if i < 0 or not _AND.fullmatch(layer.text, layer.ends[i], n.start):
        return None
    head = layer.text[:layer.starts[i]].rstrip()
    j = layer.last_before(len(head))
    if head and (head[-1].isdigit() or (j >= 0 and layer.ends[j] == len(head) and any(
            stem in _NUMBER_WORDS for _, stem in clitic_readings(layer.folded[j])))):
        return None                                              # 3 لترات ونصف: the number before has the unit
    unit = _unit_after(layer, layer.starts[i], False)
    if unit is None or unit[0][0] in (None, "people?", "killed", "injured", "case?") or unit[1] != layer.ends[i] \
            or unit[2]:
        return None
    return unit[0], layer.starts[i]


def _and_more_of(layer: Text, start: int, end: int) -> bool:
    """Is the approximation after a figure و + a comparison that من follows
    (27 قتيلا وأكثر من 60 جريحا): the next figure's, not this one's?"""
    nxt = layer.next_words(end, 1)
    return layer.text[start:end].lstrip().startswith("و") and bool(nxt) and layer.folded[nxt[0]] == "من"


_CASES = frozenset(fold(w) for w in ("حالة", "حالات", "حالتان", "حالتين"))
_ONE = frozenset(fold(w) for w in NUMBER_UNITS[1])
_TWO = frozenset(fold(w) for w in NUMBER_UNITS[2])
_PEOPLE_KINDS = ("killed", "injured", "case?", "people?", "people")


def _two_letter_currency(text: str, pos: int) -> tuple[str, int] | None:
    """A currency abbreviated in two letters or more right after pos (دج، د.ت، ر.س): (code or noun, end)."""
    m = CURRENCY_ABBREVIATION.match(text, pos)
    letters = fold(re.sub(r"[.\s]", "", m.group("a"))) if m else ""
    if len(letters) < 2 or (letters == fold(m.group("a")) and letters in NOUN.values):
        return None                 # 500 جم: grams, not ج.م written without its dot
    return _ABBREVIATIONS[letters], m.end()


def _person_before_one(layer: Text, n: Number):
    """شخص واحد، جندي واحد، ريال واحد: واحد after a singular noun of people or a
    currency counts one of them (after any other noun it is an adjective:
    أسبوع واحد، دفعة واحدة);
    إرهابيين اثنين: اثنين after a noun in ـين counts two of them:
    ((kind, unit, number), where the noun starts)."""
    words = layer.within(n.start, n.end)
    if n.digits or n.value not in (1, 2) or len(words) != 1 \
            or layer.folded[words[0]] not in (_ONE if n.value == 1 else _TWO):
        return None
    before = layer.words_before(n.start, most=1)
    if not before:
        return None
    entry = NOUN.values.get(layer.folded[before[0]])
    if entry is None or entry[0] not in (*_PEOPLE_KINDS, "currency") or (entry[2] == PLURAL) != (n.value == 2) \
            or (n.value == 2 and not layer.folded[before[0]].endswith("ين")):
        return None
    return entry, layer.starts[before[0]]


def _other_noun(layer: Text, pos: int) -> int | None:
    """The end of an indefinite word after pos that no lexicon lists and that is
    not a preposition, particle, pronoun or conjunction: what the number counts (12 كلية)."""
    folded, ends = following(layer, pos, 1)
    if not folded:
        return None
    word = folded[0]
    if len(word) < 2 or word in _NOT_COUNTED or word[0] in "وف":      # و/ف: the next clause begins
        return None
    if _CONTEXT.one_word(word):             # 60 بجروح: a word of what befell them, not what is counted
        return None
    if word[0] == "ي" or word.endswith("وا"):    # يحتاجون، يعيش، نزحوا: a verb; a noun seldom starts with ي
        return None
    if any(stem.startswith("ال") or stem in _NUMBER_WORDS for _, stem in clitic_readings(word)):
        return None                         # definite: not what is counted; لعشرين: another number
    if word.endswith(_POSSESSIVE) and len(word) > 4:             # أعمالها: possessed, so definite too
        return None
    return ends[0]


_NUMBER_WORDS = {fold(w) for w in (*CARDINALS, *SCALES)}
_TIME_PLURALS = {fold(w) for w in not_figures.TIME_PLURALS}
_POSSESSIVE = ("ها", "هم", "هما", "هن", "كم", "نا")
_COMPARISONS = {"<": "less_than", ">": "more_than", "<=": "up_to", ">=": "at_least", "≤": "up_to", "≥": "at_least"}
_COMPARED = re.compile(r"(<=|>=|[<>≤≥])\s?\Z")
_WHOLE = {"people?", "people", "killed", "case?", "injured", "count"}      # counted in whole ones
_WHOLE_UNITS = {"unit", "vehicle", "head"}
COUNTED_SPANS_FROM = 100_000    # so many nights or hours (21,3 مليون ليلة) are counted, no duration
_SPAN_UNITS = {fold(w): unit for unit, words in not_figures.COUNTED_SPANS.items() for w in words}
_THOUSANDS_DOT = re.compile(r"\(?\d{1,3}\.\d{3}\)?")


def thousands_dot(text: str, n: Number) -> bool:
    """Is the number written with one dot before three digits (41.500), a thousands mark in some styles?"""
    return n.value is not None and 0 < n.value < 1000 and _THOUSANDS_DOT.fullmatch(text, n.start, n.end) is not None


def _plural_head(before: list[str]) -> bool:
    """A plural in construct before a definite noun (محافظات المملكة الـ12): the
    number counts the plural; an adjective phrase (الدورة الأولمبية الـ33) does not."""
    return len(before) >= 2 and not before[-2].startswith("ال") and before[-1].startswith("ال") \
        and _plural("ال" + before[-2])


def _singular_head(before: list[str]) -> bool:
    """A singular noun in construct before a definite plural (قافلة المساعدات الـ78):
    the number orders the singular (the 78th convoy), whatever its genitive."""
    if len(before) < 2 or before[-2].startswith("ال") or not before[-1].startswith("ال"):
        return False
    entry = NOUN.values.get(before[-2])
    return entry is not None and entry[2] != PLURAL


def _plural(word: str) -> bool:
    """Is this folded definite word a plural (الدول، المحاور، الأطفال، المشاركين)?
    Its endings, or the patterns مفاعل/مفاعيل and أفعال of broken plurals."""
    stem = word[2:] if word.startswith("ال") else word
    entry = NOUN.values.get(stem)
    if entry is not None:
        return entry[2] == PLURAL
    if stem.endswith(("ات", "ين", "ون")) and len(stem) > 4:
        return True
    return (len(stem) in (5, 6) and stem[0] == "م" and stem[2] == "ا") or (
        len(stem) == 5 and stem[0] == "ا" and stem[3] == "ا")


def _read(layer: Text, n: Number) -> _Reading | None:
    """The number with its unit and approximation, or None: no figure."""
    text = layer.text
    if names_or_orders(layer, n):
        return None
    r = _Reading(n, n.start, n.end, n.value)
    r.clause = clause_before(layer, n.start)
    before, fused = words_before(r.clause, n.start)
    tag = _BEFORE.ending(before) if before else None
    # المادة 5، الجولة 12، طراز بوينغ 737: unless a unit follows (الجوال 100%)
    labelled = bool(tag) and tag[0] == "label" or any(_NAMED.ending(before, k) is not None for k in (0, 1, 2))
    if tag and tag[0] == "approx" and any(w in _AGES for w in before[-4:-1]):
        return None                                              # عمره لا أقل من ثلاثين: an age
    if tag and tag[0] == "approx":
        r.approx = tag[1]
    elif compared := _COMPARED.search(text, max(0, n.start - 3), n.start):
        r.approx = _COMPARISONS[compared.group(1)]              # <30، >= 50، ≤ 100
    else:
        # the verb, its subject (three words at most) and a preposition: ألا يقل عدد العمال عن 50;
        # not a margin (تجاوزت المعدل بنسبة 165 بالمائة: by 165%, not more than it)
        reach = 0 if fused or (before and before[-1] in _MARGINS) else \
            4 + bool(before and before[-1] in _PREPOSITIONS_OF_VERBS)
        r.approx = next(filter(None, (_APPROX_VERB.ending(before, within) for within in range(reach))), None)
    r.among = bool(tag) and tag[0] == "among"
    r.their_number = bool(tag) and tag[0] == "their number"
    # مقتل 3، وأصيب أكثر من 60: the word of death or wounds, before the approximation if any
    reach = range(_BEFORE.longest + 1) if tag and tag[0] == "approx" else range(1)
    r.casualty = next(filter(None, ((_CONTEXT.ending(before, within) or {}).get("casualty")
                                    for within in reach)), None) if before else None

    if n.dual:
        r.kind, r.unit, _ = NOUN.get(text[n.start:n.end])
    elif n.value and layer.phrase_after(n.end, _BELOW_ZERO):
        r.kind, r.unit = "quantity", "degree"                    # 2 تحت الصفر
    elif n.lone_fraction and (unit := _unit_before(layer, n)):
        (r.kind, r.unit, _), r.start = unit                      # لتر ونصف: a litre and a half
        r.value = 1 + n.value
    elif one := _person_before_one(layer, n):
        (r.kind, r.unit, _), r.start = one
    elif n.ratio:
        r.kind = "count"                                         # واحد من ثلاثة طالبات: a share, no count of them
    elif not n.scaled and (abbreviation := _two_letter_currency(text, n.end)):
        r.kind, r.unit = ("code", abbreviation[0]) if abbreviation[0].isascii() else ("currency", abbreviation[0])
        r.end, r.abbreviated = abbreviation[1], True             # 5000 دج، 12 د.ت (one letter, د، is a minute too)
    elif unit := _unit_after(layer, n.end, n.value is None):
        (r.kind, r.unit, _), r.end, of = unit
        if r.kind is None and n.scaled and (n.value or 0) >= COUNTED_SPANS_FROM:
            r.kind, r.unit = "count", _SPAN_UNITS.get(fold(text[n.end:r.end]).strip())   # 21,3 مليون ليلة: stays
        if r.kind is None or ((labelled or n.lone_fraction) and of):
            return None                                          # a duration, a multiplier; الفصل 47 من القانون
    elif n.scaled and (abbreviation := CURRENCY_ABBREVIATION.match(text, n.end)):
        currency = _ABBREVIATIONS[fold(re.sub(r"[.\s]", "", abbreviation.group("a")))]    # م د، مليار دج
        r.kind, r.unit = ("code", currency) if currency.isascii() else ("currency", currency)
        r.end, r.abbreviated = abbreviation.end(), True
    elif degree := _DEGREE.match(text, n.end):
        r.kind, r.unit, r.end = "quantity", _DEGREE_SCALE.get(degree.group(1), "degree"), degree.end()   # 37° سلزيوس
    elif symbol := _SYMBOL_AFTER.match(text, n.end):
        r.unit, r.end = _SYMBOLS[symbol.group(1)], symbol.end()
        r.kind = "percent" if r.unit == "%" else "subunit" if isinstance(r.unit, tuple) else "code"
    elif n.value is None:
        return None                                              # آلاف alone
    elif before and (_TEMPERATURE.ending(before) or (before[-1] in _TO_WORDS and _TEMPERATURE.ending(before, 1))):
        r.kind, r.unit = "quantity", "degree"                    # درجة الحرارة سالب ٥
    elif symbol := _SYMBOL_BEFORE.search(text, max(0, n.start - 4), n.start):
        r.kind, r.unit = ("code", _SYMBOLS[symbol.group("s")]) if symbol.group("s") else ("percent", "%")
        r.start = symbol.start()
    elif (labelled and not n.scaled) or n.lone_fraction:
        return None                                              # نصف alone, ثلث ما طلبته: a fraction
    elif (n.digits or n.value >= 3) and (end := _other_noun(layer, n.end)):
        r.kind, r.end = "count", end                             # 12 كلية، الـ83 لجنة: a thing no lexicon lists
    elif fused in DEFINITE_FUSED and not (before and (_plural(before[-1]) and not _singular_head(before)
                                                    or _plural_head(before))):
        return None                                              # المركز ال12، القمة الـ33: a rank
    elif fused in DEFINITE_FUSED and before[-1] in _TIME_PLURALS:
        return None                                              # الساعات الـ24 الماضية: a duration
    if r.unit == "case" and r.end > n.end and fold(text[n.end:r.end]).strip() in _CASES \
            and (counted := _counted_in_clause(r)) and counted[1] == PERSON:
        r.kind, r.unit = counted[0], counted[1]                  # بلغ عدد القتلى 22 حالة: 22 dead
    if (r.kind in _WHOLE or (isinstance(r.unit, str) and r.unit in _WHOLE_UNITS)) and thousands_dot(text, n):
        r.value = n.value * 1000                                 # (8.600) برج، 41.500 وحدة: no fraction of a tower
    if r.end > n.end:
        r.noun = text[n.end:r.end].strip()
    elif n.dual:
        r.noun = text[n.start:n.end]
    elif r.start < n.start:
        r.noun = text[r.start:n.start].strip()                   # $300
    if r.kind in ("quantity", "currency", "code") and (rate := layer.phrase_after(r.end, _RATE)):
        r.end = rate[1]                                          # 2 مليون برميل يوميا
    if r.unit in ("degree", "°C", "°F") and r.value and (below := layer.phrase_after(r.end, _BELOW_ZERO)):
        r.value, r.end = -abs(r.value), below[1]                 # درجتين تحت الصفر: -2
    if (after := layer.phrase_after(r.end, _APPROX_AFTER)) and not _and_more_of(layer, r.end, after[1]):
        r.approx = after[0].value                                # 40 قتيلا على الأقل; not 27 قتيلا وأكثر من 60
    return r
