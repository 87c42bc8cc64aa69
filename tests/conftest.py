"""Hypothesis runs the same examples on every CI run (derandomized: a red run
is never luck) and searches afresh on a developer's machine, where a new seed
can find a new bug; a bug once found is pinned with @example beside its test."""
import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
