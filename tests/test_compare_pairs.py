"""compare() on pairs of articles that tell one event: every expected pairing
and judgement is a test line.

The pairs are tests/data/pairs.jsonl (36 invented pairs, see PAIRS.md) and
OWN_PAIRS below, written for these tests in the same shape: `shared` lists
the facts both articles state as {"a", "b", "what", "agree"} (a and b: the
mention's surface in each text, found by overlap), `only_a`/`only_b` what one
article alone states. The engine reads the texts; the comparison is judged on
what it reads. `python -m tests.test_compare_pairs` prints the score per pair.
"""
from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path

import pytest

from analysis import analyze
from analysis.compare import compare, flatten

ROOT = Path(__file__).resolve().parent.parent

OWN_PAIRS = [
 {"id": "own-01-quake-words", "about": "digits against words, a one-day date difference, approximations",
  "a": {"text": "أنقرة - الأناضول: قالت هيئة الكوارث إن الزلزال الذي ضرب ولاية ملاطية فجر 6 فبراير أودى بحياة خمسة وعشرين شخصا. وأصيب مئة وعشرون آخرون، فيما انهار 40 مبنى سكنيا. وأضافت الهيئة أن نحو 2.5 مليون شخص تضرروا في الولاية.", "reference_date": "2025-02-08"},
  "b": {"text": "إسطنبول (رويترز) - ارتفع عدد قتلى الزلزال الذي ضرب ملاطية يوم 7 فبراير إلى 25 قتيلا، بينما أصيب 120 شخصا، بحسب هيئة الكوارث التركية. وتضرر 2.47 مليون شخص من الزلزال، وخصصت الحكومة 300 مليون ليرة للإغاثة.", "reference_date": "2025-02-08"},
  "shared": [{"a": "6 فبراير", "b": "7 فبراير", "what": "date", "agree": False},
             {"a": "خمسة وعشرين شخصا", "b": "25 قتيلا", "what": "figure", "agree": True},
             {"a": "مئة وعشرون آخرون", "b": "120 شخصا", "what": "figure", "agree": True},
             {"a": "2.5 مليون شخص", "b": "2.47 مليون شخص", "what": "figure", "agree": True}],
  "only_a": ["40 مبنى"], "only_b": ["300 مليون ليرة"]},
 {"id": "own-02-gaza-scope", "about": "a toll of a whole region is not the toll of one strike",
  "a": {"text": "غزة - وفا: استشهد 42 فلسطينيا في غارات إسرائيلية على مناطق متفرقة من قطاع غزة منذ فجر اليوم، وفق وزارة الصحة.", "reference_date": "2024-05-12"},
  "b": {"text": "رفح (أ ف ب) - قتل 9 أشخاص بينهم 4 أطفال في غارة استهدفت منزلا لعائلة أبو طه في حي الجنينة برفح.", "reference_date": "2024-05-12"},
  "shared": [], "only_a": ["42 فلسطينيا", "اليوم"], "only_b": ["9 أشخاص", "4 أطفال"]},
 {"id": "own-03-ferry-control", "about": "control: every fact agrees, other order and wording",
  "a": {"text": "الرباط - ماب: غرق قارب يقل مهاجرين قبالة سواحل طرفاية يوم الأحد 9 مارس، ما أسفر عن وفاة 7 أشخاص، فيما أنقذت البحرية الملكية 31 مهاجرا. وكان القارب يقل 38 شخصا.", "reference_date": "2025-03-10"},
  "b": {"text": "العيون - هسبريس: غرق قارب للمهاجرين الأحد قبالة طرفاية. وأنقذت البحرية الملكية 31 مهاجرا كانوا على متنه، وانتشلت جثث سبعة مهاجرين. وأوضح مصدر أن القارب كان يحمل ثمانية وثلاثين شخصا.", "reference_date": "2025-03-10"},
  "shared": [{"a": "الأحد 9 مارس", "b": "الأحد", "what": "date", "agree": True},
             {"a": "7 أشخاص", "b": "سبعة مهاجرين", "what": "figure", "agree": True},
             {"a": "31 مهاجرا", "b": "31 مهاجرا", "what": "figure", "agree": True},
             {"a": "38 شخصا", "b": "ثمانية وثلاثين شخصا", "what": "figure", "agree": True}],
  "only_a": [], "only_b": []},
 {"id": "own-04-aid-approx", "about": "approximations and a spelled scale: about, more than, a billion and a half",
  "a": {"text": "جنيف - قالت الأمم المتحدة إنها تحتاج إلى مليار ونصف المليار دولار لمساعدة أكثر من 1000 أسرة نازحة، مضيفة أن التمويل المتوفر لا يتجاوز 20 في المئة.", "reference_date": "2025-06-01"},
  "b": {"text": "نيويورك - أطلقت الأمم المتحدة نداء بقيمة 1.5 مليار دولار لمساعدة 1150 أسرة نازحة، وقالت إن نسبة التمويل بلغت نحو 20 في المئة فقط.", "reference_date": "2025-06-01"},
  "shared": [{"a": "مليار ونصف المليار دولار", "b": "1.5 مليار دولار", "what": "figure", "agree": True},
             {"a": "1000 أسرة", "b": "1150 أسرة", "what": "figure", "agree": True},
             {"a": "20 في المئة", "b": "20 في المئة", "what": "figure", "agree": True}],
  "only_a": [], "only_b": []},
 {"id": "own-05-duals", "about": "duals against digits and words",
  "a": {"text": "عدن - قتل جنديان وأصيب ثلاثة آخرون في هجوم بطائرة مسيرة على نقطة تفتيش في محافظة أبين.", "reference_date": "2025-01-15"},
  "b": {"text": "أبين - أسفر هجوم بمسيرة على نقطة عسكرية عن مقتل 2 من الجنود وإصابة 3 جنود آخرين.", "reference_date": "2025-01-15"},
  "shared": [{"a": "جنديان", "b": "2", "what": "figure", "agree": True},
             {"a": "ثلاثة آخرون", "b": "3 جنود", "what": "figure", "agree": True}],
  "only_a": [], "only_b": []},
 {"id": "own-06-strike-tolls", "about": "tolls that disagree, other nouns; a percent that disagrees",
  "a": {"text": "الخرطوم - قالت لجنة الأطباء إن 19 مواطنا قتلوا وأصيب 60 آخرون في قصف مدفعي على سوق أم درمان يوم الأحد، وإن 70 في المئة من المستشفيات خارج الخدمة.", "reference_date": "2025-02-03"},
  "b": {"text": "أم درمان (رويترز) - قال مسعفون إن القصف على سوق أم درمان الأحد أسفر عن مقتل 24 شخصا وإصابة 45، وإن نحو 80 في المئة من مستشفيات المدينة متوقفة.", "reference_date": "2025-02-03"},
  "shared": [{"a": "19 مواطنا", "b": "24 شخصا", "what": "figure", "agree": False},
             {"a": "60 آخرون", "b": "45", "what": "figure", "agree": False},
             {"a": "الأحد", "b": "الأحد", "what": "date", "agree": True},
             {"a": "70 في المئة", "b": "80 في المئة", "what": "figure", "agree": False}],
  "only_a": [], "only_b": []},
 {"id": "own-07-province-market", "about": "a toll across a province is not one market's toll, on the same day",
  "a": {"text": "درعا - المرصد السوري: قتل 27 شخصا في أنحاء محافظة درعا يوم الأربعاء جراء القصف والاشتباكات المتفرقة، في أعنف يوم تشهده المحافظة منذ أشهر.", "reference_date": "2025-05-15"},
  "b": {"text": "طفس - عنب بلدي: قتل 11 مدنيا وأصيب 16 آخرون بقصف صاروخي استهدف سوق الهال في مدينة طفس بريف درعا الغربي الأربعاء.", "reference_date": "2025-05-15"},
  "shared": [{"a": "يوم الأربعاء", "b": "الأربعاء", "what": "date", "agree": True}],
  "only_a": ["27 شخصا"], "only_b": ["11 مدنيا", "16 آخرون"]},
 {"id": "own-08-among-martyrs", "about": "parts of a toll named by their group (بين الشهداء): children with children, not with women",
  "a": {"text": "غزة - رويترز: قال مسؤولون في قطاع الصحة إن 18 شخصا على الأقل قتلوا في غارة على مدرسة تؤوي نازحين، بينهم 6 أطفال.", "reference_date": "2024-08-10"},
  "b": {"text": "غزة - الجزيرة: ارتفع عدد الشهداء في قصف المدرسة إلى 22 فلسطينيا، وقال الدفاع المدني إن بين الشهداء 8 أطفال و5 نساء.", "reference_date": "2024-08-10"},
  "shared": [{"a": "18 شخصا", "b": "22 فلسطينيا", "what": "figure", "agree": False},
             {"a": "6 أطفال", "b": "8 أطفال", "what": "figure", "agree": False}],
  "only_a": [], "only_b": ["5 نساء"]},
]

