"""The interface's own words in its two languages, English ("en") and Arabic
("ar"): page and panel titles, table headings, chart titles and axes, the
names of kinds, categories, units and approximations.

One language governs every label of a page (an analyst writing an English
brief gets English labels around the article's Arabic quotes; one writing an
Arabic brief gets Arabic labels). The Arabic names of categories, figure
kinds, units and measures come from the lexicon; only the interface's
headings are written here.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import chart_labels as ar_chart
from ..lexicon.counted import COUNTED
from ..lexicon.measures import MEASURES
from ..lexicon.people import INJURED, KILLED
from ..lexicon.triggers import CATEGORY_NAMES
from ..lexicon.units import QUANTITY

LANGUAGES = {"en": "English", "ar": "العربية"}

# key: (English, Arabic), side by side
_WORDS = {
    "page_article": ("Article", "المقال"),
    "page_compare": ("Compare", "المقارنة"),
    "app_tagline": ("Dates, figures and events in Arabic news", "التواريخ والأرقام والأحداث في الأخبار"),
    "language": ("Interface", "لغة الواجهة"),
    "input": ("Input", "المدخل"),
    "sample": ("Sample", "نموذج"),
    "paste": ("Paste", "لصق"),
    "file": ("File", "ملف"),
    "dates": ("Dates", "التواريخ"),
    "figures": ("Figures", "الأرقام"),
    "events": ("Events", "الأحداث"),
    "period": ("Period covered", "الفترة المغطاة"),
    "largest": ("Largest amount", "أكبر مبلغ"),
    "killed": ("Killed", "القتلى"),
    "injured": ("Injured", "الجرحى"),
    "article": ("Article", "المقال"),
    "timeline": ("Timeline", "الخط الزمني"),
    "by_measure": ("Figures by measure", "الأرقام حسب ما تقيسه"),
    "export": ("Export", "تصدير"),
    "briefing_view": ("Briefing view", "عرض الموجز"),
    "lanes_category": ("category", "الفئة"),
    "lanes_actor": ("actor", "الفاعل"),
    "as_written": ("As written", "كما ورد"),
    "value": ("Value", "القيمة"),
    "reads": ("Reads", "القراءة"),
    "kind": ("Kind", "النوع"),
    "measure": ("Measure", "المقياس"),
    "approx": ("Approx.", "التقريب"),
    "select_hint": ("Select a row to find it in the article.", "اختر صفا لتجده في المقال."),
    "timeline_title": ("Events on a timeline", ar_chart.TIMELINE_TITLE),
    "figures_title": ("Figures by what they measure", ar_chart.FIGURES_TITLE),
    "dated": ("dated events", ar_chart.DATED),
    "undated": ("no known date (not shown)", ar_chart.UNDATED),
    "no_events": ("No dated events in this text", ar_chart.NO_EVENTS),
    "no_figures": ("No figures in this text", ar_chart.NO_FIGURES),
    "no_actor": ("no named actor", ar_chart.NO_ACTOR),
    "other_actors": ("other actors", ar_chart.OTHER_ACTORS),
    "legend_date": ("date", "تاريخ"),
    "legend_figure": ("figure", "رقم"),
    "legend_hover": ("hover a highlight for its value", "مرّر المؤشر على تظليل لترى قيمته"),
    "hijri": ("Hijri", "هجري"),
    "unresolved": ("unresolved", "غير محدد"),
    "briefing": ("Briefing", "الموجز"),
    "chars": ("characters", "حرفا"),
    "reference_date": ("reference date", "تاريخ المرجع"),
    "sample_article": ("Sample article", "مقال نموذجي"),
    "arabic_text": ("Arabic text", "النص العربي"),
    "file_label": ("A .txt, .html, .docx or .pdf file", "ملف \u200e.txt أو \u200e.html أو \u200e.docx أو \u200e.pdf"),
    "reference_field": ("Reference date (publication)", "تاريخ المرجع (النشر)"),
    "reference_help": ("Relative dates (yesterday, last week) are read from this date.", "تُقرأ التواريخ النسبية (أمس، الأسبوع الماضي) من هذا التاريخ."),
    "briefing_help": ("Headline, key figures and timeline only, sized for a 1280×800 screenshot.", "العنوان والأرقام الرئيسية والخط الزمني فقط، بحجم لقطة شاشة 1280×800."),
    "no_input": ("Paste an Arabic article or upload a .txt, .html, .docx or .pdf file in the sidebar.", "الصق مقالا عربيا أو ارفع ملفا (\u200e.txt أو \u200e.html أو \u200e.docx أو \u200e.pdf) في الشريط الجانبي."),
    "set by you": ("set by you", "حددته أنت"),
    "none found; relative dates stay open": ("none found; relative dates stay open", "لم يوجد؛ تبقى التواريخ النسبية مفتوحة"),
    "publication date of the page": ("publication date of the page", "تاريخ نشر الصفحة"),
    "read from the dateline": ("read from the dateline", "من سطر التاريخ"),
    "publication date in the text": ("publication date in the text", "تاريخ النشر في النص"),
    "given": ("given", "معطى"),
    "removed": ("Removed from the page", "ما حُذف من الصفحة"),
}
WORDS: dict[str, dict[str, str]] = {lang: {k: pair[i] for k, pair in _WORDS.items()}
                                    for i, lang in enumerate(LANGUAGES)}

KIND_EN = {"money": "amounts of money", "percent": "percentages", "killed": "killed", "injured": "injured",
           "people": "people", "quantity": "quantities", "count": "counts"}
KIND_SHORT = {
    "en": {k: k for k in KIND_EN},
    "ar": {"money": "مبلغ", "percent": "نسبة", "killed": "قتلى", "injured": "جرحى", "people": "أشخاص",
           "quantity": "كمية", "count": "عدد"},
}
APPROX = {
    "en": {"about": "about", "more_than": "more than", "less_than": "less than", "at_least": "at least",
           "up_to": "up to", "vague": "vague"},
    "ar": {"about": "حوالي", "more_than": "أكثر من", "less_than": "أقل من", "at_least": "على الأقل",
           "up_to": "حتى", "vague": "غير محدد"},
}


def lang_of(value: str | None) -> str:
    """A language code from a code or a language's own name; English by default."""
    if value in WORDS:
        return value
    return next((code for code, name in LANGUAGES.items() if name == value), "en")


