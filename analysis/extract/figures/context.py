"""The clause around a figure: whether the people counted died or were
wounded, what the figure measures, what a number with no unit counts."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...arabic import Lexicon, clitic_readings, fold
from ...lexicon import measures, neighbours, people
from ...lexicon.nouns import NOUNS
from ...text import Text
from .words import WINDOW, Words, following

if TYPE_CHECKING:
    from .reading import _Reading

NOUN = Lexicon(NOUNS)               # used as a dictionary: form → (kind, unit, number)

_COUNT_OF = {fold(w) for w in neighbours.COUNT_OF}
_DISEASE = {fold(w) for w in people.DISEASE}
_LIVES = frozenset(fold(w) for w in people.LIVES)
_NOT_TOLL_HEADS = frozenset(fold(w) for w in people.NOT_TOLL_HEADS)
_CASUALTY_MEASURES = {"death toll": "killed", "injured": "injured", "missing": "people"}


def _roles() -> dict[str, dict[str, str]]:
    """The words of a clause around a figure → what they say of it: what it
    measures, that people died or were wounded (حصيلة says both)."""
    roles: dict[str, dict[str, str]] = {}
    for kind, words in (("killed", people.KILLED_CONTEXT), ("injured", people.INJURED_CONTEXT),
                        ("people", people.UNHARMED_CONTEXT)):
        for w in words:
            roles.setdefault(w, {}).setdefault("casualty", kind)
    for key, (_, words) in measures.MEASURES.items():
        for w in words:
            roles.setdefault(w, {}).setdefault("measure", key)
            if key in _CASUALTY_MEASURES:                       # حصيلة ضحايا: the dead
                roles[w].setdefault("casualty", _CASUALTY_MEASURES[key])
    return roles


_CONTEXT = Lexicon(_roles())
_MEASURE_KINDS = {key: kinds for key, (kinds, _) in measures.MEASURES.items()}
_MEASURE_VERB = Lexicon({verb: key for key, (_, verbs) in measures.MEASURE_VERBS.items() for verb in verbs})
_VERB_KINDS = {key: kinds for key, (kinds, _) in measures.MEASURE_VERBS.items()}
_NOT_PURPOSE = frozenset(fold(w) for w in measures.NOT_PURPOSE)
_PURPOSE_STOPS = frozenset(fold(w) for w in measures.PURPOSE_STOPS)

# ---------------------------------------------------------------- the clause

def _context(layer: Text, r: _Reading, limit: int):
    """The phrases of the clause before the figure, nearest last, and the
    first word of death or wounds after it (before the next number)."""
    words = r.clause
    before = [(_no_toll(roles, words.folded, i), *words.span(i, n)) for roles, i, n in words.found_in(_CONTEXT)]
    after = None
    if r.kind == "people?":
        hi = min(layer.clause_at(r.end)[1], limit, r.end + 40)
        later = Words(layer, layer.within(r.end, hi))
        named_before = any("casualty" in roles for roles, _, _ in before)
        if any(layer.folded[i] in _LIVES for i in layer.next_words(r.end, 2)):     # an adjective may come between
            return before, ("killed", r.end)
        after = next(((roles["casualty"], later.span(i)[0]) for roles, i, _ in later.found_in(_CONTEXT)
                      if "casualty" in _no_toll(roles, later.folded, i)
                      and not (named_before and _coordinated(later.folded[i]))), None)
    return before, after


def _no_toll(roles: dict, folded, i: int) -> dict:
    """The roles of the phrase at word i, without "casualty" when a mourners' or
    families' noun heads it (تشييع القتلى، ذوي الضحايا): no toll of the figure near it."""
    if "casualty" not in roles or i == 0 or not any(stem in _NOT_TOLL_HEADS for _, stem in clitic_readings(folded[i - 1])):
        return roles
    return {k: v for k, v in roles.items() if k != "casualty"}


def _coordinated(word: str) -> bool:
    """و + a word of the lexicon (وأصاب، وقتل): it opens the next clause, whose
    figure it describes, when this one already has its own word of death or wounds."""
    return word[:1] == "و" and word not in _CONTEXT.first_words and word[1:] in _CONTEXT.first_words


def _casualty(r: _Reading, before, after) -> str:
    """killed, injured or people: the nearest word of death or wounds in the clause."""
    kind, distance = "people", WINDOW
    for roles, _, end in before:
        if "casualty" in roles:
            kind, distance = roles["casualty"], r.start - end
    if after and after[1] - r.end < distance:
        kind = after[0]
    return kind


