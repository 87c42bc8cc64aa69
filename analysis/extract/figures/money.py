"""Money: the currency code a noun names, and the country a bare درهم، دينار،
ريال، جنيه، ليرة belongs to in this text."""
from __future__ import annotations

from collections import Counter
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from ...arabic import Lexicon, clitic_readings, fold
from ...lexicon import currencies, datelines, neighbours
from ...lexicon.actors import CAPITALS, HOMOGRAPHS
from ...lexicon.nationalities import ADJECTIVE_ENDINGS, CODE_OF_NAME, COUNTRY_CODE, NAME_OF_CODE, NATIONALITY
from ...lexicon.nouns import NOUNS
from ...text import Text
from .words import DATELINE

if TYPE_CHECKING:
    from .reading import _Reading

_ADJECTIVE = Lexicon({
    **{stem + e: ("country", code) for stem, code in NATIONALITY.items() for e in ADJECTIVE_ENDINGS},
    **{stem + e: ("code", code) for stem, code in currencies.QUALIFIERS.items() for e in ADJECTIVE_ENDINGS},
})
_CURRENCY_NOUNS = {**{form: noun for form, (kind, noun, _) in NOUNS.items() if kind == "currency"}, "عملة": "عملة"}
# each noun bare and with the article: بالدولار، للدينار، العملة
_CURRENCY_NOUN = Lexicon({**_CURRENCY_NOUNS, **{"ال" + form: noun for form, noun in _CURRENCY_NOUNS.items()}})
_AGAINST = Lexicon(dict.fromkeys(neighbours.AGAINST, True))


class Named(NamedTuple):
    """A currency named in the text: الروبل الروسي، العملة الروسية، دينار كويتي."""
    noun: str
    adjective: str | None      # the word after it, as written
    written: str               # noun and adjective as written, spaces squashed


def currency_noun(word: str) -> str | None:
    """The currency noun a folded word is, clitics and article apart (بالدولار، للدينار)."""
    hit = _CURRENCY_NOUN.at((word,), 0)
    return hit.value if hit else None


def currencies_named(layer: Text, lo: int = 0, hi: int | None = None) -> list[Named]:
    """Every currency noun between lo and hi, with the word after it."""
    out = []
    for i, hit in layer.find(_CURRENCY_NOUN, lo, hi):
        noun = hit.value
        nxt = layer.next_words(layer.ends[i], 1)
        adjective = layer.word(nxt[0]) if nxt else None
        end = layer.ends[nxt[0]] if nxt else layer.ends[i]
        out.append(Named(noun, adjective, " ".join(layer.text[layer.starts[i]:end].split())))
    return out


def against(layer: Text, pos: int) -> str | None:
    """The currency a rate after pos is against: 90 مقابل الدولار، 5.5 للدولار."""
    idx = layer.next_words(pos, _AGAINST.longest + 1)
    words = [layer.folded[i] for i in idx]
    if not words:
        return None
    hit = _AGAINST.at(words, 0)
    if hit:
        return currency_noun(words[hit.n]) if hit.n < len(words) else None
    if any(clitics == "ل" for clitics, _ in clitic_readings(words[0])):
        return currency_noun(words[0])
    return None


_MAURITANIA = Lexicon({**{form: True for form, code in COUNTRY_CODE.items() if code == "MR"},
                       **{city: True for city in datelines.CITIES.get("MR", ())},
                       **{city: True for city, country in CAPITALS.items() if CODE_OF_NAME.get(country) == "MR"}})
_OUGUIYA_ADJECTIVES = {fold(w) for w in currencies.OUGUIYA_ADJECTIVES}
_METALS = {fold(w) for w in currencies.METALS} | {"ال" + fold(w) for w in currencies.METALS}


class _Money:
    """Currency codes for one text. A bare درهم، دينار، ريال، جنيه، ليرة takes
    the country the text is about. The text is read for that once, when first
    needed: one scan for the currencies it names, one for the places."""

    def __init__(self, layer: Text):
        self.layer = layer
        self.bound: dict[tuple[str, bool], tuple[str, str]] = {}

    def ouguiya(self, end: int) -> bool:
        """Is the أوقية just before end the Mauritanian ouguiya, not an ounce? When an
        adjective says so (1010 مليارات أوقية جديدة), or the text places itself in
        Mauritania and no metal follows (622 ألف أوقية من الذهب stays gold)."""
        nxt = [self.layer.folded[i] for i in self.layer.next_words(end, 2)]
        if nxt and nxt[0] in _OUGUIYA_ADJECTIVES:
            return True
        if any(stem in _METALS for w in nxt for _, stem in clitic_readings(w)):
            return False
        return self._in_mauritania

    @cached_property
    def _in_mauritania(self) -> bool:
        return next(iter(self.layer.find(_MAURITANIA)), None) is not None

    def code(self, noun: str, adjective: str | None, abbreviated: bool = False) -> tuple[str | None, str | None]:
        if adjective and (code := _qualified(noun, adjective)):
            return code, None
        if noun in currencies.COUNTRY_BOUND:
            key = (noun, abbreviated)
            if key not in self.bound:
                self.bound[key] = self._country_bound(noun, abbreviated)
            return self.bound[key]
        return currencies.BARE.get(noun), None

    @cached_property
    def _named(self) -> list[Named]:
        """Each currency named with an adjective."""
        return [n for n in currencies_named(self.layer) if n.adjective]

    @cached_property
    def _places(self) -> tuple[Counter, Counter]:
        return _place_counts(self.layer)

    def _country_bound(self, noun: str, abbreviated: bool = False) -> tuple[str, str]:
        named = Counter((code, written) for n, adjective, written in self._named
                        if n == noun and (code := _qualified(noun, adjective)))
        evidence = _country_evidence(noun, *self._places)
        if named:
            if evidence and len({code for code, _ in named}) > 1 and any(code == evidence[0] for code, _ in named):
                return evidence     # الريال السعودي and ريالا يمنيا both named in an Aden story: the Yemeni one
            (code, name), _ = named.most_common(1)[0]
            return code, f"{noun} alone: the text names {name} elsewhere"
        if abbreviated and noun in currencies.ABBREVIATED_WHERE:
            fallback = (currencies.ABBREVIATED_WHERE[noun],
                        f"{noun} abbreviated (م د) and no country named: the style of its press")
        else:
            fallback = currencies.COUNTRY_BOUND[noun], f"{noun} alone and no country using it named: the commonest"
        return evidence or fallback


