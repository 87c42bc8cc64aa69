"""Events: lexicons, the period of a TIMEX value, how dates become events,
and the two done-when checks of issue 4 (the sample article's timeline and
the dev set's dates, each in exactly one event)."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from babel import Locale
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import analyze
from analysis.extract.events import find_events
from analysis.text import Text
from analysis.timex import period
from analysis.lexicon.actors import BODIES, CAPITALS, NOT_ACTORS, TITLES
from analysis.lexicon.countries import COUNTRY_WORDS, SKIP, nisba
from analysis.lexicon.triggers import CATEGORIES, CATEGORY_NAMES, NOUNS, TRIGGERS, VERBS, verb_forms
from analysis.model import DateMention, Figure

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "data" / "dev.jsonl"       # a copy of ../shared/eval/dev.jsonl
SAMPLE = ROOT / "sample_data" / "article_russia_china.txt"


def mention(text: str, phrase: str, value: str | None, nth: int = 0, calendar: str = "gregorian",
            hijri: str | None = None) -> DateMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return DateMention(phrase, start, start + len(phrase), value, "day", calendar=calendar, hijri=hijri)


def partners(mentions: list[DateMention], i: int, j: int, how: str) -> list[DateMention]:
    """The mentions with i and j linked as the date reader links a range or an equivalent."""
    out = list(mentions)
    out[i], out[j] = replace(out[i], partner=j, link=how), replace(out[j], partner=i, link=how)
    return out


def events_of(text: str, *mentions: DateMention, figures=()):
    return find_events(Text(text), list(mentions), list(figures))


# --- lexicons -------------------------------------------------------------------------

@pytest.mark.parametrize("word, country", [
    ("روسيا", "روسيا"), ("الروسي", "روسيا"), ("الروسية", "روسيا"), ("الروسيين", "روسيا"), ("روسية", "روسيا"),
    ("الصين", "الصين"), ("الصيني", "الصين"), ("صينيون", "الصين"), ("الأمريكية", "الولايات المتحدة"),
    ("الأميركي", "الولايات المتحدة"), ("بريطانيا", "المملكة المتحدة"), ("المغربية", "المغرب"),
    ("السعودية", "السعودية"), ("الفلسطينيين", "فلسطين"), ("النمساوي", "النمسا"),
    ("الكورية الشمالية", "كوريا الشمالية"), ("الهندية", "الهند"), ("بورما", "ميانمار"),
])
def test_country_words_name_their_country(word, country):
    assert COUNTRY_WORDS[word] == country


def test_every_cldr_country_is_there_by_its_name():
    territories = Locale.parse("ar").territories
    missing = [code for code, name in territories.items()
               if len(code) == 2 and code.isalpha() and code not in SKIP
               and name.split("(")[0].split(" - ")[0].strip() not in COUNTRY_WORDS]
    assert missing == []


def test_everyday_words_are_not_countries():
    for word in ("مالي", "المالي", "المالية", "بنين", "جيرسي"):
        assert word not in COUNTRY_WORDS


@pytest.mark.parametrize("name, stem", [
    ("روسيا", "روسي"), ("الصين", "صيني"), ("فرنسا", "فرنسي"), ("اليابان", "ياباني"),
    ("مصر", "مصري"), ("تشيلي", "تشيلي"), ("الولايات المتحدة", None),
])
def test_nisba_rule(name, stem):
    assert nisba(name) == stem


def test_capitals_stand_for_known_countries():
    names = set(COUNTRY_WORDS.values())
    assert {c for c in CAPITALS.values() if c not in names} == set()


def test_bodies_titles_and_places_are_clean_words():
    for word in [*BODIES, *BODIES.values(), *TITLES, *NOT_ACTORS]:
        assert word == " ".join(word.split()) and word


def test_every_place_that_is_not_an_actor_holds_a_country_word():
    for place in NOT_ACTORS:
        assert any(w in COUNTRY_WORDS for w in place.split()), place


def test_triggers_have_known_categories_and_one_each():
    assert set(NOUNS) | set(VERBS) <= set(CATEGORIES)
    assert set(CATEGORY_NAMES) == set(CATEGORIES)
    seen: dict[str, str] = {}
    for category, nouns in NOUNS.items():
        for n in nouns:
            assert seen.setdefault(n, category) == category, f"{n} is in {seen[n]} and {category}"
    assert all(cat in CATEGORIES for cat, _ in TRIGGERS.values())


def test_verb_forms_conjugate_and_leave_out_ambiguous_forms():
    forms = verb_forms("وقع", "يوقع")
    assert {"وقع", "وقعت", "وقعا", "وقعوا", "يوقع", "يوقعان", "سيوقع"} <= set(forms)
    assert "توقع" not in forms                 # "expected"
    assert TRIGGERS["وقعت"] == ("diplomacy", True)
    assert TRIGGERS["مناورات"] == ("military", False)


# --- dates into events ----------------------------------------------------------------

def test_no_dates_no_events():
    assert find_events(Text("نص بلا تاريخ."), [], []) == []


def test_a_range_written_with_a_dash_is_one_event_spanning_both_ends():
    text = "جرت مناورات بحرية مشتركة في الفترة من 21 – 27 ديسمبر 2022."
    a, b = partners([mention(text, "21", "2022-12-21"), mention(text, "27 ديسمبر 2022", "2022-12-27")], 0, 1, "range")
    [e] = events_of(text, a, b)
    assert e.date_value == "2022-12-21/2022-12-27"
    assert e.dates == (0, 1) and e.start <= a.start and b.end <= e.end
    assert e.category == "military" and e.trigger == "مناورات"


def test_a_range_across_a_comma_and_one_between_two_dates():
    text = ("أجرت موسكو مناورات خلال الفترة من 30 أغسطس، وحتى 5 سبتمبر 2022. "
            "وشن التحالف ضربات بين آب/أغسطس 2014 ونهاية نيسان/ابريل 2018.")
    ms = [mention(text, "30 أغسطس", "2022-08-30"), mention(text, "5 سبتمبر 2022", "2022-09-05"),
          mention(text, "آب/أغسطس 2014", "2014-08"), mention(text, "نهاية نيسان/ابريل 2018", "2018-04")]
    first, second = events_of(text, *partners(partners(ms, 0, 1, "range"), 2, 3, "range"))
    assert first.date_value == "2014-08-01/2018-04-30" and first.dates == (2, 3)
    assert second.date_value == "2022-08-30/2022-09-05" and second.dates == (0, 1)


def test_a_list_of_dates_gives_one_event_each_sharing_the_clause():
    text = "وأسفرت ثلاث ضربات في 16 نوفمبر و28 ديسمبر 2017 عن أربعة قتلى في سوريا."
    ms = [mention(text, "16 نوفمبر", "2017-11-16"), mention(text, "28 ديسمبر 2017", "2017-12-28")]
    a, b = events_of(text, *ms)
    assert (a.date_value, b.date_value) == ("2017-11-16", "2017-12-28")
    assert (a.start, a.end, a.label) == (b.start, b.end, b.label)
    assert a.actors == ("سوريا",)


def test_a_hijri_date_and_its_gregorian_equivalent_are_one_event():
    text = "وصدر الأمر بتاريخ 6 جمادى الآخرة 1439هـ الموافق 22 فبراير 2018 بإجراء التحقيقات."
    h = mention(text, "6 جمادى الآخرة 1439هـ", "2018-02-22", calendar="hijri", hijri="1439-06-06")
    g = mention(text, "22 فبراير 2018", "2018-02-22")
    [e] = events_of(text, *partners([h, g], 0, 1, "same"))
    assert e.date_value == "2018-02-22" and e.dates == (0, 1)
    assert e.category == "politics and law"


def test_a_coarser_date_restating_a_finer_one_joins_its_event():
    text = 'جاء ذلك بعد مناورات "التفاعل المشترك – 2022"، والتي جاءت في الفترة من 21 – 27 ديسمبر 2022.'
    ms = [mention(text, "2022", "2022"), mention(text, "21", "2022-12-21"),
          mention(text, "27 ديسمبر 2022", "2022-12-27")]
    [e] = events_of(text, *partners(ms, 1, 2, "range"))
    assert e.date_value == "2022-12-21/2022-12-27" and e.dates == (0, 1, 2)


def test_two_dates_in_one_sentence_split_it_at_a_clause_separator():
    text = ("ارتفع حجم التبادل التجاري إلى 170 مليار دولار خلال عام 2022 فقط، "
            "وهو ما زاد عن إجمالي التبادل التجاري بينهما خلال عام 2021 بأكمله.")
    y22, y21 = mention(text, "عام 2022", "2022"), mention(text, "عام 2021", "2021")
    money = Figure("170 مليار دولار", text.index("170"), text.index("170") + 15, 170e9, "money", "USD")
    first, second = events_of(text, y22, y21, figures=[money])
    assert first.date_value == "2021" and second.date_value == "2022"
    assert first.start > second.end                       # the 2021 clause comes second in the text
    assert text[first.start:first.end].startswith("وهو ما زاد")
    assert second.figures == (0,) and first.figures == ()


def test_events_are_ordered_by_the_start_of_their_period_and_undated_ones_come_last():
    text = ("زار الرئيس باريس في نهاية العام. وفي ربيع 2023 عقدت قمة في موسكو. "
            "وفي 7 يناير 2023 عقد مؤتمر في النرويج. واندلعت حرب في 30 جوان.")
    ms = [mention(text, "نهاية العام", None), mention(text, "ربيع 2023", "2023-SP"),
          mention(text, "7 يناير 2023", "2023-01-07"), mention(text, "30 جوان", "XXXX-06-30")]
    evs = events_of(text, *ms)
    assert [e.date_value for e in evs] == ["2023-01-07", "2023-SP", None, None]
    assert [e.dates for e in evs][2:] == [(0,), (3,)]        # undated, in text order


def test_an_undated_mention_in_a_dated_clause_joins_its_event():
    text = "عقد الرئيسان اجتماعاً يوم 30 ديسمبر 2022 في نهاية العام في بكين."
    ms = [mention(text, "30 ديسمبر 2022", "2022-12-30"), mention(text, "نهاية العام", None)]
    [e] = events_of(text, *ms)
    assert e.dates == (0, 1) and e.date_value == "2022-12-30"


def test_actors_countries_adjectives_capitals_bodies_and_titled_people():
    text = ("عقد الرئيس الصيني، شي جين بينج، اجتماعاً مع الرئيس الروسي، فلاديمير بوتين، في بكين "
            "يوم 30 ديسمبر 2022 بحضور أمين عام حلف الناتو ومسؤولين من الولايات المتحدة فوق بحر اليابان.")
    [e] = events_of(text, mention(text, "30 ديسمبر 2022", "2022-12-30"))
    assert e.actors[:4] == ("الرئيس الصيني شي جين بينج", "الصين", "الرئيس الروسي فلاديمير بوتين", "روسيا")
    assert {"أمين عام حلف الناتو", "حلف الناتو", "الولايات المتحدة"} <= set(e.actors)
    assert "اليابان" not in e.actors                       # بحر اليابان is a sea
    assert e.actors.count("الصين") == 1                     # once, though named twice


def test_a_noun_trigger_wins_over_a_verb_and_a_long_clause_is_labelled_from_it_without_clitics():
    text = ("وقع زلزال قوي في 12 مارس 2023 في شمال البلاد. وأعرب الوزير في كلمة ألقاها أمام الحضور "
            "في العاصمة عن سعادته الكبيرة بالاجتماع يوم 5 مايو 2023 مع نظرائه من دول الجوار.")
    quake, meeting = events_of(text, mention(text, "12 مارس 2023", "2023-03-12"),
                               mention(text, "5 مايو 2023", "2023-05-05"))
    assert quake.category == "disaster" and quake.trigger == "زلزال"
    assert quake.label == "وقع زلزال قوي في 12 مارس 2023 في شمال البلاد"     # short: the clause whole
    assert meeting.category == "diplomacy" and meeting.trigger == "الاجتماع"
    assert meeting.label.startswith("الاجتماع يوم 5 مايو 2023")


def test_a_verb_gives_the_category_when_no_noun_does():
    text = "حيث وقعت الهيئة القومية الصينية للفضاء، في 29 ديسمبر 2022، برنامج تعاون."
    [e] = events_of(text, mention(text, "29 ديسمبر 2022", "2022-12-29"))
    assert e.category == "diplomacy" and e.trigger == "وقعت" and e.actors == ("الصين",)


def test_without_a_trigger_the_label_is_the_clause_start_and_the_category_other():
    text = "1- وحتى نهاية أيار/مايو 2018، لا يزال 321 بلاغا قيد الدرس."
    [e] = events_of(text, mention(text, "نهاية أيار/مايو 2018", "2018-05"))
    assert e.category == "other" and e.trigger is None
    assert e.label.startswith("وحتى نهاية")


def test_a_label_is_short_and_never_cuts_a_date():
    text = "اجتماع وفود كثيرة من بلدان عديدة في الفترة من 30 أغسطس وحتى 5 سبتمبر 2022 في العاصمة."
    ms = [mention(text, "30 أغسطس", "2022-08-30"), mention(text, "5 سبتمبر 2022", "2022-09-05")]
    [e] = events_of(text, *partners(ms, 0, 1, "range"))
    assert e.label.endswith("5 سبتمبر 2022")              # the 12th word, وحتى, is inside the range
    assert len(e.label.split()) == 15
    assert e.label in text[e.start:e.end]


def test_headline_tickers_split_at_runs_of_spaces():
    text = "انطلاق مهرجان السينما يوم 3 أبريل 2025    زلزال يضرب ميانمار"
    [e] = events_of(text, mention(text, "3 أبريل 2025", "2025-04-03"))
    assert text[e.start:e.end] == "انطلاق مهرجان السينما يوم 3 أبريل 2025"
    assert e.category == "culture"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("اجتماعقمةروسيالصينفي ،.:\n–-و0123456789")), max_size=200),
       st.lists(st.tuples(st.integers(0, 200), st.integers(1, 12),
                          st.sampled_from([None, "2022", "2022-05", "2022-12-30", "XXXX-06-30", "2023-SP",
                                           "2025-03-01/2025-03-29", "garbage"])), max_size=6))
def test_any_text_and_mentions_give_events_that_hold_each_mention_once(text, spans):
    mentions, taken = [], set()
    for start, length, value in spans:
        start, end = min(start, len(text)), min(start + length, len(text))
        if start < end and not taken & set(range(start, end)):
            taken |= set(range(start, end))
            mentions.append(DateMention(text[start:end], start, end, value, "day"))
    evs = find_events(Text(text), mentions, [])
    counts = [0] * len(mentions)
    for e in evs:
        assert 0 <= e.start <= e.end <= len(text)
        for i in e.dates:
            counts[i] += 1
            assert e.start <= mentions[i].start and mentions[i].end <= e.end
    assert counts == [1] * len(mentions)


# --- done when (issue 4) --------------------------------------------------------------

def dev_docs():
    return [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def sample():
    return analyze(SAMPLE.read_text(encoding="utf-8"))


def test_the_sample_timeline_holds_the_article_events_in_order(sample):
    evs = list(sample.events)

    def find(value, words):
        found = [i for i, e in enumerate(evs) if e.date_value == value
                 and words in sample.text[e.start:e.end]]
        assert found, f"no event {value} with {words}"
        return found[0]

    wanted = [("2022", "منظمة شنغهاي للتعاون"), ("2022-05", "طلعة جوية"),
              ("2022-08-30/2022-09-05", "مناورات"), ("2022-12-21/2022-12-27", "مناورات"),
              ("2022-12-29", "للفضاء"), ("2022-12-30", "اجتماعاً افتراضياً"),
              ("2023-01-07", "حلف الناتو"), ("2023-SP", "لزيارة")]
    order = [find(value, words) for value, words in wanted]
    assert order == sorted(order)
    for i in order:
        assert {"روسيا", "الصين"} & set(evs[i].actors), evs[i]
    assert "منظمة شنغهاي للتعاون" in evs[order[0]].actors
    assert "حلف الناتو" in evs[order[6]].actors


def test_sample_events_serialise(sample):
    d = sample.to_dict()["events"]
    assert d and all({"date_value", "start", "end", "label", "category", "actors", "figures"} <= set(e)
                      for e in d)
    json.dumps(d, ensure_ascii=False)


def _check_each_resolved_date_in_one_event(text, dates, events):
    owner = {}
    for k, e in enumerate(events):
        for i in e.dates:
            assert i not in owner, f"{dates[i].text} is in two events"
            owner[i] = k
            assert e.start <= dates[i].start and dates[i].end <= e.end
    for i, m in enumerate(dates):
        if m.value and period(m.value):
            assert i in owner, f"{m.text} ({m.value}) is in no event"


@pytest.mark.parametrize("doc", dev_docs(), ids=lambda d: d["id"])
def test_every_resolved_dev_date_is_in_exactly_one_event(doc):
    ref = dt.date.fromisoformat(doc["reference_date"]) if doc["reference_date"] else None
    result = analyze(doc["text"], ref)
    _check_each_resolved_date_in_one_event(result.text, result.dates, result.events)


@pytest.mark.parametrize("doc", dev_docs(), ids=lambda d: d["id"])
def test_every_gold_dev_date_is_in_exactly_one_event(doc):
    """The same on the gold mentions, so the events are tested whatever the date reader finds."""
    dates = [DateMention(m["text"], m["start"], m["end"], m["value"], "day", m.get("mod"),
                         m.get("calendar", "gregorian")) for m in doc["dates"]]
    _check_each_resolved_date_in_one_event(doc["text"], dates, find_events(Text(doc["text"]), dates, []))
