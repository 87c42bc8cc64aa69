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

import bisect
import codecs
import datetime as dt
import io
import itertools
import logging
import os
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache

from .arabic import MARKS, WORD_END, WORD_START, words_pattern
from .lexicon.page_junk import LINE_STARTS, WHOLE_LINE

from .limits import MAX_CHARS, MAX_UPLOAD_MB

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


@dataclass
class _Extracted:
    text: str
    title: str | None = None
    reference_date: dt.date | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    repaired: bool = False          # repair_arabic has already run (a PDF's text)


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


# --- what the bytes are -------------------------------------------------------

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


# --- plain text: which encoding ----------------------------------------------

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
# characters a news text is made of; anything else in quantity means a wrong decoding
_IMPLAUSIBLE = re.compile("[^\t\n\r\x20-\x7e\xa0-\u024f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
                          "\u2000-\u206f\u20a0-\u20bf\ufb50-\ufdff\ufe70-\ufeff]")
_SAMPLE = 65536


def _read_txt(data: bytes, name: str) -> _Extracted:
    text, encoding, warnings = _decode(data, name)
    return _Extracted(text, encoding=encoding, warnings=warnings)


def _decode(data: bytes, name: str, declared: str | None = None) -> tuple[str, str, list[str]]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom):], codec, name)
    if b"\x00" in data[:_SAMPLE]:
        # before UTF-8: Arabic in UTF-16LE is all bytes below 0x80, valid UTF-8
        codec = _utf16_without_bom(data)
        if codec:
            return _decode_as(data, codec, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _not_binary(text, name), "utf-8", []
    if declared:
        try:
            return _not_binary(data.decode(declared), name), declared, []
        except (UnicodeDecodeError, LookupError):
            pass
    damaged = _damaged_utf8(data, name)
    if damaged:
        return damaged
    _not_binary(data[:_SAMPLE].decode("latin-1"), name)
    return _legacy(data, name)


def _decode_as(data: bytes, codec: str, name: str) -> tuple[str, str, list[str]]:
    """Decode with a known codec; damaged bytes become � with a warning."""
    if codec == "utf-8":
        damaged = _damaged_utf8(data, name, sure=True)
        if damaged:
            return damaged
    try:
        return _not_binary(data.decode(codec), name), codec, []
    except UnicodeDecodeError:
        text = data.decode(codec, "replace")
        return (_not_binary(text, name), codec,
                [f"{name}: some bytes are not valid {codec} (the file may be cut short); "
                 "they were replaced with �, the rest of the text is intact"])


def _not_binary(text: str, name: str) -> str:
    sample = text[:_SAMPLE]
    if sample and len(_CONTROL.findall(sample)) > 0.01 * len(sample):
        raise InputError(f"{name} looks like binary data (a program, image or archive), not text")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 written without a byte order mark: try both byte orders."""
    sample = data[:_SAMPLE]
    sample = sample[:len(sample) // 2 * 2]
    best, best_share = None, 0.95
    for codec in ("utf-16-le", "utf-16-be"):
        s = sample.decode(codec, "replace")
        share = 1 - len(_IMPLAUSIBLE.findall(s)) / max(len(s), 1)
        if share > best_share:
            best, best_share = codec, share
    return best


def _damaged_utf8(data: bytes, name: str, sure: bool = False):
    """UTF-8 with a few broken bytes (a cut-off file, a bad copy): decode it all,
    broken bytes as �, and say where. None when the bytes are not UTF-8 at all."""
    escaped = data.decode("utf-8", "surrogateescape")
    bad = len(escaped) - len(escaped.encode("utf-8", "ignore").decode("utf-8"))
    if not bad:
        return None
    non_ascii = len(data.translate(None, bytes(range(128))))
    if not sure and bad * 20 > non_ascii - bad:
        return None
    first = re.search("[\udc80-\udcff]", escaped).start()
    cut = " (the file seems cut off in the middle of a character)" if escaped[-1:] >= "\udc80" else ""
    text = data.decode("utf-8", "replace")
    return (_not_binary(text, name), "utf-8",
            [f"{name}: {bad} damaged byte(s) that are not valid UTF-8, first at character {first:,}"
             f"{cut}; they were replaced with �, the rest of the text is intact"])


def _legacy(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """A single-byte code page, found by charset-normalizer; Arabic ones first."""
    import charset_normalizer

    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise InputError(f"cannot tell how {name} is encoded: save it as UTF-8 and load it again")
    sample = data[:_SAMPLE]

    def arabic_share(codec: str) -> float:
        s = sample.decode(codec, "replace")
        letters = sum(c.isalpha() for c in s[:4096]) or 1
        return len(_ARABIC_LETTER.findall(s[:4096])) / letters

    arabic = [m.encoding for m in matches if arabic_share(m.encoding) >= 0.3]
    codec = arabic[0] if arabic else matches[0].encoding
    text = data.decode(codec, "replace")
    warnings = []
    if "\ufffd" in text:
        warnings.append(f"{name}: some bytes have no meaning in {_codec_name(codec)}; they were "
                        "replaced with �")
    return _not_binary(text, name), _codec_name(codec), warnings


def _codec_name(codec: str) -> str:
    name = codecs.lookup(codec).name
    return re.sub(r"^cp(125\d)$", r"windows-\1", name)


# --- HTML ---------------------------------------------------------------------

_DECLARED_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([a-z0-9_.:-]{1,40})", re.I)


def _read_html(data: bytes, name: str) -> _Extracted:
    import trafilatura

    m = _DECLARED_CHARSET.search(data[:8192])
    declared = _known_codec(m.group(1).decode("ascii")) if m else None
    html, encoding, warnings = _decode(data, name, declared)
    try:
        # extensive_search guesses dates from any number on the page: off
        page = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception:   # lxml and trafilatura raise many kinds on broken markup; fall back below
        page = None
    text = page.text if page is not None and page.text else ""
    if not text.strip():
        try:
            text = trafilatura.html2txt(html) or ""
        except Exception:
            text = ""
        if text.strip():
            warnings.append(f"{name}: no article found in the page; all of its text was taken")
    if not text.strip():
        raise InputError(f"{name} has no readable text in it (is it a web page?)")
    title = _clean_line(page.title) if page is not None and page.title else None
    if title and title not in text:
        text = f"{title}\n\n{text}"
    return _Extracted(text, title=title, reference_date=_iso_date(page.date if page is not None else None),
                      encoding=_codec_name(encoding), warnings=warnings)


def _known_codec(label: str) -> str | None:
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _iso_date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _clean_line(s: str) -> str | None:
    s = " ".join(s.split())
    return s or None


# --- .docx --------------------------------------------------------------------

def _read_docx(data: bytes, name: str) -> _Extracted:
    import docx

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        if sum(i.file_size for i in z.infolist()) > MAX_UNPACKED_BYTES:
            raise InputError(f"{name} unpacks to more than {MAX_UNPACKED_BYTES // 2**20} MB; "
                             "Khabar does not open it")
    try:
        document = docx.Document(io.BytesIO(data))
        blocks, title = [], document.core_properties.title
        for block in document.iter_inner_content():
            if hasattr(block, "rows"):        # a table: one line a row, cells tab-separated
                blocks += ["\t".join(dict.fromkeys(c.text for c in row.cells)) for row in block.rows]
            else:
                blocks.append(block.text)
                if not title and block.style is not None and block.style.name == "Title":
                    title = block.text
    except Exception as e:   # python-docx raises many kinds on a damaged package
        raise InputError(f"{name} is a damaged .docx file ({type(e).__name__}): "
                         "open it and save it again") from None
    text = "\n".join(blocks).strip("\n")
    return _Extracted(text, title=_clean_line(title) if title else None)


# --- .pdf ---------------------------------------------------------------------

def _read_pdf(data: bytes, name: str) -> _Extracted:
    import pypdf

    # pypdf logs what it repairs ("EOF marker not found"); with no handler of
    # the app's own, Python would print that on stderr. Our message says it.
    pypdf_log = logging.getLogger("pypdf")
    if not pypdf_log.handlers:
        pypdf_log.addHandler(logging.NullHandler())
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not _decrypt(reader):
            raise InputError(f"{name} is a password-protected PDF: save an unprotected copy")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise InputError(f"{name} has {len(reader.pages)} pages; Khabar reads PDFs of up to "
                             f"{MAX_PDF_PAGES} pages: save the article's pages as their own PDF")
        pages = [_page_text(page) for page in reader.pages]
        meta_title = (reader.metadata or {}).get("/Title")
    except InputError:
        raise
    except Exception as e:   # pypdf raises many kinds on a damaged file
        raise InputError(f"{name} is a damaged PDF file ({type(e).__name__}): "
                         "it may be cut short; open it and save it again") from None
    text = re.sub(r"\n{3,}", "\n\n", "\n\n".join(layout for layout, _ in pages)).strip("\n")
    if not text.strip():
        raise InputError(f"{name} has no text layer; it is probably a scanned image. "
                         "Run OCR on it, or paste its text")
    warnings: list[str] = []
    text = repair_arabic(text, warnings)
    text, joined = _join_split_words(text, _vocabulary(plain for _, plain in pages))
    if joined:
        warnings.append(f"{joined:,} Arabic words that the PDF's layout split in two were joined")
    title = _clean_line(str(meta_title)) if meta_title else None
    return _Extracted(text, title=title if title and _ARABIC_LETTER.search(title) else None,
                      warnings=warnings, repaired=True)


def _decrypt(reader) -> bool:
    try:
        return bool(reader.decrypt(""))
    except Exception:   # a real password, or the AES module pypdf needs is missing
        return False


def _page_text(page) -> tuple[str, str]:
    """(layout, plain): the page's text in two of pypdf's readings.

    Layout mode places every glyph where it is drawn, so an Arabic line comes
    out whole, in visual order (repair_arabic turns it back), but it leaves
    spaces where justification stretched a word. Plain mode keeps words whole
    but shuffles the runs of a line that mixes Arabic and digits. Layout gives
    the order; plain gives the words (see _join_split_words).
    """
    try:
        layout = page.extract_text(extraction_mode="layout")
    except Exception:   # layout mode fails on some fonts; plain mode is still text
        return page.extract_text(), ""
    lines = (re.sub(r"[ \t]{2,}", " ", line.strip()) for line in layout.split("\n"))
    arabic = _ARABIC_LETTER.search(layout) or _PRESENTATION_FORMS.search(layout)
    return "\n".join(lines), page.extract_text() if arabic else ""


def _vocabulary(texts) -> frozenset[str]:
    words = set()
    for text in texts:
        found = _ARABIC_WORDS.findall(_fold_forms(text))
        words.update(found)
        words.update(w[::-1] for w in found)     # plain mode may give a word reversed
    return frozenset(words)


def _join_split_words(text: str, vocabulary: frozenset[str]) -> tuple[str, int]:
    """Join two neighbouring pieces of Arabic when together they are a word of
    the same document and apart they are not both words of it."""
    joined = 0

    def join(m: re.Match) -> str:
        nonlocal joined
        pieces, out, i = m.group().split(" "), [], 0
        while i < len(pieces):
            for k in range(min(4, len(pieces) - i), 1, -1):     # a word split up to three times
                word = "".join(pieces[i:i + k])
                if word in vocabulary and any(p not in vocabulary for p in pieces[i:i + k]):
                    out.append(word)
                    joined, i = joined + 1, i + k
                    break
            else:
                out.append(pieces[i])
                i += 1
        return " ".join(out)

    return _ARABIC_WORD_RUN.sub(join, text) if vocabulary else text, joined


_READERS = {"txt": _read_txt, "html": _read_html, "docx": _read_docx, "pdf": _read_pdf}


# --- Arabic that PDFs and copies from PDF viewers break ------------------------

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
_ARABIC_WORDS = re.compile(f"[{_AR}{MARKS}]+")
# starts only where a run starts: a match attempt inside a run would rescan it
_ARABIC_WORD_RUN = re.compile(f"(?<![{_AR}{MARKS}])[{_AR}{MARKS}]+(?: [{_AR}{MARKS}]+)+")


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


# --- page junk ------------------------------------------------------------------

TICKER_MIN_CHARS = 300       # a ticker is one very long line…
TICKER_MIN_PARTS = 5         # …of many headlines…
TICKER_MAX_MEDIAN = 160      # …each short…
FURNITURE_MAX_CHARS = 250    # boilerplate lines are short

_NO_BREAK = "\u00a0\u2007\u202f"
_GAP = re.compile(f"[ {_NO_BREAK}]{{2,}}")
@lru_cache(maxsize=1)
def _furniture() -> tuple[re.Pattern, re.Pattern]:
    """Lines of site boilerplate: one that starts with a known phrase, one made
    only of menu words. Built on first use: the command line's --jsonl never reads a page."""
    whole = words_pattern(WHOLE_LINE)
    return (re.compile(rf"^[^\w\n]{{0,8}}{WORD_START}(?:{words_pattern(LINE_STARTS)}){WORD_END}", re.I | re.M),
            re.compile(rf"^[^\w\n]*{WORD_START}(?:{whole})(?:[^\w\n]+(?:{whole}))*{WORD_END}[^\w\n]*$",
                       re.I | re.M))
_LONG_LINE = re.compile(f"^[^\n]{{{TICKER_MIN_CHARS},}}", re.M)


def split_page_junk(text: str) -> tuple[str, tuple[Removed, ...], str | None]:
    """The article without the page around it: (article, removed, note).

    A headline ticker is one very long line of short headlines joined by runs
    of spaces or no-break spaces; page furniture is a short line of site
    boilerplate (lexicon/page_junk.py). The article runs from its first kept
    line to its last. With nothing to remove, the text comes back unchanged.
    """
    lines = text.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    junk: dict[int, Removed] = {}
    for m in _LONG_LINE.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        parts = _ticker_parts(lines[i])
        if parts:
            junk[i] = Removed(lines[i].strip(), "headline ticker", parts)
    for pattern in _furniture():
        for m in pattern.finditer(text):
            i = bisect.bisect_right(starts, m.start()) - 1
            line = lines[i].strip()
            if i not in junk and len(line) <= FURNITURE_MAX_CHARS:
                junk[i] = Removed(line, "page furniture")
    if not junk:
        return text, (), None
    kept = [i for i, line in enumerate(lines) if i not in junk and line.strip()]
    if not kept:
        return text, (), "the whole text looks like page furniture or headlines; it is analysed as it is"
    article = "\n".join(line for i, line in enumerate(lines[kept[0]:kept[-1] + 1], kept[0]) if i not in junk)
    return article.rstrip("\r"), tuple(junk[i] for i in sorted(junk)), None


def _ticker_parts(line: str) -> tuple[str, ...] | None:
    gaps = [m for m in _GAP.finditer(line) if len(m.group()) >= 3 or any(c in _NO_BREAK for c in m.group())]
    if len(gaps) < TICKER_MIN_PARTS - 1:
        return None
    bounds = [0] + [x for m in gaps for x in m.span()] + [len(line)]
    parts = [p.strip() for p in (line[a:b] for a, b in zip(bounds[::2], bounds[1::2])) if p.strip()]
    if len(parts) < TICKER_MIN_PARTS:
        return None
    lengths = sorted(len(p) for p in parts)
    sentences = sum(p.endswith(".") for p in parts)
    if lengths[len(lengths) // 2] > TICKER_MAX_MEDIAN or sentences * 2 > len(parts):
        return None
    return tuple(parts)


def _guess_title(text: str) -> str | None:
    """The first line, when it reads like a headline: short, not ending a
    sentence, with more text after it."""
    head, sep, rest = text.lstrip().partition("\n")
    head = head.strip()
    if (not sep or not rest.strip() or not head or len(head) > 200 or len(head.split()) > 30
            or head.endswith((".", ":", "،", ",", "؛", ";"))):
        return None
    return head
