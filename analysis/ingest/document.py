"""What the readers make: a Document, or an InputError said for a person."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..limits import MAX_UPLOAD_MB

MAX_BYTES = MAX_UPLOAD_MB * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024      # what a .docx may unpack to (zip bombs)
MAX_PDF_PAGES = 100                         # reading a PDF page takes pypdf about 0.25 s


class InputError(ValueError):
    """Input that cannot be read, with a message meant for a person."""


@dataclass(frozen=True)
class Removed:
    text: str
    reason: str                       # "headline ticker", "page furniture"
    parts: tuple[str, ...] = ()       # a ticker's headlines, one each


@dataclass(frozen=True)
class Document:
    text: str
    removed: tuple[Removed, ...] = ()
    title: str | None = None
    reference_date: dt.date | None = None
    source: str = "pasted"
    format: str = "txt"               # txt, html, docx, pdf
    warnings: tuple[str, ...] = field(default=())
    encoding: str | None = None       # how the bytes were decoded, for .txt and .html


@dataclass
class _Extracted:
    text: str
    title: str | None = None
    reference_date: dt.date | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    repaired: bool = False          # repair_arabic has already run (a PDF's text)
