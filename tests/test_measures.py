"""What a figure measures is a noun phrase (what was spent, what grew), never a
bare verb; a verb may only say which measure it is."""
import datetime as dt

import pytest

from analysis import analyze
from analysis.lexicon.measures import MEASURE_VERBS, MEASURES


def figure(text):
    [f] = analyze(text, dt.date(2025, 4, 3)).figures
    return f


@pytest.mark.parametrize(("text", "measure", "words"), [
    ("خصصت الحكومة 2.5 مليار دولار لصيانة الطرق في 2024", "spending", "صيانة الطرق"),
    ("رصدت الوزارة 500 مليون درهم لتأهيل المستشفيات", "spending", "تأهيل المستشفيات"),
    ("رصدت البلدية 40 مليون دينار للمشاريع التنموية في الجنوب", "spending", "المشاريع التنموية"),
    ("اعتمدت 7 ملايين ريال لبناء مدرسة", "spending", "بناء مدرسة"),
    ("سجل الاقتصاد نموا بنسبة 3.5% في 2024", "growth", "نموا"),
    ("بلغت نفقات التنمية 2310 م.د", "spending", "نفقات"),
])
def test_the_measure_is_a_noun_phrase(text, measure, words):
    f = figure(text)
    assert (f.measure, f.measure_text) == (measure, words)


@pytest.mark.parametrize(("text", "measure"), [
    ("نقلت الخطوط الجوية 13 مليون مسافر", "passengers"),
    ("اعتقلت قوات الأمن 30 شخصا", "arrests"),
    ("أنفقت الحكومة 3 بلايين دولار", "spending"),
])
def test_a_verb_names_the_measure_but_gives_no_words(text, measure):
    f = figure(text)
    assert f.measure == measure and f.measure_text is None


@pytest.mark.parametrize("text", [
    "منحة بقيمة 20 مليون دولار للعام المقبل",       # a year, not a purpose
    "بلغ السعر 90 دينارا للدولار",
])
def test_a_date_or_a_rate_after_ل_is_no_purpose(text):
    assert figure(text).measure != "spending"


def test_a_pumped_quantity_is_no_spending():
    assert figure("ضخت الشركة 3 ملايين برميل في السوق").measure is None


def test_no_measure_word_is_a_verb_form_of_the_verb_lists():
    verbs = {v for _, vs in MEASURE_VERBS.values() for v in vs}
    assert verbs.isdisjoint(w for _, words in MEASURES.values() for w in words)
