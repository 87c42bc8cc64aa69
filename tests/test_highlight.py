"""The article as highlighted RTL HTML, and the values written for people."""
import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import Analysis, DateMention, Figure
from analysis.views.display import arabic_value, date_title, date_words, english_value, figure_title, period_words
from analysis.views.highlight import article_html, mention_id, rtl_html, scroll_script

TEXT = "وقّع البلدان في 30 ديسمبر 2022 اتفاقا بقيمة 170 مليار دولار، وقتل 31 شخصا على الأقل."


def located(span, make):
    start = TEXT.index(span)
    return make(span, start, start + len(span))


DATE = located("30 ديسمبر 2022", lambda t, s, e: DateMention(t, s, e, "2022-12-30", "day"))
MONEY = located("170 مليار دولار", lambda t, s, e: Figure(t, s, e, 170e9, "money", "USD", measure="trade volume"))
KILLED = located("31 شخصا", lambda t, s, e: Figure(t, s, e, 31, "killed", "person", "at_least"))
RESULT = Analysis(TEXT, (DATE,), (MONEY, KILLED))


class Marks(HTMLParser):
    """The marks of a highlighted article, and the text a browser would show."""

    def __init__(self):
        super().__init__()
        self.marks, self.text, self.stack, self.tags, self.article_attrs = [], [], [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "div" and "kh-article" in (attrs.get("class") or ""):
            self.article_attrs = attrs
            self.text = []
        if tag == "mark" and "id" in attrs:
            self.stack.append([attrs, len("".join(self.text))])

    def handle_endtag(self, tag):
        if tag == "mark" and self.stack:
            attrs, start = self.stack.pop()
            self.marks.append((attrs, start, len("".join(self.text))))

    def handle_data(self, data):
        if self.article_attrs is not None:
            self.text.append(data)


def parse(html):
    p = Marks()
    p.feed(html)
    return p


def test_every_mention_is_marked_where_it_stands_with_its_value_on_hover():
    p = parse(article_html(RESULT))
    shown = "".join(p.text)
    assert shown == TEXT
    by_id = {attrs["id"]: (attrs, start, end) for attrs, start, end in p.marks}
    assert set(by_id) == {mention_id("date", 0), mention_id("figure", 0), mention_id("figure", 1)}
    for kind, i, m in (("date", 0, DATE), ("figure", 0, MONEY), ("figure", 1, KILLED)):
        attrs, start, end = by_id[mention_id(kind, i)]
        assert (start, end) == (m.start, m.end)
        assert f"kh-{kind}" in attrs["class"]
    assert "2022-12-30" in by_id["kh-date-0"][0]["title"]
    assert by_id["kh-figure-0"][0]["title"] == "USD 170 bn · money · trade volume"
    assert "at least" in by_id["kh-figure-1"][0]["title"]


def test_the_article_block_is_right_to_left_arabic_without_bidi_override():
    html = article_html(RESULT)
    p = parse(html)
    assert p.article_attrs["dir"] == "rtl" and p.article_attrs["lang"] == "ar"
    assert "bidi-override" not in html
    assert "bidi-override" not in rtl_html("نص")
    assert 'dir="rtl"' in rtl_html("نص") and 'lang="ar"' in rtl_html("نص")


def test_the_selected_mention_is_emphasised_and_only_it():
    html = article_html(RESULT, selected=("figure", 1))
    selected = [attrs["id"] for attrs, _, _ in parse(html).marks if "kh-selected" in attrs["class"]]
    assert selected == ["kh-figure-1"]
    assert "kh-selected" not in article_html(RESULT).split("</style>", 1)[1]


def test_ids_carry_a_prefix_so_two_articles_can_share_a_page():
    p = parse(article_html(RESULT, prefix="b"))
    assert {a["id"] for a, _, _ in p.marks} == {"b-date-0", "b-figure-0", "b-figure-1"}


def test_markup_in_the_article_is_shown_as_text():
    text = 'خبر <script>alert(1)</script> و<img src=x onerror=alert(1)> "اقتباس" & رمز'
    start = text.index("خبر")
    html = article_html(Analysis(text, (), (Figure("خبر", start, start + 3, 1, "count", None),)))
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    p = parse(html)
    assert "".join(p.text) == text
    assert "script" not in p.tags and "img" not in p.tags
    assert "<script" not in rtl_html(text) and "&lt;script&gt;" in rtl_html(text)


def test_a_title_cannot_break_out_of_its_attribute():
    text = 'x "><b>y</b> 5'
    fig = Figure("5", len(text) - 1, len(text), 5, "count", '"><script>x</script>')
    html = article_html(Analysis(text, (), (fig,)))
    assert "<script>" not in html and "<b>" not in html


def test_overlapping_mentions_nest_or_are_dropped_never_break_markup():
    text = "في 30 ديسمبر 2022 تماما"
    d = DateMention("30 ديسمبر 2022", 3, 17, "2022-12-30", "day")
    inner = Figure("30", 3, 5, 30, "count", None)
    crossing = Figure("2022 تماما", 13, 23, 2022, "count", None)
    p = parse(article_html(Analysis(text, (d,), (inner, crossing))))
    assert "".join(p.text) == text
    ids = {a["id"]: (s, e) for a, s, e in p.marks}
    assert ids == {"kh-date-0": (3, 17), "kh-figure-0": (3, 5)}


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=12)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ابت ثج<>&\"'\n0123", max_size=60), spans, spans)
def test_any_text_and_any_mentions_give_well_formed_html_showing_the_text(text, ds, fs):
    dates = tuple(DateMention(text[s:s + n], s, s + n, "2022", "year")
                  for s, n in ds if s + n <= len(text))
    figures = tuple(Figure(text[s:s + n], s, s + n, 1, "count", None) for s, n in fs if s + n <= len(text))
    html = article_html(Analysis(text, dates, figures), selected=("date", 0))
    p = parse(html)
    assert "".join(p.text) == text
    assert html.count("<mark") == html.count("</mark>")
    for attrs, start, end in p.marks:
        kind, index = attrs["id"].split("-")[1:]
        m = (dates if kind == "date" else figures)[int(index)]
        assert (start, end) == (m.start, m.end)


