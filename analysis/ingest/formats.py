"""HTML pages (the article, its title and date), .docx and .pdf."""
from __future__ import annotations

import codecs
import datetime as dt
import io
import logging
import re
import zipfile

from .decode import _codec_name, _decode, _read_txt
from .document import MAX_PDF_PAGES, MAX_UNPACKED_BYTES, InputError, _Extracted
from ..text import Text
from .repair import _ARABIC_LETTER, _ARABIC_PIECE, _PRESENTATION_FORMS, _fold_forms, repair_arabic

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
        layer = Text(_fold_forms(text))
        found = [layer.word(i) for i in range(len(layer))]
        words.update(found)
        words.update(w[::-1] for w in found)     # plain mode may give a word reversed
    return frozenset(words)


SPLIT_PIECES = 4          # a word the layout split up to three times


def _join_split_words(text: str, vocabulary: frozenset[str]) -> tuple[str, int]:
    """Join neighbouring pieces of Arabic, one space apart, when together they
    are a word of the same document and apart they are not all words of it."""
    if not vocabulary:
        return text, 0
    layer = Text(text)
    pieces = [layer.word(i) for i in range(len(layer))]
    out, pos, joined, i = [], 0, 0, 0
    while i < len(pieces):
        run = 1                                  # Arabic pieces from i on, one space apart
        while (run < SPLIT_PIECES and i + run < len(pieces) and _ARABIC_PIECE.fullmatch(pieces[i])
               and _ARABIC_PIECE.fullmatch(pieces[i + run])
               and text[layer.ends[i + run - 1]:layer.starts[i + run]] == " "):
            run += 1
        for k in range(run, 1, -1):
            word = "".join(pieces[i:i + k])
            if word in vocabulary and any(p not in vocabulary for p in pieces[i:i + k]):
                out += [text[pos:layer.starts[i]], word]
                pos, joined, i = layer.ends[i + k - 1], joined + 1, i + k
                break
        else:
            i += 1
    out.append(text[pos:])
    return "".join(out), joined


_READERS = {"txt": _read_txt, "html": _read_html, "docx": _read_docx, "pdf": _read_pdf}
