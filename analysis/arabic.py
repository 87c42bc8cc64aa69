"""Matching Arabic words as news writes them, without copying the text.

Patterns run on the input text itself, so every offset is an offset into it.
Instead of normalising the text, each lexicon word is compiled into a pattern
that tolerates what normalisation would have removed: alef and hamza forms,
ى/ي, ة/ه, diacritics and tatweel between letters. Digits need nothing: `\\d`
and `int()` read Arabic-Indic and Persian digits as they are.
"""
from __future__ import annotations

import re
from typing import Generic, Iterable, Mapping, TypeVar

V = TypeVar("V")

MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640"   # harakat, Quranic marks, tatweel
OPTIONAL_MARKS = f"[{MARKS}]*"
_MARK_RE = re.compile(f"[{MARKS}\u200c-\u200f\u061c]")

_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي", "ة": "ه", "ک": "ك",
})
# what each folded letter may be in the text
_VARIANTS = {"ا": "اأإآٱ", "ي": "يىی", "ه": "هة", "ك": "كک"}

# A word starts where no letter or mark stands before it (a digit may: 20الف).
WORD_START = rf"(?<![^\W\d_])(?<![{MARKS}])"
WORD_END = rf"(?![^\W\d_]|[{MARKS}])"   # a digit may follow (20الف), a letter or mark may not
NUMBER = r"\d+(?:[.,٫٬]\d+)*"


def fold(s: str) -> str:
    """The key a word is looked up by: marks removed, letter variants folded."""
    return _MARK_RE.sub("", s).translate(_FOLD)


def _char_pattern(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    variants = _VARIANTS.get(ch)
    body = f"[{variants}]" if variants else re.escape(ch)
    return body + OPTIONAL_MARKS if "\u0600" <= ch <= "\u06ff" else body


def _trie_pattern(words: Iterable[str]) -> str:
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [_char_pattern(ch) + emit(child) for ch, child in node.items() if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            # longest match first: try to go on, else stop here
            return f"(?:{body})?"
        return body

    return emit(trie)


class Lexicon(Generic[V]):
    """Words (in any spelling variant) mapped to values, matchable as one pattern.

    `pattern` is a trie-shaped regex that matches any of the words with the
    tolerance described above; `get(matched_text)` gives the word's value.
    """

    def __init__(self, entries: Mapping[str, V]):
        self.values: dict[str, V] = {}
        for word, value in entries.items():
            self.values.setdefault(fold(word.strip()), value)
        self.pattern = _trie_pattern(sorted(self.values))

    def get(self, text: str, default=None):
        return self.values.get(fold(_squash_space(text)), default)

    def __contains__(self, text: str) -> bool:
        return fold(_squash_space(text)) in self.values

    def compile(self, prefix: str = "", suffix: str = WORD_END) -> re.Pattern:
        return re.compile(f"{WORD_START}{prefix}(?:{self.pattern}){suffix}")


def _squash_space(s: str) -> str:
    return " ".join(s.split())


def words_pattern(words: Iterable[str]) -> str:
    """A pattern for any of these words (no values needed)."""
    return Lexicon({w: True for w in words}).pattern
