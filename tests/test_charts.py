"""The chart objects themselves: their traces, x ranges, text, lanes and
isolates (the pixels are looked at in docs/timeline.png)."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import plotly.graph_objects as go
import pytest

from analysis import analyze
from analysis.views import charts
from analysis.timex import period
from analysis.lexicon.triggers import CATEGORY_NAMES
from analysis.model import Analysis, DateMention, Event, Figure

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "article_russia_china.txt"
RLI, PDI = "\u2067", "\u2069"
ARABIC = re.compile("[\u0600-\u06ff]")
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
DAY_MS = 86_400_000


@pytest.fixture(scope="module")
def sample():
    return analyze(SAMPLE.read_text(encoding="utf-8"))


def isolated(s: str) -> bool:
    """Every run of Arabic sits inside RLI … PDI, and nothing is pre-shaped."""
    if PRESENTATION_FORMS.search(s):
        return False
    depth, outside = 0, []
    for ch in s:
        if ch == RLI:
            depth += 1
        elif ch == PDI:
            depth -= 1
        elif depth == 0:
            outside.append(ch)
    return depth == 0 and not ARABIC.search("".join(outside))


def shown_strings(fig: go.Figure) -> list[str]:
    """Every string plotly will draw: titles, ticks, trace names, text and hover."""
    out = [fig.layout.title.text or "", fig.layout.title.subtitle.text or ""]
    for axis in ("xaxis", "yaxis"):
        out += list(getattr(fig.layout, axis).ticktext or [])
    out += [a.text for a in fig.layout.annotations]
    for t in fig.data:
        out.append(t.name or "")
        for field in ("text", "hovertext"):
            v = getattr(t, field, None)
            out += [v] if isinstance(v, str) else list(v or [])
    return [s for s in out if s]


def marks(fig: go.Figure):
    """(first, last, y) of every event mark: bars and day points, not the labels."""
    out = []
    for t in fig.data:
        if isinstance(t, go.Bar):
            for base, width, y in zip(t.base, t.x, t.y):
                first = dt.date.fromisoformat(base)
                out.append((first, first + dt.timedelta(days=width // DAY_MS - 1), y))
        elif t.mode == "markers":
            out += [(dt.date.fromisoformat(x),) * 2 + (y,) for x, y in zip(t.x, t.y)]
    return out


def shown_labels(fig: go.Figure) -> list[tuple[str, float, str, str]]:
    """(x, y, text, side) of every label beside a mark."""
    return [(x, y, text, t.textposition.split()[-1]) for t in fig.data
            if isinstance(t, go.Scatter) and t.mode == "text" for x, y, text in zip(t.x, t.y, t.text)]


# --- the timeline -----------------------------------------------------------------------

def test_one_mark_per_dated_event_across_its_period(sample):
    fig = charts.timeline(sample)
    dated = [period(e.date_value) for e in sample.events if period(e.date_value)]
    assert sorted((f, l) for f, l, _ in marks(fig)) == sorted(dated)
    assert len(shown_labels(fig)) == len(dated)


def test_a_day_is_a_point_and_a_longer_period_a_bar(sample):
    fig = charts.timeline(sample)
    bars = [t for t in fig.data if isinstance(t, go.Bar)]
    points = [t for t in fig.data if isinstance(t, go.Scatter) and t.mode == "markers"]
    assert sum(len(t.x) for t in points) == sum(1 for e in sample.events if e.date_value
                                                and period(e.date_value) and len(e.date_value) == 10)
    spans = {(t.base[i], t.x[i]) for t in bars for i in range(len(t.x))}
    assert ("2022-08-30", 7 * DAY_MS) in spans            # 30 August – 5 September 2022
    assert ("2022-05-01", 31 * DAY_MS) in spans           # May 2022
    assert ("2023-03-01", 92 * DAY_MS) in spans           # spring 2023
    assert ("2022-01-01", 365 * DAY_MS) in spans          # عام 2022


def test_lanes_by_category_hold_their_events(sample):
    fig = charts.timeline(sample)
    fig = charts.timeline(sample, lang="ar")
    ticks = [t.strip(RLI + PDI) for t in fig.layout.yaxis.ticktext]
    assert ticks == [CATEGORY_NAMES[c] for c in CATEGORY_NAMES
                     if any(e.category == c for e in sample.events if period(e.date_value))]
    assert [t for t in charts.timeline(sample).layout.yaxis.ticktext] == [
        c for c in CATEGORY_NAMES if any(e.category == c for e in sample.events if period(e.date_value))]
    for t in fig.data:
        if t.name and not t.name.startswith("labels"):          # each category's marks sit in its lane
            lane = ticks.index(t.name.strip(RLI + PDI))
            centre = fig.layout.yaxis.tickvals[lane]
            assert all(abs(y - centre) < 8 for y in t.y)


def test_every_arabic_string_is_isolated_and_never_reshaped(sample):
    for fig in (charts.timeline(sample), charts.timeline(sample, lanes="actor"),
                charts.timeline(sample, lang="ar"), charts.timeline(sample, lanes="actor", lang="ar"),
                charts.timeline_compare(sample, sample, names=("الأول", "الثاني"))):
        strings = shown_strings(fig)
        assert any(ARABIC.search(s) for s in strings)
        assert [s for s in strings if not isolated(s)] == []


def test_hover_holds_the_label_the_date_as_written_and_the_sentence(sample):
    fig = charts.timeline(sample)
    hovers = [h for t in fig.data if t.hovertext and getattr(t, "mode", "") != "text" for h in t.hovertext]
    [h] = [h for h in hovers if "30 أغسطس، وحتى 5 سبتمبر 2022" in h]
    assert "مناورات متعددة الأطراف" in h and "الصين" in h and "<br>" in h
    assert "كما أجرت موسكو مناورات" in h                   # the sentence


def test_the_hijri_date_is_in_the_hover_of_a_hijri_mention():
    text = "وصدر أمر بإجراء التحقيقات بتاريخ 3 / 2 / 1440 هـ في القضية."
    s = text.index("3 / 2")
    m = DateMention("3 / 2 / 1440 هـ", s, s + 15, "2018-10-12", "day", calendar="hijri", hijri="1440-02-03")
    e = Event(0, len(text), "التحقيقات", "politics and law", "2018-10-12", (0,), ())
    fig = charts.timeline(Analysis(text, (m,), (), (e,)))
    [hover] = [h for t in fig.data if t.hovertext and getattr(t, "mode", "") != "text" for h in t.hovertext]
    assert "1440-02-03" in hover and "3 / 2 / 1440 هـ" in hover


def test_undated_events_are_counted_apart_not_drawn(sample):
    fig = charts.timeline(sample)
    undated = sum(1 for e in sample.events if not period(e.date_value))
    assert undated and f": {undated}" in fig.layout.title.subtitle.text
    assert len(marks(fig)) == len(sample.events) - undated


def _synthetic(n: int, days_apart: int = 3) -> Analysis:
    """n events a few days apart, every one with a long label, in two categories."""
    text = " ".join(f"اجتماع رفيع المستوى بين وفود كثيرة رقم {i} يوم {i + 1} مايو 2022." for i in range(n))
    dates, events, pos = [], [], 0
    for i in range(n):
        sentence = f"اجتماع رفيع المستوى بين وفود كثيرة رقم {i} يوم {i + 1} مايو 2022."
        start = text.index(sentence, pos)
        day = dt.date(2022, 5, 1) + dt.timedelta(days=i * days_apart)
        dates.append(DateMention(f"{i + 1} مايو 2022", start, start + 1, day.isoformat(), "day"))
        value = day.isoformat() if i % 3 else f"{day.year}-{day.month:02d}"
        events.append(Event(start, start + len(sentence), sentence[:-1], ("diplomacy", "military")[i % 2],
                            value, (i,), (), ("روسيا",) if i % 2 else ("الصين", "روسيا")))
        pos = start + len(sentence)
    return Analysis(text, tuple(dates), (), tuple(events))


@pytest.mark.parametrize("lanes", ["category", "actor"])
@pytest.mark.parametrize("packed, shown", [(charts.PACK_WIDTH, charts.PACK_WIDTH), (charts.PACK_WIDTH, 1280),
                                           (1280, 1280)])
def test_thirty_events_leave_no_two_labels_overlapping(lanes, packed, shown):
    """Packed for one width, shown at it or wider: no mark with its label
    overlaps another, and no label leaves the plot."""
    fig = charts.timeline(_synthetic(30), lanes=lanes, width=packed)
    x0, x1 = (dt.date.fromisoformat(x[:10]) for x in fig.layout.xaxis.range)
    plot_px = shown - fig.layout.margin.l - fig.layout.margin.r
    px = plot_px / (x1 - x0).days
    by_row = {}
    for first, last, y in marks(fig):
        by_row.setdefault(y, []).append([(first - x0).days * px, ((last - x0).days + 1) * px])
    for x, y, text, side in shown_labels(fig):
        at = (dt.datetime.fromisoformat(x) - dt.datetime.combine(x0, dt.time())).total_seconds() / 86400 * px
        width = len(text.strip(RLI + PDI)) * charts.CHAR_PX
        by_row[y].append([at - width, at] if side == "left" else [at, at + width])
        assert (at - width if side == "left" else at) >= 0 and (at if side == "left" else at + width) <= plot_px
    for row in by_row.values():
        row.sort()
        assert all(a[1] <= b[0] for a, b in zip(row, row[1:])), row
    assert len(marks(fig)) == 30
    assert fig.layout.height <= 1400


def test_the_axis_spans_the_events_with_a_small_margin(sample):
    fig = charts.timeline(sample)
    x0, x1 = (dt.date.fromisoformat(x[:10]) for x in fig.layout.xaxis.range)
    first = min(f for f, _, _ in marks(fig))
    last = max(l for _, l, _ in marks(fig))
    margin = max(15, (last - first).days // 20)
    assert first - dt.timedelta(days=margin) <= x0 < first and last < x1 <= last + dt.timedelta(days=margin)
    assert x0.year == first.year - 1 or x0.year == first.year          # 2020 or 2021, never 2015


def test_a_shortened_label_has_its_whole_label_on_hover(sample):
    fig = charts.timeline(sample)
    cut = [(text, hover) for t in fig.data if getattr(t, "mode", "") == "text" for text, hover in zip(t.text, t.hovertext)
           if text.strip(RLI + PDI).endswith("…")]
    assert cut
    labels = {e.label for e in sample.events}
    for text, hover in cut:
        full = re.match("<b>(.*?)</b>", hover).group(1).strip(RLI + PDI)
        assert full in labels and full.startswith(text.strip(RLI + PDI)[:-1].rstrip()) and len(full) > len(text)


def test_one_language_per_chart(sample):
    """English: every label is English, the article's words isolated; Arabic: every label is Arabic."""
    english, arabic = charts.timeline(sample, lang="en"), charts.timeline(sample, lang="ar")
    assert not ARABIC.search(english.layout.title.text + english.layout.title.subtitle.text)
    assert not any(ARABIC.search(t) for t in english.layout.yaxis.ticktext + english.layout.xaxis.ticktext)
    assert ARABIC.search(arabic.layout.title.text) and ARABIC.search(arabic.layout.title.subtitle.text)
    assert all(ARABIC.search(t) for t in arabic.layout.yaxis.ticktext)
    wide = charts.timeline(_synthetic(4, days_apart=40), lang="ar")          # months on the axis
    assert all(ARABIC.search(t) for t in wide.layout.xaxis.ticktext)
    assert not any(ARABIC.search(t) for t in charts.timeline(_synthetic(4, days_apart=40)).layout.xaxis.ticktext)


