"""Who acts, and what is no event: whole words only (وزارة is no زار), a
capital told from a country of the same spelling (عمّان، عُمان، سلطنة عمان),
names inside a place's name (مطار الملكة علياء), the dateline and the date
of publication (no events of their own; they resolve relative words)."""
import datetime as dt

import pytest

from analysis import analyze

REF = dt.date(2025, 4, 3)


def events(text, ref=REF):
    return analyze(text, ref).events


def test_a_trigger_matches_a_whole_word_only():
    [e] = events("أعلنت وزارة النقل يوم 5 مارس 2024 عن خطة جديدة لتنظيم السير")
    assert e.trigger is None and e.category == "other"
    assert e.label.startswith("أعلنت وزارة النقل")
    [e] = events("وزار الرئيس الموقع يوم 5 مارس 2024")       # و + زار is still visited
    assert e.trigger == "زار" and e.category == "diplomacy"


@pytest.mark.parametrize(("text", "country"), [
    ("وصل الوفد إلى عمّان يوم 3 مايو 2024 لإجراء محادثات", "الأردن"),
    ("وصل الوفد إلى عُمان يوم 3 مايو 2024 لإجراء محادثات", "عُمان"),
    ("زار الوزير سلطنة عمان يوم 3 مايو 2024", "عُمان"),
    ("عقد الاجتماع في العاصمة الأردنية عمان يوم 3 مايو 2024", "الأردن"),
    ("وصل الملك إلى عمان يوم 3 مايو 2024 قادما من الأردن. وقالت الحكومة الأردنية إن الزيارة ناجحة", "الأردن"),
])
def test_a_capital_is_told_from_a_country_of_the_same_spelling(text, country):
    actors = events(text)[0].actors
    assert country in actors
    assert ({"الأردن", "عُمان"} - {country}).isdisjoint(actors)


@pytest.mark.parametrize("text", [
    "هبطت الطائرة في مطار الملكة علياء الدولي يوم 4 مايو 2024",
    "تخرج الطلاب من جامعة الملك سعود في 20 يونيو 2024",
    "نقل المصابون إلى مستشفى القاهرة الجامعي يوم 2 مارس 2025",
])
def test_no_actor_inside_the_name_of_a_place(text):
    assert events(text)[0].actors == ()


def test_a_definite_title_takes_no_country_after_it_but_an_indefinite_one_does():
    assert events("زار الوزير سلطنة عمان يوم 3 مايو 2024")[0].actors == ("وزير", "عُمان")
    assert "وزير سلطنة عمان" in events("التقى وزير سلطنة عمان نظيره يوم 3 مايو 2024")[0].actors
    assert "الرئيس الصيني شي جين بينغ" in events("قال الرئيس الصيني شي جين بينغ يوم 3 مايو 2024")[0].actors
    assert events("وصل الرئيس إلى عُمان يوم 3 مايو 2024")[0].actors == ("الرئيس", "عُمان")


@pytest.mark.parametrize("text", [
    "الرباط - 20 فبراير 2025 (ومع) - أكدت اللجنة اجتماعها اليوم الخميس أن الأسواق مزودة بشكل كاف.",
    "تونس 14 ماي 2024 (وات) - نشرت وزارة المالية اليوم الثلاثاء نتائج تنفيذ الميزانية.",
    "الكويت - 18 - 2 (كونا) -- استقر سعر صرف الدولار اليوم الثلاثاء عند 0.308 دينار.",
])
def test_the_dateline_is_no_event_and_no_label_starts_with_it(text):
    result = analyze(text)
    [dateline] = [d for d in result.dates if d.role == "dateline"]
    assert len(result.events) == 1
    assert dateline.start < result.dates[0].end and not result.events[0].label.startswith(text[:6])
    assert all(i != result.dates.index(dateline) for i in result.events[0].dates)


def test_a_dateline_of_a_place_alone_is_left_out_of_the_label():
    [e] = events("بغداد - أعلنت وزارة الصحة العراقية، اليوم الثلاثاء، حصيلة جديدة")
    assert e.label.startswith("أعلنت وزارة الصحة")


def test_a_date_of_publication_resolves_relative_words_and_is_no_event():
    result = analyze("تاريخ النشر: 2022-12-30\nقال الوزير أمس إن المحادثات ستستأنف")
    assert result.reference_date == dt.date(2022, 12, 30) and result.reference_source == "publication date"
    assert [d.role for d in result.dates] == ["published", None]
    assert [e.date_value for e in result.events] == ["2022-12-29"]


@pytest.mark.parametrize("text", [
    "ينظم المعرض 14 – 18 يونيو 2024 في العاصمة",          # a range, not a dateline
    "سأخرج في 12 يناير 2016 - 2016/01/22",
    "في 3 مايو 2024 - وهو يوم ماطر - وصل الوفد",
])
def test_a_date_that_opens_a_text_is_not_always_a_dateline(text):
    assert all(d.role is None for d in analyze(text, REF).dates)


def test_a_regnal_number_ends_a_titled_name():
    [e] = events("استقبل الملك محمد السادس يوم الأربعاء 12 مارس 2025 بالقصر الملكي بالرباط رئيس الحكومة.")
    assert "الملك محمد السادس" in e.actors
    [e] = events("التقى الملك عبدالله الثاني في عمّان يوم 5 مايو 2024 بوزير الخارجية الأمريكي.")
    assert "الملك عبدالله الثاني" in e.actors


def test_a_label_cuts_no_titled_name_and_starts_at_the_noun_a_trigger_completes():
    text = ("الرباط - 14 مارس 2024 (ومع) - استقبل الملك محمد السادس، يوم الأربعاء بالقصر الملكي بالرباط، "
            "رئيس الحكومة عزيز أخنوش. وأعلنت وزارة الاقتصاد والمالية في بلاغ لها أن عجز الميزانية بلغ "
            "14,5 مليار درهم عند متم فبراير 2024.")
    deficit, reception = events(text, None)
    assert reception.label.endswith("رئيس الحكومة عزيز أخنوش")       # the 12th word is inside the name
    assert deficit.label.startswith("عجز الميزانية") and deficit.category == "economy"
