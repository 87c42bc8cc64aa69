"""Reading numbers as Arabic news writes them (analysis/extract/numbers.py)."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import analyze
from analysis.extract.digits import decimal_comma, read_digits
from analysis.extract.numbers import CARDINAL, SCALE, find_numbers


def numbers(text):
    found = find_numbers(text)
    for n in found:
        assert 0 <= n.start < n.end <= len(text)
    return [(text[n.start:n.end], n.value) for n in found]


@pytest.mark.parametrize(("s", "value"), [
    ("2024", 2024), ("٢٠٢٤", 2024), ("۲۰۲۴", 2024),                 # three scripts
    ("12٫5", 12.5), ("١٢٫٥", 12.5), ("1٬250٬000", 1250000),         # Arabic separators
    ("5.4", 5.4), ("1,500,000", 1500000), ("1.500.000", 1500000),
    ("1,500.25", 1500.25), ("1.500,25", 1500.25),
    ("١,٨", 1.8), ("32,7", 32.7),                                   # a comma before one digit is a decimal
    ("5ر10", 10.5), ("87ر0", 0.87), ("3ر3059", 3059.3),            # Tunisian: fraction first
])
def test_read_digits(s, value):
    assert read_digits(s) == pytest.approx(value)


def test_a_comma_before_three_digits_is_decimal_when_the_document_says_so():
    assert read_digits("2,250") == 2250
    assert read_digits("2,250", comma_is_decimal=True) == 2.25


def test_the_decimal_comma_is_decided_per_document():
    assert decimal_comma(["3,5", "2,250"])             # نما بنسبة 3,5 بالمائة وبلغ 2,250 دينار
    assert not decimal_comma(["1,250,000", "3,5"])     # بلغ 1,250,000 دولار ونما بنسبة 3,5 بالمائة
    assert not decimal_comma([])
    assert numbers("نما بنسبة 3,5 بالمائة وبلغ السعر 2,250 دينار") == [("3,5", 3.5), ("2,250", 2.25)]
    assert numbers("بلغ 1,250,000 دولار وارتفع السعر إلى 2,250 دولار") == [
        ("1,250,000", 1250000), ("2,250", 2250)]


@pytest.mark.parametrize(("text", "value"), [
    ("ثلاثة", 3), ("ثلاث", 3), ("ثلاثين", 30), ("ثلاثون", 30), ("اثنا عشر", 12), ("إحدى عشرة", 11),
    ("خمس عشرة", 15), ("تسعة وتسعون", 99), ("واحد وعشرون", 21), ("مئة", 100), ("مائة", 100),
    ("مئتان", 200), ("مائتي", 200), ("ثلاثمائة", 300), ("خمسمئة", 500), ("ثلاث مئة وخمسون", 350),
    ("مئة وخمسة", 105), ("ثلاثة آلاف وخمسمائة", 3500), ("أربعة آلاف", 4000),
    ("ثَلاثَةُ", 3),                                                  # diacritics
])
def test_spelled_out_numbers(text, value):
    assert numbers(text) == [(text, value)]


@pytest.mark.parametrize(("text", "value"), [
    ("5 آلاف", 5000), ("20 ألف", 20000), ("11 ألفا و500", 11500), ("80 الف 696", 80696),
    ("20الف و250", 20250), ("مليار و200 مليون", 1.2e9), ("3 ملايين و500 ألف", 3.5e6),
    ("2.75 مليون", 2.75e6), ("32,7 مليون", 32.7e6), ("١,٨ مليون", 1.8e6), ("7ر5 مليون", 5.7e6),
    ("مليون", 1e6), ("مليار", 1e9), ("ألف", 1000), ("1.5 تريليون", 1.5e12), ("3 بلايين", 3e9),
    ("ألفين", 2000), ("مليوني", 2e6), ("ملياري", 2e9), ("مليونان", 2e6),             # duals are two
    ("ستة مليارات", 6e9), ("تسعة ملايين", 9e6), ("3 مئات", 300),
])
def test_scale_words_and_compounds(text, value):
    assert numbers(text) == [(text, pytest.approx(value))]


def test_a_bare_plural_scale_is_vague():
    assert numbers("آلاف") == [("آلاف", None)]
    assert numbers("عشرات") == [("عشرات", None)]
    assert numbers("مئات") == [("مئات", None)]
    assert numbers("ملايين") == [("ملايين", None)]


def test_alif_forms_are_one_in_the_accusative_and_two_in_construct():
    assert numbers("خصص مليونا دولار") == [("مليونا", 2e6)]
    assert numbers("يتجاوز عددهم مليونا.") == [("مليونا", 1e6)]
    assert numbers("بلغ مليارا من الدولارات") == [("مليارا", 1e9)]
    assert numbers("بلغ عددهم مليونا و200 ألف") == [("مليونا و200 ألف", 1.2e6)]


def test_clitics_stay_outside_the_number():
    assert numbers("وثلاثة") == [("ثلاثة", 3)]
    assert numbers("قدرت بملياري دولار") == [("ملياري", 2e9)]
    assert numbers("تبرع لخمسة أشخاص") == [("خمسة", 5)]
    assert numbers("محملة بـ538 طنا") == [("538", 538)]


def test_indefinite_duals_of_counted_nouns_are_two():
    found = find_numbers("قتل مدنيان وأصيب شخصين في مؤسستين")
    assert [(n.value, n.dual) for n in found] == [(2, True), (2, True), (2, True)]
    assert numbers("وصلت بمؤسستين") == [("مؤسستين", 2)]


@pytest.mark.parametrize("text", [
    "بين البلدين",            # definite: a known pair
    "استهداف مدنيين",         # -ين of a noun with a sound plural: plural or dual, cannot tell
    "خلال يومين",             # a duration is not a counted noun
    "البيت",
    "حركة طالبان",            # a dual that is also a name (طالب → طالبان، the Taliban)
    "فاز نادي ميلان",
    "محمد أمين",              # a short noun's dual is too often another word (أم → أمين)
])
def test_no_dual_number(text):
    assert all(not n.dual for n in find_numbers(text))


def test_parts_that_do_not_continue_each_other_are_separate_numbers():
    assert numbers("بين 10 و20") == [("10", 10), ("20", 20)]
    assert numbers("في 2023 و2024") == [("2023", 2023), ("2024", 2024)]
    assert numbers("ثلاثة أربعة") == [("ثلاثة", 3), ("أربعة", 4)]
    assert numbers("ثلاثون وخمسة") == [("ثلاثون", 30), ("خمسة", 5)]  # a unit follows a ten only before it


def test_words_inside_other_words_are_not_numbers():
    assert numbers("الثلاثاء الماضي استطاع الأمين") == []
    assert numbers("الاستثمار والتعاون") == []


def test_the_lexicons_dates_relies_on_keep_their_shape():
    assert CARDINAL.get("ثلاث") == 3 and CARDINAL.get("عشرين") == 20
    assert SCALE.get("مليار") == (1e9, 1e9) and SCALE.get("آلاف") == (1e3, None)


def test_no_input_breaks_it():
    assert find_numbers("") == []
    assert numbers("٫٬.,ر") == []
    assert numbers("5ر") == [("5", 5)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789٠١٢٣٤٥٦٧٨٩.,٫٬ر وألفمليونثلاثةعشرين%-\n")), max_size=60))
def test_spans_hold_on_any_text(text):
    for n in find_numbers(text):
        assert 0 <= n.start < n.end <= len(text)
        assert n.value is None or n.value >= 0 or text[n.start] == "-", "negative only with its sign"


@pytest.mark.parametrize(("text", "value"), [
    ("نصف مليون", 5e5), ("ربع مليار", 2.5e8), ("مليون ونصف", 1.5e6),
    ("ثلاثة ملايين ونصف المليون", 3.5e6), ("مليار ونصف المليار", 1.5e9),
])
def test_fractions_of_a_scale_word(text, value):
    assert numbers(text) == [(text, value)]


def test_a_fraction_alone_is_flagged_and_is_no_figure():
    assert all(n.lone_fraction for n in find_numbers("نصف السكان وربع الأراضي"))
    assert [n.lone_fraction for n in find_numbers("ثلاث ساعات ونصف")] == [False, True]
    assert [f.text for f in analyze("نصف السكان وربع الأراضي").figures] == []
    assert [(f.text, f.value) for f in analyze("اشترى نصف لتر").figures] == [("نصف لتر", 0.5)]


def test_no_number_is_read_inside_a_span_left_outside():
    text = "في 12 مايو 2024 قتل 30 شخصا"
    date = (text.index("12"), text.index("2024") + 4)
    assert [n.value for n in find_numbers(text)] == [12, 2024, 30]
    assert [n.value for n in find_numbers(text, outside=[date])] == [30]