def test_a_given_height_squeezes_the_rows(sample):
    assert charts.timeline(sample, height=430).layout.height <= 440
    assert charts.timeline(sample).layout.height > 440


def test_lanes_by_actor_put_each_event_in_its_most_frequent_actor_lane():
    fig = charts.timeline(_synthetic(6), lanes="actor")
    assert [t.strip(RLI + PDI) for t in fig.layout.yaxis.ticktext] == ["روسيا"]
    assert fig.layout.showlegend


def test_unknown_lanes_are_refused(sample):
    with pytest.raises(ValueError):
        charts.timeline(sample, lanes="colour")


def test_no_dated_event_gives_a_message_not_an_error():
    fig = charts.timeline(Analysis("لا شيء هنا.", (), ()))
    assert len(fig.data) == 0 and isolated(fig.layout.annotations[0].text)


def test_the_compare_timeline_colours_and_shapes_by_article(sample):
    other = _synthetic(4)
    fig = charts.timeline_compare(sample, other, names=("روسيا والصين", "اجتماعات"))
    names = {t.name.strip(RLI + PDI) for t in fig.data if t.showlegend}
    assert names == {"روسيا والصين", "اجتماعات"}
    colours = {t.name: t.marker.color for t in fig.data if not t.name.startswith("labels")}
    assert set(colours.values()) == set(charts.ARTICLE_COLOURS)
    n = sum(1 for r in (sample, other) for e in r.events if period(e.date_value))
    assert len(marks(fig)) == n
    symbols = {s for t in fig.data if isinstance(t, go.Scatter) and t.mode == "markers" for s in t.marker.symbol}
    assert symbols == set(charts.ARTICLE_SYMBOLS)


