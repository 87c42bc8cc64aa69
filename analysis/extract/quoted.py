"""A number that ends a name in quotes (عملية "مرحبا 2024"، محطة "الظفرة 2"،
مهرجان «صيف 2023»): the name's own, dating it or numbering it, never a count
of anything; unless the quotes hold a count (قال إن "عدد الضحايا 2000")."""
from __future__ import annotations

import re

from ..arabic import fold
from ..lexicon import neighbours
from ..text import Text

_QUOTED_NAME = re.compile(r"[\"“«][^\W\d_][^\"“”«»\d\n]{0,30}\s\Z")
_QUOTE_CLOSE = re.compile(r"[\"”»]")
_COUNT_OF = frozenset(fold(w) for w in neighbours.COUNT_OF)
REACH = 33                  # how far back the opening quote may stand


def ends_quoted_name(layer: Text, start: int, end: int) -> bool:
    """Does the number at [start, end) close a name in quotes?"""
    if not _QUOTE_CLOSE.match(layer.text, end):
        return False
    name = _QUOTED_NAME.search(layer.text, max(0, start - REACH), start)
    return bool(name) and not any(stem in _COUNT_OF for w in layer.within(name.start(), start)
                                  for _, stem in layer.readings(w))