PAIRS = {p["id"]: p for p in [*map(json.loads, (ROOT / "tests/data/pairs.jsonl").read_text(encoding="utf-8")
                                                .splitlines()), *OWN_PAIRS]}
CONTROLS = [pid for pid, p in PAIRS.items() if all(s["agree"] for s in p["shared"])
            and not p["only_a"] and not p["only_b"]]

# Facts the comparison gets wrong, known and kept visible (a strict xfail: fixed, it fails):
ENGINE_MISREADS: dict = {         # (pair, surface in a) → why
    ("r3-03-iraq-election-seats", "329 مقعدا"):
        "seats (a count) and the MPs of one chamber (people) are kinds no comparison pairs",
    ("r3-03-iraq-election-seats", "28 مقعدا"):
        "a party's seats are not tied to the party named beside them (no lexicon of parties): 28 pairs with another's 27",
}


# one-sided facts the comparison pairs, known (a strict xfail)
ONE_SIDED_MISREADS: dict = {
    ("r3-03-iraq-election-seats", "b", "27 مقعدا"):
        "another party's 27 seats take the place of the 31 (see ENGINE_MISREADS: parties are not read)",
}


@lru_cache(maxsize=None)
def compared(pid: str) -> dict:
    p = PAIRS[pid]
    side = lambda s: analyze(s["text"], dt.date.fromisoformat(s["reference_date"]) if s.get("reference_date") else None)
    return flatten(compare(side(p["a"]), side(p["b"])))


