"""The words around a number, as the text layer gives them."""
from __future__ import annotations

from ...text import Text

WINDOW = 90           # how far back a clause's words are read
DATELINE = 120        # a place named in the opening characters is where the story is from
_FUSED = {"ب", "ل", "و", "ال", "وال", "بال", "لل"}
DEFINITE_FUSED = {"ال", "وال", "بال", "لل"}


class Words:
    """Some consecutive words of the text (the clause before a number, say)."""
    __slots__ = ("layer", "index")

    def __init__(self, layer: Text, index: range):
        self.layer, self.index = layer, index

    @property
    def folded(self) -> list[str]:
        return self.layer.folded[self.index.start:self.index.stop]

    def span(self, i: int, n: int = 1) -> tuple[int, int]:
        """Start of the i-th of these words, end of the (i + n - 1)-th."""
        first = self.index.start + i
        return self.layer.starts[first], self.layer.ends[first + n - 1]

    def found_in(self, lexicon):
        """Each entry of the lexicon among these words: (value, i, n)."""
        return lexicon.found_in(self.folded)


def clause_before(layer: Text, pos: int) -> Words:
    """The words of pos's clause before it, read back WINDOW characters at most."""
    lo = max(layer.clause_at(pos)[0], pos - WINDOW)
    return Words(layer, layer.within(lo, pos))


def following(layer: Text, pos: int, n: int = 4) -> tuple[list[str], list[int]]:
    """The folded forms and ends of up to n words after pos, each with only
    spaces before it. A 2 or 3 right after the first word belongs to it: م2، كلم3."""
    idx = layer.next_words(pos, n)
    if not idx:
        return [], []
    words, ends = [layer.folded[i] for i in idx], [layer.ends[i] for i in idx]
    text, e = layer.text, ends[0]
    if text[e:e + 1] in ("2", "3") and not text[e + 1:e + 2].isdigit():
        rest = layer.next_words(e + 1, n - 1)
        words = [words[0] + text[e]] + [layer.folded[i] for i in rest]
        ends = [e + 1] + [layer.ends[i] for i in rest]
    return words, ends


def words_before(clause: Words, pos: int) -> tuple[list[str], str | None]:
    """The last words of the clause running up to pos with only spaces
    between, and a clitic fused to the number (بـ250، ال12)."""
    layer = clause.layer
    lo = layer.starts[clause.index.start] if clause.index else pos
    run = [layer.folded[i] for i in layer.words_before(pos, lo)]
    fused = run.pop() if run and run[-1] in _FUSED else None
    return run, fused
