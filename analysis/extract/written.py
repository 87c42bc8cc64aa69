"""Numbers written with digits beyond one run, joined from the runs the text
layer found (numbers.py calls `join` on its digit parts, in text order):

- a slash between two whole numbers that no date reader took: 3/4 كوب، ٧٧/١٠٠،
  -4/5 (a minus makes any ratio a fraction: -١٢/١٠), a mixed number 2 1/4، -١ ٤/٥;
- thousands grouped by spaces: 1 234 567، 40 000، 1 414 021 100 (a first group of
  one to three digits, then groups of exactly three);
- a power of ten or a power: 1e10، -12e-1، 12.32e+14، 1.1^23، 2.5^-1 (any digit script);
- bidi marks pasted inside a number: 25799\u202a,\u202a52 is 25799.52.

A part here is the number reader's own part (a NamedTuple with kind, value,
start, end, conj), replaced, never built from scratch.
"""
from __future__ import annotations

import re

_BIDI = "\u200e\u200f\u202a-\u202e\u2066-\u2069"
_MARKS = re.compile(f"[{_BIDI}]+")
_BIDI_JOIN = re.compile(f"[{_BIDI}]*[,.،٫][{_BIDI}]*")
_GROUP_SPACE = re.compile(r"[ \u00a0\u202f\u2009]")
_POWER = re.compile(r"([eE]|\^)([-+−]?)")
_HALVES_TO_EIGHTHS = {2, 3, 4, 5, 8}        # the denominators a recipe or a share writes (3/4 كوب، 1/2)
_LATER_GROUP = re.compile(r"\d{3}(?:[.,٫]\d+)?")


def join(text: str, parts: list, read) -> list:
    """The digit parts with those written as one number joined; read(s) is the
    value of a digit string as the document writes them."""
    parts = _bidi(text, parts, read)
    parts = _groups(text, parts, read)
    parts = _powers(text, parts)
    return _slashes(text, parts)


def _whole(p) -> bool:
    return p.kind == "d" and float(p.value).is_integer()


def _bidi(text: str, parts: list, read) -> list:
    """25799\u202a,\u202a52: a separator with bidi marks about it, between two runs, is the number's own."""
    out: list = []
    for p in parts:
        prev = out[-1] if out else None
        if prev and _BIDI_JOIN.fullmatch(text, prev.end, p.start) and _MARKS.search(text, prev.end, p.start):
            written = _MARKS.sub("", text[prev.start:p.end])
            out[-1] = prev._replace(value=read(written), end=p.end)
            continue
        out.append(p)
    return out


def _groups(text: str, parts: list, read) -> list:
    """1 234 567: groups of three digits after a first of one to three, one space apart."""
    out: list = []
    k = 0
    while k < len(parts):
        p, n = parts[k], k + 1
        if text[p.start:p.end].isdigit() and p.end - p.start <= 3:
            while n < len(parts) and parts[n].start == parts[n - 1].end + 1 \
                    and _GROUP_SPACE.fullmatch(text, parts[n - 1].end, parts[n].start) \
                    and _LATER_GROUP.fullmatch(text, parts[n].start, parts[n].end) \
                    and text[parts[n - 1].start:parts[n - 1].end].isdigit():
                n += 1
        if n > k + 1 and not _digit_or_separator(text, parts[n - 1].end):
            written = "".join(text[q.start:q.end] for q in parts[k:n])
            out.append(p._replace(value=read(written.replace(",", ".") if "," in written else written),
                                  end=parts[n - 1].end))
            k = n
            continue
        out.append(p)
        k += 1
    return out


def _digit_or_separator(text: str, pos: int) -> bool:
    """Does another group follow (a fourth digit, a separator and a digit)?"""
    return pos < len(text) and (text[pos].isdigit() or (
        text[pos] in ",.،" and pos + 1 < len(text) and text[pos + 1].isdigit()))


def _digit_next(text: str, pos: int) -> bool:
    """Does a number follow pos after a space (١/٤ ٢, 3/4 2021): then the ratio is no plain fraction."""
    return pos + 1 < len(text) and text[pos] == " " and text[pos + 1].isdigit()


def _powers(text: str, parts: list) -> list:
    """1e10، 12.32e+14، -12e-1: a power of ten; 1.1^23، 2.5^-1: a power."""
    out: list = []
    k = 0
    while k < len(parts):
        p = parts[k]
        q = parts[k + 1] if k + 1 < len(parts) else None
        m = _POWER.match(text, p.end) if q and p.kind == "d" else None
        if m and m.end() == q.start and _whole(q) and q.value <= 300 and not (
                p.start and text[p.start - 1].isalpha()) and not (q.end < len(text) and text[q.end].isalpha()):
            exponent = -q.value if m.group(2) in "-−" and m.group(2) else q.value
            try:
                value = p.value * 10 ** exponent if m.group(1) in "eE" else p.value ** exponent
            except (OverflowError, ZeroDivisionError):
                value = None
            if value is not None and value == value and abs(value) < 1e300:
                out.append(p._replace(value=float(f"{value:.15g}"), end=q.end))
                k += 2
                continue
        out.append(p)
        k += 1
    return out


def _slashes(text: str, parts: list) -> list:
    """Digits over digits that no date took: a fraction, with a whole number a
    space before it a mixed one (2 1/4). A ratio a date could be (3/4، 11/10) is
    one when it is proper over a denominator of halves to eighths (3/4 كوب), in a
    mixed number, or with a minus on it (-١٢/١٠); 11/12, 2016 and 12/2020 are dates."""
    out: list = []
    k = 0
    while k < len(parts):
        p = parts[k]
        q = parts[k + 1] if k + 1 < len(parts) else None
        if q and text[p.end:q.start] == "/" and q.value and _whole(p) and _whole(q) \
                and not 1900 <= q.value <= 2100 and not text[q.end:q.end + 1] == "/" \
                and ((p.value < q.value and (q.value > 12 or (q.value in _HALVES_TO_EIGHTHS and not _digit_next(text, q.end))
                                            or (out and _whole(out[-1]) and text[out[-1].end:p.start] == " ")))
                     or (p.start and text[p.start - 1] in "-−" and not (
                         p.start >= 2 and text[p.start - 2].isalnum()))) \
                and not re.match(r"\s?[,،]\s?\d", text[q.end:q.end + 4]):    # not 11/12, 2016; not +1-222-2222/2222
            value, start = p.value / q.value, p.start
            if out and _whole(out[-1]) and text[out[-1].end:p.start] == " " and value < 1:
                whole = out.pop()
                value, start = whole.value + value, whole.start
            out.append(p._replace(value=float(f"{value:.12g}"), start=start, end=q.end))
            k += 2
            continue
        out.append(p)
        k += 1
    return out
