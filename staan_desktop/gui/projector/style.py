"""How the projector looks: type that scales with the window, contrast that survives a
washed-out beamer, and colours that colour-blind viewers can tell apart.

* Dark text on white (or light text on near-black in the dark variant): a beamer in a lit room
  loses subtle greys, so text is near-black and lines are strong.
* Colours from Okabe & Ito's palette, which stays distinct for the common forms of colour
  blindness; the classes have the colours and symbols of
  :mod:`staan_desktop.domain.class_palette`, as in the window and the PDF; the score scale is a single-hue blue ramp whose lightness rises steadily, so it
  still reads in grey. Nothing is told by colour alone: every class has its dots and its name,
  every warning its words.
* One font (DejaVu Sans, shipped for the PDF) so that ✓ ● ○ ≠ ⚠ are drawn on every machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QWidget

from staan_desktop.domain import class_palette
from staan_desktop.resources import resource_path

#: Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

#: Background and text of the classes, from the highest down (green, blue, orange, …).
CLASS_COLOURS = tuple(class_palette.colours(rank) for rank in range(len(class_palette.CLASS_BACKGROUNDS)))
#: Lowest to highest score: light to dark blue (ColorBrewer "Blues", steady lightness).
SCORE_RAMP = ("#DEEBF7", "#9ECAE1", "#4292C6", "#2171B5", "#08306B")
#: A class of ``n`` classes gets ``n - rank`` filled dots: ●●● ●● ●; none reached: ○.
FILLED, EMPTY = class_palette.FILLED, class_palette.EMPTY
#: Warnings in words on their own colour: white on this red reads at 6.5:1 (vermillion, 3.9:1,
#: did not).
WARNING = "#B3261E"


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    text: str
    muted: str
    line: str
    band: str
    band_text: str
    accent: str
    warning: str
    warning_text: str
    hidden: str
    hidden_hatch: str


LIGHT = Theme(
    "light", background="#FFFFFF", text="#111111", muted="#3D3D3D", line="#202020",
    band="#0B2E4A", band_text="#FFFFFF", accent="#A65E00",  # Okabe & Ito's orange, darkened to read on white
    warning=WARNING, warning_text="#FFFFFF", hidden="#E4E4E4", hidden_hatch="#9A9A9A",
)  # fmt: skip
DARK = Theme(
    "dark", background="#000000", text="#FFFFFF", muted="#D6D6D6", line="#FFFFFF",
    band="#1E1E1E", band_text="#FFFFFF", accent=OKABE_ITO["orange"],
    warning=WARNING, warning_text="#FFFFFF", hidden="#2A2A2A", hidden_hatch="#7A7A7A",
)  # fmt: skip


@cache
def family() -> str:
    """DejaVu Sans from the application's resources (the system's sans-serif if that fails)."""
    families: list[str] = []
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource_path(f"fonts/{name}")))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else QFont().defaultFamily()


def font(pixels: float, bold: bool = False) -> QFont:
    made = QFont(family())
    made.setPixelSize(max(8, round(pixels)))
    made.setBold(bold)
    return made


#: The smallest text a slide uses, relative to the body size of its window: what does not fit
#: at this size is paged, never shrunk further or cut off.
MIN_READABLE = 0.5
#: ... and never below this, whatever the window (read from the back of a meeting room).
MIN_PIXELS = 14.0


def minimum_pixels(width: int, height: int) -> float:
    return max(MIN_PIXELS, base_pixels(width, height) * MIN_READABLE)


def base_pixels(width: int, height: int) -> float:
    """Body text size for a window: about 32 px on a 1920×1080 beamer, never tiny."""
    return max(12.0, min(72.0, min(width / 60, height / 32)))


def score_colours(level: float) -> tuple[QColor, QColor]:
    """(background, text) for a score at ``level`` (0 … 1) of its scale."""
    level = min(1.0, max(0.0, level))
    position = level * (len(SCORE_RAMP) - 1)
    low = int(position)
    high = min(low + 1, len(SCORE_RAMP) - 1)
    a, b = QColor(SCORE_RAMP[low]), QColor(SCORE_RAMP[high])
    t = position - low
    mixed = QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t, a.blueF() + (b.blueF() - a.blueF()) * t
    )
    # Black or white, whichever reads better: a fixed turning point left mid-blues at 3.7:1.
    return mixed, QColor(class_palette.text_on(mixed.name()))


def class_colours(rank: int | None) -> tuple[QColor, QColor] | None:
    if rank is None:
        return None
    background, text = class_palette.colours(rank)
    return QColor(background), QColor(text)


def dots(rank: int | None, classes: int) -> str:
    """●●● for the highest of three classes, ●● for the next, ● for the third; ○ for none."""
    return class_palette.symbol(rank, classes)


def label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True, role: str = "body") -> QLabel:
    """A plain-text label (names with ``<`` or ``&`` are shown as typed, never as markup) with
    a role the window's style sheet colours: ``body``, ``muted``, ``title``."""
    made = QLabel(parent)
    made.setTextFormat(Qt.TextFormat.PlainText)
    made.setText(text)
    made.setWordWrap(wrap)
    made.setProperty("role", role)
    return made


def style_sheet(theme: Theme) -> str:
    """Colours by role. Selectors name both ids where a rule must beat the window's own."""
    t = theme
    window = "#projectorWindow"
    return (
        f"{window}, {window} QWidget {{ background: {t.background}; color: {t.text}; }}"
        f"{window} QLabel[role='muted'] {{ color: {t.muted}; }}"
        f"{window} QLabel[role='accent'] {{ color: {t.accent}; }}"
        f"{window} QLabel[role='current'] {{ background: {t.band}; color: {t.band_text};"
        " border-radius: 6px; padding: 2px 12px; }"
        f"{window} QFrame[role='line'] {{ background: {t.line}; border: none; }}"
        f"{window} #projectorBand, {window} #projectorBand QWidget {{ background: {t.band}; color: {t.band_text}; }}"
        f"{window} #projectorBand QLabel[role='warning'] {{ background: {t.warning}; color: {t.warning_text};"
        " border-radius: 6px; padding: 2px 14px; }"
        f"{window} #projectorAccent {{ background: {t.accent}; }}"
        f"{window} QTableView {{ border: none; }}"
    )


def header_sheet(theme: Theme, pixels: float) -> str:
    """The scoring table's column heads: bold, at ``pixels``, on a strong rule."""
    t = theme
    return (
        f"QHeaderView::section {{ background: {t.background}; color: {t.text}; font-family: '{family()}';"
        f" font-size: {max(8, round(pixels))}px; font-weight: bold;"
        f" border: none; border-bottom: 3px solid {t.line}; padding: 4px 10px; }}"
    )
