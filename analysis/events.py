"""Events: each dated statement, with its label, category, actors and figures.

How a text becomes events:

1. Date mentions that name one time together form a group: the two ends of a
   range (من 30 أغسطس وحتى 5 سبتمبر 2022، 21 – 27 ديسمبر، بين X وY) and a date
   with its equivalent in the other calendar (… هـ الموافق …).
2. In one sentence, a coarser date that encloses a finer one (التفاعل
   المشترك – 2022 … من 21 – 27 ديسمبر 2022) restates its period and joins the
   finer date's event; an undated mention joins a dated one in its clause.
3. Each remaining group is an event. Several in one sentence split it at a
   clause separator (، ؛) between them; dates with no separator between them
   (a list: في 16 نوفمبر و28 ديسمبر) are events that share their clause.
4. The clause gives the rest: the trigger nearest the date (a noun, else a
   verb) gives the category and where the label starts; countries, bodies and
   titled people in the clause are the actors; figures in it are its figures.

Events are ordered by the start of their period, then by position; events
with no resolved year (date_value None) come last, in text order.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import accumulate, compress
from typing import NamedTuple

from .arabic import MARKS, WORD_END, WORD_START, fold, words_pattern
from .lexicon.actors import BODIES, CAPITALS, MINISTRIES, NAME_STOPS, NOT_ACTORS, TITLES
from .lexicon.clauses import BETWEEN, DANGLING, EQUIVALENCE_WORDS, PERIOD_NOUNS, RANGE_WORDS
from .lexicon.countries import COUNTRY_WORDS
from .lexicon.triggers import TRIGGERS
from .model import DateMention, Event, Figure
from .timex import period

LABEL_WORDS = 12
RESTATEMENT_REACH = 6

# --- words found by look-up ------------------------------------------------------
#
# Triggers and actors are found by looking words up, not by one regex over the
# text: the text is split at spaces (str.split, C speed) and each distinct
# token is read once per process and remembered, as spaCy's tokenizer caches
# its tokens. A reading folds the word (arabic.fold: marks, alef/hamza forms,
# ى/ي, ة/ه), tries it bare and without its glued clitics (و ف, then ب ل ك),
# and, for triggers, without an ending (اجتماعاً، قمته). A word that starts a
# lexicon entry of several words (حلف الناتو، الولايات المتحدة) is completed
# against the words that follow it in the text.

_PIECE = re.compile(f"(?:[^\\W\\d_]|[{MARKS}])+")
_TRIGGER_ENDINGS = ("ا", "ان", "ين", "ه", "ها", "هم", "هما")      # folded: ة is ه


class _Table:
    """Lexicon entries of one or several words, keyed by their folded words."""

    def __init__(self, entries: dict, endings: tuple[str, ...] = ()):
        self.single: dict[str, tuple] = {}
        self.heads: dict[str, list[tuple[tuple[str, ...], tuple]]] = {}
        for word, value in entries.items():
            first, *rest = fold(word).split()
            if rest:
                self.heads.setdefault(first, []).append((tuple(rest), value))
            else:
                self.single.setdefault(first, value)
        for continuations in self.heads.values():
            continuations.sort(key=lambda c: -len(c[0]))
        self.endings: dict[str, list[str]] = {}       # by last letter, longest first
        for e in sorted(endings, key=len, reverse=True):
            self.endings.setdefault(e[-1], []).append(e)
        # A quick "no": the first four letters of every form a stem may have.
        self.openings: set[str] = set()
        for key in (*self.single, *self.heads):
            for form in (key, *(key + e for e in endings)):
                self.openings.add(form[:4])

    def read(self, word: str):
        """(clitics' length, value, continuations) for a folded word, or None."""
        for clitics, stem in _readings(word):
            if stem[:4] not in self.openings:
                continue
            for bare in (stem, *(stem[:-len(e)] for e in self.endings.get(stem[-1], ())
                                 if stem.endswith(e) and len(stem) > len(e) + 1)):
                value, heads = self.single.get(bare), self.heads.get(bare)
                if value or heads:
                    return clitics, value, heads
        return None


def _readings(word: str) -> list[tuple[int, str]]:
    """The word bare, then without و/ف, then without ب/ل/ك after them."""
    out = [(0, word)]
    if len(word) > 2 and word[0] in "وف":
        out.append((1, word[1:]))
    for n, stem in list(out):
        if len(stem) > 2 and stem[0] in "بلك":
            out.append((n + 1, stem[1:]))
    return out


def _with_article(word: str, add: bool) -> list[str]:
    """A word with the forms the article makes: الصين → للصين; اجتماع → الاجتماع، للاجتماع."""
    if word.startswith("ال"):
        return [word, "لل" + word[2:]]
    return [word, "ال" + word, "لل" + word] if add else [word]


def _trigger_table() -> _Table:
    entries: dict[str, tuple[str, bool]] = {}
    for word, (category, verb) in TRIGGERS.items():
        forms = _with_article(word, add=not verb)
        if not verb and word.endswith("ة"):       # قمة → قمته، زيارتها
            forms += [word[:-1] + "ت" + s for s in ("ه", "ها", "هم", "هما", "ين", "ان")]
        for f in forms:
            entries.setdefault(f, (category, verb))
    return _Table(entries, _TRIGGER_ENDINGS)


def _actor_table() -> _Table:
    entries: dict[str, tuple[str, str]] = {}
    for words, kind in ((NOT_ACTORS, "place"), (TITLES, "title")):
        for w in words:
            for f in _with_article(w, add=kind == "title" and " " not in w):
                entries.setdefault(f, (kind, w))
    for table, kind in ((BODIES, "body"), (COUNTRY_WORDS, "country"), (CAPITALS, "country")):
        for w, name in table.items():
            for f in _with_article(w, add=False):
                entries.setdefault(f, (kind, name))
    return _Table(entries)


TRIGGER = _trigger_table()
ACTOR = _actor_table()
_TABLES = (TRIGGER, ACTOR)


class _TokenCache:
    """What each token, as written, holds; shared by calls, replaced when full."""
    LIMIT = 200_000

    def __init__(self):
        self.words: dict[str, tuple] = {}     # token → the lexicon words in it
        self.first: dict[str, tuple] = {}     # token → its first word, folded


_CACHE = _TokenCache()


class _Hit(NamedTuple):
    start: int          # the word as written, clitics included
    end: int
    stem: int           # where it starts without its clitics (بالاجتماع → الاجتماع)
    value: tuple


def _read_token(token: str, cache: _TokenCache) -> tuple:
    """Every lexicon word in a space-delimited token, as
    (start, end, stem, table, value, continuations); also notes the token's
    first word, folded, for entries of several words."""
    found = []
    first = (None, 0, False)
    for piece in _PIECE.finditer(token):
        word = fold(piece.group())
        if not word:
            continue
        if piece.start() == 0:
            first = (word, piece.end(), piece.end() == len(token))
        for t, table in enumerate(_TABLES):
            reading = table.read(word)
            if reading:
                clitics, value, heads = reading
                if piece.end() != len(token):
                    heads = None               # punctuation ends an entry of several words
                stem = piece.start() + _after_letters(piece.group(), clitics)
                found.append((piece.start(), piece.end(), stem, t, value, heads))
    cache.first[token] = first
    return tuple(found)


def _after_letters(s: str, n: int) -> int:
    """Offset in `s` after its first n letters (a mark between them is skipped)."""
    i = 0
    while n:
        n -= bool(fold(s[i]))
        i += 1
    return i


def _lookup(text: str, spans: list[tuple[int, int]]) -> tuple[list[_Hit], list[_Hit]]:
    """Triggers and actors in these spans of the text, in text order."""
    global _CACHE
    if len(_CACHE.words) > _TokenCache.LIMIT:
        _CACHE = _TokenCache()          # a call still running keeps the old one
    cache = _CACHE
    hits: tuple[list[_Hit], list[_Hit]] = ([], [])
    for span_start, span_end in spans:
        tokens = text[span_start:span_end].split(" ")
        seen = list(map(cache.words.get, tokens))
        if None in seen:                       # tokens not met before
            for i, token in enumerate(tokens):
                if seen[i] is None:
                    found = cache.words.get(token)         # the same token earlier in this span
                    if found is None:
                        found = cache.words[token] = _read_token(token, cache)
                    seen[i] = found
        # token i starts after the lengths of the tokens before it and i spaces
        lengths = list(accumulate(map(len, tokens), initial=span_start))
        covered = [0, 0]
        for i in compress(range(len(tokens)), seen):
            base = lengths[i] + i
            for start, end, stem, t, value, heads in seen[i]:
                if base + start < covered[t]:
                    continue
                end += base
                if heads:
                    longer = _complete(cache, tokens, lengths, i + 1, heads)
                    if longer:
                        end, value = longer
                if value:
                    hits[t].append(_Hit(base + start, end, base + stem, value))
                    covered[t] = end
    return hits


def _complete(cache: _TokenCache, tokens: list[str], lengths: list[int], j: int,
              heads) -> tuple[int, tuple] | None:
    """The longest entry that the tokens from j on complete: (its end, its value)."""
    for rest, value in heads:
        if j + len(rest) > len(tokens):
            continue
        for k, word in enumerate(rest):
            folded, end, whole = cache.first[tokens[j + k]]
            if folded != word or (not whole and k < len(rest) - 1):
                break
        else:
            last = j + len(rest) - 1
            return lengths[last] + last + end, value
    return None


_MINISTRY_RE = re.compile(rf"\s+(?:{words_pattern(MINISTRIES)}){WORD_END}")
_NAME_STOPS = frozenset(fold(w) for w in NAME_STOPS)
_SPACE = re.compile(r" *")
_WORD = re.compile(r"[^\W\d_][^\s،,.:;؛!?؟\"«»()]*")

# one character class first, so the regex engine skips to candidates in C
_SENTENCE_END = re.compile(r"[.!?؟:\n](?:(?<=[.!?؟])[.!?؟]*[\"'»”)]*(?=\s|$)|(?<=\n)|(?<=:)(?!\s*[\"«“]))")
_TICKER_GAP = re.compile(r"[ \u00a0]{3,}")          # headline tickers separate items by runs of spaces
_SEPARATOR = re.compile(r"[،,؛;]")
# what may stand between two mentions of one period; possessive spaces (\s*+)
# never give back what they took, so a long run of spaces costs one pass
_RANGE_GAP = re.compile(rf"\s*+(?:[-–—/]|(?:[،,]\s*+)?(?:و\s*+)?(?:{words_pattern(RANGE_WORDS)}){WORD_END})\s*+")
_AND_GAP = re.compile(r"\s*+و\s*+")
_BETWEEN = re.compile(rf"{WORD_START}{BETWEEN}\s++(?:(?:{words_pattern(PERIOD_NOUNS)})\s++)?$")
_EQUIVALENT_GAP = re.compile(rf"\s*+(?:[(،,-]\s*+)?(?:{words_pattern(EQUIVALENCE_WORDS)})\s*+")
_PAREN_GAP = re.compile(r"\s*+\(\s*+")
_LABEL_PUNCT = " \t\n،,:;؛.-–—\"'«»“”("
_DANGLING = frozenset(fold(w) for w in DANGLING)
_LABEL_SPAN = re.compile(rf"(?:\S+\s+){{0,{LABEL_WORDS - 1}}}\S+")
_LEAD = re.compile(r"[\s\"'«»“”(]*(?:\d{1,2}\s*[-–)]\s*(?=[^\W\d_]))?[\s\"'«»“”(]*")


# --- groups of date mentions -----------------------------------------------------

@dataclass
class _Group:
    members: list[int]                      # indexes into dates
    start: int
    end: int
    value: str | None
    span: tuple[dt.date, dt.date] | None
    attached: list["_Group"] = field(default_factory=list)

    def all_members(self) -> list[int]:
        out = list(self.members)
        for g in self.attached:
            out += g.all_members()
        return out


def _group_dates(text: str, dates: list[DateMention]) -> list[_Group]:
    order = sorted(range(len(dates)), key=lambda i: (dates[i].start, dates[i].end))
    groups: list[_Group] = []
    i = 0
    while i < len(order):
        a = dates[order[i]]
        if i + 1 < len(order):
            b = dates[order[i + 1]]
            gap = text[a.end:b.start]
            joined = _joined(text, a, b, gap)
            if joined:
                groups.append(_pair(order[i], order[i + 1], a, b, joined))
                i += 2
                continue
        groups.append(_Group([order[i]], a.start, a.end, a.value if period(a.value) else None,
                             period(a.value)))
        i += 1
    return groups


def _joined(text: str, a: DateMention, b: DateMention, gap: str) -> str | None:
    """How two neighbouring mentions name one time: 'range', 'same' or None."""
    if len(gap) > 24 or b.start < a.end:
        return None
    if _RANGE_GAP.fullmatch(gap):
        return "range"
    if _AND_GAP.fullmatch(gap) and _BETWEEN.search(text[max(0, a.start - 12):a.start]):
        return "range"
    if _EQUIVALENT_GAP.fullmatch(gap) or (_PAREN_GAP.fullmatch(gap) and a.calendar != b.calendar):
        return "same"
    return None


def _pair(i: int, j: int, a: DateMention, b: DateMention, how: str) -> _Group:
    pa, pb = period(a.value), period(b.value)
    if how == "same":
        first = b if a.calendar != "gregorian" and pb else a
        value = first.value if period(first.value) else (a.value if pa else b.value if pb else None)
        span = period(value)
    elif pa and pb:
        span = (min(pa[0], pb[0]), max(pa[1], pb[1]))
        value = f"{span[0].isoformat()}/{span[1].isoformat()}"
    else:
        value = a.value if pa else b.value if pb else None
        span = period(value)
    return _Group([i, j], a.start, b.end, value, span)


def _encloses(big: _Group, small: _Group) -> bool:
    if not (big.span and small.span) or big is small:
        return False
    return (big.span[0] <= small.span[0] and small.span[1] <= big.span[1]
            and big.span[1] - big.span[0] > small.span[1] - small.span[0])


def _merge_restatements(groups: list[_Group]) -> list[_Group]:
    """In one sentence: a coarser date that encloses a finer one near it (among
    the RESTATEMENT_REACH dates on either side) joins it."""
    parent: dict[int, _Group] = {}
    for i, g in enumerate(groups):
        near = groups[max(0, i - RESTATEMENT_REACH):i + RESTATEMENT_REACH + 1]
        inside = [h for h in near if _encloses(g, h)]
        if inside:
            parent[id(g)] = min(inside, key=lambda h: _distance(g.start, g.end, h.start, h.end))
    roots = []
    for g in groups:
        if id(g) in parent:
            target = parent[id(g)]
            while id(target) in parent:
                target = parent[id(target)]
            target.attached.append(g)
        else:
            roots.append(g)
    return roots


def _distance(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, b0 - a1, a0 - b1)


# --- sentences and clauses ---------------------------------------------------------

def _sentences(text: str) -> list[tuple[int, int]]:
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    if "   " in text or "\u00a0\u00a0" in text:
        ends = sorted(ends + [m.end() for m in _TICKER_GAP.finditer(text)])
    spans, start = [], 0
    for end in ends + [len(text)]:
        if end > start:
            spans.append((start, end))
            start = end
    return spans


def _joined_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans that touch, as one."""
    out: list[list[int]] = []
    for start, end in spans:
        if out and out[-1][1] == start:
            out[-1][1] = end
        else:
            out.append([start, end])
    return [(a, b) for a, b in out]


def _cut_between(text: str, left: _Group, right: _Group) -> tuple[int, int] | None:
    """Where to split a sentence between two events: at the last separator
    before the right date that leaves it a clause of its own (two words or
    more before the date), else at the last separator; None if there is none."""
    seps = list(_SEPARATOR.finditer(text, left.end, right.start))
    if not seps:
        return None
    for sep in reversed(seps):
        if len(text[sep.end():right.start].split()) >= 2:
            return sep.start(), sep.end()
    return seps[-1].start(), seps[-1].end()


def _segments(text: str, sentence: tuple[int, int], roots: list[_Group]):
    """Split a sentence among its events: [(start, end, [groups])]."""
    roots.sort(key=lambda g: g.start)
    segments, seg_start, current = [], sentence[0], [roots[0]]
    for left, right in zip(roots, roots[1:]):
        cut = _cut_between(text, left, right)
        if cut:
            segments.append((seg_start, cut[0], current))
            seg_start, current = cut[1], [right]
        else:
            current.append(right)
    segments.append((seg_start, sentence[1], current))
    out = []
    for start, end, groups in segments:
        dated = [g for g in groups if g.span]
        if dated:   # an undated mention in a dated clause restates it
            starts = [d.start for d in dated]
            for g in groups:
                if not g.span:
                    k = bisect.bisect_left(starts, g.start)
                    near = dated[max(0, k - 1):k + 1]
                    min(near, key=lambda d: _distance(g.start, g.end, d.start, d.end)).attached.append(g)
            groups = dated
        out.append((start, end, groups))
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "،,؛;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,؛;:"):
        end -= 1
    return start, end


# --- actors ----------------------------------------------------------------------

def _actors(text: str, hits: list[_Hit]) -> list[tuple[int, str]]:
    """(position, name) of each country, body and titled person, in text order."""
    by_start = {h.start: h for h in hits}
    found = []
    for h in hits:
        kind, name = h.value
        if kind in ("country", "body"):
            found.append((h.start, name))
        elif kind == "title":
            found.append((h.start, _person(text, h, name, by_start)))
    return found


def _person(text: str, title: _Hit, title_word: str, by_start: dict[int, _Hit]) -> str:
    """A title, what it is of (الخارجية، الصيني، حلف الناتو) and the name that follows."""
    parts, pos = [title_word], title.end
    ministry = _MINISTRY_RE.match(text, pos)
    if ministry:
        parts.append(ministry.group().strip())
        pos = ministry.end()
    for _ in range(2):        # a body, then its adjective: أمين عام حلف الناتو، قائد القوات الروسية
        ws = _SPACE.match(text, pos).end()
        following, between = by_start.get(ws), None
        if following is None:             # one definite noun between: القوات الروسية
            word = _WORD.match(text, ws)
            if word and word.group().startswith("ال"):
                following, between = by_start.get(_SPACE.match(text, word.end()).end()), word.group()
        if following is None or following.value[0] not in ("country", "body"):
            break
        parts += [between, text[following.start:following.end]] if between else [text[following.start:following.end]]
        pos = following.end
    return " ".join(parts + _name(text, pos))


def _name(text: str, pos: int) -> list[str]:
    """Up to three words of a name after a title (and an optional comma). A
    name ends at a particle, a definite or feminine word, or و (a conjunction,
    far more often than the first letter of a name)."""
    pos += re.match(r"\s*،?\s*", text[pos:pos + 4]).end()
    words = []
    for w in _WORD.finditer(text, pos, min(len(text), pos + 60)):
        if w.start() != pos:                      # punctuation or a digit between words
            break
        token = w.group()
        if (fold(token) in _NAME_STOPS or token.startswith(("ال", "لل", "بال", "و"))
                or (words and token.endswith("ة"))):
            break
        words.append(token)
        pos = w.end()
        gap = re.match(r" +", text[pos:pos + 3])
        if len(words) == 3 or not gap:
            break
        pos += gap.end()
    return words


# --- events -----------------------------------------------------------------------

def find_events(text: str, dates: list[DateMention], figures: list[Figure]) -> list[Event]:
    if not dates:
        return []
    sentences = _sentences(text)
    sentence_starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[_Group]] = {}
    for g in _group_dates(text, dates):
        k = max(0, bisect.bisect_right(sentence_starts, g.start) - 1)
        by_sentence.setdefault(k, []).append(g)

    triggers, actor_hits = _lookup(text, _joined_spans([sentences[k] for k in sorted(by_sentence)]))
    trigger_starts = [h.start for h in triggers]
    actors = _actors(text, actor_hits)
    actor_starts = [p for p, _ in actors]
    mention_bounds = sorted((d.start, d.end) for d in dates)
    by_figure_start = sorted(range(len(figures)), key=lambda i: figures[i].start)
    figure_starts = [figures[i].start for i in by_figure_start]

    events: list[tuple[tuple, Event]] = []
    for k, groups in by_sentence.items():
        sentence = (sentences[k][0], max(sentences[k][1], groups[-1].end))
        segments = (_segments(text, sentence, _merge_restatements(groups)) if len(groups) > 1
                    else [(*sentence, groups)])
        for seg_start, seg_end, seg_groups in segments:
            for g in seg_groups:
                members = sorted(g.all_members())
                start, end = _strip(text, seg_start, seg_end)
                start = min([start] + [dates[i].start for i in members])
                end = max([end] + [dates[i].end for i in members])
                trig = _nearest_trigger(triggers, trigger_starts, start, end, g)
                lo, hi = bisect.bisect_left(actor_starts, start), bisect.bisect_left(actor_starts, end)
                event = Event(
                    start=start, end=end,
                    label=_label(text, start, end, trig, g, mention_bounds),
                    category=trig.value[0] if trig else "other",
                    date_value=g.value if g.span else None,
                    dates=tuple(members),
                    figures=_figures_within(figures, by_figure_start, figure_starts, start, end),
                    actors=tuple(dict.fromkeys(name for _, name in actors[lo:hi])),
                    trigger=text[trig.stem:trig.end] if trig else None)
                key = (0, g.span[0], start) if g.span else (1, dt.date.min, start)
                events.append((key, event))
    events.sort(key=lambda ke: ke[0])
    return [e for _, e in events]


def _figures_within(figures, order: list[int], starts: list[int], start: int, end: int) -> tuple[int, ...]:
    chosen = order[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
    return tuple(sorted(i for i in chosen if figures[i].end <= end))


def _nearest_trigger(triggers: list[_Hit], starts: list[int], start: int, end: int, g: _Group) -> _Hit | None:
    """The trigger nearest the date in the clause: a noun, else a verb; on a tie the one before."""
    best = None
    for h in triggers[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]:
        if h.end <= end:
            key = (h.value[1], max(0, h.start - g.end, g.start - h.end), h.start > g.start)
            if best is None or key < best[0]:
                best = key, h
    return best[1] if best else None


def _label(text: str, start: int, end: int, trig: _Hit | None, g: _Group, mention_bounds) -> str:
    """At most about LABEL_WORDS words from the trigger (else from the clause's start)."""
    pos = trig.stem if trig else _LEAD.match(text, start, end).end()
    words = _LABEL_SPAN.match(text, pos, end)
    if not words:
        return text[start:end]
    stop = words.end()
    if g.start < stop < g.end:             # never cut the event's own date or range
        stop = g.end
    k = bisect.bisect_left(mention_bounds, (stop, stop))     # nor any other date
    for s, e in mention_bounds[max(0, k - 2):k]:
        if s < stop < e:
            stop = e
    label = trimmed = text[pos:stop]
    while True:
        trimmed = trimmed.rstrip(_LABEL_PUNCT)
        head, _, last = trimmed.rpartition(" ")
        if not head or fold(last) not in _DANGLING:
            break
        trimmed = head
    return trimmed or label
