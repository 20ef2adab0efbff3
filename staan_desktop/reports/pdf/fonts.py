"""The embedded font family and what it can show.

ReportLab's built-in Helvetica covers Latin-1 only and is not embedded, so a name with an
accent from outside Latin-1 (or any other script) would come out wrong. We ship DejaVu Sans
and embed it. A character the font lacks is replaced by a visible box rather than left to
ReportLab, which would draw an invisible ``.notdef`` glyph and so silently lose it.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from staan_desktop.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FAMILY = REGULAR

#: Shown in place of a character the font cannot draw (an emoji, a rare script).
MISSING = "\u25a1"

_FILES = {
    REGULAR: "fonts/DejaVuSans.ttf",
    BOLD: "fonts/DejaVuSans-Bold.ttf",
    ITALIC: "fonts/DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "fonts/DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_coverage: frozenset[int] | None = None


@dataclass(frozen=True)
class FontFamily:
    regular: str = REGULAR
    bold: str = BOLD
    italic: str = ITALIC
    bold_italic: str = BOLD_ITALIC


def register_fonts() -> FontFamily:
    """Register the family once per process (loading the TTFs costs ~0.1 s)."""
    global _coverage
    with _lock:
        if _coverage is None:
            faces = []
            for name, relative in _FILES.items():
                font = TTFont(name, str(resource_path(relative)))
                pdfmetrics.registerFont(font)
                faces.append(set(font.face.charToGlyph))
            for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
                addMapping(FAMILY, bold, italic, name)
            # A span's face is chosen by the markup (<b>, <i>), headings are bold: only what all
            # four faces share is safe everywhere.
            _coverage = frozenset(set.intersection(*faces))
    return FontFamily()


def coverage() -> frozenset[int]:
    if _coverage is None:
        register_fonts()
    assert _coverage is not None
    return _coverage


class _Translation(dict[int, str | None]):
    """``str.translate`` table that decides each code point once, on first sight."""

    def __missing__(self, code: int) -> str | None:
        value = _decide(code)
        self[code] = value
        return value


def _decide(code: int) -> str | None:
    ch = chr(code)
    if ch == "\n":
        return "\n"
    if ch in "\t\u2028\u2029":
        return " " if ch == "\t" else "\n"
    category = unicodedata.category(ch)
    # Format characters (zero-width joiners and spaces, direction marks, soft hyphens) steer
    # a shaping engine ReportLab does not have; drawn, they are stray glyphs at best.
    if category in ("Cc", "Cf"):
        return None
    if category == "Cs":  # a lone surrogate cannot even be encoded
        return MISSING
    # Beyond the BMP ReportLab writes a broken ToUnicode entry (a bare "<1F600>" instead of a
    # UTF-16 pair), so the glyph would print but not copy or search: treat it as missing.
    if code in coverage() and code <= 0xFFFF:
        return ch
    # Zero-width joiners, direction marks, variation selectors and skin-tone modifiers carry
    # no ink of their own; a box for each would litter an emoji sequence with extra boxes.
    if (category in ("Mn", "Me") or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
            or 0x1F3FB <= code <= 0x1F3FF):
        return None
    return MISSING


_TABLE = _Translation()


def printable(text: str) -> str:
    """``text`` with every character the PDF can show as itself, the rest replaced visibly.

    Control and format characters are dropped, tabs become spaces; newlines are kept for the
    caller.
    """
    return text.translate(_TABLE)


def can_show(ch: str) -> bool:
    return len(ch) == 1 and _TABLE[ord(ch)] == ch
