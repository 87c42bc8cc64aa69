"""Input: the bytes of a file, or pasted text → one Document to analyse.

    load_bytes(data, filename)   .txt (UTF-8, UTF-16, Windows-1256, ISO-8859-6…),
                                 .html (the article, its title and date), .docx, .pdf
    load_text(text)              pasted text

The format is read from the bytes (magic numbers) as well as the name. Both
ways repair the Arabic that PDF text layers break (presentation forms, visual
order) and split page junk — headline tickers, site boilerplate — off into
`Document.removed`, never dropping it. Text with nothing to split off or
repair comes through unchanged. Whatever cannot be read raises `InputError`
with a message meant for a person. The limits come from analysis/limits.py,
which the app and `.streamlit/config.toml` state too.
"""
from __future__ import annotations

import os

from ..limits import MAX_CHARS, MAX_UPLOAD_MB
from .document import MAX_BYTES, Document, InputError, Removed, _Extracted
from .formats import _READERS
from .junk import _guess_title, split_page_junk
from .repair import _ARABIC_LETTER, _VISIBLE, repair_arabic
from .sniff import EXTENSIONS, _format

__all__ = ["Document", "InputError", "Removed", "EXTENSIONS", "MAX_BYTES", "MAX_CHARS", "load_bytes",
           "load_text", "repair_arabic", "split_page_junk"]

def load_text(text: str, source: str = "pasted") -> Document:
    """Pasted text: never read as HTML (markup in it stays text)."""
    if not isinstance(text, str):
        raise InputError(f"load_text() needs text (str), not {type(text).__name__}")
    return _document(_Extracted(text), source, "txt", what="the pasted text")


def load_bytes(data: bytes, filename: str | None = None) -> Document:
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, bytes):
        raise InputError(f"load_bytes() needs bytes, not {type(data).__name__} (use load_text for str)")
    name = os.path.basename(filename) if filename else "the input"
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} is {len(data) / 2**20:.1f} MB; the largest file Khabar reads is "
                         f"{MAX_UPLOAD_MB} MB")
    if not data.strip():
        raise InputError(f"{name} is empty")
    fmt = _format(data, filename, name)
    got = _READERS[fmt](data, name)
    if fmt == "html" and EXTENSIONS.get(os.path.splitext(filename or "")[1].lower()) == "txt":
        got.warnings.append(f"{name} holds an HTML page; its article text was taken from it")
    return _document(got, name, fmt, what=name)



def _document(got: _Extracted, source: str, fmt: str, what: str) -> Document:
    if len(got.text) > MAX_CHARS:
        raise InputError(f"{what} has {len(got.text):,} characters; Khabar analyses at most "
                         f"{MAX_CHARS:,} at a time: split it")
    warnings = list(got.warnings)
    text = got.text if got.repaired else repair_arabic(got.text, warnings)
    if not _VISIBLE.search(text):
        raise InputError(f"{what} is empty" if what == "the pasted text" else f"{what} has no text in it")
    text, removed, note = split_page_junk(text)
    if note:
        warnings.append(note)
    if not _ARABIC_LETTER.search(text):
        warnings.append("no Arabic letters in the text: Khabar reads Arabic news, so it will find little")
    title = got.title or _guess_title(text)
    return Document(text=text, removed=removed, title=title, reference_date=got.reference_date,
                    source=source, format=fmt, warnings=tuple(warnings), encoding=got.encoding)
