"""Triggers and actors: the words of the text layer looked up in two lexicons.

A word is read folded (arabic.fold: marks, alef/hamza forms, ى/ي, ة/ه),
bare and without its fused clitics (arabic.clitic_readings) and, for
triggers, without an ending (اجتماعاً، قمته); an entry of several words
(حلف الناتو، الولايات المتحدة) takes the words that follow it, with only
spaces between them.
"""
from __future__ import annotations

from typing import NamedTuple

from ...arabic import Lexicon
from ...lexicon.actors import BODIES, CAPITALS, NOT_ACTORS, TITLES
from ...lexicon.countries import COUNTRY_WORDS
from ...lexicon.triggers import TRIGGERS
from ...text import Text

_TRIGGER_ENDINGS = ("ا", "ان", "ين", "ه", "ها", "هم", "هما")      # folded: ة is ه


def _with_article(word: str, add: bool) -> list[str]:
    """A word with the forms the article makes: الصين → للصين; اجتماع → الاجتماع، للاجتماع."""
    if word.startswith("ال"):
        return [word, "لل" + word[2:]]
    return [word, "ال" + word, "لل" + word] if add else [word]


def _trigger_table() -> Lexicon:
    entries: dict[str, tuple[str, bool]] = {}
    for word, (category, verb) in TRIGGERS.items():
        forms = _with_article(word, add=not verb)
        if not verb and word.endswith("ة"):       # قمة → قمته، زيارتها
            forms += [word[:-1] + "ت" + s for s in ("ه", "ها", "هم", "هما", "ين", "ان")]
        for f in forms:
            entries.setdefault(f, (category, verb))
    return Lexicon(entries, endings=_TRIGGER_ENDINGS)


def _actor_table() -> Lexicon:
    entries: dict[str, tuple[str, str]] = {}
    for words, kind in ((NOT_ACTORS, "place"), (TITLES, "title")):
        for w in words:
            for f in _with_article(w, add=kind == "title" and " " not in w):
                entries.setdefault(f, (kind, w))
    for table, kind in ((BODIES, "body"), (COUNTRY_WORDS, "country"), (CAPITALS, "country")):
        for w, name in table.items():
            for f in _with_article(w, add=False):
                entries.setdefault(f, (kind, name))
    return Lexicon(entries)


TRIGGER = _trigger_table()
ACTOR = _actor_table()




class Hit(NamedTuple):
    start: int          # the word as written, clitics included
    end: int
    stem: int           # where it starts without its clitics (بالاجتماع → الاجتماع)
    value: tuple
    word: int = 0       # the index of its first word in the text layer


def lookup(layer: Text, spans: list[tuple[int, int]]) -> tuple[list[Hit], list[Hit]]:
    """Triggers and actors in these spans of the text, in text order."""
    found: tuple[list[Hit], list[Hit]] = ([], [])
    starts, ends = layer.starts, layer.ends
    for table, hits in zip((TRIGGER, ACTOR), found):
        for lo, hi in spans:
            for i, hit in layer.find(table, lo, hi):
                start = starts[i]
                hits.append(Hit(start, ends[i + hit.n - 1], start + layer.letters_offset(i, len(hit.clitics)),
                                hit.value, i))
    return found