def word(key: str, lang: str = "en") -> str:
    return WORDS[lang_of(lang)][key]


def category(name: str, lang: str = "en") -> str:
    return CATEGORY_NAMES.get(name, name) if lang == "ar" else name


def kind_plural(kind: str, lang: str = "en") -> str:
    return ar_chart.KIND_NAMES.get(kind, kind) if lang == "ar" else KIND_EN.get(kind, kind)


def kind_short(kind: str | None, lang: str = "en") -> str:
    return KIND_SHORT[lang_of(lang)].get(kind, kind or "")


def approx(value: str | None, lang: str = "en") -> str:
    return APPROX[lang_of(lang)].get(value, value) if value else ""


def measure(fig, lang: str = "en") -> str:
    """What a figure measures: the English key, or in Arabic the words it was
    read from (else the measure's first Arabic name in the lexicon)."""
    if lang != "ar":
        return fig.measure or ""
    if fig.measure_text:
        return fig.measure_text
    forms = MEASURES.get(fig.measure or "", (None, []))[1]
    return forms[0] if forms else ""


def _plural(spec: str) -> str:
    """The plural of a lexicon spec "singular|plural…" ("+ات" adds to the singular)."""
    parts = spec.lstrip("!").split("|")
    if len(parts) == 1:
        return parts[0]
    return parts[0] + parts[1][1:] if parts[1].startswith("+") else parts[1]


@lru_cache(maxsize=1)
def _arabic_units() -> dict[str, str]:
    units = {u: _plural(specs[0]) for u, specs in QUANTITY.items() if specs}
    units.update({u: _plural(specs[0]) for u, specs in COUNTED.items() if specs})
    return units


@lru_cache(maxsize=64)
def _arabic_currency(code: str) -> str | None:
    from babel import Locale
    return {"USD": "دولار"}.get(code) or Locale.parse("ar").currencies.get(code)


def unit(code: str | None, kind: str | None = None, lang: str = "en") -> str:
    """A unit's name for a label: the code in English (USD, km, city), its
    Arabic name in Arabic (دولار، كيلومترات، مدن)."""
    if not code:
        return ""
    if lang != "ar":
        return code
    if kind == "money":
        return _arabic_currency(code) or code
    if kind == "percent":
        return "٪"
    if code == "person":
        return _plural({"killed": KILLED[0], "injured": INJURED[0]}.get(kind, "شخص|أشخاص"))
    return _arabic_units().get(code, code if not code.isascii() else "")
