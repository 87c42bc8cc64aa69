"""Input: bytes or pasted text → Document (placeholder until the ingest work lands)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


class InputError(ValueError):
    """Input that cannot be read, with a message meant for a person."""


@dataclass(frozen=True)
class Removed:
    text: str
    reason: str


@dataclass(frozen=True)
class Document:
    text: str
    removed: tuple[Removed, ...] = ()
    title: str | None = None
    reference_date: dt.date | None = None
    source: str = "pasted"
    format: str = "txt"
    warnings: tuple[str, ...] = field(default=())


def load_text(text: str, source: str = "pasted") -> Document:
    if not text.strip():
        raise InputError("the text is empty")
    return Document(text=text, source=source)


def load_bytes(data: bytes, filename: str | None = None) -> Document:
    if b"\x00" in data[:4096]:
        raise InputError(f"{filename or 'input'} looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{filename or 'input'} is not UTF-8 text")
    return load_text(text, filename or "input")
