"""Scales and currencies abbreviated after an amount, as the Maghreb's agencies
write them: 1320 م د (million dinars), 850 أ د (thousand), 14880 م درهم،
8523 مليار دج. Letters may stand with or without dots and spaces between them;
an م before a currency is a scale, never the Gregorian era."""
from __future__ import annotations

import re

from ..arabic import Lexicon
from ..lexicon import currencies
from ..lexicon.nouns import NOUNS


def _abbreviation(written: str) -> str:
    """د.ج as written with or without its dots and spaces: د.ج، د ج، دج."""
    return r"\.?\s?".join(re.escape(ch) for ch in written.replace(".", ""))


# a currency abbreviated or named after a scale (م د، م.د، م درهم، مليار دج)
CURRENCY_ABBREVIATION = re.compile(
    r"[\s\u200e\u200f]*(?P<a>" + "|".join(_abbreviation(a) for a in sorted(currencies.ABBREVIATIONS, key=len, reverse=True))
    + r")(?![^\W\d_])")
_CURRENCY_NOUN = Lexicon({form: True for form, value in NOUNS.items() if value[0] == "currency"})
_SCALE_ABBREVIATION = re.compile(
    r"[\s\u200e\u200f]*(?P<s>[مأ])(?:\s*\.\s*|\s+)(?=(?:" + CURRENCY_ABBREVIATION.pattern.split("(?P<a>", 1)[1]
    + r"|(?:" + _CURRENCY_NOUN.pattern + r")(?![^\W\d_]))")


def scaled_currency_after(text: str, pos: int) -> tuple[float, int] | None:
    """An agency's abbreviated scale before a currency right after pos (1320 م د،
    6ر1487 م.د، 850 أ د، 14880 م درهم): (multiplier, end of the scale and its dot)."""
    m = _SCALE_ABBREVIATION.match(text, pos)
    if not m:
        return None
    end = m.end("s") + (text[m.end("s"):m.end("s") + 1] == ".")
    return currencies.ABBREVIATED_SCALES[m.group("s")], end
