"""Actors: countries, international bodies and people named with a title."""
from __future__ import annotations

from ...arabic import Lexicon, clitic_readings, fold
from ...lexicon.actors import FACILITIES, HOMOGRAPHS, MINISTRIES, NAME_STOPS, REGNAL
from ...text import Text
from .lookup import Hit

_MINISTRY = Lexicon(dict.fromkeys(MINISTRIES, True))
_FACILITY = Lexicon(dict.fromkeys(FACILITIES, True))
_NAME_STOPS = frozenset(fold(w) for w in NAME_STOPS)
_REGNAL = frozenset(fold(w) for w in REGNAL)
_HOMOGRAPHS = {fold(w): entry for w, entry in HOMOGRAPHS.items()}
_CUES = {w: (Lexicon(dict.fromkeys(capital, True)), Lexicon(dict.fromkeys(country, True)))
         for w, (*_, capital, country) in _HOMOGRAPHS.items()}
_HOMOGRAPH_ENDS = tuple(_HOMOGRAPHS)
NAME_WORDS = 3


def _in_a_name(layer: Text, i: int) -> bool:
    """Does word i follow a facility's noun, so that it is part of a place's name?"""
    return i > 0 and layer.joins_next[i - 1] and bool(_FACILITY.one_word(layer.folded[i - 1]))


def actors(layer: Text, hits: list[Hit]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each country, body and titled person, in text order;
    none inside the name of a place (مطار الملكة علياء، جامعة القاهرة)."""
    by_start = {h.start: h for h in hits}
    found = []
    for h in hits:
        kind, name = h.value
        if _in_a_name(layer, h.word):
            continue
        if kind == "country" and layer.folded[h.word].endswith(_HOMOGRAPH_ENDS) \
                and (word := fold(layer.text[h.stem:h.end])) in _HOMOGRAPHS:
            name = _homograph(layer, h, word, name)
        if kind in ("country", "body"):
            found.append((h.start, h.end, name))
        elif kind == "title":
            found.append((h.start, *_person(layer, h, name, by_start)))
    return found


def _person(layer: Text, title: Hit, title_word: str, by_start: dict[int, Hit]) -> tuple[int, str]:
    """A title, what it is of (الخارجية، الصيني، حلف الناتو) and the name that
    follows: (where it ends in the text, the name)."""
    text = layer.text
    parts, pos = [title_word], title.end
    definite = " " not in title_word and fold(text[title.stem:title.end]).startswith("ال")
    if ministry := layer.phrase_after(pos, _MINISTRY):
        parts.append(text[layer.starts[layer.first_from(pos)]:ministry[1]])
        pos = ministry[1]
    for _ in range(2):        # a body, then its adjective: أمين عام حلف الناتو، قائد القوات الروسية
        nxt = layer.next_words(pos, 2)
        following, between = (by_start.get(layer.starts[nxt[0]]) if nxt else None), None
        if following is None and len(nxt) == 2 and layer.folded[nxt[0]].startswith("ال") \
                and layer.folded[nxt[0]] not in _NAME_STOPS:
            following, between = by_start.get(layer.starts[nxt[1]]), layer.word(nxt[0])   # القوات الروسية
        if following is None or following.value[0] not in ("country", "body"):
            break
        if definite and not between and not fold(text[following.stem:following.end]).startswith("ال"):
            break             # الوزير سلطنة عمان: a definite title takes no noun after it, only an adjective
        parts += [between, text[following.start:following.end]] if between else [text[following.start:following.end]]
        pos = following.end
    words, end = _name(layer, pos, by_start)
    return max(end, pos), " ".join(parts + words)


def _name(layer: Text, pos: int, actors: dict[int, Hit]) -> tuple[list[str], int]:
    """Up to three words of a name after a title (and an optional comma). A
    name ends at a particle, a definite or feminine word, a country or body
    (الوزير سلطنة عمان), or و (a conjunction, far more often than the first
    letter of a name)."""
    text = layer.text
    if text[pos:pos + 4].lstrip()[:1] == "،":
        pos = text.index("،", pos) + 1
    words, end = [], pos
    for i in layer.next_words(pos, NAME_WORDS):
        token, folded = layer.word(i), layer.folded[i]
        definite = any(stem.startswith("ال") for _, stem in clitic_readings(folded))
        if words and folded in _REGNAL:
            words.append(token)                 # الملك محمد السادس
            end = layer.ends[i]
            break
        if folded in _NAME_STOPS or definite or folded.startswith("و") or (words and token.endswith("ة")) \
                or layer.starts[i] in actors:
            break
        words.append(token)
        end = layer.ends[i]
    return words, end


def _homograph(layer: Text, h: Hit, word: str, name: str) -> str:
    """The country a spelling of both a capital and a country names here
    (عمّان is Amman, so Jordan; عُمان and سلطنة عمان are Oman): its marks,
    else the word before it, else which the text speaks of more."""
    capital_of, _, capital_mark, country_mark, *_ = _HOMOGRAPHS[word]
    written = layer.text[h.stem:h.end]
    if capital_mark in written:
        return capital_of
    if country_mark in written:
        return name
    capital_cues, country_cues = _CUES[word]
    if layer.phrase_before(h.start, country_cues) is not None:
        return name
    if layer.phrase_before(h.start, capital_cues) is not None:
        return capital_of
    return capital_of if len(layer.positions(capital_cues)) > len(layer.positions(country_cues)) else name