def _span(text: str, surface: str) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def _overlaps(mention: dict, span: tuple[int, int]) -> bool:
    return mention["start"] < span[1] and span[0] < mention["end"]


def found(pid: str, fact: dict) -> list[dict]:
    """The shared items that pair the fact's two mentions."""
    p = PAIRS[pid]
    sa, sb = _span(p["a"]["text"], fact["a"]), _span(p["b"]["text"], fact["b"])
    return [s for s in compared(pid)["shared"] if _overlaps(s["a"], sa) and _overlaps(s["b"], sb)]


def right(pid: str, fact: dict) -> bool:
    got = found(pid, fact)
    return len(got) == 1 and got[0]["agree"] == fact["agree"]


SHARED = [(pid, fact) for pid, p in PAIRS.items() for fact in p["shared"]]
ONE_SIDED = [(pid, side, surface) for pid, p in PAIRS.items() for side in "ab" for surface in p[f"only_{side}"]]


@pytest.mark.parametrize("pid, fact", [
    pytest.param(pid, fact, marks=pytest.mark.xfail(reason=ENGINE_MISREADS[pid, fact["a"]], strict=True))
    if (pid, fact["a"]) in ENGINE_MISREADS else (pid, fact) for pid, fact in SHARED],
    ids=[f"{pid[:7]}:{f['a']}~{f['b']}" for pid, f in SHARED])
def test_a_shared_fact_is_paired_and_judged(pid, fact):
    got = found(pid, fact)
    assert len(got) == 1, f"not paired: {fact}"
    assert got[0]["agree"] == fact["agree"], got[0]
    assert got[0]["why"] and 0 < got[0]["confidence"] <= 1
    assert (got[0]["difference"] is None) == fact["agree"]


@pytest.mark.parametrize("pid, side, surface", [
    pytest.param(p, s, w, marks=pytest.mark.xfail(reason=ONE_SIDED_MISREADS[p, s, w], strict=True))
    if (p, s, w) in ONE_SIDED_MISREADS else (p, s, w) for p, s, w in ONE_SIDED],
    ids=[f"{p[:7]}:{s}:{w}" for p, s, w in ONE_SIDED])
def test_a_one_sided_fact_is_not_paired(pid, side, surface):
    span = _span(PAIRS[pid][side]["text"], surface)
    assert not [s for s in compared(pid)["shared"] if _overlaps(s[side], span)]


def scores() -> dict[str, tuple[int, int]]:
    return {pid: (sum(right(pid, f) for f in p["shared"]), len(p["shared"])) for pid, p in PAIRS.items()}


def test_nine_in_ten_shared_facts_are_paired_and_judged_right():
    got = scores()
    right_, total = sum(r for r, _ in got.values()), sum(t for _, t in got.values())
    assert right_ / total >= 0.9, got


@pytest.mark.parametrize("pid", CONTROLS)
def test_a_control_pair_has_no_false_disagreement(pid):
    out = compared(pid)
    assert [s for s in out["shared"] if not s["agree"]] == []
    assert all(right(pid, f) for f in PAIRS[pid]["shared"])


if __name__ == "__main__":
    got = scores()
    for pid, (r, t) in got.items():
        print(f"{pid:40s} {r}/{t}")
    r, t = sum(r for r, _ in got.values()), sum(t for _, t in got.values())
    print(f"{'all':40s} {r}/{t} = {r / t:.3f}")
