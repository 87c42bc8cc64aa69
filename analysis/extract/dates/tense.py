"""The tense of a date's sentence, as the resolver needs it: does it announce
something ahead (سيعقد، المقبل، مرتقبة), schedule its event in the present
(تجرى الانتخابات في 7 سبتمبر), or count back from a date (منذ أغسطس)?"""
from __future__ import annotations

import bisect
import re

from ...arabic import Lexicon, clitic_readings, fold, words_pattern
from ...lexicon import dates as L
from ...text import Text
from .parser import FUTURE_CUES, Expr

REACH = 400            # how far from a date its sentence is read for a cue


def future(layer: Text, e: Expr) -> bool:
    """Is the sentence announcing something ahead (سيعقد، المقبل، مرتقبة)?"""
    if e.future:
        return True
    lo = max(layer.sentence_at(e.start)[0], e.start - REACH)
    hi = min(layer.sentence_at(max(e.start, e.end - 1))[1], e.end + REACH)
    key = ("future", lo, hi)                          # the dates of one sentence ask once: where its cues stand
    if key not in layer.memo:
        layer.memo[key] = sorted([layer.starts[i] for i, _ in layer.find(FUTURE_CUES, lo, hi)
                                  if not _of_another_date(layer, i)]
                                 + [layer.starts[i] for i in layer.within(lo, hi) if _future_verb(layer.folded[i])])
    return _in_its_statement(layer, layer.memo[key], e) or _expected(layer, e) or _extended_to(layer, e) or (_placed_in_time(layer, e)
                                                                       and will_do(layer, e))


def _placed_in_time(layer: Text, e: Expr) -> bool:
    """Does a preposition of time introduce it (ستطبق الزيادة في ديسمبر), or is
    it an adverb of time (ستعلن النتيجة منتصف أغسطس), so that a verb in the
    future before it says when, not what a report is about (ستنشر الوزارة
    نتائج جويلية)?"""
    before = layer.words_before(e.start, most=1)
    word = layer.folded[before[0]] if before else ""
    return word in _IN_TIME or (e.mod in ("START", "MID", "END") and _future_verb(word, persons="انيت"))


def _expected(layer: Text, e: Expr) -> bool:
    """Does a word of expectation (تتوقع المؤسسة أن …) govern the date: in its
    sentence, with no other statement reported between them (…، مشيرا إلى أن)?"""
    lo, hi = layer.sentence_at(e.start)
    key = ("expected", lo)
    if key not in layer.memo:
        layer.memo[key] = [layer.starts[i] for i, _ in layer.find(_EXPECTATION, lo, hi)]
    return _in_its_statement(layer, layer.memo[key], e)


def _in_its_statement(layer: Text, cues: list[int], e: Expr) -> bool:
    """Does a cue at one of these offsets (in order) stand in the date's own
    statement, no other reported between them (…، مشيرا إلى أن …، علما أن
    الأمطار التي تهاطلت في مارس)? Read by bisection: a sentence of a thousand
    dates and cues costs no more than a short one."""
    if not cues:
        return False
    cuts = _statement_cuts(layer)
    k = bisect.bisect_right(cuts, e.start)
    lo, hi = (cuts[k - 1] if k else -1), (cuts[k] if k < len(cuts) else len(layer.text) + 1)
    first = bisect.bisect_right(cues, lo)
    return first < len(cues) and cues[first] < hi


def _statement_cuts(layer: Text) -> list[int]:
    """Where each reported statement starts in the text (its comma)."""
    if "statement cuts" not in layer.memo:
        layer.memo["statement cuts"] = [m.start() for m in _REPORTED.finditer(layer.text)]
    return layer.memo["statement cuts"]


def _extended_to(layer: Text, e: Expr) -> bool:
    """Is it the date an extension runs until (تمديد الإعفاء حتى نهاية حزيران)?"""
    lo = layer.sentence_at(e.start)[0]
    return layer.phrase_before(e.start, _UNTIL) is not None \
        and next(layer.find(_EXTENSION, lo, e.start), None) is not None


_UNTIL = Lexicon(dict.fromkeys(L.UNTIL, True))
_EXTENSION = Lexicon(dict.fromkeys(L.EXTENSION_WORDS, True))


# a comma and a word that reports another statement: what follows is no longer the expectation
_REPORTED = re.compile(rf"[،,]\s*(?:{words_pattern(L.REPORTING_WORDS)})(?!\w)")


def _of_another_date(layer: Text, i: int) -> bool:
    """Is the cue at word i the direction of a date word right before it (الشهر المقبل,
    رمضان القادم)? It places that date ahead, not every date of the sentence."""
    if i == 0 or not layer.joins_next[i - 1]:
        return False
    key = "date word starts"
    if key not in layer.memo:
        layer.memo[key] = frozenset(a.start for a in layer.atoms if a.kind in _DATE_WORDS)
    return layer.starts[i - 1] in layer.memo[key]