def test_scroll_script_names_the_element_safely():
    script = scroll_script('kh-date-3"</script><script>alert(1)//')
    assert script.count("<script>") == 1 and script.count("</script>") == 1
    assert "box.scrollTo(" in scroll_script("kh-date-3") and "scrollIntoView" not in scroll_script("kh-date-3")
    assert '"kh-date-3"' in scroll_script("kh-date-3")
    body = scroll_script("kh-date-3")[len("<script>"):-len("</script>")]
    assert "<" not in body            # Streamlit's sanitiser would drop the whole script


# ---------------------------------------------------------------- values for people

def test_figures_as_an_arab_reader_and_an_english_brief_write_them():
    f = lambda v, kind, unit, approx=None: Figure("x", 0, 1, v, kind, unit, approx)
    assert arabic_value(f(170e9, "money", "USD")) == "١٧٠ مليار دولار"
    assert english_value(f(170e9, "money", "USD")) == "USD 170 bn"
    assert arabic_value(f(8.06e9, "money", "USD")) == "٨٫٠٦ مليار دولار"
    assert arabic_value(f(1234567, "money", "MAD")) == "١٬٢٣٤٬٥٦٧ درهم مغربي"
    assert english_value(f(8.06e9, "money", "USD")) == "USD 8.06 bn"
    assert arabic_value(f(3e6, "money", "EUR")) == "٣ ملايين يورو"
    assert english_value(f(3e6, "money", "EUR")) == "EUR 3 m"
    assert english_value(f(1.5e12, "money", "SAR")) == "SAR 1.5 trn"
    assert arabic_value(f(15.5, "percent", "%")) == "١٥٫٥٪"
    assert english_value(f(15.5, "percent", "%")) == "15.5%"
    assert arabic_value(f(3085, "people", "person")) == "٣٬٠٨٥"
    assert english_value(f(3085, "people", "person")) == "3,085 people"
    assert english_value(f(112, "killed", "person")) == "112 killed"
    assert english_value(f(40, "injured", "person")) == "40 injured"
    assert english_value(f(1.2e6, "quantity", "barrel")) == "1.2 m barrels"
    assert english_value(f(12, "quantity", "km")) == "12 km"
    assert english_value(f(1, "quantity", "vehicle")) == "1 vehicle"
    assert english_value(f(1234567, "money", "MAD")) == "MAD 1,234,567"
    assert english_value(f(6, "count", "مدينة")) == "6"
    assert english_value(f(6, "count", "city")) == "6 cities"
    assert english_value(f(3, "quantity", "bus")) == "3 buses"
    assert english_value(f(2, "quantity", "day")) == "2 days"
    assert english_value(f(None, "killed", "person", "vague")) == "unstated number (killed)"


def test_dates_in_words():
    assert date_words("2022-12-30") == "30 Dec 2022"
    assert date_words("2022-05") == "May 2022"
    assert date_words("2023-SP") == "spring 2023"
    assert date_words("2024-Q1") == "Q1 2024"
    assert date_words("2023-H2") == "H2 2023"
    assert date_words("2023-W05") == "week 5 of 2023"
    assert date_words("199X") == "the 1990s"
    assert date_words("19XX") == "the 20th century"
    assert date_words("2022-08-30/2022-09-05") == "30 Aug 2022 – 5 Sep 2022"
    assert date_words("2024", "END") == "end of 2024"
    assert date_words("XXXX-08-30") == "XXXX-08-30"
    assert date_words(None) == "unresolved"
    hijri = DateMention("1 رمضان 1446", 0, 12, "2025-03-01", "day", calendar="hijri", hijri="1446-09-01")
    assert date_title(hijri) == "2025-03-01 · 1 Mar 2025 · Hijri 1446-09-01"
    assert figure_title(KILLED) == "31 killed · killed · at least"
    may = DateMention("مايو 2022", 0, 9, "2022-05", "month")
    spring = DateMention("ربيع 2023", 0, 9, "2023-SP", "season")
    assert period_words((may, spring)) == "May 2022 → spring 2023"
    assert period_words((may, may)) == "May 2022" and period_words(None) == "—"
    assert re.fullmatch(r"[^<>]*", date_title(DATE))
