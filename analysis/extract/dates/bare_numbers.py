"""A bare number: a count or a year? What stands around it says: an
approximation before it (أكثر من 2000) or a counted noun after it (2019
زائرا، نحو 2000 نازح) makes it a count; a name's dash or quotes before it
(التفاعل المشترك – 2022، "مرحبا 2024": extract/quoted.py) date the thing named."""
from __future__ import annotations

import re

from ...arabic import Lexicon, fold
from ...lexicon import approximation
from ...lexicon import dates as L
from ...lexicon.nouns import NOUNS
from ...text import Text
from .parser import _CUES

# what makes a bare number a count, not a year, when it stands before it
# (أكثر من 2000، حوالي 1500): the approximations that are not also temporal (حتى، نحو)
COUNT_BEFORE = Lexicon({w: True for kind, words in approximation.BEFORE.items() if kind != "up_to"
                        for w in words if fold(w) not in _CUES.values})
_ADVERBS_AFTER_YEAR = {fold(w) for w in L.ADVERBS_AFTER_YEAR}
# (not the nouns of things counted: many are verbs too, منذ مطلع 2024 تجاوز; but those in ة are none)
_COUNTED_NOUNS = frozenset(fold(w) for w, (kind, _, _) in NOUNS.items() if kind and kind != "count" and " " not in w)
_COUNTED_IN_TA = frozenset(fold(w) for w, (kind, _, _) in NOUNS.items()
                           if kind == "count" and " " not in w and w.endswith("ة"))
_NAME_DASH = re.compile(r"[^\W\d_][\s\"'′″”»]*[-–—]\s*$")


def counted_noun_after(layer: Text, pos: int, listed_only: bool = False) -> bool:
    """Is the word after pos an indefinite accusative noun (زائرا، شخصاً), or
    a noun the figures count (نحو 2000 نازح، 1500 طن), which counts what the
    number before it states?"""
    nxt = layer.next_words(pos, 2)
    word = layer.folded[nxt[0]] if nxt else ""
    if listed_only:             # after a full date, only a counted noun in the accusative: 30 جوان 1843 قتيلا
        return word in _COUNTED_NOUNS and word.endswith("ا")        # (not في 8 ديسمبر 1949 أنشأت، 2025 وفاة 74)
    if word in _COUNTED_NOUNS:
        return True
    if word in _COUNTED_IN_TA:       # في 1950 لجنة، في 2011 حادثة سير; not في 2023 حالة من الركود، حالة الطوارئ,
        after = layer.folded[nxt[1]] if len(nxt) > 1 else ""      # في 2024 مدرسة جديدة (one, described)
        return not (after.startswith("ال") or after == "من" or after.endswith("ه"))
    return len(word) >= 2 and word.endswith("ا") and not word.endswith("وا") and word not in _ADVERBS_AFTER_YEAR
