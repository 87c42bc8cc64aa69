"""Every noun a number can count, in every form, with what it makes the figure.

Assembled from the one-concept lexicons: units.py, counted.py, people.py,
currencies.py, nationalities.py and not_figures.py. A value is
(kind, unit, number): kind is a figure kind, or
  "people?"  a noun of people whose clause decides killed/injured/people,
  "case?"    إصابة/مصاب: injured, or people when it is a case of a disease,
  "currency" unit is the currency noun (دينار), resolved by the text,
  "subunit"  unit is (code, factor): سنت is 0.01 USD,
  "code"     unit is an ISO code (a symbol: $، د.إ),
  None       not a figure (a duration, a multiplier);
and number is SINGULAR, PLURAL or DUAL (inflection.py).
"""
from __future__ import annotations

from . import counted, currencies, nationalities, not_figures, people, units
from .inflection import PLURAL, SINGULAR, inflect

PERSON = "person"


def _specs() -> dict[str, tuple]:
    specs: dict[str, tuple] = {}
    for spec in not_figures.AFTER:
        specs[spec] = (None, None)
    for spec in people.KILLED:
        specs[spec] = ("killed", PERSON)
    for spec in people.INJURED:
        specs[spec] = ("case?", PERSON)
    for spec in people.MISSING:
        specs[spec] = ("people", PERSON)
    for spec in people.PEOPLE:
        specs[spec] = ("people?", PERSON)
    for spec, noun in currencies.NOUNS.items():
        specs[spec] = ("currency", noun)
    for spec, sub in currencies.SUBUNITS.items():
        specs["!" + spec] = ("subunit", sub)
    for spec in units.BASIS_POINTS:
        specs["!" + spec] = ("subunit", ("%", 0.01))
    for unit, forms in units.QUANTITY.items():
        for spec in forms:
            specs[spec] = ("quantity", unit)
    for unit, forms in counted.COUNTED.items():
        for spec in forms:
            specs.setdefault(spec, ("count", unit))
    return specs


def _nationalities() -> dict[str, tuple]:
    stems = list(nationalities.NATIONALITY) + [w for w in nationalities.PEOPLES if w.endswith("ي")]
    forms = {stem + ending: ("people?", PERSON, SINGULAR if ending in ("", "ة", "ا") else PLURAL)
             for stem in stems for ending in nationalities.NOUN_ENDINGS}
    for w in nationalities.PEOPLES:
        forms.setdefault(w, ("people?", PERSON, PLURAL))
    return forms


def _nouns() -> dict[str, tuple]:
    nouns = {form: (*value, number) for form, (value, number) in inflect(_specs()).items()}
    for form, value in _nationalities().items():
        nouns.setdefault(form, value)
    for form in units.PERCENT:
        nouns.setdefault(form, ("percent", "%", SINGULAR))
    for symbol, code in currencies.ALL_SYMBOLS.items():
        nouns.setdefault(symbol, ("code", code, SINGULAR))
    return nouns


NOUNS = _nouns()