_DATE_WORDS = frozenset({"unit", "month", "hmonth", "ramadan", "weekday", "season", "feast", "yearword", "monthword"})


def present(layer: Text, e: Expr) -> bool:
    """Does its statement schedule its event with a verb in the present (تجرى، يلتقي)?"""
    lo, hi = layer.sentence_at(e.start)
    key = ("present", lo)
    if key not in layer.memo:
        layer.memo[key] = [layer.starts[i] for i in layer.within(lo, hi)
                           if any(stem in _PRESENT for clitics, stem in layer.readings(i) if clitics in ("", "و", "ف"))]
    return _in_its_statement(layer, layer.memo[key], e)


_PRESENT = frozenset(fold(w) for w in L.PRESENT_VERBS)
_STARTING_FROM = Lexicon(dict.fromkeys(L.STARTING_FROM, True))
_EXPECTATION = Lexicon(dict.fromkeys(L.EXPECTATION_CUES, True))
_NOT_FUTURE = {fold(w) for w in L.NOT_FUTURE_VERBS}
_ON, _THAT = fold("على"), fold("أن")
_IN_TIME = {fold(w) for w in ("في", "خلال", "بحلول", "حتى", "قبل", "بعد")}
_SINCE = fold("منذ")


def will_do(layer: Text, e: Expr) -> bool:
    """Is there a verb in the future before it in its clause (ستشرع المحطات ابتداء من
    السبت، ستصرف الرواتب يوم الاثنين)? Said of a weekday, it is the coming one; a
    month a report names so may still be past (ستنشر الوزارة نتائج جويلية)."""
    return _first_in_clause(layer, e, "will do", lambda i, lo: _future_verb(layer.folded[i], persons="انيت")
                            or _provided_that(layer, i, lo)) < e.start


def _first_in_clause(layer: Text, e: Expr, name: str, test) -> int:
    """Where the first word of e's clause that passes test(word, clause's first word) starts
    (beyond the text if none): found once per clause, however many dates it holds."""
    k = layer.clause_index(e.start)
    key = (name, k)
    if key not in layer.memo:
        lo, hi = layer.clause_at(e.start)
        words = layer.within(lo, hi)
        layer.memo[key] = next((layer.starts[i] for i in words if test(i, words.start)), len(layer.text) + 1)
    return layer.memo[key]


def _provided_that(layer: Text, i: int, lo: int) -> bool:
    """على أن and a verb in the present at word i (على أن يستأنف الدوام صباح الثلاثاء):
    what is to follow."""
    folded = layer.folded
    return folded[i] == _THAT and i - 1 >= lo and folded[i - 1] == _ON and i + 1 < len(folded) \
        and folded[i + 1][:1] in "يتن" and len(folded[i + 1]) >= 4


def scheduled_before(layer: Text, e: Expr) -> bool:
    """Does a verb in the present that schedules (يبدأ، تجرى، يلتقي) stand before it in its clause?
    يبدأ شهر شوال يوم الأحد: the coming Sunday; قال يوم الأحد إن الانتخابات تجرى …: not."""
    return _first_in_clause(layer, e, "schedules", lambda i, _: any(
        stem in _PRESENT for clitics, stem in layer.readings(i) if clitics in ("", "و", "ف"))) < e.start


def starting_from(layer: Text, e: Expr) -> bool:
    """Does اعتبارا من / ابتداء من stand right before it (a modifier between: اعتبارا من مطلع مايو)?"""
    return layer.phrase_before(e.start, _STARTING_FROM) is not None or (
        bool(before := layer.words_before(e.start, most=1))
        and layer.phrase_before(layer.starts[before[0]], _STARTING_FROM) is not None)


def since(layer: Text, e: Expr) -> bool:
    """Does منذ stand right before it? منذ أغسطس points back, whatever the sentence announces."""
    before = layer.words_before(e.start, most=1)
    return bool(before) and layer.folded[before[-1]] == _SINCE


def _future_verb(word: str, persons: str = "ان") -> bool:
    """A verb in the future, by default in the first person (سأعود، سنواصل):
    someone announcing what they will do. Reports in the third person (ستنشر
    الوزارة نتائج جويلية) may speak of a past period, so only the listed cues
    count there, and for a weekday (will_do)."""
    for _, stem in clitic_readings(word)[:2]:
        if len(stem) >= 5 and stem[0] == "س" and stem[1] in persons and stem not in _NOT_FUTURE \
                and not stem.endswith(("ات", "ين", "ون")) and not stem.startswith(("سنو", "سنت", "سنغ", "ستم", "ستة")):
            return True
    return False
