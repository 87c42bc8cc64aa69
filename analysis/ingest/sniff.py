"""What the bytes are: the format from magic numbers as well as the name."""
from __future__ import annotations

import codecs
import io
import os
import re
import zipfile

from .document import InputError

EXTENSIONS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".xhtml": "html",
               ".docx": "docx", ".pdf": "pdf"}
_WHAT = {"txt": "plain text", "html": "an HTML page", "docx": "a Word document (.docx)",
         "pdf": "a PDF document"}

# Files that are not articles, named so the message can say what they are.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"), (b"RIFF", "a RIFF media file (WebP, WAV or AVI)"),
    (b"\x1f\x8b", "a gzip archive"), (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF)"), (b"\xca\xfe\xba\xbe", "a compiled program"),
    (b"\xcf\xfa\xed\xfe", "a program (Mach-O)"), (b"\x00asm", "a WebAssembly module"),
    (b"SQLite format 3\x00", "an SQLite database"), (b"OggS", "an Ogg audio or video file"),
    (b"fLaC", "a FLAC audio file"), (b"ID3", "an MP3 audio file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     "an old-format Office file (.doc, .xls) or a password-protected document; save it as .docx"),
    (b"{\\rtf", "an RTF document; save it as .docx or .txt"),
)
_HTML_START = re.compile(rb"\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*"
                         rb"<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_ANY_TAG = re.compile(rb"<(?:[a-z][a-z0-9]{0,10}|!--|!doctype)[\s>/]", re.I)


def _format(data: bytes, filename: str | None, name: str) -> str:
    ext = os.path.splitext(filename or "")[1].lower()
    claimed = EXTENSIONS.get(ext)
    found = _sniff(data, name, ext)
    if claimed in ("pdf", "docx") and found != claimed:
        raise InputError(f"{name} is named {ext} but is {_WHAT[found]}, not {_WHAT[claimed]}: "
                         "it may be damaged or misnamed")
    if claimed in ("txt", "html") and found in ("pdf", "docx"):
        raise InputError(f"{name} is named {ext} but is {_WHAT[found]}: rename it and load it again")
    if claimed == "html" and found == "txt" and _ANY_TAG.search(data[:65536]):
        return "html"
    return found


def _sniff(data: bytes, name: str, ext: str) -> str:
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data, name, ext)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name} is {what}, not an article Khabar can read")
    if data.startswith(b"\x00\x00\x00") and data[4:8] == b"ftyp":
        raise InputError(f"{name} is a video or audio file (MP4/MOV), not an article Khabar can read")
    if _HTML_START.match(data[:4096].removeprefix(codecs.BOM_UTF8)):
        return "html"
    return "txt"


def _zip_kind(data: bytes, name: str, ext: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        kind = ".docx file" if ext in ("", ".docx") else "zip archive"
        raise InputError(f"{name} is a damaged {kind} (cut short or corrupt): open it and save it again")
    if "word/document.xml" in names:
        return "docx"
    if any(n.startswith("xl/") for n in names):
        what = "an Excel workbook"
    elif any(n.startswith("ppt/") for n in names):
        what = "a PowerPoint presentation"
    elif "content.xml" in names:
        what = "an OpenDocument file (save it as .docx)"
    else:
        what = "a zip archive"
    raise InputError(f"{name} is {what}, not an article Khabar can read")
