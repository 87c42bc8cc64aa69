"""Every rule's look-around stays inside the text and the word: words of each
kind the scanner knows, digits, one-letter words and clitics standing alone
(و، ب، ل، ف، ك، ال with nothing after), put next to each other at the start,
the middle and the end of a text. Each text must be analysed soundly."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from analysis.scan import KINDS
from tests.test_properties import assert_sound

CLITICS = ["و", "ب", "ل", "ف", "ك", "ال", "وال", "بال", "لل", "الـ", "ـ"]
LETTERS = [chr(c) for c in range(0x0621, 0x064B)]
DIGITS = ["2000", "٢000", "٢٠٢١", "5", "12,5", "7.250.000", "١،٢٣٤", "(13)", "-4", "5ر10"]
MARKERS = ["هـ", "م", "م د", "م.د", "أ د", "%", "٪", "-", "/", "(", ")", "«", "\u200f", "\n", "،"]


def _one_word_of_each_kind() -> list[str]:
    words = []
    for table in KINDS.values():
        for word in list(table)[:2]:
            words.append(word)
    return words


WORDS = _one_word_of_each_kind()
PIECES = CLITICS + DIGITS + MARKERS + WORDS


def _pairs():
    for a, b in itertools.product(PIECES, CLITICS + DIGITS + MARKERS):
        for gap in ("", " "):
            yield a + gap + b
            yield b + gap + a


@pytest.mark.parametrize("reference", [None, dt.date(2025, 4, 3)], ids=["no reference", "reference"])
def test_pieces_side_by_side(reference):
    for text in _pairs():
        assert_sound(text, reference)


def test_one_letter_words_and_clitics_around_every_kind_of_word():
    for letter, word in itertools.product(LETTERS + CLITICS, WORDS + DIGITS):
        for text in (f"{letter} {word}", f"{word} {letter}", f"{letter}{word}", f"{word} {letter}2000",
                     f"{letter} {word} {letter}", f"{word} و{letter}"):
            assert_sound(text)


def test_analyze_leaves_the_cycle_collector_as_it_found_it():
    import gc
    from analysis import analyze
    assert gc.isenabled()
    analyze("قتل 3 أشخاص يوم 5 مايو 2024")
    assert gc.isenabled()
    gc.disable()
    try:
        analyze("قتل 3 أشخاص يوم 5 مايو 2024")
        assert not gc.isenabled()
    finally:
        gc.enable()
    with __import__("pytest").raises(Exception):
        analyze(None)
    assert gc.isenabled()
