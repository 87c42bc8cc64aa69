"""Arabic words as news writes them: one fold, one clitic reader, one phrase table.

- `fold(word)`: the key a word is looked up by (marks and tatweel removed;
  alef and hamza forms, ى/ي, ة/ه folded). The text itself is never changed,
  so every offset stays an offset into it.
- `clitic_readings(word)`: the ways a folded word splits into the clitics
  fused to its front (و ف, ب ل ك) and a stem.
- `Lexicon`: words and phrases mapped to values, looked up among the folded
  words of the text layer (text.py); its `pattern` matches any entry in the
  raw text with the same tolerance, for the few rule patterns that need one.
Digits need nothing: `\\d` and `int()` read Arabic-Indic and Persian digits.
"""
from __future__ import annotations

import re
import threading
from functools import cached_property, lru_cache
from typing import Generic, Iterable, Mapping, NamedTuple, Sequence, TypeVar

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
    """One regex for all the words, shaped as their trie; any diacritic or
    tatweel may follow each letter."""
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


class Hit(NamedTuple):
    """A phrase of a lexicon found among words."""
    value: object
    n: int              # how many words it takes
    clitics: str = ""   # the clitics fused to its first word (folded)


class _StartForms:
    """One table for every lexicon a whole text is searched for (Text.find):
    form → which of them (a bit each) it may start an entry of. Each distinct
    word is read against it once per process, so a text finds where every
    lexicon may start in one pass over its words; probing each lexicon's own
    big set with every distinct word of every text was cold in memory, and
    the slowest part of a look-up.

    A lexicon joins when first searched for. The lexicons, the table and the
    memo of masks are one `state`, replaced whole when a lexicon joins, so a
    text read in another thread meanwhile (Streamlit's sessions) reads one
    consistent state and never keeps a mask that misses the new lexicon."""

    def __init__(self):
        self._lock = threading.Lock()
        self.state: tuple[tuple[Lexicon, ...], dict[str, int], dict[str, int]] = ((), {}, {})

    def slot(self, lexicon: "Lexicon") -> int:
        """The lexicon's bit, given when it is first searched for."""
        if lexicon.slot is None:
            with self._lock:
                if lexicon.slot is None:
                    lexicons, table, _ = self.state
                    bit, table = 1 << len(lexicons), dict(table)
                    for form in lexicon.forms:
                        table[form] = table.get(form, 0) | bit
                    self.state = (lexicons + (lexicon,), table, {})
                    lexicon.slot = len(lexicons)
        return lexicon.slot

    @staticmethod
    def masks(words: Sequence[str], state) -> list[int]:
        """Each folded word's mask in this state: the lexicons an entry of which it may start."""
        _, table, memo = state
        if len(memo) > 500_000:
            memo.clear()
        out = list(map(memo.get, words))
        if None in out:
            for i, w in enumerate(words):
                if out[i] is None:
                    out[i] = memo[w] = table.get(w, 0)
        return out


START_FORMS = _StartForms()


