"""Where the story starts: after the dateline (الرباط - 20 فبراير 2025 (ومع) -،
بغداد - ), which no event's clause includes."""
from __future__ import annotations

import re

from ...model import DateMention
from ...text import Text

# what closes a dateline: an agency's credit, then a dash (or, after a date, a colon);
# or the credit between slashes (دبي في 2 مايو/ وام/، القاهرة في 14 يناير /أ ش أ/)
_AFTER_DATE = re.compile(r"\s*(?:(?:\([^()\n]{1,30}\)\s*)?[-–—:]+|/[^/\n]{1,30}/[-–—:]?)\s*")
_AFTER_PLACE = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?[-–—]+[ \t]+")
PLACE_WORDS = 3               # a dateline of a place alone: at most this many words


def story_start(layer: Text, dates: list[DateMention]) -> int:
    """The offset the story starts at: past the dateline, or 0."""
    text = layer.text
    for d in dates:
        if d.role == "dateline":
            m = _AFTER_DATE.match(text, d.end)
            return m.end() if m else d.end
    for i in range(min(PLACE_WORDS, len(layer))):
        if i and not layer.spaced(layer.ends[i - 1], layer.starts[i]):
            break                                   # a place's words stand side by side
        m = _AFTER_PLACE.match(text, layer.ends[i])
        if m and not text[:layer.starts[0]].strip():
            return m.end()
    return 0
