r"""No regular expression of the engine can backtrack catastrophically.

Every compiled pattern the `analysis` package holds (module and class
attributes, inside dicts and lists, and each Lexicon's compiled pattern) is
run over adversarial strings — long runs of digits, separators, digits and
separators alternating, diacritics and tatweel, spaces, repeated month names,
number words and و — at 2,000 and at 20,000 characters, and so is analyze().
Ten times the text may take at most 30 times as long (linear, with room for a
loaded machine), under a generous absolute cap.

Two ways to be slow are told apart. One match attempt that backtracks
without end is catastrophic wherever the pattern is used: every pattern gets
one attempt at the start of the text. A pattern that is linear per attempt
can still be quadratic when tried at every position (`\s+x` over spaces):
that matters only for patterns the engine scans whole texts with
(`.search`, `.finditer`, `.sub`… on an unbounded text, read from the
module's source, and every Lexicon), so those are also scanned.

Python's re has no step counter, so time is the measure: each figure is the
best of a few runs, and a run that would never end is cut off by an alarm
instead of hanging the suite. This is a guard against exponential and
quadratic blow-ups, not a speed test (bench/ measures speed).
"""
from __future__ import annotations

import ast
import contextlib
import importlib
import inspect
import pkgutil
import re
import signal
import time
from dataclasses import dataclass

import pytest

import analysis
from analysis import analyze
from analysis.arabic import WORD_END, WORD_START, Lexicon

SMALL, LARGE = 2_000, 20_000
GROWTH = 30            # LARGE / SMALL is 10: allow 30× the time
FLOOR = 0.05           # s: below this a large run passes whatever its ratio (timer noise)
CAP = 2.0              # s: no pattern may take longer on 20,000 characters
ANALYZE_FLOOR, ANALYZE_CAP = 0.25, 5.0

# What a piece of adversarial text repeats.
UNITS = {
    "digits": ["7", "٧", "۷", "1234567890"],
    "separators": [",", ".", "٫", "٬", "/", "-", "–", ",.٫٬/-–", ". ", ", "],
    "digits and separators": ["1,", "1.", "١٫", "١٬", "1/", "1-", "1–", "12,345.", "1ر", "1 ,",
                              "1 - ", "1/1/", "١٢/", "30.12.", "1 %", "1٪"],
    "diacritics and tatweel": ["\u064e", "ـ", "\u064b\u0651", "بَ", "ـَ", "اً", "\u200f", "\u200c"],
    "spaces": [" ", "\u00a0", "\n", " \n\t", "\u2009", " ، "],
    "month names": ["يناير ", "كانون الثاني ", "جانفي/", "يوليوز", "رمضان 1446 هـ ", "ديسمبر",
                    "ربيع الأول ", "ذي الحجة ", "30 ديسمبر 2022 - ", "من يناير وحتى "],
    "number words": ["ثلاثة ", "ألف ", "مليون و", "ثلاثة وعشرين و", "مئة و", "خمسة آلاف و",
                     "مليار ", "5.4 مليار دولار ", "عشرات ", "الأول من "],
    "و": ["و", "و ", "و1", "وو ", "وال", "و-"],
    "near misses": ["ينا", "كانون ", "مليو", "ثلاث", "ال", "الـ", "عام ", "سنة 2", "هـ", "يوم "],
}
FAMILIES = [(f"{kind}: {unit!r}", unit) for kind, units in UNITS.items() for unit in units]


def adversarial(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# ---------------------------------------------------------------- the patterns

SCANNING = {"search", "finditer", "findall", "sub", "subn", "split", "scanner"}


def _modules():
    for info in pkgutil.walk_packages(analysis.__path__, "analysis."):
        yield importlib.import_module(info.name)


def _scanned_names(module) -> set[str]:
    """Names the module scans a whole text with (`NAME.search(text)`), read
    from its source. A scan of a bounded slice (`NAME.search(data[:8192])`)
    does not count: it cannot grow with the input."""
    try:
        tree = ast.parse(inspect.getsource(module))
    except (OSError, TypeError, SyntaxError):
        return set()
    names = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in SCANNING and isinstance(node.func.value, ast.Name)):
            bounded = [a for a in node.args[:2] if isinstance(a, ast.Subscript)
                       and isinstance(a.slice, ast.Slice) and isinstance(a.slice.upper, ast.Constant)]
            if not bounded:
                names.add(node.func.value.id)
    return names


@dataclass(frozen=True)
class EnginePattern:
    where: str            # module.NAME, as the engine holds it
    pattern: re.Pattern
    scanned: bool         # run over whole texts, not only matched at a position


def _collect(where: str, value, scanned: bool, found: dict, depth: int = 0) -> None:
    if isinstance(value, re.Pattern):
        old = found.get((value.pattern, value.flags))
        if old is None or (scanned and not old.scanned):
            found[value.pattern, value.flags] = EnginePattern(where, value, scanned)
    elif isinstance(value, Lexicon):                    # a word list is made to be scanned for
        _collect(f"{where}.pattern", re.compile(f"{WORD_START}(?:{value.pattern}){WORD_END}"), True, found, depth)
    elif depth < 3 and isinstance(value, dict):
        for key, item in value.items():
            _collect(f"{where}[{key!r}]", item, True, found, depth + 1)
    elif depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
        for i, item in enumerate(value):
            _collect(f"{where}[{i}]", item, True, found, depth + 1)


