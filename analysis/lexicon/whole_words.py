"""The words the lexicons know whole: a word among them (or one of them with a
possessive ending: وزارته) is read as itself, never as a clitic before a
shorter word. وزارة is a ministry, not و + زار (visited); لبنان is Lebanon,
not ل + بنان; والدة is a mother, not و + الدة (so not definite). One rule for
every lexicon: arabic.clitic_readings asks it.
"""
from . import actors, countries, numbers, triggers
from .nouns import NOUNS


def whole_words() -> set[str]:
    """Every one-word entry of the nouns, actors, countries, triggers and number words."""
    words = [*NOUNS, *triggers.TRIGGERS, *countries.COUNTRY_WORDS, *actors.CAPITALS, *actors.BODIES,
             *actors.TITLES, *actors.MINISTRIES, *actors.NOT_ACTORS, *numbers.CARDINALS, *numbers.SCALES]
    return {w for w in words if " " not in w.strip()}


# the endings a known noun may carry and still be itself: وزارته، وزارتها، وفدهم
POSSESSIVE_ENDINGS = ("ه", "ها", "هم", "هما", "هن", "كم", "نا")
