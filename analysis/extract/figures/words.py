"""The words around a number: cut out of the text and looked up by their folded forms."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...arabic import fold

SPACE = r"[\s\u200e\u200f]*"
CLITIC = r"(?:[وف]?[بلك]|[وف])?"          # و، ف، ب، ل، ك fused to the front of a word
WORD = r"(?=[^\W\d_])[^\s\d!-/:-@\[-`{-~،؛؟«»…٪٫٬\u200e\u200f]+"      # a letter, then letters, marks, tatweel
WINDOW = 90           # how far back a clause's words are read
DATELINE = 120        # a place named in the opening characters is where the story is from

_WORD = re.compile(WORD)
_NEXT_WORDS = re.compile(f"{SPACE}({WORD}(?:[23](?!\\d))?)" + f"(?:{SPACE}({WORD}))?" * 3)   # م3، كلم2
# where a clause ends: a sentence's end, a ticker's gap, a comma before a clause of contrast
_CLAUSE_END = re.compile(r"[!?؟؛\n]|\.(?![0-9٠-٩])|[\s\u00a0]{3,}|،\s*(?=(?:فيما|بينما|في حين|وفي حين)\s)")

@lru_cache(maxsize=8192)
def _variants(word: str) -> tuple[str, ...]:
    """A folded word and the word without a clitic fused to it (والواردات، للدولار، بحوالي)."""
    out = [word]
    if word.startswith("لل") and len(word) > 3:
        out.append("ال" + word[2:])
    if word[:1] in "وفبلك" and len(word) > 2:
        out.append(word[1:])
        if word[1:3] == "لل":
            out.append("ال" + word[3:])
        elif word[1:2] in "بل" and len(word) > 3:
            out.append(word[2:])
    return tuple(out)


class _Phrases:
    """Words and phrases of up to a few words, found by their folded form among
    the words of a window (a clitic may be fused to a phrase's first word)."""

    def __init__(self, entries: dict):
        self.values: dict = {}
        for phrase, value in entries.items():
            self.values.setdefault(fold(" ".join(phrase.split())), value)
        self.first = {p.split(" ")[0] for p in self.values}
        self.longest = max(p.count(" ") for p in self.values) + 1

    def at(self, words: list[str], i: int, end: int | None = None):
        """The longest phrase starting at words[i] (and ending by words[end - 1]):
        (value, number of words), or None."""
        end = len(words) if end is None else end
        for first in _variants(words[i]):
            if first in self.first:
                for n in range(min(self.longest, end - i), 0, -1):
                    value = self.values.get(" ".join([first, *words[i + 1:i + n]]))
                    if value is not None:
                        return value, n
        return None

    def ending(self, words: list[str], within: int = 0):
        """The longest phrase ending at words[-1 - within]: its value, or None."""
        end = len(words) - within
        for start in range(max(0, end - self.longest), end):
            hit = self.at(words, start, end)
            if hit and start + hit[1] == end:
                return hit[0]
        return None


def _folded(words: list[str]) -> list[str]:
    return fold("\x00".join(words)).split("\x00") if words else []



# ---------------------------------------------------------------- the words around a number

@dataclass
class _Words:
    """The words of the text between two offsets: their spans and folded forms."""
    spans: list[tuple[int, int]]
    folded: list[str]

    @classmethod
    def of(cls, text: str, lo: int, hi: int) -> _Words:
        ms = list(_WORD.finditer(text, lo, hi))
        if ms and lo > 0 and ms[0].start() == lo and text[lo - 1].isalpha():
            ms = ms[1:]                                          # a word the window cut
        return cls([m.span() for m in ms], _folded([m.group() for m in ms]))

    def phrases(self, table: _Phrases):
        """Each phrase of the table among these words, longest first: (value, i, n)."""
        i = 0
        while i < len(self.folded):
            hit = table.at(self.folded, i)
            if hit:
                yield hit[0], i, hit[1]
                i += hit[1]
            else:
                i += 1


def _next_phrase(text: str, pos: int, table: _Phrases):
    """A phrase of the table as the next words after pos: (value, end) or None."""
    m = _NEXT_WORDS.match(text, pos)
    if not m:
        return None
    hit = table.at(_folded([w for w in m.groups() if w]), 0)
    return (hit[0], m.end(hit[1])) if hit else None


def _words_before(text: str, pos: int, words: _Words) -> tuple[list[str], str | None]:
    """The last of these words, running up to pos with only spaces between,
    and a clitic fused to the number (بـ250، ال12)."""
    run: list[str] = []
    end = pos
    for (s, e), w in zip(reversed(words.spans), reversed(words.folded)):
        if not _SPACES.fullmatch(text, e, end):
            break
        run.append(w)
        end = s
    run.reverse()
    fused = run.pop().rstrip("ـ") if run and run[-1].rstrip("ـ") in _FUSED else None
    return run, fused


_SPACES = re.compile(SPACE)
_FUSED = {"ب", "ل", "و", "ال", "وال", "بال", "لل"}
_DEFINITE_FUSED = {"ال", "وال", "بال", "لل"}


def _clause_start(text: str, pos: int) -> int:
    start = max(0, pos - WINDOW)
    for m in _CLAUSE_END.finditer(text, start, pos):
        start = m.end()
    return start


def _clause_end(text: str, pos: int, limit: int) -> int:
    m = _CLAUSE_END.search(text, pos, limit)
    return m.start() if m else limit
