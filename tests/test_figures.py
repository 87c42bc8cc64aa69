"""The mechanisms of analysis/extract/figures/: spans, units, currency resolution,
casualty context, duals, exclusions, neighbours and measures."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import analyze
from analysis.extract.figures import find_figures
from analysis.text import Text
from analysis.model import DateMention
from analysis.extract.numbers import find_numbers


def figures(text):
    a = analyze(text)
    for f in a.figures:
        assert text[f.start:f.end] == f.text
    return a.figures


def one(text):
    found = [f for f in figures(text) if f.value is not None]
    assert len(found) == 1, [(f.text, f.value) for f in found]
    return found[0]


# ---------------------------------------------------------------- spans

@pytest.mark.parametrize(("text", "span"), [
    ("رصدت الوزارة 4.5 مليار درهم مغربي للبرنامج", "4.5 مليار درهم مغربي"),
    ("وصل عدد الزوار إلى 12,4 مليون زائر", "12,4 مليون زائر"),
    ("تنتج الحقول 2 مليون برميل يوميا منذ أشهر", "2 مليون برميل يوميا"),
    ("اعتقلت الشرطة سبعة متظاهرين آخرين", "سبعة متظاهرين"),
    ("قتل حوالي 40 شخصا في القصف", "40 شخصا"),               # approximation words stay out
    ("أصيب 15 شخصا على الأقل", "15 شخصا"),
    ("بلغت قيمة الصفقة $250 مليون", "$250 مليون"),
    ("تراجعت الصادرات بنسبة %7", "%7"),
])
def test_span_is_number_scale_and_unit(text, span):
    assert one(text).text == span


def test_offsets_hold_with_diacritics_and_tatweel():
    text = "سقـط ثَلاثَةُ قَتْلَى وأُصيب 12 جريحاً"
    found = figures(text)
    assert [(f.value, f.kind) for f in found] == [(3, "killed"), (12, "injured")]


# ---------------------------------------------------------------- kinds and units

@pytest.mark.parametrize(("text", "value", "kind", "unit"), [
    ("بلغ العجز 3.1 في المئة", 3.1, "percent", "%"),
    ("نمت المبيعات ٪١٥", 15, "percent", "%"),
    ("شحنت الشركة 12 ألف حاوية", 12000, "quantity", "container"),
    ("يضم المشروع 900 وحدة سكنية", 900, "quantity", "unit"),
    ("تمتد الشبكة على 3200 كيلومتر", 3200, "quantity", "km"),
    ("افتتحت الوزارة 14 مستشفى", 14, "count", "hospital"),
    ("فككت الشرطة 9 خلايا", 9, "count", None),                  # a noun no lexicon lists
    ("استقبلت الجزيرة 600 ألف سائح", 600000, "people", "person"),
    ("يعيش في المخيم 35 ألف يمني", 35000, "people", "person"),  # a nationality counts people
])
def test_kind_and_unit(text, value, kind, unit):
    f = one(text)
    assert (f.value, f.kind, f.unit) == (pytest.approx(value), kind, unit)


# ---------------------------------------------------------------- money

@pytest.mark.parametrize(("text", "code"), [
    ("بلغت القيمة 40 مليون دولار", "USD"),                        # a bare dollar is the US dollar
    ("بلغت القيمة 40 مليون دولار كندي", "CAD"),                   # the adjective names the country
    ("بلغت القيمة 40 مليون دولارات أسترالية", "AUD"),
    ("خصصت 7 ملايين دينار بحريني", "BHD"),
    ("بلغ السعر 1500 ليرة لبنانية", "LBP"),                       # a newsroom name CLDR lacks
    ("بلغت 3 ملايين جنيه استرليني", "GBP"),                        # CLDR's own qualifier
    ("بلغت 20 مليون يورو", "EUR"),
    ("بلغ 300 د.إ", "AED"),                                       # CLDR's Arabic symbol
    ("تكلف 50 € فقط", "EUR"),
])
def test_currency_from_its_name_adjective_or_symbol(text, code):
    f = one(text)
    assert (f.kind, f.unit) == ("money", code)


def test_a_subunit_is_a_fraction_of_its_currency():
    f = one("ارتفع السعر 45 سنتا")
    assert (f.value, f.unit) == (pytest.approx(0.45), "USD")


@pytest.mark.parametrize(("text", "code", "because"), [
    # the same noun with its adjective elsewhere in the text
    ("بلغت الاستثمارات 4 ملايين دينار. ويعادل الدينار الكويتي 3.2 دولار", "KWD", "الدينار الكويتي"),
    # the countries the text names
    ("ارتفعت أسعار السكن في عمان وإربد والعقبة، وبلغ الإيجار 400 دينار", "JOD", "الأردن"),
    ("قال وزير المالية المصري إن العجز بلغ 300 مليار جنيه", "EGP", "مصر"),
    # a dateline (a city, a capital) and an agency credit
    ("وهران - خصصت البلدية 12 مليون دينار للطرق", "DZD", "الجزائر"),
    ("أعلنت الوزارة (واس) عن تخصيص 5 مليارات ريال", "SAR", "السعودية"),
])
def test_a_bare_shared_currency_takes_the_country_of_the_text(text, code, because):
    f = figures(text)[0]
    assert (f.kind, f.unit) == ("money", code)
    assert because in f.unit_reason


def test_a_bare_shared_currency_with_no_country_named_says_so():
    f = one("بلغت الغرامة 500 ريال")
    assert f.unit == "SAR" and "no country" in f.unit_reason


def test_the_country_that_uses_the_currency_wins_over_countries_that_do_not():
    # Yemen is named more often, but uses the rial, not the dirham
    text = "أرسلت الإمارات إلى اليمن مساعدات لليمن بقيمة 9 ملايين درهم لسكان اليمن"
    assert one(text).unit == "AED"


def test_an_exchange_rate_without_a_unit_is_in_the_currency_the_sentence_is_about():
    text = "تراجع الروبل الروسي إلى ما دون 90 مقابل الدولار"
    f = one(text)
    assert (f.value, f.kind, f.unit) == (90, "money", "RUB")
    assert "الروبل الروسي" in f.unit_reason


# ---------------------------------------------------------------- casualties

@pytest.mark.parametrize(("text", "kind"), [
    ("أسفر الانهيار عن مقتل 11 شخصا", "killed"),
    ("أودى التسمم بحياة 6 أطفال", "killed"),
    ("ارتفعت حصيلة ضحايا الفيضانات إلى 240 شخصا", "killed"),
    ("14 عاملا لقوا حتفهم في الانفجار", "killed"),                 # the verb after the count
    ("أصيب 30 مشجعا في التدافع", "injured"),
    ("أسفر الاعتداء عن إصابة 8 أشخاص بجروح", "injured"),
    ("نقل 9 أشخاص إلى المستشفى", "people"),
    ("رصدت الوزارة 210 إصابات بالحصبة", "people"),                # cases of a disease
    ("تأكدت إصابة 18 شخصا بالفيروس", "people"),
])
def test_the_clause_decides_killed_injured_or_people(text, kind):
    assert one(text).kind == kind


def test_the_nearest_word_of_death_or_wounds_wins():
    found = figures("أسفر الهجوم عن مقتل 4 جنود وإصابة 9 آخرين")
    assert [(f.value, f.kind) for f in found] == [(4, "killed"), (9, "injured")]


# ---------------------------------------------------------------- duals and vague amounts

def test_an_indefinite_dual_is_two_and_its_adjective_is_not_another_figure():
    found = figures("سقط قتيلان آخران في المدينة وأصيب جريحان")
    assert [(f.text, f.value, f.kind) for f in found] == [("قتيلان", 2, "killed"), ("جريحان", 2, "injured")]


def test_a_dual_with_a_clitic_and_a_dual_of_a_counted_thing():
    found = figures("تبرع المحسن بسيارتين ومنزلين")
    assert [(f.value, f.kind, f.unit) for f in found] == [(2, "quantity", "vehicle"), (2, "count", "house")]


def test_vague_amounts_have_no_value():
    found = figures("نزح عشرات الآلاف من المدنيين وتضرر مئات المنازل")
    assert [(f.value, f.kind, f.approx) for f in found] == [(None, "people", "vague"), (None, "count", "vague")]


# ---------------------------------------------------------------- approximation

@pytest.mark.parametrize(("text", "approx"), [
    ("زار المعرض زهاء 40 ألف زائر", "about"),
    ("بلغت الكلفة ما يربو على 3 ملايين دولار", "more_than"),
    ("تجاوز عدد الضحايا 70 قتيلا", "more_than"),                  # a verb, its subject between
    ("تباع بأقل من 20 دولارا", "less_than"),
    ("قتل ما لا يقل عن 5 مدنيين", "at_least"),
    ("يشارك 300 متطوع كحد أقصى", "up_to"),
    ("بلغ عدد المسافرين 3 ملايين مسافر", None),                   # a verb that reports is no approximation
])
def test_approximation_words(text, approx):
    assert one(text).approx == approx


# ---------------------------------------------------------------- not figures

@pytest.mark.parametrize("text", [
    "احتل الفريق المركز ال7",
    "صدر العدد الـ 120 من المجلة",
    "تنص المادة 19 من الدستور",
    "صدر القرار رقم 1701",
    "اتصل على 0661234567",
    "اتصل على +971 4 555 1234",
    "يبدأ العرض على الساعة 20:30",
    "استمر الحصار 40 يوما",
    "توفي عن عمر 86 عاما",
    "خلال السنوات الخمس الماضية",
    "2- تحسين البنية التحتية",
    "تراجع الوباء بعد كوفيد-19",
    "اشترت الوزارة طائرات F-16",
    "ارتفع المؤشر 45 نقطة",
    "ارتفعت الأسعار ثلاث مرات",
    "لم يتغير شيء منذ القرن التاسع عشر",
    "افتتحت الدورة الحادية عشرة للمهرجان",  # the second part of an ordinal
])
def test_labels_durations_and_ranks_are_not_figures(text):
    assert [f.text for f in figures(text) if f.value is not None] == []


def test_numbers_inside_a_date_mention_are_not_figures():
    text = "وقعت الاتفاقية في 12 مارس بقيمة 30 مليون دولار"
    date = DateMention(text="12 مارس", start=text.index("12"), end=text.index("12") + 7,
                       value="XXXX-03-12", precision="day")
    found = find_figures(Text(text), find_numbers(text), [date])
    assert [f.text for f in found] == ["30 مليون دولار"]


# ---------------------------------------------------------------- neighbours

def test_a_range_gives_both_ends_the_unit_and_scale():
    found = figures("تتراوح الكلفة بين 3 و5 ملايين دولار")
    assert [(f.value, f.unit) for f in found] == [(3e6, "USD"), (5e6, "USD")]


def test_a_number_among_the_figure_before_counts_the_same():
    found = figures("أصيب 20 شخصا بينهم أربعة في حالة حرجة")
    assert [(f.value, f.kind) for f in found] == [(20, "injured"), (4, "injured")]


def test_a_comparison_counts_the_same():
    found = figures("صدرت البلاد 80 ألف طن مقابل 65 ألفا العام الماضي")
    assert [(f.value, f.kind, f.unit) for f in found] == [(80000, "quantity", "ton"), (65000, "quantity", "ton")]


def test_the_clause_names_what_a_bare_number_counts():
    assert (one("ارتفع عدد القتلى إلى 57").kind, one("ارتفع عدد القتلى إلى 57").value) == ("killed", 57)
    f = one("ارتفع عدد اللاجئين المسجلين البالغ عددهم 2 مليون")
    assert (f.kind, f.value) == ("people", 2e6)


def test_a_bare_number_with_nothing_around_it_is_not_a_figure():
    assert list(figures("أغلق المؤشر عند 1840.5")) == []


# ---------------------------------------------------------------- measures

@pytest.mark.parametrize(("text", "measure", "words"), [
    ("ارتفع حجم التبادل التجاري إلى 9 مليارات دولار", "trade volume", "حجم التبادل التجاري"),
    ("بلغت قيمة الواردات 4 مليارات يورو", "imports", "الواردات"),           # قيمة frames the measure
    ("سجل عجز الميزانية 2 مليار دولار", "deficit", "عجز الميزانية"),        # the head of the idafa
    ("3.5 مليار دولار إيرادات الشركة في الربع الأول", "revenue", "إيرادات"),  # headline: after the figure
    ("سجل عدد السياح ارتفاعا بنسبة 12%", "growth", "ارتفاعا"),             # tourists do not fit a percent
    ("زارها 4 آلاف شخص", None, None),
])
def test_measure(text, measure, words):
    f = one(text)
    assert (f.measure, f.measure_text) == (measure, words)


def test_no_input_breaks_it():
    assert list(figures("")) == []
    assert list(figures("%%% $ € 1- ال ٫")) == []
    assert [(f.text, f.value) for f in figures("بلغ -1")] == [("-1", -1)]
    assert find_figures(Text("نص"), [], []) == []


def test_a_bare_number_after_a_word_of_death_or_wounds():
    found = figures("أسفر الانفجار عن مقتل 6 وإصابة 14 في السوق")
    assert [(f.text, f.value, f.kind) for f in found] == [("6", 6, "killed"), ("14", 14, "injured")]


def test_a_part_of_a_whole_counts_what_the_whole_counts():
    found = figures("أنجزت 7 من أصل 12 مدرسة")
    assert [(f.value, f.kind, f.unit) for f in found] == [(7, "count", "school"), (12, "count", "school")]


def test_a_fraction_of_a_scale_word():
    assert (one("نزح نصف مليون شخص").value, one("نزح نصف مليون شخص").kind) == (5e5, "people")


def test_a_unit_left_unsaid_is_the_sentences_earlier_one():
    found = figures("بلغت الصادرات 4 مليارات يورو والواردات 6 مليارات")
    assert [(f.value, f.unit, f.measure) for f in found] == [(4e9, "EUR", "exports"), (6e9, "EUR", "imports")]


def test_a_noun_in_construct_after_adad_is_what_is_counted():
    f = one("بلغ عدد سكانها 900 ألف")
    assert (f.kind, f.measure) == ("people", "population")


def test_cases_of_a_disease_are_people():
    assert (one("سجلت الوزارة 300 حالة بالكوليرا").kind, one("سجلت الوزارة 300 حالة بالكوليرا").unit) == (
        "people", "person")


TOKENS = ["5", "12", "007", "1,500", "3,5", "5ر10", "١٢٫٥", "2.5", "مليون", "مليارا", "ألفا", "نصف", "عشرات",
          "آلاف", "ثلاثة", "عشر", "دولار", "درهم", "دينار كويتي", "سنتات", "قتيلا", "شخصا", "جريحان", "طن", "يوميا",
          "بالمئة", "%", "$", "حوالي", "أكثر من", "على الأقل", "المادة", "الـ", "بينهم", "منها", "مقابل الدولار",
          "و", "إلى", "-", ":", "/", "(وام)", "الرباط -", "عدد القتلى", "حصيلة", "صادرات", "ـ", "\n", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=12), st.sampled_from([" ", "", "  "]))
def test_any_mix_of_figure_words_gives_sound_figures(tokens, sep):
    text = sep.join(tokens)
    found = figures(text)
    ends = sorted((f.start, f.end) for f in found)
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:]))
    assert all(f.value is None or f.value >= 0 or text[f.start] == "-" for f in found)
