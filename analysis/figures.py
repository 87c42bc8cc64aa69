"""Figures: every number an analyst cares about, with its unit and what it measures.

Each number (numbers.py) outside a date is read where it stands:
1. what stands around it may make it a label, not an amount: a law's
   article, a rank, a list marker, a time of day (lexicon/not_figures.py);
2. the words after it are its unit or counted noun (lexicon/nouns.py), with
   a currency's adjective or a rate after that; the span is number, scale
   and unit, and a duration (20 عاما) is no figure;
3. the words around it give the approximation, whether the people counted
   were killed or wounded, and what the figure measures;
4. a number with no unit takes one from a neighbour (بين 10 و20 قتيلا،
   بينهم أربعة، 90 مقابل الدولار، عدد القتلى 50), or is no figure.
Words are looked up, not searched for: the few words before and after a
number are cut out and their folded forms looked up in the lexicons (a big
lexicon would make a slow regex). The one text-wide scan, for the country a
bare درهم belongs to, runs only when a figure needs it.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from .arabic import WORD_END, Lexicon, WordScanner, fold, words_pattern
from .lexicon import approximation, currencies, datelines, measures, neighbours, not_figures, people
from .lexicon.actors import CAPITALS
from .lexicon.nationalities import ADJECTIVE_ENDINGS, CODE_OF_NAME, COUNTRY_CODE, NAME_OF_CODE, NATIONALITY
from .lexicon.nouns import NOUNS
from .lexicon.units import RATE
from .model import DateMention, Figure
from .numbers import SCALE, Number

SPACE = r"[\s\u200e\u200f]*"
CLITIC = r"(?:[وف]?[بلك]|[وف])?"          # و، ف، ب، ل، ك fused to the front of a word
WORD = r"(?=[^\W\d_])[^\s\d!-/:-@\[-`{-~،؛؟«»…٪٫٬\u200e\u200f]+"      # a letter, then letters, marks, tatweel
WINDOW = 90           # how far back a clause's words are read
DATELINE = 120        # a place named in the opening characters is where the story is from

_WORD = re.compile(WORD)
_NEXT_WORDS = re.compile(f"{SPACE}({WORD}(?:[23](?!\\d))?)" + f"(?:{SPACE}({WORD}))?" * 3)   # م3، كلم2
# where a clause ends: a sentence's end, a ticker's gap, a comma before a clause of contrast
_CLAUSE_END = re.compile(r"[!?؟؛\n]|\.(?![0-9٠-٩])|[\s\u00a0]{3,}|،\s*(?=(?:فيما|بينما|في حين|وفي حين)\s)")
_LATIN = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=8192)
def _variants(word: str) -> tuple[str, ...]:
    """A folded word and the word without a clitic fused to it (والواردات، للدولار، بحوالي)."""
    out = [word]
    if word.startswith("لل") and len(word) > 3:
        out.append("ال" + word[2:])
    if word[:1] in "وفبلك" and len(word) > 2:
        out.append(word[1:])
        if word[1:3] == "لل":
            out.append("ال" + word[3:])
        elif word[1:2] in "بل" and len(word) > 3:
            out.append(word[2:])
    return tuple(out)


class _Phrases:
    """Words and phrases of up to a few words, found by their folded form among
    the words of a window (a clitic may be fused to a phrase's first word)."""

    def __init__(self, entries: dict):
        self.values: dict = {}
        for phrase, value in entries.items():
            self.values.setdefault(fold(" ".join(phrase.split())), value)
        self.first = {p.split(" ")[0] for p in self.values}
        self.longest = max(p.count(" ") for p in self.values) + 1

    def at(self, words: list[str], i: int, end: int | None = None):
        """The longest phrase starting at words[i] (and ending by words[end - 1]):
        (value, number of words), or None."""
        end = len(words) if end is None else end
        for first in _variants(words[i]):
            if first in self.first:
                for n in range(min(self.longest, end - i), 0, -1):
                    value = self.values.get(" ".join([first, *words[i + 1:i + n]]))
                    if value is not None:
                        return value, n
        return None

    def ending(self, words: list[str], within: int = 0):
        """The longest phrase ending at words[-1 - within]: its value, or None."""
        end = len(words) - within
        for start in range(max(0, end - self.longest), end):
            hit = self.at(words, start, end)
            if hit and start + hit[1] == end:
                return hit[0]
        return None


def _folded(words: list[str]) -> list[str]:
    return fold("\x00".join(words)).split("\x00") if words else []


# ---------------------------------------------------------------- vocabulary

NOUN = Lexicon(NOUNS)               # used as a dictionary: form → (kind, unit, number)
_SYMBOLS = {**currencies.ALL_SYMBOLS, "%": "%", "٪": "%"}
_SYMBOL_AFTER = re.compile(f"{SPACE}({'|'.join(map(re.escape, sorted(_SYMBOLS, key=len, reverse=True)))})")
_SYMBOL_BEFORE = re.compile(r"(?:(?P<s>US\$|\$|€|£)|(?P<p>[%٪]))\s?\Z")      # $300، %12
_RATE = _Phrases(dict.fromkeys(RATE, True))

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

# the words just before a number: an approximation, a label, or a pointer to a neighbour
_BEFORE = _Phrases({
    **{w: ("approx", key) for key, ws in approximation.BEFORE.items() for w in ws},
    **{w: ("label", None) for w in not_figures.BEFORE},
    **{w: ("among", None) for w in neighbours.AMONG},
    **{w: ("their number", None) for w in neighbours.THEIR_NUMBER},
})
_APPROX_VERB = _Phrases({w: key for key, ws in approximation.VERBS.items() for w in ws})
_APPROX_AFTER = _Phrases({w: key for key, ws in approximation.AFTER.items() for w in ws})
_OF_THEM = _Phrases(dict.fromkeys(neighbours.OF_THEM, True))
_COUNT_OF = {fold(w) for w in neighbours.COUNT_OF}
_RANGE_GAP = re.compile(f"{SPACE}(?:{words_pattern(neighbours.RANGE)}){SPACE}")
_NOT_COUNTED = {fold(w) for w in not_figures.NOT_COUNTED}
_DISEASE = {fold(w) for w in people.DISEASE}
_CASUALTY_MEASURES = {"death toll": "killed", "injured": "injured"}


def _roles() -> dict[str, dict[str, str]]:
    """The words of a clause around a figure → what they say of it: what it
    measures, that people died or were wounded (حصيلة says both)."""
    roles: dict[str, dict[str, str]] = {}
    for kind, words in (("killed", people.KILLED_CONTEXT), ("injured", people.INJURED_CONTEXT)):
        for w in words:
            roles.setdefault(w, {}).setdefault("casualty", kind)
    for key, (_, words) in measures.MEASURES.items():
        for w in words:
            roles.setdefault(w, {}).setdefault("measure", key)
            if key in _CASUALTY_MEASURES:                       # حصيلة ضحايا: the dead
                roles[w].setdefault("casualty", _CASUALTY_MEASURES[key])
    return roles


_CONTEXT = _Phrases(_roles())
_MEASURE_KINDS = {key: kinds for key, (kinds, _) in measures.MEASURES.items()}


# ---------------------------------------------------------------- the words around a number

@dataclass
class _Words:
    """The words of the text between two offsets: their spans and folded forms."""
    spans: list[tuple[int, int]]
    folded: list[str]

    @classmethod
    def of(cls, text: str, lo: int, hi: int) -> _Words:
        ms = list(_WORD.finditer(text, lo, hi))
        if ms and lo > 0 and ms[0].start() == lo and text[lo - 1].isalpha():
            ms = ms[1:]                                          # a word the window cut
        return cls([m.span() for m in ms], _folded([m.group() for m in ms]))

    def phrases(self, table: _Phrases):
        """Each phrase of the table among these words, longest first: (value, i, n)."""
        i = 0
        while i < len(self.folded):
            hit = table.at(self.folded, i)
            if hit:
                yield hit[0], i, hit[1]
                i += hit[1]
            else:
                i += 1


def _next_phrase(text: str, pos: int, table: _Phrases):
    """A phrase of the table as the next words after pos: (value, end) or None."""
    m = _NEXT_WORDS.match(text, pos)
    if not m:
        return None
    hit = table.at(_folded([w for w in m.groups() if w]), 0)
    return (hit[0], m.end(hit[1])) if hit else None


def _words_before(text: str, pos: int, words: _Words) -> tuple[list[str], str | None]:
    """The last of these words, running up to pos with only spaces between,
    and a clitic fused to the number (بـ250، ال12)."""
    run: list[str] = []
    end = pos
    for (s, e), w in zip(reversed(words.spans), reversed(words.folded)):
        if not _SPACES.fullmatch(text, e, end):
            break
        run.append(w)
        end = s
    run.reverse()
    fused = run.pop().rstrip("ـ") if run and run[-1].rstrip("ـ") in _FUSED else None
    return run, fused


_SPACES = re.compile(SPACE)
_FUSED = {"ب", "ل", "و", "ال", "وال", "بال", "لل"}
_DEFINITE_FUSED = {"ال", "وال", "بال", "لل"}


def _clause_start(text: str, pos: int) -> int:
    start = max(0, pos - WINDOW)
    for m in _CLAUSE_END.finditer(text, start, pos):
        start = m.end()
    return start


def _clause_end(text: str, pos: int, limit: int) -> int:
    m = _CLAUSE_END.search(text, pos, limit)
    return m.start() if m else limit


# ---------------------------------------------------------------- reading one number

@dataclass
class _Reading:
    """What one number says, before its neighbours are consulted."""
    number: Number
    start: int
    end: int
    value: float | None
    kind: str | None = None      # a figure kind, "people?"/"case?" (its clause decides), or None: bare
    unit: object = None
    approx: str | None = None
    among: bool = False          # after بينهم/منهم/مقابل: counts what the figure before counts
    their_number: bool = False   # after عددهم: counts the noun its clause names
    casualty: str | None = None   # after a word of death or wounds: مقتل 3 وإصابة 5
    clause: _Words | None = None  # the words of its clause before it


def _is_label(text: str, n: Number) -> bool:
    """A number that names or orders rather than counts: U17, F-16, 1- (a
    list), 22:30, 0522…, +212…, 3/2, and digit strings too long to be amounts."""
    s, e = n.start, n.end
    before, after = text[s - 1:s], text[e:e + 1]
    if _LATIN.match(before) or _LATIN.match(after) or before == "+":
        return True
    if before in ("-", "–") and text[s - 2:s - 1].isalpha():          # F-16، كوفيد-19
        return True
    if after in ("-", "–") and not text[e + 1:e + 2].isdigit():       # 1- a list, -27- an instalment
        return True
    if (after in (":", "/") and text[e + 1:e + 2].isdigit()) or (
            before in (":", "/") and text[s - 2:s - 1].isdigit()):
        return True
    if n.digits and n.value is not None and n.value >= 1e15:         # an identifier, not an amount
        return True
    return n.digits and text[s] in "0٠۰" and text[s + 1:s + 2].isdigit()


_VAGUE_SCALES = {fold(w) for w in ("الآلاف", "الألوف", "الملايين", "المليارات", "الملايير")}


def _unit_after(text: str, pos: int, vague: bool):
    """The unit or counted noun right after pos: ((kind, unit, number), end) or None.
    A definite noun is what a vague amount counts (آلاف الأطنان، عشرات الآلاف
    من المدنيين), never what a number counts."""
    m = _NEXT_WORDS.match(text, pos)
    if not m:
        return None
    ends = [m.end(i) for i in range(1, 5) if m.group(i)]
    folded = _folded([w for w in m.groups() if w])
    if vague and folded[0] in _VAGUE_SCALES:
        folded, ends = folded[1:], ends[1:]                     # عشرات الآلاف …
    of = len(folded) > 1 and folded[0] == "من"
    if of:
        folded, ends = folded[1:], ends[1:]
    if not folded:
        return None
    if folded[0][:2] in ("ال", "لل") and folded[0] not in NOUN.values:
        if not (of or vague):
            return None
        folded = [folded[0][2:], *folded[1:]]
    for n in range(len(folded), 0, -1):
        entry = NOUN.values.get(" ".join(folded[:n]))
        if entry is not None:
            return entry, ends[n - 1]
    return None


def _other_noun(text: str, pos: int) -> int | None:
    """The end of an indefinite word after pos that no lexicon lists and that is
    not a preposition, particle, pronoun or conjunction: what the number counts (12 كلية)."""
    m = _NEXT_WORDS.match(text, pos)
    if not m:
        return None
    word = _folded([m.group(1)])[0]
    if len(word) < 2 or word in _NOT_COUNTED or word[0] in "وف":      # و/ف: the next clause begins
        return None
    if word[0] == "ي":                      # يحتاجون، يعيش: a verb; a noun seldom starts with ي
        return None
    if any(v.startswith("ال") for v in _variants(word)):               # definite: not what is counted
        return None
    return m.end(1)


def _read(text: str, n: Number) -> _Reading | None:
    """The number with its unit and approximation, or None: no figure."""
    if _is_label(text, n):
        return None
    r = _Reading(n, n.start, n.end, n.value)
    r.clause = _Words.of(text, _clause_start(text, n.start), n.start)
    before, fused = _words_before(text, n.start, r.clause)
    tag = _BEFORE.ending(before) if before else None
    if tag and tag[0] == "label":
        return None
    if tag and tag[0] == "approx":
        r.approx = tag[1]
    else:
        r.approx = next(filter(None, (_APPROX_VERB.ending(before, within) for within in range(3))), None)
    r.among = bool(tag) and tag[0] == "among"
    r.their_number = bool(tag) and tag[0] == "their number"
    r.casualty = (_CONTEXT.ending(before) or {}).get("casualty") if before else None

    if n.dual:
        r.kind, r.unit, _ = NOUN.get(text[n.start:n.end])
    elif unit := _unit_after(text, n.end, n.value is None):
        (r.kind, r.unit, _), r.end = unit
        if r.kind is None:
            return None                                          # a duration, a multiplier
    elif symbol := _SYMBOL_AFTER.match(text, n.end):
        r.unit, r.end = _SYMBOLS[symbol.group(1)], symbol.end()
        r.kind = "percent" if r.unit == "%" else "code"
    elif n.value is None or fused in _DEFINITE_FUSED:
        return None                                              # آلاف alone; ال12, a rank
    elif symbol := _SYMBOL_BEFORE.search(text, max(0, n.start - 4), n.start):
        r.kind, r.unit = ("code", _SYMBOLS[symbol.group("s")]) if symbol.group("s") else ("percent", "%")
        r.start = symbol.start()
    elif (n.digits or n.value >= 3) and (end := _other_noun(text, n.end)):
        r.kind, r.end = "count", end                             # 12 كلية: a thing no lexicon lists
    if r.kind in ("quantity", "currency", "code") and (rate := _next_phrase(text, r.end, _RATE)):
        r.end = rate[1]                                          # 2 مليون برميل يوميا
    if after := _next_phrase(text, r.end, _APPROX_AFTER):
        r.approx = after[0]                                      # 40 قتيلا على الأقل
    return r


# ---------------------------------------------------------------- the clause

def _context(text: str, r: _Reading, limit: int):
    """The phrases of the clause before the figure, nearest last, and the
    first word of death or wounds after it (before the next number)."""
    words = r.clause
    before = [(roles, words.spans[i][0], words.spans[i + n - 1][1])
              for roles, i, n in words.phrases(_CONTEXT)]
    after = None
    if r.kind == "people?":
        later = _Words.of(text, r.end, _clause_end(text, r.end, min(limit, r.end + 40)))
        after = next(((roles["casualty"], later.spans[i][0]) for roles, i, _ in later.phrases(_CONTEXT)
                      if "casualty" in roles), None)
    return before, after


def _casualty(r: _Reading, before, after) -> str:
    """killed, injured or people: the nearest word of death or wounds in the clause."""
    kind, distance = "people", WINDOW
    for roles, _, end in before:
        if "casualty" in roles:
            kind, distance = roles["casualty"], r.start - end
    if after and after[1] - r.end < distance:
        kind = after[0]
    return kind


def _measure(text: str, r: _Reading, kind: str, before) -> tuple[str | None, str | None]:
    """What the figure measures: the words right after it, else the nearest
    fitting words before it; of an idafa (عجز الموازنة) the head."""
    m = _NEXT_WORDS.match(text, r.end)
    words = _folded([w for w in m.groups() if w]) if m else []
    if words and not (words[0][:1] == "و" and words[0] not in _CONTEXT.first):   # و: the next clause
        hit = _CONTEXT.at(words, 0)
        key = hit and hit[0].get("measure")
        if key and kind in _MEASURE_KINDS[key]:
            return key, text[m.start(1):m.end(hit[1])]
    chain: list = []                     # the last run of measure words next to each other
    for roles, start, end in before:
        key = roles.get("measure")
        if not key or kind not in _MEASURE_KINDS[key]:
            continue
        if not (chain and _SPACES.fullmatch(text, chain[-1][2], start)):
            chain = []
        chain.append((key, start, end))
    for i, (key, start, end) in enumerate(chain):
        if key not in measures.YIELDING or i == len(chain) - 1:
            return key, text[start:end]
    return None, None


def _counted_in_clause(r: _Reading) -> tuple | None:
    """What a number with no unit counts, as its clause names it: the noun
    after عدد/حصيلة (بلغ عدد القتلى 50), or after عددهم the last definite
    noun (الناخبين المسجلين البالغ عددهم 17 مليونا)."""
    words = r.clause.folded
    found = None
    for i, w in enumerate(words):
        after_count = i > 0 and any(v in _COUNT_OF for v in _variants(words[i - 1]))
        if r.their_number or after_count:
            for v in _variants(w):
                # عدد القتلى، or after عدد a noun in construct: عدد سكانها
                noun = v[2:] if v.startswith("ال") else _PRONOUN_SUFFIX.sub("", v) if after_count else None
                if noun and NOUN.values.get(noun, (None,))[0]:
                    found = NOUN.values[noun]
                    break
    return found


_PRONOUN_SUFFIX = re.compile("(?:ها|هم|هن|ه)$")


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


# ---------------------------------------------------------------- the walk

def find_figures(text: str, numbers: list[Number], dates: list[DateMention]) -> list[Figure]:
    spans = sorted((d.start, d.end) for d in dates)
    starts = [s for s, _ in spans]

    def in_date(n: Number) -> bool:
        i = bisect.bisect_right(starts, n.start) - 1
        return (i >= 0 and spans[i][1] > n.start) or (i + 1 < len(spans) and spans[i + 1][0] < n.end)

    numbers = [n for n in numbers if not in_date(n)]
    readings = [_read(text, n) for n in numbers]
    money = _Money(text)
    figures: list[Figure] = []
    last_end = -1
    for i, r in enumerate(readings):
        if r is None or r.start < last_end:
            continue
        if r.number.dual and last_end >= 0 and _SPACES.fullmatch(text, last_end, r.start):
            continue                            # قتيلان آخران: the second dual agrees with the first
        nxt = readings[i + 1] if i + 1 < len(readings) else None
        if r.kind is None or (r.kind == "count" and r.unit is None and r.among):
            r = _from_neighbours(text, r, nxt, figures) or (r if r.kind else None)
            if r is None:
                continue
        limit = numbers[i + 1].start if i + 1 < len(numbers) else len(text)
        figure = _before_date(text, _figure(text, r, money, limit), starts)
        if figure is not None:
            figures.append(figure)
            last_end = figure.end
    return figures


def _from_neighbours(text: str, r: _Reading, nxt: _Reading | None, figures: list[Figure]) -> _Reading | None:
    """A number with no unit takes one from what stands around it, or is no figure."""
    # a range or list: بين 10 و20 قتيلا، من 5 إلى 7 ملايين دولار
    if nxt is not None and nxt.kind and _RANGE_GAP.fullmatch(text, r.end, nxt.number.start):
        value = r.value
        if nxt.number.scaled and not r.number.scaled and (scale := _scale_of(text, nxt.number)) > value:
            value *= scale
        return replace(r, value=value, kind=nxt.kind, unit=nxt.unit)
    # one of the figure before, or compared with it: بينهم أربعة، رفضت 12 منها، مقابل 120 ألفا
    if figures and r.start - figures[-1].end < 300 and (
            r.among or _next_phrase(text, r.end, _OF_THEM)):
        return replace(r, kind=figures[-1].kind, unit=figures[-1].unit)
    # the dead or the wounded: مقتل 3 وإصابة 5
    if r.casualty:
        return replace(r, kind=r.casualty, unit="person")
    # an exchange rate: 90 مقابل الدولار
    if against := _AGAINST.match(text, r.end):
        counter = currencies.BARE.get(_CURRENCY_NOUN.get(against.group("n")))
        if counter and (quoted := _quoted_currency(text, r, counter)):
            return replace(r, kind="code", unit=quoted)            # (code, why)
    # the clause names what is counted: بلغ عدد القتلى 50
    if (counted := _counted_in_clause(r)) is not None:
        return replace(r, kind=counted[0], unit=counted[1])
    if r.number.scaled and r.value is not None:
        # its sentence's figure before, whose unit it leaves unsaid: الصادرات 5 مليارات دولار
        # والواردات 3 مليارات
        prev = figures[-1] if figures else None
        if prev and r.start - prev.end < 150 and not _CLAUSE_END.search(text, prev.end, r.start):
            return replace(r, kind=prev.kind, unit=prev.unit)
        return replace(r, kind="count", unit=None)               # 17 مليونا: a figure, of what unsaid
    return None



def _scale_of(text: str, n: Number) -> float:
    """The multiplier of the last scale word of a number (5 ملايين → 1e6)."""
    words = _folded(_WORD.findall(text, n.start, n.end))
    return next((SCALE.values[w][0] for w in reversed(words) if w in SCALE.values), 1.0)


def _figure(text: str, r: _Reading, money: _Money, limit: int) -> Figure | None:
    kind, unit, value, reason = r.kind, r.unit, r.value, None
    end = r.end
    if kind == "currency":
        adjective = _NEXT_WORDS.match(text, end)
        code, reason = money.code(unit, adjective and adjective.group(1))
        if adjective and _qualified(unit, adjective.group(1)):
            end = adjective.end(1)                               # دينار كويتي
            if rate := _next_phrase(text, end, _RATE):
                end = rate[1]
        kind, unit = "money", code
    elif kind == "subunit":
        (unit, factor), kind = unit, "money"                     # 45 سنتا is 0.45 USD
        value = None if value is None else float(f"{value * factor:.12g}")
    elif kind == "code":
        if isinstance(unit, tuple):
            unit, reason = unit
        kind = "money"
    if kind == "money" and unit is None:
        return None
    r = replace(r, end=end)
    before, after = _context(text, r, limit)
    if kind == "people?":
        kind, unit = _casualty(r, before, after), "person"
        if kind != "people" and _disease_after(text, r.end):
            kind = "people"                                      # إصابة 45 شخصا بالفيروس: cases
    elif kind == "case?":
        kind = "people" if _disease_after(text, r.end) else "injured"
    elif kind == "count" and unit == "case" and _disease_after(text, r.end):
        kind, unit = "people", "person"                          # 200 حالة بالكوليرا: people
    measure, measure_text = _measure(text, r, kind, before)
    return Figure(text=text[r.start:r.end], start=r.start, end=r.end, value=value, kind=kind,
                  unit=unit, approx="vague" if value is None else r.approx, measure=measure,
                  measure_text=measure_text, unit_reason=reason)


def _before_date(text: str, figure: Figure | None, date_starts: list[int]) -> Figure | None:
    """A figure's words never run into a date: "34.8 مليار دولار في الشهر
    السابق" ends before في, whose الشهر begins a date, not a rate."""
    if figure is None:
        return None
    k = bisect.bisect_right(date_starts, figure.start)
    if k == len(date_starts) or date_starts[k] >= figure.end:
        return figure
    head = text[figure.start:date_starts[k]].rstrip()
    rest, _, last = head.rpartition(" ")
    if rest and fold(last) in _DATE_PREPOSITIONS:
        head = rest.rstrip()
    return replace(figure, text=head, end=figure.start + len(head))


_DATE_PREPOSITIONS = {fold(w) for w in ("في", "منذ", "خلال", "حتى", "قبل", "بعد", "من", "إلى")}


def _disease_after(text: str, pos: int) -> bool:
    """Is a disease named just after (بالكوليرا، جديدة بفيروس كورونا)?"""
    m = _NEXT_WORDS.match(text, pos)
    words = _folded([w for w in m.groups() if w]) if m else []
    return any(any(v in _DISEASE or v.startswith("ال") and v[2:] in _DISEASE for v in _variants(w))
               for w in words[:2])