class Lexicon(Generic[V]):
    """Words and phrases (in any spelling variant) mapped to values: the one
    phrase table every look-up uses.

    - `get(text)`, `in`: the value of a word or phrase as written;
    - `at(words, i)`: the longest phrase starting at words[i] among folded
      words, its first word read with its clitics apart (والواردات، بحوالي)
      and, for a lexicon given `endings`, without one of them (اجتماعاً، قمته);
    - `pattern`: a trie-shaped regex matching any entry with the tolerance
      described above, for the scanners that search a whole text.
    """

    def __init__(self, entries: Mapping[str, V], endings: Iterable[str] = ()):
        self.values: dict[str, V] = {}
        for word, value in entries.items():
            self.values.setdefault(fold(_squash_space(word)), value)
        self.endings = tuple(sorted({fold(e) for e in endings}, key=len, reverse=True))
        self.slot: int | None = None       # its bit in START_FORMS, once a text is searched for it

    @cached_property
    def pattern(self) -> str:
        """Built when first asked for: many lexicons are only looked up in."""
        return _trie_pattern(sorted(self.values))

    @cached_property
    def first_words(self) -> frozenset[str]:
        """The first word of every entry, folded."""
        return frozenset(p.split(" ", 1)[0] for p in self.values)

    @cached_property
    def forms(self) -> frozenset[str]:
        """Every form a word may take to start an entry: its first word with the
        clitics and endings it may carry (a superset: `at` checks each reading)."""
        stems = set()
        for first in self.first_words:
            stems.add(first)
            stems.update(first + e for e in self.endings)
        out = set(stems)
        for stem in stems:
            for clitics in _CLITIC_PREFIXES:
                out.add(clitics + stem)
                if clitics and clitics[-1] == "ل" and stem.startswith("ال"):
                    out.add(clitics + stem[1:])          # للدولار، وللدولار
        return frozenset(out)

    @cached_property
    def longest(self) -> int:
        """The most words an entry has."""
        return max((p.count(" ") + 1 for p in self.values), default=1)

    def get(self, text: str, default=None):
        return self.values.get(fold(_squash_space(text)), default)

    def __contains__(self, text: str) -> bool:
        return fold(_squash_space(text)) in self.values

    def candidates(self, word: str) -> tuple[tuple[str, str], ...]:
        """(clitics, first word of an entry) that a folded word may be read as;
        remembered, as the same words come back in every text."""
        got = self._memo.get(word)
        if got is None:
            if len(self._memo) > 50_000:
                self._memo.clear()
            firsts = self.first_words
            got = self._memo[word] = tuple(
                (clitics, first) for clitics, stem in clitic_readings(word)
                for first in (stem, *(stem[:-len(e)] for e in self.endings
                                      if stem.endswith(e) and len(stem) > len(e) + 1))
                if first in firsts)
        return got

    @cached_property
    def _memo(self) -> dict[str, tuple]:
        return {}

    def at(self, words: Sequence[str], i: int, end: int | None = None) -> Hit | None:
        """The longest entry that starts at words[i] and ends by words[end - 1]
        (folded words, as the text layer gives them), or None."""
        end = len(words) if end is None else end
        if not 0 <= i < end:
            return None
        values, longer, pairs = self.values, self._longer, self._first_pairs
        for clitics, first in self.candidates(words[i]):
            if first in longer and i + 1 < end and (first, words[i + 1]) in pairs:   # an entry of several words may start here
                for n in range(min(longer[first], end - i), 1, -1):
                    value = values.get(" ".join((first, *words[i + 1:i + n])))
                    if value is not None:
                        return Hit(value, n, clitics)
            value = values.get(first)
            if value is not None:
                return Hit(value, 1, clitics)
        return None

    def one_word(self, word: str):
        """The entry a folded word is by itself when it can start no longer entry:
        a Hit, None (no entry), or False (it may start one of several words: ask `at`)."""
        memo = self._one_word
        got = memo.get(word, memo)
        if got is memo:
            if len(memo) > 50_000:
                memo.clear()
            longer = self._longer
            got = memo[word] = False if any(first in longer for _, first in self.candidates(word)) \
                else self.at((word,), 0)
        return got

    @cached_property
    def _one_word(self) -> dict:
        return {}

    @cached_property
    def _last_words(self) -> frozenset[str]:
        """The last word of every entry of several words."""
        return frozenset(p.rsplit(" ", 1)[1] for p in self.values if " " in p)

    @cached_property
    def _first_pairs(self) -> frozenset[tuple[str, str]]:
        """The first two words of every entry of several words."""
        return frozenset(tuple(p.split(" ", 2)[:2]) for p in self.values if " " in p)

    @cached_property
    def _longer(self) -> dict[str, int]:
        """First word → the most words of an entry of several words it starts."""
        out: dict[str, int] = {}
        for phrase in self.values:
            if " " in phrase:
                first, n = phrase.split(" ", 1)[0], phrase.count(" ") + 1
                out[first] = max(out.get(first, 0), n)
        return out

    def ending(self, words: Sequence[str], within: int = 0):
        """The value of the longest entry ending at words[-1 - within], or None."""
        end = len(words) - within
        if end < 1 or (words[end - 1] not in self.forms and words[end - 1] not in self._last_words):
            return None                     # no entry can end with this word
        for start in range(max(0, end - self.longest), end):
            hit = self.one_word(words[start]) if start == end - 1 else False
            if hit is False:
                hit = self.at(words, start, end)
            if hit and start + hit.n == end:
                return hit.value
        return None

    def found_in(self, words: Sequence[str]):
        """Each entry among these words, left to right, never overlapping: (value, i, n)."""
        i, one_word = 0, self.one_word
        while i < len(words):
            hit = one_word(words[i])
            if hit is False:
                hit = self.at(words, i)
            if hit:
                yield hit.value, i, hit.n
                i += hit.n
            else:
                i += 1


CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"
_CLITIC_LETTERS = frozenset(CONJUNCTIONS + PREPOSITIONS)
_CLITIC_PREFIXES = ("", *CONJUNCTIONS, *PREPOSITIONS, *(c + p for c in CONJUNCTIONS for p in PREPOSITIONS))


def only_clitics(run: str) -> bool:
    """Is this folded run of letters nothing but clitics, the article among them
    (ب، وب، ال، بال، لل، وللـ): what may stand fused to a number (بـ250، ال12)?"""
    if run.endswith("ال"):
        run = run[:-2]
    elif run.endswith("لل"):
        run = run[:-1]
    return run in _CLITIC_PREFIXES          # "" among them: the article alone


@lru_cache(maxsize=1)
def _whole_words() -> tuple[frozenset[str], tuple[str, ...]]:
    from .lexicon.whole_words import POSSESSIVE_ENDINGS, whole_words
    return frozenset(fold(w) for w in whole_words()), tuple(fold(e) for e in POSSESSIVE_ENDINGS)


def is_whole_word(word: str) -> bool:
    """Is this folded word one the lexicons know whole, bare or with a
    possessive ending (وزارة، وزارته، وفدها)? Then it has no clitics."""
    known, endings = _whole_words()
    if word in known:
        return True
    for e in endings:
        if word.endswith(e) and len(word) > len(e) + 2:
            base = word[:-len(e)]
            if base in known or (base[-1] == "ت" and base[:-1] + "ه" in known):   # وزارت + ه → وزاره
                return True
    return False


@lru_cache(maxsize=16384)
def clitic_readings(word: str) -> tuple[tuple[str, str], ...]:
    """The ways a folded word splits into the clitics fused to its front and a
    stem, the bare word first: والواردات → و + الواردات, بحوالي → ب + حوالي,
    وبالدولار → وب + الدولار, للدولار → ل + الدولار (ل before ال drops the alef).
    Every stem keeps two letters or more, so a one-letter word is only itself;
    a word the lexicons know whole is only itself (وزارة is no و + زار)."""
    out = [("", word)]
    if word[:1] in _CLITIC_LETTERS and is_whole_word(word):
        return tuple(out)
    for n in (1, 2):
        clitics, stem = word[:n], word[n:]
        if len(stem) < 2 or not (clitics[-1] in PREPOSITIONS or (n == 1 and clitics in CONJUNCTIONS)):
            continue
        if n == 2 and clitics[0] not in CONJUNCTIONS:
            continue
        out.append((clitics, stem))
        if clitics[-1] == "ل" and stem.startswith("ل") and len(stem) > 2:
            out.append((clitics, "ا" + stem))             # للدولار: ل + الدولار
    return tuple(out)


def _squash_space(s: str) -> str:
    return " ".join(s.split())


def words_pattern(words: Iterable[str]) -> str:
    """A pattern for any of these words (no values needed)."""
    return Lexicon({w: True for w in words}).pattern
