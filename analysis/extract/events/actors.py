"""Actors: countries, international bodies and people named with a title."""
from __future__ import annotations

from ...arabic import Lexicon, clitic_readings, fold
from ...lexicon.actors import MINISTRIES, NAME_STOPS
from ...text import Text
from .lookup import Hit

_MINISTRY = Lexicon(dict.fromkeys(MINISTRIES, True))
_NAME_STOPS = frozenset(fold(w) for w in NAME_STOPS)
NAME_WORDS = 3


def actors(layer: Text, hits: list[Hit]) -> list[tuple[int, str]]:
    """(position, name) of each country, body and titled person, in text order."""
    by_start = {h.start: h for h in hits}
    found = []
    for h in hits:
        kind, name = h.value
        if kind in ("country", "body"):
            found.append((h.start, name))
        elif kind == "title":
            found.append((h.start, _person(layer, h, name, by_start)))
    return found


def _person(layer: Text, title: Hit, title_word: str, by_start: dict[int, Hit]) -> str:
    """A title, what it is of (الخارجية، الصيني، حلف الناتو) and the name that follows."""
    text = layer.text
    parts, pos = [title_word], title.end
    if ministry := layer.phrase_after(pos, _MINISTRY):
        parts.append(text[layer.starts[layer.first_from(pos)]:ministry[1]])
        pos = ministry[1]
    for _ in range(2):        # a body, then its adjective: أمين عام حلف الناتو، قائد القوات الروسية
        nxt = layer.next_words(pos, 2)
        following, between = (by_start.get(layer.starts[nxt[0]]) if nxt else None), None
        if following is None and len(nxt) == 2 and layer.folded[nxt[0]].startswith("ال"):
            following, between = by_start.get(layer.starts[nxt[1]]), layer.word(nxt[0])   # القوات الروسية
        if following is None or following.value[0] not in ("country", "body"):
            break
        parts += [between, text[following.start:following.end]] if between else [text[following.start:following.end]]
        pos = following.end
    return " ".join(parts + _name(layer, pos))


def _name(layer: Text, pos: int) -> list[str]:
    """Up to three words of a name after a title (and an optional comma). A
    name ends at a particle, a definite or feminine word, or و (a conjunction,
    far more often than the first letter of a name)."""
    text = layer.text
    if text[pos:pos + 4].lstrip()[:1] == "،":
        pos = text.index("،", pos) + 1
    words = []
    for i in layer.next_words(pos, NAME_WORDS):
        token, folded = layer.word(i), layer.folded[i]
        definite = any(stem.startswith("ال") for _, stem in clitic_readings(folded))
        if folded in _NAME_STOPS or definite or folded.startswith("و") or (words and token.endswith("ة")):
            break
        words.append(token)
    return words
