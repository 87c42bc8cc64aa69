"""Arabic that PDFs and copies from PDF viewers break: presentation forms, visual order."""
from __future__ import annotations

import re
import unicodedata

from ..arabic import MARKS

_AR = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
_ARABIC_LETTER = re.compile(f"[{_AR}]")
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdef\ufe70-\ufefc]+")   # not the word ligatures ﷺ ﷲ ﷼
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_VISIBLE = re.compile("[^\\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")   # not a space or mark
# Words as Arabic writes them (ال at the start, ة and ى only at the end)
# against the same words reversed (لا at the end, ة and ى at the start). Only
# the reversed ة and ى are proof: قليلا and مثلا end in لا as written.
_READING_ORDER_CUES = re.compile(f"(?<![{_AR}{MARKS}])[وفبكل]?ال(?=[{_AR}])"
                                 f"|(?<=[{_AR}])[ةى](?![{_AR}{MARKS}])")
_PROOF = f"(?<![{_AR}{MARKS}])[ةى](?=[{_AR}])"
_REVERSED_CUES = re.compile(f"(?<=[{_AR}][{_AR}])لا[وفبكل]?(?![{_AR}{MARKS}])|{_PROOF}")
_REVERSED_PROOF = re.compile(_PROOF)
_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_ARABIC_PIECE = re.compile(f"[{_AR}{MARKS}]+")      # a word of Arabic letters alone


def repair_arabic(text: str, warnings: list[str]) -> str:
    """Undo what PDF text layers do to Arabic; note each repair in `warnings`.
    Text that needs none comes back as it is."""
    if _LONE_SURROGATE.search(text):
        text = _LONE_SURROGATE.sub("\ufffd", text)
        warnings.append("broken characters (lone UTF-16 surrogates) were replaced with �")
    forms = sum(len(m) for m in _PRESENTATION_FORMS.findall(text))
    if forms:
        text = _fold_forms(text)
        warnings.append(f"{forms:,} Arabic letters were in presentation forms (as PDFs store "
                        "them) and were turned back into ordinary letters")
    sample = text[:200_000]
    reversed_cues = len(_REVERSED_CUES.findall(sample))
    if (reversed_cues >= 3 and reversed_cues > 2 * len(_READING_ORDER_CUES.findall(sample))
            and _REVERSED_PROOF.search(sample)):
        text, n = _to_reading_order(text)
        if n:
            warnings.append(f"{n:,} lines of Arabic were in visual (reversed) order and were put back "
                            "in reading order: check figures and dates against the original")
    return text


def _fold_forms(text: str) -> str:
    return _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def _to_reading_order(text: str) -> tuple[str, int]:
    from bidi import get_display

    lines, turned = text.split("\n"), 0
    for i, line in enumerate(lines):
        if not _ARABIC_LETTER.search(line):
            continue
        if len(_REVERSED_CUES.findall(line)) >= len(_READING_ORDER_CUES.findall(line)):
            # the bidi algorithm turns visual order back into reading order;
            # brackets were drawn mirrored, so they are swapped back
            lines[i] = get_display(line, base_dir="R").translate(_MIRRORED)
            turned += 1
    return "\n".join(lines), turned