def engine_patterns() -> list[EnginePattern]:
    found: dict = {}
    for module in _modules():
        scanned = _scanned_names(module)
        for name, value in vars(module).items():
            if inspect.isclass(value) and value.__module__ == module.__name__:
                for attr, item in vars(value).items():
                    _collect(f"{module.__name__}.{name}.{attr}", item, True, found, 1)
            else:
                _collect(f"{module.__name__}.{name}", value, name in scanned, found)
    return sorted(found.values(), key=lambda p: p.where)


PATTERNS = engine_patterns()


# ---------------------------------------------------------------- timing

@contextlib.contextmanager
def cut_off_after(seconds: float, what: str):
    """Stop a run that would hang (re checks for signals while it backtracks)."""
    def alarm(*_):
        raise TimeoutError(f"{what}: still running after {seconds:g} s")
    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def best_time(run, text: str, cap: float, what: str, tries: int = 3) -> float:
    best = float("inf")
    for _ in range(tries):
        with cut_off_after(cap, what):
            t0 = time.perf_counter()
            run(text)
            best = min(best, time.perf_counter() - t0)
    return best


def growth_problems(run, name: str, floor: float, cap: float, families=None, enough: int = 3) -> list[str]:
    """Families on which `run` grew faster than linearly (at most `enough`)."""
    problems = []
    for family, unit in families or FAMILIES:
        what = f"{name} on {family}"
        small_text, large_text = adversarial(unit, SMALL), adversarial(unit, LARGE)
        try:
            small = best_time(run, small_text, cap, what)
            large = best_time(run, large_text, cap, what, tries=1)
            if large > max(floor, GROWTH * small):                  # or was it the machine?
                large = min(large, best_time(run, large_text, cap, what, tries=2))
        except TimeoutError as stopped:
            problems.append(str(stopped))
        except Exception as e:
            problems.append(f"{what}: raised {type(e).__name__}: {str(e)[:100]}")
        else:
            if large > max(floor, GROWTH * small):
                problems.append(f"{what}: {SMALL:,} chars {small * 1e3:.2f} ms, "
                                f"{LARGE:,} chars {large * 1e3:.2f} ms ({large / small:.0f}×)")
        if len(problems) >= enough:
            problems.append("(stopped looking)")
            break
    return problems


def _as_input(pattern: re.Pattern, text: str):
    return text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text


def _one_attempt(pattern: re.Pattern):
    """One match attempt at the start: catastrophic backtracking proper."""
    def run(text: str) -> None:
        pattern.match(_as_input(pattern, text))
    return run


def _scan(pattern: re.Pattern):
    """A scan of the whole text: an attempt at every position."""
    def run(text: str) -> None:
        for _ in pattern.finditer(_as_input(pattern, text)):
            pass
    return run


# ---------------------------------------------------------------- the tests

def test_the_engine_patterns_are_found():
    """Without this the checks below could pass by finding nothing."""
    where = [p.where for p in PATTERNS]
    assert len(PATTERNS) >= 10, where
    assert any(w.endswith(".pattern") for w in where), "no Lexicon pattern found"
    assert any(w.startswith("analysis.extract.numbers.") for w in where)
    assert any(w.startswith("analysis.extract.dates.") for w in where)
    assert any(p.scanned for p in PATTERNS) and not all(p.scanned for p in PATTERNS)


def test_the_guard_catches_what_it_is_for():
    """An exponential pattern is cut off; a quadratic one is caught by its
    growth, in one attempt and in a scan; linear ones pass."""
    with pytest.raises(TimeoutError):
        with cut_off_after(0.5, "(a+)+$"):
            re.match(r"(a+)+$", "a" * 64 + "b")
    spaces, cap = [("spaces", " ")], 0.5
    assert growth_problems(_one_attempt(re.compile(r"\s*,?\s*x")), "two stars", FLOOR, cap, spaces)
    assert growth_problems(_scan(re.compile(r"\s+x")), "rescans", FLOOR, cap, spaces)
    assert not growth_problems(_one_attempt(re.compile(r"\s*(?:,\s*)?x")), "one star", FLOOR, cap, spaces)
    assert not growth_problems(_scan(re.compile(r"(?<!\s)\s+x")), "scans once", FLOOR, cap, spaces)


@pytest.mark.parametrize("p", PATTERNS, ids=[p.where for p in PATTERNS])
def test_one_match_attempt_is_linear(p):
    problems = growth_problems(_one_attempt(p.pattern), p.where, FLOOR, CAP)
    assert not problems, "\n".join(problems)


SCANNED = [p for p in PATTERNS if p.scanned]


@pytest.mark.parametrize("p", SCANNED, ids=[p.where for p in SCANNED])
def test_a_scan_of_the_whole_text_is_linear(p):
    problems = growth_problems(_scan(p.pattern), p.where, FLOOR, CAP)
    assert not problems, "\n".join(problems)


def test_analyze_time_grows_linearly():
    problems = growth_problems(analyze, "analyze()", ANALYZE_FLOOR, ANALYZE_CAP)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("family, unit", FAMILIES, ids=[f for f, _ in FAMILIES])
def test_analyze_returns_on_adversarial_text(family, unit):
    text = adversarial(unit, SMALL)
    a = analyze(text)
    for m in (*a.dates, *a.figures):
        assert text[m.start:m.end] == m.text
