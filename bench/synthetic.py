"""Synthetic articles of an exact size, made of real Arabic news sentences.

The sentences come from the sample article and the dev set's texts, reshuffled
with a fixed seed, so every run (and every machine) times the same text.
"""
from __future__ import annotations

import json
import random
import re
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "article_russia_china.txt"
DEV = ROOT / "tests" / "data" / "dev.jsonl"      # a copy of ../shared/eval/dev.jsonl
SEED = 20250403
PARAGRAPH = 5                      # sentences a paragraph

# a sentence ends at . ! ? ؟ followed by a space (not 5.4), at a line break,
# or (in a news ticker) at a wide gap of spaces between two headlines
_BREAK = re.compile(r"(?<=[.!?؟])\s+|\n+|\s{3,}")


def sentences(text: str) -> list[str]:
    return [s for s in (" ".join(p.split()) for p in _BREAK.split(text)) if len(s) > 1]


@lru_cache(maxsize=1)
def source_sentences() -> tuple[str, ...]:
    texts = [SAMPLE.read_text(encoding="utf-8")]
    if DEV.exists():
        with DEV.open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    return tuple(s for t in texts for s in sentences(t))


def article(chars: int, seed: int = SEED) -> str:
    """An article of exactly `chars` characters: shuffled sentences, a
    paragraph break every few, the last sentence cut to fit."""
    pool = list(source_sentences())
    rng = random.Random(seed)
    pieces, size, n = [], 0, 0
    while size < chars:
        rng.shuffle(pool)
        for s in pool:
            sep = "" if n == 0 else ("\n" if n % PARAGRAPH == 0 else " ")
            pieces.append(sep + s)
            size += len(sep) + len(s)
            n += 1
            if size >= chars:
                break
    return "".join(pieces)[:chars]
