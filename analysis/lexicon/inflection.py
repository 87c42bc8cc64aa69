"""The forms a counted noun takes after a number, built from a short spec.

A spec is "singular|plural|plural…". From the singular come the accusative
that follows 11–99 (قتيلا، شخصا) and the dual (قتيلان/قتيلين،
مدرستان/مدرستين). A plural written "+ين" is the sound masculine plural
(مدني → مدنيون/مدنيين); "+ات" the sound feminine one (ضربة → ضربات).

A dual in -ين is written exactly like a sound masculine plural in -ين
(مدنيين: two civilians or civilians); without vowels it cannot be told
apart, so such a form is kept as a plural and never read as the figure 2.
"""
from __future__ import annotations

SINGULAR, PLURAL, DUAL = "sg", "pl", "du"


def _stem(singular: str) -> str:
    return singular[:-1] if singular.endswith("ة") else singular


def _duals(singular: str) -> list[str]:
    if singular.endswith("ة"):
        return [_stem(singular) + "تان", _stem(singular) + "تين"]
    if singular.endswith("ى"):                      # مستشفى → مستشفيان
        return [singular[:-1] + "يان", singular[:-1] + "يين"]
    return [singular + "ان", singular + "ين"]


def _plurals(singular: str, spec: str) -> list[str]:
    if spec == "+ين":
        return [singular + "ين", singular + "ون"]
    if spec == "+ات":
        return [_stem(singular) + "ات"]
    return [spec]


def noun_forms(spec: str, duals: bool = True) -> dict[str, str]:
    """Every form of one noun → SINGULAR, PLURAL or DUAL. A spec starting
    with "!" gets no dual: its dual is also an everyday word (قدمين)."""
    if spec.startswith("!"):
        spec, duals = spec[1:], False
    singular, *plural_specs = [p.strip() for p in spec.split("|")]
    forms = {singular: SINGULAR}
    if not singular.endswith(("ة", "ى", "ا", " ")) and " " not in singular:
        forms.setdefault(singular + "ا", SINGULAR)          # accusative after 11–99
    for p in plural_specs:
        for form in _plurals(singular, p):
            forms[form] = PLURAL
    if duals and " " not in singular and len(singular) > 2:      # حي، طن: their duals are other words
        for form in _duals(singular):
            forms.setdefault(form, DUAL)                     # a plural spelled alike wins
    return forms


def inflect(specs: dict[str, object], duals: bool = True) -> dict[str, tuple[object, str]]:
    """{spec: value} → {form: (value, SINGULAR | PLURAL | DUAL)}."""
    all_forms = [(form, (value, number)) for spec, value in specs.items()
                 for form, number in noun_forms(spec, duals).items()]
    out: dict[str, tuple[object, str]] = {}
    for form, entry in sorted(all_forms, key=lambda f: f[1][1] == DUAL):   # any other reading beats a dual
        out.setdefault(form, entry)
    return out
