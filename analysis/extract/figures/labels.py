"""Numbers that name, order or identify rather than count: U17, F-16, a list's
1-, 22:30, telephone numbers and web addresses, a law's number (المادة 5،
القانون عدد 26 لسنة 2015، م/20), a name's number (دارفور24، محطة "نور 3"), a
number made definite (الأحد عشر), digit strings too long to be amounts."""
from __future__ import annotations

import bisect
import re

from ...arabic import Lexicon, fold, only_clitics, words_pattern
from ...calendars import weekday_names
from ...lexicon import not_figures
from ...lexicon.numbers import CARDINALS
from ...text import Text
from ..numbers import Number
from ..quoted import ends_quoted_name

_LATIN = re.compile(r"[A-Za-z]")
# a telephone number: +212 522-123456، 00971 4 555 1234، 0522 12 34 56
_PHONE = re.compile(r"(?<![\d.,])(?:\+|00|0)\d{1,4}(?:[ -]?\d{1,4}){2,6}(?![\d.,]\d)")
_DIGIT_RUNS = ("num", "digits", "ndate")
_LAW_YEAR = re.compile(r"\s*(?:لسنة|لسنه|لعام)\s*[0-9\u0660-\u0669]{4}(?!\d)")

_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s\u060c]+")
_IP_LIKE = re.compile(r"\d+(?:\.\d+){3,}")
_WORD_BEFORE = re.compile(r"[^\W\d_]+\Z")
_LABEL_CODE = re.compile(rf"(?:{words_pattern(not_figures.BEFORE)})\s*\d+\s*[-/]\Z")


def names_or_orders(layer: Text, n: Number) -> bool:
    """Is the number a label, an identifier, a definite number or a name's? Then it counts nothing."""
    return _is_label(layer.text, n) or _in_identifier(layer, n) or _definite(layer, n) \
        or ends_quoted_name(layer, n.start, n.end)


def _not_amounts(layer: Text) -> list[tuple[int, int]]:
    if "not amounts" not in layer.memo:
        found = _phones(layer)
        if "://" in layer.text or "www." in layer.text:
            found += [m.span() for m in _ADDRESS.finditer(layer.text)]
        layer.memo["not amounts"] = sorted(found)
    return layer.memo["not amounts"]


def _phones(layer: Text) -> list[tuple[int, int]]:
    """Telephone numbers: tried only where a digit run starts with 0 or after a +."""
    text, found, after = layer.text, [], 0
    for a in layer.atoms:
        if a.kind in _DIGIT_RUNS and a.start >= after:
            start = a.start - 1 if a.start and text[a.start - 1] == "+" else a.start
            if text[start] in "+0" and (m := _PHONE.match(text, start)):
                found.append(m.span())
                after = m.end()
    return found


def _in_identifier(layer: Text, n: Number) -> bool:
    """Inside a telephone number or a web address (http://…?id=305)."""
    spans = _not_amounts(layer)
    k = bisect.bisect_right(spans, (n.start, len(layer.text))) - 1
    return k >= 0 and spans[k][0] <= n.start and n.end <= spans[k][1]


def _is_label(text: str, n: Number) -> bool:
    """A number that names or orders rather than counts: U17, F-16, 1- (a
    list), 22:30, 0522…, +212…, 3/2, and digit strings too long to be amounts."""
    s, e = n.start, n.end
    before, after = text[s - 1:s], text[e:e + 1]
    if _LATIN.match(before) or _LATIN.match(after) or before == "+":
        return True
    if before.isalpha() and (word := _WORD_BEFORE.search(text, max(0, s - 30), s)) \
            and not only_clitics(fold(word.group())):
        return True                                              # دارفور24، عربي21: a name
    if n.digits and _IP_LIKE.fullmatch(text, s, e):               # 192.168.1.2: an address, a code
        return True
    if before in "-/" and _LABEL_CODE.search(text, max(0, s - 40), s):
        return True                                              # القانون رقم 63-278: both parts a number of a law
    if before in ("-", "–", "/") and text[s - 2:s - 1].isalpha():     # F-16، كوفيد-19، المرسوم الملكي رقم م/20
        return True
    if _LAW_YEAR.match(text, e):                                      # القانون عدد 26 لسنة 2015: a law's number
        return True
    if after in ("-", "–") and not text[e + 1:e + 2].isdigit():       # 1- a list, -27- an instalment
        return True
    if (after in (":", "/") and text[e + 1:e + 2].isdigit()) or (
            before in (":", "/") and text[s - 2:s - 1].isdigit()):
        return True
    if n.digits and n.value is not None and abs(n.value) >= 1e15 and not any(c in "eE^" for c in text[s:e]):
        return True                                                   # an identifier, not an amount (12e14 is one)
    return n.digits and text[s] in "0٠۰" and text[s + 1:s + 2].isdigit()


_CARDINAL = Lexicon(CARDINALS)
_WEEKDAYS = {fold(w) for w in weekday_names()}
_GAP_AND = re.compile(r"\s*(?:و\s*)?")


def _definite(layer: Text, n: Number) -> bool:
    """الأحد عشر، الاثنى عشر، الاثنان وعشرون، المائة وخمسة: a number made
    definite names or orders (the eleven, the hundred and fifth); it counts nothing."""
    own = fold(layer.text[n.start:n.end])
    if own.startswith("ال") and own[2:] in _CARDINAL.values:
        return True
    i = layer.last_before(n.start)
    if i >= 1 and layer.folded[i] == "و":
        i -= 1
    if i < 0 or not _GAP_AND.fullmatch(layer.text, layer.ends[i], n.start):
        return False
    word = layer.folded[i]
    word = word[1:] if word.startswith("وال") else word
    head = _CARDINAL.values.get(word[2:]) if word.startswith("ال") and word not in _WEEKDAYS else None
    first = own.split()[0] if own.split() else ""
    tail = _CARDINAL.values.get(first[1:] if first.startswith("و") and first[1:] in _CARDINAL.values else first)
    if head is None or tail is None:
        return False
    return (1 <= head <= 9 and tail in (10, 20, 30, 40, 50, 60, 70, 80, 90)) or (
        head % 100 == 0 and 100 <= head < 1000 and tail < 100)
