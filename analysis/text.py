"""The text layer: one text, read once, for every stage.

`analyze()` builds one `Text`; dates, numbers, figures, events and compare
read it, never the raw text with patterns of their own. It holds
- the lexical atoms (extract/scan.py: digit runs, date and number words);
- the words: where each starts and ends and its folded form (arabic.fold);
  their clitic readings come from the one reader, `arabic.clitic_readings`;
- the sentences and clauses, from the one definition below.

spaCy's `Doc` is the model: one immutable text, tokens and sentences computed
once, everything else offsets into it.
"""
from __future__ import annotations

import bisect
import re
from functools import cached_property
from itertools import accumulate, compress

from .arabic import START_FORMS, clitic_readings, fold
from .scan import Atom, scan

# A word: a letter, then letters, marks and tatweel, up to a space, a digit or punctuation.
WORD = r"[^\W\d_][^\s\d!-/:-@\[-`{-~،؛؟«»…٪٫٬\u200e\u200f]*"
SPACE = r"[\s\u200e\u200f]*"            # what may stand between two words of one phrase
_WORD_SPLIT = re.compile(f"({WORD})")
_SPACE = re.compile(SPACE)

# Where a sentence ends: a line break; the run of spaces between a ticker's
# headlines; a full stop (not a decimal point between digits, not the dot of
# an abbreviation: م.د، ق.م; the two dots that join a headline's parts end a
# clause), ! ? ؟ — with the quotes and brackets that close after them; a colon
# that closes a heading or opens a statement (not one before a quote, which
# the quote continues, nor one before a figure: عدد القتلى: 50).
_SENTENCE_END = re.compile(r"[\n.!?؟:](?:(?<=[.!?؟])[.!?؟]*[\"'»”)]*|(?<=:)(?!\s*[\"«“\d])\s*)?")
_TICKER_GAP = re.compile(r"[ \u00a0\t]{3,}")
_QUOTE_OR_DIGIT = re.compile(r"\s*[\"«“\d]")
# Where a clause ends inside a sentence: two dots (طقس الجمعة.. أمطار مرتقبة),
# a semicolon, or a comma before a clause of contrast (فيما، بينما، في حين).
# Each pattern starts with a literal, which the regex engine finds at C speed.
_CLAUSE_ENDS = tuple(map(re.compile, (";", "؛", r"\.\.(?![.\d])[\"'»”)]*",
                                      r"،\s*(?=(?:فيما|بينما|في حين|وفي حين)\s)")))
PAUSES = "،,؛;"                       # where a sentence may be cut between two statements
_PAUSE = re.compile(f"[{PAUSES}]")


def _is_stop(text: str, m: re.Match) -> bool:
    s, e = m.span()
    run = m.group()
    if not run.startswith("."):
        return True
    dots = len(run) - len(run.lstrip("."))
    if dots == 2:
        return False                                        # "بطنجة.. شاب": one headline, two clauses
    if dots == 1:
        before, after = text[s - 1:s], text[e:e + 1]
        if before.isdigit() and after.isdigit():
            return False                                    # 3.5
        if before.isalpha() and not text[s - 2:s - 1].isalpha() and (after.isalpha() or after == " "):
            return False                                    # م.د، أ. د: an abbreviation
    return True


def _spans(ends: list[int], lo: int, hi: int) -> list[tuple[int, int]]:
    spans, start = [], lo
    for end in ends + [hi]:
        if end > start:
            spans.append((start, end))
            start = end
    return spans


_FOLDED: dict[str, str] = {}       # word as written → folded, for every text


def _folded(words: list[str]) -> list[str]:
    """The folded forms of words, each distinct spelling folded once per process."""
    if len(_FOLDED) > 500_000:
        _FOLDED.clear()
    out = list(map(_FOLDED.get, words))
    if None in out:
        for i, w in enumerate(words):
            if out[i] is None:
                out[i] = _FOLDED[w] = fold(w)
    return out


class _Joins(dict):
    """Gap as written → does it hold only spaces? Each distinct gap tested once."""
    def __missing__(self, gap: str) -> bool:
        if len(self) > 100_000:
            self.clear()
        joins = self[gap] = gap.isspace() or _SPACE.fullmatch(gap) is not None
        return joins


_JOINS = _Joins()


