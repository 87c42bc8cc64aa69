"""Actors: countries, international bodies and people named with a title."""
from __future__ import annotations

import re

from ...arabic import WORD_END, fold, words_pattern
from ...lexicon.actors import MINISTRIES, NAME_STOPS
from .lookup import _Hit

_MINISTRY_RE = re.compile(rf"\s+(?:{words_pattern(MINISTRIES)}){WORD_END}")
_NAME_STOPS = frozenset(fold(w) for w in NAME_STOPS)
_SPACE = re.compile(r" *")
_WORD = re.compile(r"[^\W\d_][^\s،,.:;؛!?؟\"«»()]*")

# --- actors ----------------------------------------------------------------------

def _actors(text: str, hits: list[_Hit]) -> list[tuple[int, str]]:
    """(position, name) of each country, body and titled person, in text order."""
    by_start = {h.start: h for h in hits}
    found = []
    for h in hits:
        kind, name = h.value
        if kind in ("country", "body"):
            found.append((h.start, name))
        elif kind == "title":
            found.append((h.start, _person(text, h, name, by_start)))
    return found


def _person(text: str, title: _Hit, title_word: str, by_start: dict[int, _Hit]) -> str:
    """A title, what it is of (الخارجية، الصيني، حلف الناتو) and the name that follows."""
    parts, pos = [title_word], title.end
    ministry = _MINISTRY_RE.match(text, pos)
    if ministry:
        parts.append(ministry.group().strip())
        pos = ministry.end()
    for _ in range(2):        # a body, then its adjective: أمين عام حلف الناتو، قائد القوات الروسية
        ws = _SPACE.match(text, pos).end()
        following, between = by_start.get(ws), None
        if following is None:             # one definite noun between: القوات الروسية
            word = _WORD.match(text, ws)
            if word and word.group().startswith("ال"):
                following, between = by_start.get(_SPACE.match(text, word.end()).end()), word.group()
        if following is None or following.value[0] not in ("country", "body"):
            break
        parts += [between, text[following.start:following.end]] if between else [text[following.start:following.end]]
        pos = following.end
    return " ".join(parts + _name(text, pos))


def _name(text: str, pos: int) -> list[str]:
    """Up to three words of a name after a title (and an optional comma). A
    name ends at a particle, a definite or feminine word, or و (a conjunction,
    far more often than the first letter of a name)."""
    pos += re.match(r"\s*،?\s*", text[pos:pos + 4]).end()
    words = []
    for w in _WORD.finditer(text, pos, min(len(text), pos + 60)):
        if w.start() != pos:                      # punctuation or a digit between words
            break
        token = w.group()
        if (fold(token) in _NAME_STOPS or token.startswith(("ال", "لل", "بال", "و"))
                or (words and token.endswith("ة"))):
            break
        words.append(token)
        pos = w.end()
        gap = re.match(r" +", text[pos:pos + 3])
        if len(words) == 3 or not gap:
            break
        pos += gap.end()
    return words
