"""One run of digits as the document writes it: in any of the three scripts,
with thousands grouped by commas, dots or the Arabic comma, a decimal comma
or point, or a Tunisian decimal written fraction first (5ر10). Whether the
document's commas are decimal and its dots group thousands is decided once
per document, from all its runs."""
from __future__ import annotations

import re

_THOUSANDS_GROUPS = re.compile(r"\d[,.،]\d{3}[,.،]\d{3}(?!\d)")
_COMMA_DECIMAL = re.compile(r"\d[,،](?:\d{1,2}|\d{4,})(?![\d,،])")
_DOT_GROUPS = re.compile(r"\d\.\d{3}\.\d{3}(?!\d)")


def decimal_comma(runs: list[str]) -> bool:
    """Does this document write decimals with a comma (12,5، 12،5) rather than
    thousands (1,500,000)? Decided once per document, from its own digit runs."""
    separated = [r for r in runs if "," in r or "." in r or "،" in r]
    return any(_COMMA_DECIMAL.search(r) for r in separated) and not any(
        _THOUSANDS_GROUPS.search(r) for r in separated)


def dot_groups(runs: list[str]) -> bool:
    """Does this document group thousands with dots (7.250.000)? Then a dot
    before three digits groups too (8.600 is 8600), as the agencies that write so do."""
    return any(_DOT_GROUPS.search(r) for r in runs if "." in r) and not any("," in r for r in runs)


def read_digits(s: str, comma_is_decimal: bool = False, dots_group: bool = False) -> float:
    """The value of a digit string in any script with any separators."""
    if "ر" in s:
        frac, whole = s.split("ر")
        return float(f"{int(whole)}.{frac}")
    if "،" in s and "," in s and s.rfind(",") > s.rfind("،"):
        s = s.replace("،", "").replace(",", ".")   # 12،220,13: the Arabic comma groups, the Latin one is the point
    s = s.replace("٬", "").replace("٫", ".").replace("،", ",")
    if dots_group and "," not in s and all(len(g) == 3 for g in s.split(".")[1:]):
        s = s.replace(".", "")          # 8.600 in a text that writes 7.250.000
    if "," in s and "." in s:
        # the last separator is the decimal one, the others group: 1,500.5 / 1.500,5
        last = max(s.rfind(","), s.rfind("."))
        s = s[:last].replace(",", "").replace(".", "") + "." + s[last + 1:]
    elif "," in s:
        groups = s.split(",")
        thousands = all(len(g) == 3 for g in groups[1:]) and not comma_is_decimal
        s = "".join(groups) if (thousands or len(groups) > 2) else s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "")          # 1.500.000
    return min(float(s), MOST)


MOST = 1e18        # no amount is larger; a longer run of digits is a code (and never overflows a sum)
