"""The engine's output on every known text equals the kept one (tests/snapshot):
a rule change updates the kept outputs in the same commit, so the diff shows
what it changed; a refactor or a speed-up leaves them as they are."""
from tests import snapshot


def test_outputs_equal_the_kept_ones():
    lines = snapshot.differences(snapshot.kept(), snapshot.current())
    assert not lines, ("the output changed; if the change is meant, run `python -m tests.snapshot --update` "
                       "and commit the diff:\n" + "\n".join(lines[:60]))
