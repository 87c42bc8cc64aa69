"""Currencies: the names CLDR gives (through Babel), the newsroom forms it
lacks, symbols, and what a bare currency noun means.

A currency is named by a noun (دولار، دينار) and, where the noun is shared,
a country adjective (دينار كويتي). The adjective resolves through the
country's own currency (CLDR's territory currencies), so every adjective
countries.py knows works: دولار نيوزيلندي، ليرة لبنانية، درهم مغربي.
"""
from __future__ import annotations

from babel import Locale
from babel.numbers import get_territory_currencies

# currency nouns as written after a number (specs as in inflection.py) → the noun
NOUNS = {
    "دولار|دولارات": "دولار", "يورو|يوروهات": "يورو", "جنيه|جنيهات": "جنيه",
    "درهم|دراهم": "درهم", "دينار|دنانير|دينارات": "دينار", "ريال|+ات": "ريال",
    "ليرة|+ات": "ليرة", "روبل|+ات": "روبل", "يوان|+ات": "يوان", "!ين": "ين", "روبية|+ات": "روبية",
    "فرنك|+ات": "فرنك", "شيكل|+ات|شواكل": "شيكل", "شيقل|+ات|شواقل": "شيكل", "أورو|+هات": "يورو", "بيزو|+هات": "بيزو", "كرونة|+ات|كرونات": "كرونة",
    "شلن|+ات": "شلن", "!وون": "وون", "راند": "راند", "رينغيت": "رينغيت", "نايرا": "نايرا",
    "مانات": "مانات", "فورينت": "فورينت", "زلوتي": "زلوتي",
    "رنمينبي": "رنمينبي", "!إسترليني": "إسترليني", "باوند": "إسترليني", "بيتكوين": "بيتكوين",
}

# a bare noun that means one currency wherever it is written
BARE = {
    "دولار": "USD", "يورو": "EUR", "روبل": "RUB", "يوان": "CNY", "رنمينبي": "CNY", "ين": "JPY",
    "روبية": "INR", "فرنك": "CHF", "شيكل": "ILS", "إسترليني": "GBP", "وون": "KRW",
    "راند": "ZAR", "رينغيت": "MYR", "نايرا": "NGN", "مانات": "AZN", "فورينت": "HUF", "زلوتي": "PLN",
    "بيتكوين": "XBT",
}

# a bare noun that several countries use takes the country the article is
# about; when the text names none, the commonest in Arabic news
COUNTRY_BOUND = {"درهم": "AED", "دينار": "KWD", "ريال": "SAR", "جنيه": "EGP", "ليرة": "TRY",
                 "بيزو": "MXN", "كرونة": "SEK", "شلن": "KES"}

# names of currencies CLDR lacks or spells otherwise (CLDR has جنيه لبناني)
NEWSROOM = {"LBP": ["ليرة"], "SYP": ["ليرة"], "TRY": ["ليرة"], "GBP": ["إسترليني"]}

# a hundredth of a currency, written after a number (45 سنتا); a subunit whose
# currency is the text's own names that currency noun and the part each code takes
SUBUNITS = {"سنت|+ات": ("USD", 0.01), "سينت|+ات": ("USD", 0.01), "بنس|+ات": ("GBP", 0.01),
            "فلس|فلوس": ("دينار", {"KWD": 0.001, "BHD": 0.001, "JOD": 0.001, "IQD": 0.001, "LYD": 0.001,
                                    "TND": 0.001, "AED": 0.01}),
            "مليم|مليمات": ("دينار", {"TND": 0.001}), "سنتيم|+ات": ("درهم", {"MAD": 0.01, "DZD": 0.01}),
            "قرش|قروش": ("جنيه", {"EGP": 0.01, "SDG": 0.01}), "بيسة|+ات": ("ريال", {"OMR": 0.001}),
            "تومان|+ات": ("IRR", 10)}          # ten rials: 93 ألف تومان is 930000 IRR

# currencies abbreviated after an amount, as Maghreb agencies write them
# (14880 م درهم، 6ر1487 م.د، 2ر3 مليار د، 850 أ د، 8523 مليار دج): a noun the text
# resolves, or an ISO code. Letters may stand with or without dots and spaces between them.
ABBREVIATIONS = {"د": "دينار", "دج": "DZD", "د.ج": "DZD", "د.ت": "TND", "دت": "TND", "د.م": "MAD",
                 "د.ك": "KWD", "د.ب": "BHD", "د.أ": "JOD", "د.ع": "IQD", "د.ل": "LYD", "ر.س": "SAR",
                 "ر.ق": "QAR", "ر.ع": "OMR", "ج.م": "EGP", "ل.ل": "LBP", "ل.س": "SYP"}