class Text:
    """One text as every stage reads it. Offsets are into `text` itself."""

    def __init__(self, text: str):
        self.text = text
        self.memo: dict = {}        # what a stage works out once per text (where its index words stand…)
        # words and the gaps between them, alternating: the offsets add up in C
        parts = _WORD_SPLIT.split(text)
        offsets = list(accumulate(map(len, parts), initial=0))
        self.starts = offsets[1:-1:2]
        self.ends = offsets[2::2]
        self.folded = _folded(parts[1::2])
        # is the gap after word i only spaces (so that it may join word i + 1 in a phrase)?
        self.joins_next = list(map(_JOINS.__getitem__, parts[2:-1:2]))

    # -- atoms -------------------------------------------------------------------

    @cached_property
    def atoms(self) -> list[Atom]:
        return scan(self)

    # -- sentences and clauses ----------------------------------------------------

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence, covering the whole text in order."""
        text = self.text
        ends = [m.end() for m in _SENTENCE_END.finditer(text) if _is_stop(text, m)
                and not (m.group()[0] == ":" and (self._ends_before_number(m.end()) or _QUOTE_OR_DIGIT.match(text, m.end())))]
        if "   " in text or "\u00a0\u00a0" in text or "\t" in text:
            ends = sorted(set(ends) | {m.end() for m in _TICKER_GAP.finditer(text)})
        return _spans(ends, 0, len(text))

    def _ends_before_number(self, pos: int) -> bool:
        return pos in self._number_starts

    @cached_property
    def _number_starts(self) -> frozenset[int]:
        return frozenset(a.word_start for a in self.atoms if a.kind in ("num", "digits", "cardinal", "scale"))

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    @cached_property
    def clauses(self) -> list[tuple[int, int]]:
        """(start, end) of each clause: the sentences cut further at their clause ends."""
        text = self.text
        cuts = sorted(m.end() for pattern in _CLAUSE_ENDS for m in pattern.finditer(text)
                      if not (m.group()[0] == "." and (m.start() == 0 or text[m.start() - 1] in ".0123456789"
                                                       or text[m.start() - 1].isdigit())))
        out, k = [], 0
        for start, end in self.sentences:
            while k < len(cuts) and cuts[k] <= start:
                k += 1
            inside = []
            while k < len(cuts) and cuts[k] < end:
                inside.append(cuts[k])
                k += 1
            out += _spans(inside, start, end)
        return out

    @cached_property
    def _clause_starts(self) -> list[int]:
        return [s for s, _ in self.clauses]

    def clause_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._clause_starts, pos) - 1)

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, pos) - 1)

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence holding the character at pos (the last one at the text's end)."""
        return self.sentences[self.sentence_index(pos)] if self.sentences else (0, 0)

    def clause_at(self, pos: int) -> tuple[int, int]:
        return self.clauses[self.clause_index(pos)] if self.clauses else (0, 0)

    def pauses(self, lo: int, hi: int) -> list[int]:
        """Offsets of the commas and semicolons between lo and hi; not a comma
        between two digits, which is a decimal or thousands mark (4,2 بالمائة)."""
        text = self.text
        return [i for i in (m.start() for m in _PAUSE.finditer(text, max(0, lo), max(0, hi)))
                if not (0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit())]

    # -- words -------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.starts)

    def word(self, i: int) -> str:
        """Word i as written."""
        return self.text[self.starts[i]:self.ends[i]]

    def letters_offset(self, i: int, n: int) -> int:
        """How far into word i its first n letters reach (a mark between them is skipped)."""
        if not n:
            return 0
        word, k = self.word(i), 0
        while n and k < len(word):
            n -= bool(fold(word[k]))
            k += 1
        return k

    def readings(self, i: int) -> tuple[tuple[str, str], ...]:
        """Word i's clitic readings: (clitics, stem), the bare word first."""
        return clitic_readings(self.folded[i])

    def first_from(self, pos: int) -> int:
        """The index of the first word starting at or after pos."""
        return bisect.bisect_left(self.starts, pos)

    def last_before(self, pos: int) -> int:
        """The index of the last word ending at or before pos (-1 if none)."""
        return bisect.bisect_right(self.ends, pos) - 1

    def within(self, lo: int, hi: int) -> range:
        """The words wholly inside [lo, hi)."""
        return range(self.first_from(lo), self.last_before(hi) + 1)

    @cached_property
    def _digit_runs(self) -> tuple[list[int], list[int]]:
        runs = [(a.start, a.end) for a in self.atoms if a.kind in ("num", "digits", "ndate")]
        return [s for s, _ in runs], [e for _, e in runs]

    def token_ends(self, lo: int, hi: int, most: int) -> list[int]:
        """Where each of the first `most` words and runs of digits inside [lo, hi) ends, in order."""
        starts, ends = self._digit_runs
        k = bisect.bisect_left(starts, lo)
        digits = ends[k:bisect.bisect_right(ends, hi, k, min(len(ends), k + most))]     # runs do not overlap: ends rise
        words = self.within(lo, hi)
        return sorted(self.ends[words.start:min(words.stop, words.start + most)] + digits)[:most]

    def word_at(self, pos: int) -> int | None:
        """The index of the word holding the character at pos, or None."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i if i >= 0 and pos < self.ends[i] else None

    def spaced(self, a: int, b: int) -> bool:
        """Only spaces (or bidi marks) between offsets a and b."""
        return a <= b and _SPACE.fullmatch(self.text, a, b) is not None

    def next_words(self, pos: int, n: int) -> list[int]:
        """Up to n words after pos, the first with only spaces before it, each
        next with only spaces between it and the one before."""
        i = self.first_from(pos)
        if n < 1 or i >= len(self.starts) or not self.spaced(pos, self.starts[i]):
            return []
        out, joins = [i], self.joins_next
        while len(out) < n and i + 1 < len(self.starts) and joins[i]:
            i += 1
            out.append(i)
        return out

    def words_before(self, pos: int, lo: int = 0, most: int | None = None) -> list[int]:
        """The words running up to pos with only spaces between them (none
        starting before lo; the last `most` of them), in text order."""
        i = self.last_before(pos)
        if i < 0 or not self.spaced(self.ends[i], pos):
            return []
        out, starts, joins = [], self.starts, self.joins_next
        while starts[i] >= lo and (most is None or len(out) < most):
            out.append(i)
            if i == 0 or not joins[i - 1]:
                break
            i -= 1
        out.reverse()
        return out

    # -- lexicon look-ups ----------------------------------------------------------

    def _candidates(self, lexicon) -> list[int]:
        """The indexes of the words an entry of the lexicon may start at."""
        slot = START_FORMS.slot(lexicon)
        if slot >= len(self._starts_by_slot):
            del self._starts_by_slot            # a lexicon joined since: read the words again
        return self._starts_by_slot[slot]

    @cached_property
    def _starts_by_slot(self) -> list[list[int]]:
        """For each lexicon of START_FORMS, the indexes of the words an entry of it may start at."""
        state = START_FORMS.state
        masks = START_FORMS.masks(self.folded, state)
        by_mask: dict[int, list[int]] = {}
        for i in compress(range(len(masks)), masks):           # the words that may start any
            by_mask.setdefault(masks[i], []).append(i)
        out: list[list[int]] = [[] for _ in state[0]]
        for mask, at in by_mask.items():
            for slot, starts in enumerate(out):
                if mask >> slot & 1:
                    starts += at
        for starts in out:
            starts.sort()
        return out

    def find(self, lexicon, lo: int = 0, hi: int | None = None):
        """Each entry of the lexicon among the words wholly inside [lo, hi), left
        to right, never overlapping, never across punctuation: (word index, Hit)."""
        words = self.folded
        span = self.within(lo, len(self.text) if hi is None else hi)
        stop, after = span.stop, span.start
        candidates = self._candidates(lexicon)
        for k in range(bisect.bisect_left(candidates, span.start), len(candidates)):
            i = candidates[k]
            if i >= stop:
                break
            if i < after:
                continue                          # inside the entry found before
            hit = lexicon.one_word(words[i])
            if hit is False:
                end, joins, most = i + 1, self.joins_next, min(stop, i + lexicon.longest)
                while end < most and joins[end - 1]:
                    end += 1
                hit = lexicon.at(words, i, end)
            if hit:
                yield i, hit
                after = i + hit.n

    def positions(self, lexicon) -> list[int]:
        """Where each entry of the lexicon starts in the text, in order; found once per text."""
        key = ("positions", id(lexicon))
        if key not in self.memo:
            self.memo[key] = [self.starts[i] for i, _ in self.find(lexicon)]
        return self.memo[key]

    def phrase_after(self, pos: int, lexicon):
        """The entry of the lexicon made of the next words after pos: (Hit, its end offset) or None."""
        idx = self.next_words(pos, lexicon.longest)
        if not idx:
            return None
        hit = lexicon.at(self.folded, idx[0], idx[-1] + 1)
        return (hit, self.ends[idx[hit.n - 1]]) if hit else None

    def phrase_before(self, pos: int, lexicon, lo: int = 0):
        """The value of the entry of the lexicon that the words running up to pos end with, or None."""
        idx = self.words_before(pos, lo, lexicon.longest)
        return lexicon.ending(self.folded[idx[0]:idx[-1] + 1]) if idx else None