def _measure(layer: Text, r: _Reading, kind: str, before) -> tuple[str | None, str | None]:
    """What the figure measures: the words right after it, else the nearest
    fitting words before it; of an idafa (عجز الموازنة) the head."""
    idx = layer.next_words(r.end, 4)
    words = [layer.folded[i] for i in idx]
    if words and not (words[0][:1] == "و" and words[0] not in _CONTEXT.first_words):   # و: the next clause
        hit = _CONTEXT.at(words, 0)
        key = hit and hit.value.get("measure")
        if key and kind in _MEASURE_KINDS[key]:
            return key, layer.text[layer.starts[idx[0]]:layer.ends[idx[hit.n - 1]]]
    chain: list = []                     # the last run of measure words next to each other
    for roles, start, end in before:
        key = roles.get("measure")
        if not key or kind not in _MEASURE_KINDS[key]:
            continue
        if not (chain and layer.spaced(chain[-1][2], start)):
            chain = []
        chain.append((key, start, end))
    for i, (key, start, end) in enumerate(chain):
        if key not in measures.YIELDING or i == len(chain) - 1:
            return key, layer.text[start:end]
    if kind == "money" and (purpose := _purpose(layer, r.end)):
        return measures.PURPOSE, purpose
    verb = r.clause and next((key for key, _, _ in reversed(list(r.clause.found_in(_MEASURE_VERB)))
                              if kind in _VERB_KINDS[key]), None)
    return verb, None                    # a verb gives the key, never the words: they are a noun phrase


def _purpose(layer: Text, pos: int) -> str | None:
    """What an amount is for, the noun phrase after ل: 2.5 مليار دولار لصيانة
    الطرق → صيانة الطرق، للمشاريع التنموية → المشاريع التنموية."""
    idx = layer.next_words(pos, measures.PURPOSE_WORDS)
    if not idx:
        return None
    readings = [(c, stem) for c, stem in clitic_readings(layer.folded[idx[0]]) if c in ("ل", "ول")]
    if not readings:
        return None
    def bare(stem):
        return stem[2:] if stem.startswith("ال") else stem
    # a known noun first (للاجئين: ل + لاجئين), then the article (للمشاريع: ل + المشاريع)
    clitics, stem = max(readings, key=lambda r: (bare(r[1]) in NOUN.values, r[1].startswith("ال")))
    bare = bare(stem)
    if bare in _NOT_PURPOSE or NOUN.get(bare, (None,))[0] in ("currency", "code"):
        return None                                  # لعام 2024، للدولار: a date, a rate
    words = [idx[0]]
    for i in idx[1:]:
        if layer.folded[i] in _PURPOSE_STOPS or layer.folded[i][:1] == "و":
            break
        words.append(i)
    first = layer.word(idx[0])[layer.letters_offset(idx[0], len(clitics)):]
    if stem.startswith("ال") and not fold(first).startswith("ال"):
        first = "ا" + first                          # للمشاريع: the ل of the article, its alef dropped
    rest = layer.text[layer.ends[idx[0]]:layer.ends[words[-1]]]
    return first + rest


def _counted_in_clause(r: _Reading) -> tuple | None:
    """What a number with no unit counts, as its clause names it: the noun
    after عدد/حصيلة (بلغ عدد القتلى 50), or after عددهم the last definite
    noun (الناخبين المسجلين البالغ عددهم 17 مليونا)."""
    words = r.clause.folded
    found = None
    for i, w in enumerate(words):
        after_count = i > 0 and any(stem in _COUNT_OF for _, stem in clitic_readings(words[i - 1]))
        if r.their_number or after_count:
            for _, v in clitic_readings(w):
                # عدد القتلى، or after عدد a noun in construct: عدد سكانها
                noun = v[2:] if v.startswith("ال") else _PRONOUN_SUFFIX.sub("", v) if after_count else None
                if noun and NOUN.values.get(noun, (None,))[0]:
                    found = NOUN.values[noun]
                    break
    return found


_PRONOUN_SUFFIX = re.compile("(?:ها|هم|هن|ه)$")


def _disease_near(layer: Text, start: int, end: int, look_back: bool = True, cases: bool = False) -> bool:
    """Is a disease named just after the figure (بالكوليرا، جديدة بفيروس كورونا),
    or, for a count of cases, before it in its sentence (إصابة جديدة بفيروس كورونا،
    ليرتفع العدد إلى 1.7 مليون إصابة)? Of the dead only what follows says it:
    أودى التسمم بحياة 6 أطفال is a toll. A count of حالات reads a little
    further either way: حالة اشتباه بالإصابة بالكوليرا; the sentence before
    may have named the disease its total counts."""
    after, _ = following(layer, end, 4 if cases else 2)
    if not look_back:
        lo = start
    elif cases:
        k = layer.sentence_index(start)
        lo = max(layer.sentences[max(0, k - 1)][0], start - 2 * DISEASE_REACH) if layer.sentences else start
    else:
        lo = max(layer.sentence_at(start)[0], start - DISEASE_REACH)
    before = [layer.folded[i] for i in layer.within(lo, start)]
    return any(any(v in _DISEASE or v.startswith("ال") and v[2:] in _DISEASE for _, v in clitic_readings(w))
               for w in (*after, *before))


def _recovered(layer: Text, start: int) -> bool:
    """Does a word of recovery stand before the figure in its clause (تعافى 980 مصابا)?"""
    lo = max(layer.clause_at(start)[0], start - RECOVERY_REACH)
    return any(stem in _RECOVERY for i in layer.within(lo, start) for _, stem in layer.readings(i))


RECOVERY_REACH = 80
_RECOVERY = frozenset(fold(w) for w in people.RECOVERY)
DISEASE_REACH = 200     # how far back in its sentence a disease named makes a case a case of it
