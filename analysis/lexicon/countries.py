"""Countries: their Arabic names from CLDR (through Babel) and the adjectives
(nisba) news builds from them: روسيا → روسي، الروسية، الروسيين.

CLDR has the names only. Most adjectives follow one rule (drop ال, drop a
final ا of -يا/-ا, add ي); the reviewed lists below hold what the rule gets
wrong, what CLDR lacks (the names news uses: بريطانيا، السعودية، فلسطين)
and the names that are also ordinary words (مالي "financial", بنين "sons").
`COUNTRY_WORDS` maps every form to the country's CLDR name.
"""
from __future__ import annotations

from babel import Locale

# Names news uses beside (or instead of) CLDR's, by ISO code.
EXTRA_NAMES = {
    "GB": ["بريطانيا"],
    "SA": ["السعودية"],
    "AE": ["الإمارات"],
    "PS": ["فلسطين"],
    "SY": ["سورية"],
    "HU": ["المجر"],
    "DK": ["الدنمارك"],
    "BY": ["روسيا البيضاء"],
    "MM": ["بورما"],
    "CD": ["الكونغو الديمقراطية"],
    "KP": ["الكوري الشمالي", "الكورية الشمالية", "الكوريين الشماليين", "الكوريون الشماليون"],
    "KR": ["الكوري الجنوبي", "الكورية الجنوبية", "الكوريين الجنوبيين", "الكوريون الجنوبيون"],
    "CZ": ["تشيكيا"],
    "ML": ["جمهورية مالي"],
    "OM": ["سلطنة عمان", "سلطنة عُمان"],
    "JO": ["المملكة الأردنية", "المملكة الأردنية الهاشمية"],
}

# The name to report where CLDR's is a description.
CANONICAL = {"PS": "فلسطين", "HK": "هونغ كونغ", "MO": "ماكاو", "SA": "السعودية", "AE": "الإمارات"}

# Adjective stems the rule cannot build (irregular, or from a name of several words).
EXTRA_ADJECTIVES = {
    "US": ["أمريكي", "أميركي", "امريكي"],
    "GB": ["بريطاني"],
    "SA": ["سعودي"],
    "AE": ["إماراتي"],
    "PS": ["فلسطيني"],
    "AT": ["نمساوي"],
    "AF": ["أفغاني"],
    "HU": ["مجري"],
    "CD": ["كونغولي"],
    "CG": ["كونغولي"],
    "NZ": ["نيوزيلندي"],
    "ZA": ["جنوب أفريقي"],
    "CZ": ["تشيكي"],
    "DK": ["دنماركي"],
    "BA": ["بوسني"],
    "CI": ["إيفواري"],
}

# Broken plurals of nationalities, which no ending builds (المغاربة المقيمون بالخارج).
BROKEN_PLURALS = {
    "MA": ["مغاربة"], "TN": ["توانسة"], "TR": ["أتراك"], "RU": ["روس"], "IN": ["هنود"],
    "DE": ["ألمان"], "AF": ["أفغان"], "GB": ["إنجليز", "انجليز"], "ES": ["إسبان"],
    "US": ["أمريكان", "أميركان"],
}

# CLDR entries that are not countries (groupings, test locales, uninhabited
# places) and names that are everyday words: مالي "financial", بنين "sons",
# جيرسي (as in نيو جيرسي). Mali comes back through EXTRA_NAMES.
SKIP = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "ML", "BJ", "JE", "IO", "UM", "AQ", "DG", "CP",
        "TA", "AC", "EA", "IC", "BV", "HM", "GS"}

# Adjective endings: masculine, feminine, dual, plural (nominative/oblique).
ADJECTIVE_ENDINGS = ["", "ة", "ان", "ين", "ون", "تان", "تين"]


def _clean(name: str) -> str:
    """CLDR decorates some names: 'ميانمار (بورما)', 'الكونغو - كينشاسا'."""
    name = name.split("(")[0].split(" - ")[0]
    return " ".join(name.split())


def nisba(name: str) -> str | None:
    """The adjective stem of a one-word country name: روسيا → روسي، الصين → صيني."""
    if " " in name:
        return None
    stem = name[2:] if name.startswith("ال") else name
    if stem.endswith("ا"):
        stem = stem[:-1]
    if stem.endswith("ي"):
        return stem
    return stem + "ي"


def _country_words() -> dict[str, str]:
    territories = Locale.parse("ar").territories
    words: dict[str, str] = {}
    for code, raw in territories.items():
        if not (len(code) == 2 and code.isalpha()) or code in SKIP:
            continue
        canonical = CANONICAL.get(code, _clean(raw))
        names = [_clean(raw), canonical, *EXTRA_NAMES.get(code, [])]
        stems = EXTRA_ADJECTIVES.get(code) or [s for s in (nisba(n) for n in names) if s]
        for n in names:
            words.setdefault(n, canonical)
        for stem in stems:
            for ending in ADJECTIVE_ENDINGS:
                words.setdefault(stem + ending, canonical)
                words.setdefault("ال" + stem + ending, canonical)
        for plural in BROKEN_PLURALS.get(code, ()):
            words.setdefault(plural, canonical)
            words.setdefault("ال" + plural, canonical)
    for n in EXTRA_NAMES["ML"]:
        words.setdefault(n, territories["ML"])
    return words


COUNTRY_WORDS = _country_words()
