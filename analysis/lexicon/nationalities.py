"""Country words by ISO code: what a figure needs from countries.py.

countries.py maps every name and adjective form (CLDR names, their nisba)
to a country's Arabic name; figures need the ISO 3166 code, to reach the
country's currency, and the adjective stems, because a nationality after a
number counts people (80 ألف ليبي، ١,٨ مليون يمني).
"""
from __future__ import annotations

from babel import Locale

from .countries import CANONICAL, COUNTRY_WORDS


def _code_of_name() -> dict[str, str]:
    codes: dict[str, str] = {}
    for code, raw in Locale.parse("ar").territories.items():
        if len(code) == 2 and code.isalpha():
            cleaned = " ".join(raw.split("(")[0].split(" - ")[0].split())   # as countries.py shows it
            for name in (CANONICAL.get(code), cleaned, raw):
                if name:
                    codes.setdefault(name, code)
    return codes


# a country's name as countries.py reports it → ISO code
CODE_OF_NAME = _code_of_name()

# ISO code → the country's name as countries.py reports it
NAME_OF_CODE = {CODE_OF_NAME[name]: name for name in sorted(set(COUNTRY_WORDS.values())) if name in CODE_OF_NAME}

# every country word (name, adjective in all its forms) → ISO code
COUNTRY_CODE = {form: CODE_OF_NAME[name] for form, name in COUNTRY_WORDS.items() if name in CODE_OF_NAME}

# adjective stems (مغربي، يمني، أمريكي) → ISO code
NATIONALITY = {form: code for form, code in COUNTRY_CODE.items()
               if form.endswith("ي") and not form.startswith("ال") and " " not in form}

# what a nationality adds after its stem as a noun of people: feminine,
# accusative, plurals (يمني، يمنية، يمنيا، يمنيين، يمنيون، يمنيات). Its dual
# is left out: after a dual noun it is an adjective (مواطنان يمنيان).
NOUN_ENDINGS = ["", "ة", "ا", "ين", "ون", "ات"]
# … and as an adjective after a currency (دولارات أمريكية، دينارا كويتيا)
ADJECTIVE_ENDINGS = NOUN_ENDINGS + ["ان", "تان", "تين"]

# broken plurals of nationalities and peoples, counted as people
PEOPLES = ["عرب", "أتراك", "روس", "ألمان", "أفغان", "أكراد", "كردي", "مغاربة", "أقباط", "هنود",
           "أجانب", "أجنبي", "عربي", "أوروبي", "أفريقي", "إفريقي", "آسيوي", "خليجي"]
