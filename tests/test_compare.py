"""compare(): which facts two articles share, and whether they agree.

The engine's figures and dates are built here by hand (located in invented
texts), so these tests check the alignment alone, whatever the extractors find.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import Analysis, DateMention, Figure, analyze
from analysis.compare import agree, compare, value_range
from analysis.compare.judging import figure_difference
from analysis.views.tables import compare_frames, render_compare_table

ROOT = Path(__file__).resolve().parent.parent


def fig(text, span, value, kind, unit, approx=None, measure=None):
    start = text.index(span)
    return Figure(span, start, start + len(span), value, kind, unit, approx, measure)


def date(text, span, value, precision="day"):
    start = text.index(span)
    return DateMention(span, start, start + len(span), value, precision)


def analysis(text, figures=(), dates=()):
    return Analysis(text=text, dates=tuple(dates), figures=tuple(figures))


# two reports of one hospital strike, and a regional toll in one of them
A = ("أعلنت وزارة الصحة أن حصيلة القصف على مستشفى الشفاء ارتفعت إلى 25 قتيلا. "
     "وفي الأسبوع نفسه قتل 18 مدنيا في أنحاء المحافظة الشمالية.")
B = "قالت مصادر طبية إن القصف على مستشفى الشفاء أسفر عن مقتل 40 شخصا وجرح العشرات."
B_ONLY_OTHER = "وقالت المصادر إن 16 شخصا قتلوا داخل مستشفى الشفاء بعد القصف."


def test_two_tolls_of_one_event_are_one_fact_that_disagrees():
    a = analysis(A, [fig(A, "25 قتيلا", 25, "killed", "person"),
                     fig(A, "18 مدنيا", 18, "killed", "person")])
    b = analysis(B, [fig(B, "40 شخصا", 40, "killed", "person")])
    out = compare(a, b)["figures"]
    assert len(out["shared"]) == 1
    pair = out["shared"][0]
    assert (pair["a"]["value"], pair["b"]["value"], pair["agree"]) == (25, 40, False)
    assert pair["kind"] == "killed" and pair["unit"] == "person"
    assert [f["value"] for f in out["only_a"]] == [18]
    assert out["only_b"] == []


def test_a_toll_of_something_else_is_not_paired():
    a = analysis(A, [fig(A, "18 مدنيا", 18, "killed", "person")])
    b = analysis(B_ONLY_OTHER, [fig(B_ONLY_OTHER, "16 شخصا", 16, "killed", "person")])
    out = compare(a, b)["figures"]
    assert out["shared"] == []
    assert len(out["only_a"]) == 1 and len(out["only_b"]) == 1


def test_tolls_told_with_other_nouns_are_one_fact_that_disagrees():
    a_text = "قتل 31 يمنيا في انفجار محطة الوقود بمدينة رداع."
    b_text = "ارتفعت حصيلة انفجار محطة الوقود في رداع إلى 48 شخصا."
    a = analysis(a_text, [fig(a_text, "31 يمنيا", 31, "killed", "person")])
    b = analysis(b_text, [fig(b_text, "48 شخصا", 48, "killed", "person")])
    shared = compare(a, b)["figures"]["shared"]
    assert [(s["agree"], s["difference"]) for s in shared] == [(False, "31 vs 48, +55%")]
    assert 0 < shared[0]["confidence"] <= 1 and shared[0]["why"][0] == "kind: killed"


def test_the_one_toll_each_side_tells_pairs_whatever_its_words():
    a_text = "غزة - وفا: استشهد 23 مواطنا وأصيب 70 آخرون بجروح مختلفة في قصف إسرائيلي استهدف مدرسة تؤوي نازحين."
    b_text = "ارتفعت حصيلة المجزرة التي ارتكبها الاحتلال في المدرسة إلى 31 شهيدا و85 جريحا."
    a, b = analyze(a_text), analyze(b_text)
    shared = compare(a, b)["figures"]["shared"]
    assert sorted((s["a"]["value"], s["b"]["value"], s["agree"]) for s in shared) == [(23, 31, False), (70, 85, False)]
    assert all(any("the one toll" in w for w in s["why"]) for s in shared)


def test_a_part_of_a_toll_is_not_the_toll():
    a_text = "قتل 12 شخصا في القصف على السوق الشعبية، بينهم 3 أطفال."
    b_text = "أسفر القصف على السوق الشعبية عن 11 قتيلا."
    a = analysis(a_text, [fig(a_text, "12 شخصا", 12, "killed", "person"),
                          fig(a_text, "3 أطفال", 3, "killed", "person")])
    b = analysis(b_text, [fig(b_text, "11 قتيلا", 11, "killed", "person")])
    out = compare(a, b)["figures"]
    assert [(s["a"]["value"], s["b"]["value"]) for s in out["shared"]] == [(12, 11)]
    assert [f["value"] for f in out["only_a"]] == [3]
    a = analysis(a_text, [fig(a_text, "3 أطفال", 3, "killed", "person")])
    assert compare(a, b)["figures"]["shared"] == []


def test_kind_and_unit_must_match():
    a_text = "قتل 5 أشخاص في انفجار الميناء."
    b_text = "أصيب 5 أشخاص في انفجار الميناء."
    a = analysis(a_text, [fig(a_text, "5 أشخاص", 5, "killed", "person")])
    b = analysis(b_text, [fig(b_text, "5 أشخاص", 5, "injured", "person")])
    assert compare(a, b)["figures"]["shared"] == []
    c_text = "بلغت صادرات الشركة 5 مليارات يورو."
    d_text = "بلغت صادرات الشركة 5 مليارات دولار."
    c = analysis(c_text, [fig(c_text, "5 مليارات يورو", 5e9, "money", "EUR", measure="exports")])
    d = analysis(d_text, [fig(d_text, "5 مليارات دولار", 5e9, "money", "USD", measure="exports")])
    assert compare(c, d)["figures"]["shared"] == []


def test_same_measure_different_amounts_disagree():
    a_text = "وبلغ حجم التبادل التجاري بين البلدين 170 مليار دولار العام الماضي."
    b_text = "ووصل حجم التجارة بين موسكو وبكين إلى 180 مليار دولار."
    a = analysis(a_text, [fig(a_text, "170 مليار دولار", 170e9, "money", "USD", measure="trade volume")])
    b = analysis(b_text, [fig(b_text, "180 مليار دولار", 180e9, "money", "USD", measure="trade volume")])
    shared = compare(a, b)["figures"]["shared"]
    assert len(shared) == 1 and shared[0]["agree"] is False
    assert shared[0]["measure"] == "trade volume"


def test_conflicting_measures_count_against_a_pair():
    a_text = "وبلغت الاستثمارات الصينية في المشروع 8 مليارات دولار."
    b_text = "وبلغت ديون المشروع الصينية 7 مليارات دولار."
    a = analysis(a_text, [fig(a_text, "8 مليارات دولار", 8e9, "money", "USD", measure="investment")])
    b = analysis(b_text, [fig(b_text, "7 مليارات دولار", 7e9, "money", "USD", measure="debt")])
    assert compare(a, b)["figures"]["shared"] == []
    same = analysis(b_text, [fig(b_text, "7 مليارات دولار", 7e9, "money", "USD", measure="investment")])
    assert len(compare(a, same)["figures"]["shared"]) == 1


def test_a_precise_value_and_its_rounding_agree_but_not_a_coarser_one():
    precise = fig("56.11 بالمئة", "56.11 بالمئة", 56.11, "percent", "%")
    assert agree(precise, fig("56%", "56%", 56, "percent", "%"))
    assert not agree(fig("7.3 مليار", "7.3 مليار", 7.3e9, "money", "USD"), fig("7 مليارات", "7 مليارات", 7e9, "money", "USD"))


def test_rounding_within_the_stated_approximation_agrees():
    a_text = "وتبلغ قيمة صفقة الغاز مع الشركة الروسية نحو 8 مليارات دولار."
    b_text = "وتبلغ قيمة صفقة الغاز مع الشركة الروسية 8.06 مليار دولار."
    a = analysis(a_text, [fig(a_text, "8 مليارات دولار", 8e9, "money", "USD", approx="about")])
    b = analysis(b_text, [fig(b_text, "8.06 مليار دولار", 8.06e9, "money", "USD")])
    shared = compare(a, b)["figures"]["shared"]
    assert len(shared) == 1 and shared[0]["agree"] is True


def test_value_ranges():
    f = lambda v, approx=None: Figure("x", 0, 1, v, "killed", "person", approx)
    assert agree(f(8e9, "about"), f(8.06e9))
    assert agree(f(8e9, "about"), f(8.4e9)) and not agree(f(8e9, "about"), f(8.6e9))
    assert agree(f(170e9, "about"), f(172e9)) and not agree(f(170e9, "about"), f(180e9))
    # "more than 300" is 300 up to its next round step: 317 agrees, 420 does not; a plain 60 may be rounded
    assert agree(f(300, "more_than"), f(317)) and not agree(f(300, "more_than"), f(420))
    assert agree(f(60, "more_than"), f(60)) and not agree(f(300, "more_than"), f(290))
    assert agree(f(31, "at_least"), f(31)) and not agree(f(31, "at_least"), f(25))
    assert not agree(f(8, "at_least"), f(14))
    assert agree(f(30, "more_than"), f(31, "at_least"))
    # a bound written to its last unit still spans a twentieth of its value: more than 88 allows 89.4, not 95
    assert value_range(f(88, "more_than")) == pytest.approx((88, 92.4))
    assert agree(f(88, "more_than"), f(89.4)) and not agree(f(88, "more_than"), f(95))
    assert agree(f(100, "up_to"), f(90)) and not agree(f(100, "less_than"), f(70))
    assert not agree(f(25), f(40)) and agree(f(25), f(25))
    vague = lambda text: Figure(text, 0, len(text), None, "killed", "person", "vague")
    assert agree(vague("عشرات القتلى"), vague("عشرات الضحايا")) and not agree(vague("عشرات"), vague("مئات"))
    assert not agree(vague("عشرات القتلى"), f(30))
    assert value_range(f(8.5, "about")) == pytest.approx((8.45, 8.55))


def test_an_amount_and_its_conversion_at_a_dollar_peg():
    money = lambda v, unit: Figure("x", 0, 1, v, "money", unit)
    assert agree(money(34.5e9, "SAR"), money(9.2e9, "USD")) and agree(money(9.2e9, "USD"), money(34.5e9, "SAR"))
    assert agree(money(3.6725e6, "AED"), money(1e6, "USD"))
    assert not agree(money(34.5e9, "SAR"), money(10e9, "USD"))
    assert not agree(money(34.5e9, "EGP"), money(9.2e9, "USD"))          # a floating currency: no rate to read
    assert figure_difference(money(34.5e9, "SAR"), money(10e9, "USD")) == "34.5 bn vs 10 bn USD (37.5 bn SAR), +9%"


def test_dates_with_the_same_value_are_shared_once_each():
    a_text = "وقع الاتفاق في 30 ديسمبر 2022 ثم اجتمعا مجددا في 30 ديسمبر 2022 وفي مايو 2023."
    b_text = "في 30/12/2022 وقع الطرفان الاتفاق، وفي 7 يناير 2023 ردّ الحلف."
    first = a_text.index("30 ديسمبر 2022")
    second = a_text.index("30 ديسمبر 2022", first + 1)
    a_dates = [DateMention("30 ديسمبر 2022", first, first + 14, "2022-12-30", "day"),
               DateMention("30 ديسمبر 2022", second, second + 14, "2022-12-30", "day"),
               date(a_text, "مايو 2023", "2023-05", "month")]
    assert all(a_text[m.start:m.end] == m.text for m in a_dates)
    b_dates = [date(b_text, "30/12/2022", "2022-12-30"), date(b_text, "7 يناير 2023", "2023-01-07"),
               DateMention("أمس", 0, 0, None, "day")]
    out = compare(analysis(a_text, dates=a_dates), analysis(b_text, dates=b_dates))["dates"]
    assert [(s["a"]["start"], s["b"]["text"]) for s in out["shared"]] == [(first, "30/12/2022")]
    assert all(s["agree"] for s in out["shared"])
    assert [m["value"] for m in out["only_a"]] == ["2022-12-30", "2023-05"]
    assert [m["value"] for m in out["only_b"]] == ["2023-01-07", None]


def test_result_is_json_and_offsets_point_into_each_text():
    a = analysis(A, [fig(A, "25 قتيلا", 25, "killed", "person")], [date(A, "الأسبوع", None, "week")])
    b = analysis(B, [fig(B, "40 شخصا", 40, "killed", "person")])
    out = json.loads(json.dumps(compare(a, b), ensure_ascii=False))
    pair = out["figures"]["shared"][0]
    assert A[pair["a"]["start"]:pair["a"]["end"]] == pair["a"]["text"]
    assert B[pair["b"]["start"]:pair["b"]["end"]] == pair["b"]["text"]
    assert set(pair) == {"kind", "measure", "unit", "a", "b", "agree", "difference", "why", "confidence"}


def test_compare_frames_and_text_table():
    a = analysis(A, [fig(A, "25 قتيلا", 25, "killed", "person"), fig(A, "18 مدنيا", 18, "killed", "person")])
    b = analysis(B, [fig(B, "40 شخصا", 40, "killed", "person")])
    result = compare(a, b)
    dates, figures = compare_frames(result)
    assert list(figures["status"]) == ["disagree", "only A"]
    assert list(figures["A"]) == ["25 killed", "18 killed"] and figures["B"].iloc[1] == ""
    assert dates.empty
    table = render_compare_table(result)
    assert "disagree" in table and "25 killed" in table and "40 killed" in table


def test_compare_on_empty_analyses():
    out = compare(analysis(""), analysis(""))
    assert out == {"dates": {"shared": [], "only_a": [], "only_b": []},
                   "figures": {"shared": [], "only_a": [], "only_b": []}}
    assert "no dates" in render_compare_table(out).lower()


def test_cli_compare_json(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(A, encoding="utf-8")
    b.write_text(B, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "analysis", "compare", str(a), str(b), "--json"],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert set(out) == {"shared", "only_a", "only_b"}          # dates and figures alike
    assert [(e["kind"], e["agree"]) for e in out["shared"]] == [("killed", False)]
    for entry in out["shared"]:
        assert {"kind", "measure", "unit", "a", "b", "agree"} <= entry.keys()
        for side, text in (("a", A), ("b", B)):
            m = entry[side]
            assert text[m["start"]:m["end"]] == m["text"]
    plain = subprocess.run([sys.executable, "-m", "analysis", "compare", str(a), str(b)],
                           capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert plain.returncode == 0, plain.stderr
    assert "FIGURES" in plain.stdout and "DATES" in plain.stdout


_kinds = st.sampled_from([("killed", "person"), ("money", "USD"), ("percent", "%"), ("count", None)])
_figure_specs = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8),
                                   st.sampled_from([None, 5.0, 25.0, 8e9]), _kinds,
                                   st.sampled_from([None, "about", "more_than"])), max_size=6)


def _figures(text, specs):
    out = []
    for start, length, value, (kind, unit), approx in specs:
        if start + length <= len(text):
            out.append(Figure(text[start:start + length], start, start + length, value, kind, unit, approx))
    return tuple(out)


@settings(max_examples=120, deadline=None)
@given(st.text(alphabet="قتل مستشفى الهجوم 0123.،\n", max_size=50),
       st.text(alphabet="قتل شخصا المنطقة 45.\n", max_size=50), _figure_specs, _figure_specs)
def test_every_mention_is_placed_exactly_once(text_a, text_b, specs_a, specs_b):
    a = analysis(text_a, _figures(text_a, specs_a))
    b = analysis(text_b, _figures(text_b, specs_b))
    out = compare(a, b)["figures"]
    placed_a = [s["a"] for s in out["shared"]] + out["only_a"]
    placed_b = [s["b"] for s in out["shared"]] + out["only_b"]
    key = lambda m: (m["start"], m["end"], m["kind"], m["value"])
    assert sorted(map(key, placed_a), key=str) == sorted((key(f.to_dict()) for f in a.figures), key=str)
    assert sorted(map(key, placed_b), key=str) == sorted((key(f.to_dict()) for f in b.figures), key=str)
    for s in out["shared"]:
        assert s["a"]["kind"] == s["b"]["kind"] and s["a"]["unit"] == s["b"]["unit"]


def test_the_view_puts_disagreements_first_and_escapes_the_text():
    from analysis.views.compare_view import cards_html, date_frame, facts, figure_frame, render_text
    a_text = "قتل 25 شخصا في القصف على مستشفى الشفاء يوم 3 نوفمبر 2023. وبلغت المساعدات 120 مليون دولار."
    b_text = "وبلغت المساعدات 120 مليون دولار. وقتل 40 شخصا في القصف على مستشفى الشفاء يوم 4 نوفمبر 2023."
    a = analysis(a_text, [fig(a_text, "25 شخصا", 25, "killed", "person"),
                          fig(a_text, "120 مليون دولار", 120e6, "money", "USD")],
                 [date(a_text, "3 نوفمبر 2023", "2023-11-03")])
    b = analysis(b_text, [fig(b_text, "120 مليون دولار", 120e6, "money", "USD"),
                          fig(b_text, "40 شخصا", 40, "killed", "person")],
                 [date(b_text, "4 نوفمبر 2023", "2023-11-04")])
    result = compare(a, b)
    # one strike, a toll and a day told otherwise: two disagreements first, then the aid both state alike
    assert sorted((f.status, f.what) for f in facts(result)[:2]) == [("disagree", "date"), ("disagree", "killed")]
    assert [(f.status, f.what) for f in facts(result)[2:]] == [("agree", "money")]
    assert list(figure_frame(result)["status"]) == ["disagree", "agree"]
    assert figure_frame(result)["difference"].iloc[0] == "25 vs 40, +60%"
    assert date_frame(result)["difference"].iloc[0] == "2023-11-03 vs 2023-11-04, 1 day later"
    html = cards_html(facts(result))
    assert "+60%" in html and 'dir="rtl"' in html
    b_html = analysis("<b>40</b>", [Figure("<b>40</b>", 0, 9, 40, "killed", "person")])
    assert "<b>" not in cards_html(facts(compare(b_html, b_html)))
    assert render_text(result).splitlines()[1].split()[0] == "status"
