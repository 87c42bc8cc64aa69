"""Triggers and actors found by look-up, not by one regex over the text."""
from __future__ import annotations

import re
from itertools import accumulate, compress
from typing import NamedTuple

from ...arabic import MARKS, fold
from ...lexicon.actors import BODIES, CAPITALS, NOT_ACTORS, TITLES
from ...lexicon.countries import COUNTRY_WORDS
from ...lexicon.triggers import TRIGGERS

# --- words found by look-up ------------------------------------------------------
#
# Triggers and actors are found by looking words up, not by one regex over the
# text: the text is split at spaces (str.split, C speed) and each distinct
# token is read once per process and remembered, as spaCy's tokenizer caches
# its tokens. A reading folds the word (arabic.fold: marks, alef/hamza forms,
# ى/ي, ة/ه), tries it bare and without its glued clitics (و ف, then ب ل ك),
# and, for triggers, without an ending (اجتماعاً، قمته). A word that starts a
# lexicon entry of several words (حلف الناتو، الولايات المتحدة) is completed
# against the words that follow it in the text.

_PIECE = re.compile(f"(?:[^\\W\\d_]|[{MARKS}])+")
_TRIGGER_ENDINGS = ("ا", "ان", "ين", "ه", "ها", "هم", "هما")      # folded: ة is ه


class _Table:
    """Lexicon entries of one or several words, keyed by their folded words."""

    def __init__(self, entries: dict, endings: tuple[str, ...] = ()):
        self.single: dict[str, tuple] = {}
        self.heads: dict[str, list[tuple[tuple[str, ...], tuple]]] = {}
        for word, value in entries.items():
            first, *rest = fold(word).split()
            if rest:
                self.heads.setdefault(first, []).append((tuple(rest), value))
            else:
                self.single.setdefault(first, value)
        for continuations in self.heads.values():
            continuations.sort(key=lambda c: -len(c[0]))
        self.endings: dict[str, list[str]] = {}       # by last letter, longest first
        for e in sorted(endings, key=len, reverse=True):
            self.endings.setdefault(e[-1], []).append(e)
        # A quick "no": the first four letters of every form a stem may have.
        self.openings: set[str] = set()
        for key in (*self.single, *self.heads):
            for form in (key, *(key + e for e in endings)):
                self.openings.add(form[:4])

    def read(self, word: str):
        """(clitics' length, value, continuations) for a folded word, or None."""
        for clitics, stem in _readings(word):
            if stem[:4] not in self.openings:
                continue
            for bare in (stem, *(stem[:-len(e)] for e in self.endings.get(stem[-1], ())
                                 if stem.endswith(e) and len(stem) > len(e) + 1)):
                value, heads = self.single.get(bare), self.heads.get(bare)
                if value or heads:
                    return clitics, value, heads
        return None


def _readings(word: str) -> list[tuple[int, str]]:
    """The word bare, then without و/ف, then without ب/ل/ك after them."""
    out = [(0, word)]
    if len(word) > 2 and word[0] in "وف":
        out.append((1, word[1:]))
    for n, stem in list(out):
        if len(stem) > 2 and stem[0] in "بلك":
            out.append((n + 1, stem[1:]))
    return out


def _with_article(word: str, add: bool) -> list[str]:
    """A word with the forms the article makes: الصين → للصين; اجتماع → الاجتماع، للاجتماع."""
    if word.startswith("ال"):
        return [word, "لل" + word[2:]]
    return [word, "ال" + word, "لل" + word] if add else [word]


def _trigger_table() -> _Table:
    entries: dict[str, tuple[str, bool]] = {}
    for word, (category, verb) in TRIGGERS.items():
        forms = _with_article(word, add=not verb)
        if not verb and word.endswith("ة"):       # قمة → قمته، زيارتها
            forms += [word[:-1] + "ت" + s for s in ("ه", "ها", "هم", "هما", "ين", "ان")]
        for f in forms:
            entries.setdefault(f, (category, verb))
    return _Table(entries, _TRIGGER_ENDINGS)


