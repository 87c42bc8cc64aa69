"""The one phrase table (arabic.Lexicon): entries of one and of several
words, with clitics, looked up at a word, ending at a word, and found in a run."""
from analysis.arabic import Lexicon, fold

TABLE = Lexicon({"الولايات المتحدة": "US", "الصين": "CN", "حلف الناتو": "NATO", "الناتو": "NATO*"})


def words(s):
    return [fold(w) for w in s.split()]


def test_the_longest_entry_at_a_word_with_its_clitics():
    hit = TABLE.at(words("وللولايات المتحدة موقف"), 0)
    assert (hit.value, hit.n, hit.clitics) == ("US", 2, "ول")
    assert TABLE.at(words("بالصين"), 0).value == "CN"
    assert TABLE.at(words("الولايات العربية"), 0) is None       # the first word alone is no entry


def test_one_word_says_when_a_longer_entry_may_start():
    assert TABLE.one_word(fold("والصين")).value == "CN"
    assert TABLE.one_word(fold("الولايات")) is False            # ask `at`: it may start الولايات المتحدة
    assert TABLE.one_word(fold("موسكو")) is None


def test_ending_finds_the_entry_that_ends_a_run():
    assert TABLE.ending(words("قال أمين عام حلف الناتو")) == "NATO"
    assert TABLE.ending(words("قال الناتو")) == "NATO*"
    assert TABLE.ending(words("الناتو قال")) is None
    assert TABLE.ending(words("الصين أمس"), within=1) == "CN"
    assert TABLE.ending([]) is None


def test_found_in_never_overlaps():
    found = list(TABLE.found_in(words("الولايات المتحدة والصين وحلف الناتو")))
    assert [(v, i, n) for v, i, n in found] == [("US", 0, 2), ("CN", 2, 1), ("NATO", 3, 2)]
