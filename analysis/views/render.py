"""Arabic in pixels: the one place that decides whether a renderer gets Arabic
shaped, and text drawn by Pillow (the briefing card is in card.py).

A renderer with complex text layout (a browser, matplotlib ≥ 3.11, Pillow
with raqm) joins Arabic letters and lays words out right to left by itself:
it gets the logical text, and shaping it first would reverse it twice. A
renderer without (Pillow's basic layout, older matplotlib, a terminal) gets
the text reshaped and put in visual order, once, at the last step:
`for_renderer()`. Which is which is asked of the renderer, never guessed.
Reshaped text is for pixels only: never store it, search it or show it in a
table.
"""
from __future__ import annotations

import logging
import os
import re
from functools import lru_cache
from typing import Any

from .. import AnalysisError

__all__ = ["needs_shaping", "shape", "for_renderer", "text_image", "RenderError", "family", "fonts_ready"]
_log = logging.getLogger("khabar.fonts")


class RenderError(AnalysisError):
    """A card or image that cannot be drawn or written, said for a person."""


# ---------------------------------------------------------------- the decision

def needs_shaping(renderer: Any) -> bool:
    """Does `renderer` need Arabic shaped and reordered before it draws it?

    `renderer` is a Pillow font (its layout engine is asked), the string
    "matplotlib" (its version and its libraqm are asked), "browser",
    "terminal" (most lay out no Arabic; KHABAR_TERMINAL_BIDI=1 says this one
    does), or any other name (a PDF writer without text layout): those do
    not shape, so they need it.
    """
    if renderer == "matplotlib":
        return not _matplotlib_shapes()
    if renderer == "browser":
        return False
    if renderer == "terminal":
        return not os.environ.get("KHABAR_TERMINAL_BIDI")
    if isinstance(renderer, str):
        return True
    from PIL import ImageFont, features

    if isinstance(renderer, ImageFont.FreeTypeFont):
        return not (renderer.layout_engine == ImageFont.Layout.RAQM and features.check("raqm"))
    return True


def _matplotlib_shapes() -> bool:
    import matplotlib
    from matplotlib import ft2font

    major, minor = (int(p) for p in re.findall(r"\d+", matplotlib.__version__)[:2])
    return (major, minor) >= (3, 11) and bool(getattr(ft2font, "__libraqm_version__", None))


def shape(text: str) -> str:
    """Arabic letters joined (presentation forms) and each line in visual order."""
    from arabic_reshaper import reshape
    from bidi import get_display

    return "\n".join(get_display(reshape(line)) for line in text.split("\n"))


def for_renderer(text: str, renderer: Any) -> str:
    """The text as `renderer` must be given it: logical, or shaped once here."""
    return shape(text) if needs_shaping(renderer) else text


# ---------------------------------------------------------------- fonts

ARABIC = "Noto Sans Arabic"
HEADLINE = "Noto Naskh Arabic"
FALLBACK = "DejaVu Sans"      # glyphs the Arabic fonts lack: %, Latin letters; bundled with matplotlib
FONT_PACKAGE = "fontpkg-noto-sans-arabic"      # requirements.txt: Noto Sans Arabic from PyPI
DEBIAN_FONTS = "fonts-noto-core"               # Debian's Noto Sans and Naskh Arabic, if installed


def _packaged_fonts() -> list[str]:
    """The font files of the pip package that ships Noto Sans Arabic (none if it is not installed)."""
    from importlib import metadata

    try:
        dist = metadata.distribution(FONT_PACKAGE)
    except metadata.PackageNotFoundError:
        return []
    return [str(dist.locate_file(f)) for f in dist.files or () if str(f).endswith((".ttf", ".otf"))]


@lru_cache(maxsize=1)
def fonts_ready() -> frozenset[str]:
    """The font families matplotlib can draw, once Noto Sans Arabic is
    registered from its pip package when the system has none. matplotlib's
    own "findfont: … not found" warnings (one per string drawn) are silenced;
    a missing font is said once, here, with what to install."""
    from matplotlib import font_manager

    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    names = {f.name for f in font_manager.fontManager.ttflist}
    if ARABIC not in names:
        for path in _packaged_fonts():
            font_manager.fontManager.addfont(path)
        names = {f.name for f in font_manager.fontManager.ttflist}
    if ARABIC not in names:
        _log.warning("%s is not installed: the briefing card is drawn in %s. Install %s "
                     "(pip install -r requirements.txt) or Debian's %s.", ARABIC, FALLBACK, FONT_PACKAGE,
                     DEBIAN_FONTS)
    elif HEADLINE not in names:
        _log.info("%s is not installed: the card's headline is drawn in %s (apt-get install %s for it).",
                  HEADLINE, ARABIC, DEBIAN_FONTS)
    return frozenset(names)


def family(name: str) -> str:
    """`name` if matplotlib has it, else Noto Sans Arabic, else the fallback."""
    names = fonts_ready()
    return next((f for f in (name, ARABIC) if f in names), FALLBACK)


def _font_file(name: str, bold: bool = False) -> str:
    """The file of a family matplotlib has (see `family`). Never a download."""
    from matplotlib import font_manager

    weight = "bold" if bold else "normal"
    return font_manager.findfont(font_manager.FontProperties(family=family(name), weight=weight))


@lru_cache(maxsize=8)
def _charmap(path: str) -> frozenset[int]:
    from matplotlib.ft2font import FT2Font
    return frozenset(FT2Font(path).get_charmap())


def _covering_font(text: str, families: tuple[str, ...], bold: bool = False) -> str:
    """The first of `families` with a glyph for every character of `text`."""
    needed = {ord(c) for c in text if not c.isspace()}
    paths = [_font_file(f, bold) for f in families]
    return next((p for p in paths if needed <= _charmap(p)), paths[0])


# ---------------------------------------------------------------- Pillow

def text_image(text: str, engine: str = "raqm", size: int = 44):
    """`text` drawn right-aligned by Pillow with the `engine` layout ("raqm" or
    "basic"), black on white; returns a PIL image. Lines split on newlines."""
    from PIL import Image, ImageDraw, ImageFont

    engines = {"raqm": ImageFont.Layout.RAQM, "basic": ImageFont.Layout.BASIC}
    if engine not in engines:
        raise RenderError(f"unknown Pillow layout engine {engine!r}: use 'raqm' or 'basic'")
    font = ImageFont.truetype(_covering_font(text, (ARABIC, FALLBACK)), size,
                              layout_engine=engines[engine])
    drawn = for_renderer(text, font)
    margin = size // 2
    probe = ImageDraw.Draw(Image.new("L", (1, 1)))
    left, top, right, bottom = probe.multiline_textbbox((0, 0), drawn, font=font, align="right",
                                                        spacing=size // 2)
    w = right - left + 2 * margin
    img = Image.new("RGB", (w, bottom - top + 2 * margin), "white")
    ImageDraw.Draw(img).multiline_text((w - margin, margin - top), drawn, font=font, fill="black",
                                       anchor="ra", align="right", spacing=size // 2)
    return img