# --- the figures --------------------------------------------------------------------------

def _with_figures(sample: Analysis) -> Analysis:
    text = sample.text

    def fig(s, value, kind, unit, measure=None, measure_text=None):
        i = text.index(s)
        return Figure(s, i, i + len(s), value, kind, unit, measure=measure, measure_text=measure_text)

    return Analysis(text, sample.dates, (
        fig("170 مليار دولار", 170e9, "money", "USD", "trade_volume", "حجم التبادل التجاري"),
        fig("200 مليار دولار", 200e9, "money", "USD", "trade_volume", "حجم التبادل التجاري"),
        fig("25%", 25, "percent", "%", "trade_growth", "التبادل التجاري"),
        fig("6 مدن", 6, "count", "city"),
    ), sample.events)


def test_figures_are_grouped_by_what_they_measure(sample):
    result = _with_figures(sample)
    fig = charts.figures_chart(result)
    bars = [t for t in fig.data if isinstance(t, go.Bar)]
    assert [list(t.x) for t in bars] == [[170e9, 200e9], [25], [6]]
    titles = [a.text for a in fig.layout.annotations]
    assert titles == ["trade_volume (USD)", "trade_growth (%)", "counts (city)"]
    arabic = [a.text.strip(RLI + PDI) for a in charts.figures_chart(result, lang="ar").layout.annotations]
    assert arabic == ["حجم التبادل التجاري (دولار)", "التبادل التجاري (٪)", "أعداد (مدن)"]
    assert not ARABIC.search(fig.layout.title.text)
    assert [s for s in shown_strings(fig) if not isolated(s)] == []
    ticks = [fig.layout[f"yaxis{'' if i == 1 else i}"].ticktext for i in range(1, 4)]
    assert [t.strip(RLI + PDI) for t in ticks[0]] == ["170 مليار دولار", "200 مليار دولار"]


def test_no_figures_gives_a_message(sample):
    fig = charts.figures_chart(Analysis(sample.text, sample.dates, ()))
    assert len(fig.data) == 0 and fig.layout.annotations
