"""Plain text: which encoding (UTF-8, UTF-16, UTF-32, Windows-1256, ISO-8859-6 …)."""
from __future__ import annotations

import codecs
import re

from .document import InputError, _Extracted
from .repair import _ARABIC_LETTER

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
