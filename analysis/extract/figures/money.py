"""Money: the currency code a noun names, and the country a bare درهم، دينار،
ريال، جنيه، ليرة belongs to in this text."""
from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from ...arabic import WORD_END, Lexicon, WordScanner, words_pattern
from ...lexicon import currencies, datelines, neighbours
from ...lexicon.actors import CAPITALS
from ...lexicon.nationalities import ADJECTIVE_ENDINGS, CODE_OF_NAME, COUNTRY_CODE, NAME_OF_CODE, NATIONALITY
from ...lexicon.nouns import NOUNS
from typing import TYPE_CHECKING

from .words import CLITIC, DATELINE, SPACE, WORD, _folded, _Phrases

if TYPE_CHECKING:
    from .reading import _Reading

_ADJECTIVE = _Phrases({
    **{stem + e: ("country", code) for stem, code in NATIONALITY.items() for e in ADJECTIVE_ENDINGS},
    **{stem + e: ("code", code) for stem, code in currencies.QUALIFIERS.items() for e in ADJECTIVE_ENDINGS},
})
_CURRENCY_NOUN = Lexicon({**{form: noun for form, (kind, noun, _) in NOUNS.items() if kind == "currency"},
                          "عملة": "عملة"})
# a currency named anywhere: الروبل الروسي، العملة الروسية، دينار كويتي
_CURRENCY_MENTION = WordScanner(_CURRENCY_NOUN, prefix=f"{CLITIC}(?:ال)?", suffix=f"(?:{SPACE}(?P<a>{WORD}))?")
_AGAINST = re.compile(f"{SPACE}(?:(?:{words_pattern(neighbours.AGAINST)}){SPACE}|ل)(?:ال|ل)?"
                      f"(?P<n>{_CURRENCY_NOUN.pattern}){WORD_END}")


# ---------------------------------------------------------------- money

class _Money:
    """Currency codes for one text. A bare درهم، دينار، ريال، جنيه، ليرة takes
    the country the text is about. The text is read for that once, when first
    needed: one scan for the currencies it names, one for the places."""

    def __init__(self, text: str):
        self.text = text
        self.bound: dict[str, tuple[str, str]] = {}

    def code(self, noun: str, adjective: str | None) -> tuple[str | None, str | None]:
        if adjective and (code := _qualified(noun, adjective)):
            return code, None
        if noun in currencies.COUNTRY_BOUND:
            if noun not in self.bound:
                self.bound[noun] = self._country_bound(noun)
            return self.bound[noun]
        return currencies.BARE.get(noun), None

    @cached_property
    def _named(self) -> list[tuple[str, str, str]]:
        """(noun, adjective, as written) of each currency named with an adjective."""
        return [(_CURRENCY_NOUN.get(m.group("word")), m.group("a"), " ".join(m.group("whole").split()))
                for m in _CURRENCY_MENTION.finditer(self.text) if m.group("a")]

    @cached_property
    def _places(self) -> tuple[Counter, Counter]:
        return _place_counts(self.text)

    def _country_bound(self, noun: str) -> tuple[str, str]:
        named = Counter((code, written) for n, adjective, written in self._named
                        if n == noun and (code := _qualified(noun, adjective)))
        if named:
            (code, name), _ = named.most_common(1)[0]
            return code, f"{noun} alone: the text names {name} elsewhere"
        return _country_evidence(noun, *self._places) or (
            currencies.COUNTRY_BOUND[noun], f"{noun} alone and no country using it named: the commonest")


def _qualified(noun: str, adjective: str) -> str | None:
    """The currency a noun and an adjective name together (دينار كويتي → KWD), if they fit."""
    folded = _folded([adjective])
    hit = _ADJECTIVE.at(folded, 0) or (folded[0].startswith("ال") and _ADJECTIVE.at([folded[0][2:]], 0))
    if not hit:
        return None
    what, value = hit[0]
    code = currencies.CURRENCY_OF.get(value) if what == "country" else value
    return code if code and (noun == "عملة" or code in currencies.CODES_OF_NOUN.get(noun, ())) else None


def _place_words() -> tuple[WordScanner, re.Pattern, Lexicon]:
    """Every word that places a text in a territory whose currency a bare noun
    may name: country names and adjectives, capitals and cities, agency credits."""
    territories = {t for noun in currencies.COUNTRY_BOUND for code in currencies.CODES_OF_NOUN[noun]
                   for t in currencies.TERRITORIES.get(code, ())}
    words = {form: code for form, code in COUNTRY_CODE.items() if code in territories}
    for city, country in CAPITALS.items():
        if CODE_OF_NAME.get(country) in territories:
            words[city] = CODE_OF_NAME[country]
    for code in territories:
        for city in datelines.CITIES.get(code, ()):
            words[city] = code
    for form in list(words):
        if form.startswith("ال"):
            words.setdefault("لل" + form[2:], words[form])      # للمغرب
    agencies = {a.strip("()"): c for a, c in datelines.AGENCIES.items() if c in territories}
    # an agency credit is a name in parentheses: a literal "(" first, a fast scan
    credits = re.compile(rf"\((?P<a>{Lexicon(agencies).pattern})\)")
    return WordScanner(Lexicon(words), prefix=CLITIC), credits, Lexicon({**words, **agencies})


_PLACES = None


def _place_counts(text: str) -> tuple[Counter, Counter]:
    """How often the text names each territory, and a score in which a
    dateline or an agency credit weighs three times a mention."""
    global _PLACES
    if _PLACES is None:
        _PLACES = _place_words()            # built on first use: most texts never need it
    places, credits, lex = _PLACES
    found = [(m.group("word"), m.start("whole") < DATELINE) for m in places.finditer(text)]
    found += [(m.group("a"), True) for m in credits.finditer(text)]
    score, mentions = Counter(), Counter()
    for name, strong in found:
        t = lex.get(name)
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


def _quoted_currency(text: str, r: _Reading, against: str) -> tuple[str, str] | None:
    """An exchange rate with no unit (90 مقابل الدولار) is in the currency the
    sentence is about: the nearest one named before it, other than `against`."""
    found = None
    for m in _CURRENCY_MENTION.finditer(text[max(0, r.start - 400):r.start]):
        noun = _CURRENCY_NOUN.get(m.group("word"))
        code = (m.group("a") and _qualified(noun, m.group("a"))) or currencies.BARE.get(noun)
        if code and code != against:
            found = code, " ".join(m.group("whole").split())
    if found:
        return found[0], f"a rate against {against}: the currency the sentence is about, {found[1]}"
    return None