def _qualified(noun: str, adjective: str) -> str | None:
    """The currency a noun and an adjective name together (دينار كويتي → KWD), if they fit."""
    folded = [fold(adjective)]
    hit = _ADJECTIVE.at(folded, 0) or (folded[0].startswith("ال") and _ADJECTIVE.at([folded[0][2:]], 0))
    if not hit:
        return None
    what, value = hit.value
    code = currencies.CURRENCY_OF.get(value) if what == "country" else value
    return code if code and (noun == "عملة" or code in currencies.CODES_OF_NOUN.get(noun, ())) else None


def _place_words() -> tuple[Lexicon, Lexicon]:
    """Every word that places a text in a territory whose currency a bare noun
    may name: country names and adjectives, capitals and cities; and agency
    credits. A word may name several (عمان: Amman or Oman; طرابلس: Libya's or
    Lebanon's): each counts, and the currency noun picks among them."""
    territories = {t for noun in currencies.COUNTRY_BOUND for code in currencies.CODES_OF_NOUN[noun]
                   for t in currencies.TERRITORIES.get(code, ())}
    words: dict[str, set[str]] = {}

    def add(form: str, code: str | None) -> None:
        if code in territories:
            words.setdefault(fold(form), set()).add(code)

    for form, code in COUNTRY_CODE.items():
        add(form, code)
    for city, country in CAPITALS.items():
        add(city, CODE_OF_NAME.get(country))
    for word, (capital_of, *_) in HOMOGRAPHS.items():
        add(word, CODE_OF_NAME.get(capital_of))
    for code, cities in datelines.CITIES.items():
        for city in cities:
            add(city, code)
    for city, codes in datelines.SHARED_CITIES.items():
        for code in codes:
            add(city, code)
    for code, months in datelines.MONTH_STYLES.items():
        for month in months:
            add(month, code)
    agencies = {a.strip("()"): c for a, c in datelines.AGENCIES.items() if c in territories}
    return Lexicon({w: frozenset(codes) for w, codes in words.items()}), Lexicon(agencies)


_PLACES = None


def _place_counts(layer: Text) -> tuple[Counter, Counter]:
    """How often the text names each territory, and a score in which a
    dateline or an agency credit (a name in parentheses) weighs three times a mention."""
    global _PLACES
    if _PLACES is None:
        _PLACES = _place_words()            # built on first use: most texts never need it
    places, agencies = _PLACES
    text = layer.text
    found = [(hit.value, layer.starts[i] < DATELINE) for i, hit in layer.find(places)]
    for i, hit in layer.find(agencies):
        start, end = layer.starts[i], layer.ends[i + hit.n - 1]
        if text[start - 1:start] == "(" and text[end:end + 1] == ")":
            found.append(((hit.value,), True))
    score, mentions = Counter(), Counter()
    for codes, strong in found:
        for t in codes:
            mentions[t] += 1
            score[t] += 3 if strong else 1
    return mentions, score


def _country_evidence(noun: str, mentions: Counter, score: Counter) -> tuple[str, str] | None:
    """The one country using this currency that the text is about, and why."""
    territories = {t: code for code in currencies.CODES_OF_NOUN[noun]
                   for t in currencies.TERRITORIES.get(code, ())}
    ranked = sorted(((score[t], t) for t in territories if score[t]), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    best = ranked[0][1]
    named = lambda c: f"{NAME_OF_CODE.get(c, c)} ({mentions[c]} mention{'s' if mentions[c] > 1 else ''})"
    others = "; ".join(named(t) for _, t in ranked[1:])
    return territories[best], f"{noun} alone: the text is about {named(best)}" + (f", not {others}" if others else "")


def _quoted_currency(layer: Text, r: _Reading, against: str) -> tuple[str, str] | None:
    """An exchange rate with no unit (90 مقابل الدولار) is in the currency the
    sentence is about: the nearest one named before it, other than `against`."""
    found = None
    for named in currencies_named(layer, max(0, r.start - 400), r.start):
        code = (named.adjective and _qualified(named.noun, named.adjective)) or currencies.BARE.get(named.noun)
        if code and code != against:
            found = code, named.written
    if found:
        return found[0], f"a rate against {against}: the currency the sentence is about, {found[1]}"
    return None
