"""Properties compare() keeps for any two analyses (hypothesis), and the two
checks of the issue on every article of the test pairs: an article compared
with itself, and with a copy whose figures are written in words, pairs every
mention and agrees on all.

The properties: every figure and date is placed exactly once (shared, only_a
or only_b); a pair never joins kinds that cannot be one fact (killed with
injured, money with a percent; a count whose fate the engine did not read may
join a toll); an analysis compared with itself pairs everything as agreeing;
swapping A and B swaps the sides.
"""
from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import Analysis, Figure, analyze
from analysis.compare import compare
from tests.test_compare_pairs import PAIRS
from tests.test_properties import ARABIC_NEWSY

EXAMPLES = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GENERIC = {"people"}                 # and a count with no unit: see compatible()


def _key(m: dict) -> tuple:
    return m["start"], m["end"], m["text"]


def placed_once(a: Analysis, b: Analysis, out: dict) -> None:
    for what, side, mentions in (("figures", "a", a.figures), ("figures", "b", b.figures),
                                 ("dates", "a", a.dates), ("dates", "b", b.dates)):
        placed = [s[side] for s in out[what]["shared"]] + out[what][f"only_{side}"]
        assert sorted(map(_key, placed)) == sorted(_key(m.to_dict()) for m in mentions)


def compatible(x: dict, y: dict) -> bool:
    if x["kind"] == y["kind"]:
        return True
    unread = lambda f: f["kind"] in GENERIC or (f["kind"] == "count" and f["unit"] is None)
    persons = {"killed", "injured", "people", "count"}
    return {x["kind"], y["kind"]} <= persons and (unread(x) or unread(y)) and {x["kind"], y["kind"]} != {"killed", "injured"}


def kinds_kept(out: dict) -> None:
    for s in out["figures"]["shared"]:
        assert compatible(s["a"], s["b"]), s
        assert {s["a"]["kind"], s["b"]["kind"]} != {"killed", "injured"}
    for s in out["dates"]["shared"]:
        assert s["a"]["precision"] == s["b"]["precision"]


def pairs_all_agreeing(a: Analysis, out: dict) -> None:
    for what, mentions in (("figures", a.figures), ("dates", a.dates)):
        assert out[what]["only_a"] == [] and out[what]["only_b"] == [], out[what]
        assert len(out[what]["shared"]) == len(mentions)
        assert all(s["agree"] for s in out[what]["shared"]), [s for s in out[what]["shared"] if not s["agree"]]


def swapped(out: dict) -> dict:
    return {what: {"shared": sorted((_key(s["b"]), _key(s["a"]), s["agree"]) for s in part["shared"]),
                   "only_a": sorted(map(_key, part["only_b"])), "only_b": sorted(map(_key, part["only_a"]))}
            for what, part in out.items()}


def plain(out: dict) -> dict:
    return {what: {"shared": sorted((_key(s["a"]), _key(s["b"]), s["agree"]) for s in part["shared"]),
                   "only_a": sorted(map(_key, part["only_a"])), "only_b": sorted(map(_key, part["only_b"]))}
            for what, part in out.items()}


# ---------------------------------------------------------------- any two texts

NEWS_PIECES = st.lists(st.sampled_from([p[side]["text"] for p in PAIRS.values() for side in "ab"]),
                       min_size=0, max_size=2).map(" ".join)
TEXTS = st.one_of(ARABIC_NEWSY, NEWS_PIECES, st.tuples(NEWS_PIECES, ARABIC_NEWSY).map(" ".join))
REFERENCE = st.one_of(st.none(), st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31)))


@EXAMPLES
@given(TEXTS, TEXTS, REFERENCE)
def test_any_two_analyses(text_a, text_b, reference):
    a, b = analyze(text_a, reference), analyze(text_b, reference)
    out = compare(a, b)
    placed_once(a, b, out)
    kinds_kept(out)
    assert plain(compare(b, a)) == swapped(out)
    pairs_all_agreeing(a, compare(a, a))


_KINDS = st.sampled_from([("killed", "person"), ("injured", "person"), ("people", "person"),
                          ("money", "USD"), ("percent", "%"), ("count", None)])


@EXAMPLES
@given(st.text(alphabet="قتل شخصا الهجوم 0123.،\n", max_size=60),
       st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8), st.sampled_from([None, 2.0, 5.0, 25.0, 8e9]),
                          _KINDS, st.sampled_from([None, "about", "more_than", "at_least"])), max_size=8))
def test_any_figures_made_by_hand(text, specs):
    """Figures the engine would never make (any span, kind and value): every
    one is placed once, and the analysis pairs with itself."""
    figures = tuple(Figure(text[s:s + n], s, s + n, v, kind, unit, approx)
                    for s, n, v, (kind, unit), approx in specs if s + n <= len(text))
    a = Analysis(text, (), figures)
    out = compare(a, a)
    placed_once(a, a, out)
    kinds_kept(out)
    pairs_all_agreeing(a, out)


# ---------------------------------------------------------------- every test article

ARTICLES = [(pid, side) for pid in PAIRS for side in "ab"]
_ONES = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
_TEENS = ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر",
          "ثمانية عشر", "تسعة عشر"]
_TENS = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
_HUNDREDS = ["", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"]


def in_words(n: int) -> str:
    """1 to 999 in Arabic words (masculine, nominative): 317 → ثلاثمئة وسبعة عشر."""
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    small = _TEENS[ones] if tens == 1 else " و".join(w for w in (_ONES[ones], _TENS[tens]) if w)
    return " و".join(w for w in (_HUNDREDS[hundreds], small) if w)


def article(pid: str, side: str) -> tuple[str, dt.date | None]:
    s = PAIRS[pid][side]
    return s["text"], dt.date.fromisoformat(s["reference_date"]) if s.get("reference_date") else None


def rewritten_in_words(a: Analysis) -> str:
    """The text with each figure's leading whole number of 1–999 written in words."""
    text = a.text
    for f in sorted(a.figures, key=lambda f: -f.start):
        m = re.match(r"\d+(?![\d.,٫])", f.text)
        if m and 1 <= int(m.group()) <= 999:
            text = text[:f.start] + in_words(int(m.group())) + text[f.start + m.end():]
    return text


def test_numbers_in_words():
    assert [in_words(n) for n in (3, 12, 31, 200, 317, 999)] == [
        "ثلاثة", "اثنا عشر", "واحد وثلاثون", "مئتان", "ثلاثمئة وسبعة عشر", "تسعمئة وتسعة وتسعون"]


@pytest.mark.parametrize("pid, side", ARTICLES, ids=[f"{p[:7]}-{s}" for p, s in ARTICLES])
def test_an_article_compared_with_itself_pairs_all_and_agrees(pid, side):
    a = analyze(*article(pid, side))
    pairs_all_agreeing(a, compare(a, a))


@pytest.mark.parametrize("pid, side", ARTICLES, ids=[f"{p[:7]}-{s}" for p, s in ARTICLES])
def test_an_article_and_its_figures_in_words_pair_all_and_agree(pid, side):
    text, reference = article(pid, side)
    a = analyze(text, reference)
    words = analyze(rewritten_in_words(a), reference)
    assert [f.value for f in words.figures] == [f.value for f in a.figures], "the engine read the words otherwise"
    out = compare(a, words)
    pairs_all_agreeing(a, out)
    assert all(s["a"]["value"] == s["b"]["value"] for s in out["figures"]["shared"])