def _actor_table() -> _Table:
    entries: dict[str, tuple[str, str]] = {}
    for words, kind in ((NOT_ACTORS, "place"), (TITLES, "title")):
        for w in words:
            for f in _with_article(w, add=kind == "title" and " " not in w):
                entries.setdefault(f, (kind, w))
    for table, kind in ((BODIES, "body"), (COUNTRY_WORDS, "country"), (CAPITALS, "country")):
        for w, name in table.items():
            for f in _with_article(w, add=False):
                entries.setdefault(f, (kind, name))
    return _Table(entries)


TRIGGER = _trigger_table()
ACTOR = _actor_table()
_TABLES = (TRIGGER, ACTOR)


class _TokenCache:
    """What each token, as written, holds; shared by calls, replaced when full."""
    LIMIT = 200_000

    def __init__(self):
        self.words: dict[str, tuple] = {}     # token → the lexicon words in it
        self.first: dict[str, tuple] = {}     # token → its first word, folded


_CACHE = _TokenCache()


class _Hit(NamedTuple):
    start: int          # the word as written, clitics included
    end: int
    stem: int           # where it starts without its clitics (بالاجتماع → الاجتماع)
    value: tuple


def _read_token(token: str, cache: _TokenCache) -> tuple:
    """Every lexicon word in a space-delimited token, as
    (start, end, stem, table, value, continuations); also notes the token's
    first word, folded, for entries of several words."""
    found = []
    first = (None, 0, False)
    for piece in _PIECE.finditer(token):
        word = fold(piece.group())
        if not word:
            continue
        if piece.start() == 0:
            first = (word, piece.end(), piece.end() == len(token))
        for t, table in enumerate(_TABLES):
            reading = table.read(word)
            if reading:
                clitics, value, heads = reading
                if piece.end() != len(token):
                    heads = None               # punctuation ends an entry of several words
                stem = piece.start() + _after_letters(piece.group(), clitics)
                found.append((piece.start(), piece.end(), stem, t, value, heads))
    cache.first[token] = first
    return tuple(found)


def _after_letters(s: str, n: int) -> int:
    """Offset in `s` after its first n letters (a mark between them is skipped)."""
    i = 0
    while n:
        n -= bool(fold(s[i]))
        i += 1
    return i


def _lookup(text: str, spans: list[tuple[int, int]]) -> tuple[list[_Hit], list[_Hit]]:
    """Triggers and actors in these spans of the text, in text order."""
    global _CACHE
    if len(_CACHE.words) > _TokenCache.LIMIT:
        _CACHE = _TokenCache()          # a call still running keeps the old one
    cache = _CACHE
    hits: tuple[list[_Hit], list[_Hit]] = ([], [])
    for span_start, span_end in spans:
        tokens = text[span_start:span_end].split(" ")
        seen = list(map(cache.words.get, tokens))
        if None in seen:                       # tokens not met before
            for i, token in enumerate(tokens):
                if seen[i] is None:
                    found = cache.words.get(token)         # the same token earlier in this span
                    if found is None:
                        found = cache.words[token] = _read_token(token, cache)
                    seen[i] = found
        # token i starts after the lengths of the tokens before it and i spaces
        lengths = list(accumulate(map(len, tokens), initial=span_start))
        covered = [0, 0]
        for i in compress(range(len(tokens)), seen):
            base = lengths[i] + i
            for start, end, stem, t, value, heads in seen[i]:
                if base + start < covered[t]:
                    continue
                end += base
                if heads:
                    longer = _complete(cache, tokens, lengths, i + 1, heads)
                    if longer:
                        end, value = longer
                if value:
                    hits[t].append(_Hit(base + start, end, base + stem, value))
                    covered[t] = end
    return hits


def _complete(cache: _TokenCache, tokens: list[str], lengths: list[int], j: int,
              heads) -> tuple[int, tuple] | None:
    """The longest entry that the tokens from j on complete: (its end, its value)."""
    for rest, value in heads:
        if j + len(rest) > len(tokens):
            continue
        for k, word in enumerate(rest):
            folded, end, whole = cache.first[tokens[j + k]]
            if folded != word or (not whole and k < len(rest) - 1):
                break
        else:
            last = j + len(rest) - 1
            return lengths[last] + last + end, value
    return None
