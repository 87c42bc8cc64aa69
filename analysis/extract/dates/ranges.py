"""Ranges and lists: a range or list takes a missing month or year from its other end."""
from __future__ import annotations

from .parser import _RANGE, Expr



def _link(text: str, exprs: list[Expr]) -> None:
    """A range or list takes a missing month or year from its later end:
    من 30 أغسطس وحتى 5 سبتمبر 2022، 21 – 27 ديسمبر 2022، بين 2023 و2027."""
    for left, right in zip(exprs, exprs[1:]):
        if left.kind != right.kind or left.kind not in ("date", "hdate"):
            continue
        if not _RANGE.fullmatch(text, left.end, right.start):
            continue
        if left.y is None and right.y is not None and left.year_rel is None and left.rel is None:
            left.y, left.linked = right.y, True
            if left.m is None and left.d is not None:
                left.m = right.m
            if left.m and right.m and (left.m, left.d or 0) > (right.m, right.d or 0):
                left.y -= 1                     # من 30 ديسمبر إلى 5 يناير 2023
        elif left.m is None and left.d is not None and right.m is not None:
            left.m = right.m
        if left.y is None and right.y is None and left.year_rel is None:
            left.partner = right            # يومي 5 و6 مايو: the year the later end resolves to
