"""Where the story starts: after the dateline (الرباط - 20 فبراير 2025 (ومع) -،
بغداد - ), which no event's clause includes."""
from __future__ import annotations

import re

from ...model import DateMention

# after a dated dateline: the agency's credit, then the dash or colon
_AFTER_DATE = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–—:]+\s*")
# a dateline of a place alone: up to three words, an agency's credit, a spaced dash
_PLACE_ONLY = re.compile(r"\s*(?:[^\W\d_]\S*\s+){0,2}[^\W\d_][^\s()]*\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]\s+")


def story_start(text: str, dates: list[DateMention]) -> int:
    """The offset the story starts at: past the dateline, or 0."""
    for d in dates:
        if d.role == "dateline":
            m = _AFTER_DATE.match(text, d.end)
            return m.end() if m else d.end
    m = _PLACE_ONLY.match(text)
    return m.end() if m and "\n" not in m.group() else 0
