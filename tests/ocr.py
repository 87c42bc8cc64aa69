"""Reading Arabic back from pixels with tesseract, to check it was drawn right.

tesseract reads Arabic visually and returns logical text: a correctly shaped
word comes back as itself; an unshaped or twice-reversed one comes back
mirrored (رالود for دولار). The recipe (RECIPES.md): greyscale, ×2 LANCZOS,
a 20 px white border; page segmentation modes 3, 6 and 11 pooled; NFKC, no
diacritics, tatweel or bidi controls, أإآ→ا ى→ي ة→ه; Arabic words of 2+ letters.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

TESSERACT = shutil.which("tesseract")
MODES = (3, 6, 11)
PASS_SHARE = 0.8

_DIACRITICS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED"
_DROP = re.compile(f"[{_DIACRITICS}\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c]")   # + tatweel, bidi
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_WORD = re.compile("[\u0621-\u064A\u066E-\u06D3]{2,}")


def has_arabic_model() -> bool:
    if not TESSERACT:
        return False
    langs = subprocess.run([TESSERACT, "--list-langs"], capture_output=True, text=True).stdout.split()
    return "ara" in langs


def normalise(text: str) -> str:
    return _DROP.sub("", unicodedata.normalize("NFKC", text)).translate(_FOLD)


def arabic_words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


def _prepared(png: bytes | Image.Image) -> bytes:
    img = png if isinstance(png, Image.Image) else Image.open(io.BytesIO(png))
    img = img.convert("L")
    img = img.resize((img.width * 2, img.height * 2), Image.Resampling.LANCZOS)
    img = ImageOps.expand(img, border=20, fill=255)
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def read_arabic(png: bytes | Image.Image) -> str:
    """Everything tesseract reads in the image, its three page modes pooled."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}     # the three modes run side by side instead
    with tempfile.TemporaryDirectory() as tmp:
        image = Path(tmp) / "page.png"
        image.write_bytes(_prepared(png))
        runs = [subprocess.Popen([TESSERACT, str(image), "stdout", "-l", "ara", "--psm", str(mode)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
                for mode in MODES]
        outputs = []
        for run in runs:
            out, err = run.communicate()
            if run.returncode:
                raise RuntimeError(f"tesseract failed: {err.decode('utf-8', 'replace').strip()}")
            outputs.append(out.decode("utf-8", "replace"))
    return "\n".join(outputs)


@dataclass(frozen=True)
class Reading:
    expected: tuple[str, ...]
    found: tuple[str, ...]       # expected words read back as themselves
    mirrored: tuple[str, ...]    # expected words read back reversed
    text: str                    # what tesseract returned, pooled

    @property
    def share(self) -> float:
        return len(self.found) / len(self.expected) if self.expected else 0.0

    @property
    def passed(self) -> bool:
        return bool(self.expected) and self.share >= PASS_SHARE and not self.mirrored


def check_arabic(png: bytes | Image.Image, expected_text: str) -> Reading:
    """Does the image read back as `expected_text`'s Arabic words, none mirrored?"""
    return check_words(read_arabic(png), expected_text)


def check_words(read: str, expected_text: str) -> Reading:
    """Are `expected_text`'s Arabic words in what tesseract `read`, none mirrored?"""
    expected = tuple(dict.fromkeys(arabic_words(expected_text)))
    seen = set(arabic_words(read))
    found = tuple(w for w in expected if w in seen)
    # a palindrome (or a word whose mirror is also expected) cannot tell a mirror from itself
    mirrored = tuple(w for w in expected if w[::-1] in seen and w[::-1] not in expected)
    return Reading(expected, found, mirrored, read)