# the currency an abbreviated noun is where the text names no country: م د، أ د are TAP's (Tunisia)
ABBREVIATED_WHERE = {"دينار": "TND"}
# the scale an agency abbreviates before a currency: م د (million dinars), أ د (thousand)
ABBREVIATED_SCALES = {"م": 1e6, "أ": 1e3, "مليون": 1e6, "مليار": 1e9, "ألف": 1e3}

# أوقية is an ounce and the Mauritanian ouguiya (MRU): these words after it say which
OUGUIYA_ADJECTIVES = ["جديدة", "موريتانية", "قديمة"]
METALS = ["ذهب", "فضة", "بلاتين", "بلاديوم"]

# symbols beside CLDR's Arabic ones (د.إ.، ر.س.)
SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "USD": "USD", "EUR": "EUR",
           # ISO codes the region's pages write after an amount (42 KWD)
           **{code: code for code in ("GBP", "CHF", "KWD", "SAR", "AED", "QAR", "BHD", "OMR", "EGP", "JOD",
                                      "LBP", "SYP", "IQD", "MAD", "DZD", "TND", "LYD", "TRY", "ILS")}}


def _territories_of() -> dict[str, set[str]]:
    """Current currency → the territories that use it (MAD → MA, EH)."""
    out: dict[str, set[str]] = {}
    for territory in Locale.parse("ar").territories:
        if len(territory) == 2 and territory.isalpha():
            for code in get_territory_currencies(territory):
                out.setdefault(code, set()).add(territory)
    return out


TERRITORIES = _territories_of()
CURRENCY_OF = {t: code for code, ts in TERRITORIES.items() for t in ts
               if code in get_territory_currencies(t)[:1]}


def _nouns_used() -> dict[str, set[str]]:
    """Noun → the current currencies named by it (درهم → AED, MAD)."""
    names = Locale.parse("ar").currencies
    out: dict[str, set[str]] = {}
    for code in TERRITORIES:
        noun = names.get(code, "").split(" ")[0]
        if noun in COUNTRY_BOUND or noun in BARE:
            out.setdefault(noun, set()).add(code)
    for code, nouns in NEWSROOM.items():
        for noun in nouns:
            out.setdefault(noun, set()).add(code)
    return out


CODES_OF_NOUN = _nouns_used()


def _cldr_symbols() -> dict[str, str]:
    out = dict(SYMBOLS)
    for code, symbol in Locale.parse("ar").currency_symbols.items():
        symbol = symbol.replace("\u200f", "").rstrip(".")
        if code in TERRITORIES and any("\u0600" <= c <= "\u06ff" for c in symbol):
            out.setdefault(symbol, code)
    return out


ALL_SYMBOLS = _cldr_symbols()
# a subunit's symbol after a number: 10¢ is 0.10 USD
SUBUNIT_SYMBOLS = {"¢": ("USD", 0.01)}
# currencies whose hundredth is also called سنت: 5 يوروهات و20 سنتا is 5.20 EUR
CENT_CURRENCIES = {"USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD"}


def _qualifiers() -> dict[str, str]:
    """The word after the noun in CLDR's name of a current currency → the
    currency (إسترليني → GBP, أمريكي → USD): what no country adjective says."""
    names = Locale.parse("ar").currencies
    out: dict[str, str] = {}
    for code in TERRITORIES:
        noun, _, rest = names.get(code, "").partition(" ")
        if rest and " " not in rest and (noun in COUNTRY_BOUND or noun in BARE):
            out.setdefault(rest.removesuffix("ة"), code)       # the masculine stem: تركية → تركي
    return out


# adjectives the press gives a currency that CLDR's names do not: the CFA franc (فرنك إفريقي، فرنك سيفا)
NEWSROOM_QUALIFIERS = {"إفريقي": "XOF", "أفريقي": "XOF", "سيفا": "XOF"}
QUALIFIERS = {**_qualifiers(), **NEWSROOM_QUALIFIERS}

# Currencies pegged to the US dollar: units per dollar. An amount and its
# conversion (34.5 مليار ريال، أي 9.2 مليار دولار) tell one fact.
USD_PEGS = {"USD": 1.0, "SAR": 3.75, "AED": 3.6725, "QAR": 3.64, "BHD": 0.376, "OMR": 0.3845, "JOD": 0.709}
