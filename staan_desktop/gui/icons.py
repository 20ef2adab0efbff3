"""One place that says which picture means what (the Spyder icon manager, smaller).

Code asks for a meaning — ``icons.get("export-pdf")`` — never for a font glyph, so that a
picture can change in one line and a typo fails loudly instead of drawing an empty square.
Colours come from the palette when the icon is made (:func:`restyle` after a palette change),
so they follow dark mode.

The pictures are glyphs of the Material Design Icons font that ships with qtawesome, drawn the
way qtawesome draws them. qtawesome itself is not imported: it loads all twelve of its fonts
and imports every class of QtGui and QtWidgets through qtpy, 0.15–0.3 s before the window
could show; this module loads the one font it uses, at the first icon (a few milliseconds).
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPixmap,
)

#: meaning → (qtawesome name, its code point in the font). Pages of the workspace use ``page-*``.
#: The code points are qtawesome's (its charmap), written here so that no 7,000-name charmap is
#: read before the first frame; a test draws every icon with qtawesome and compares the pixels.
ICONS: dict[str, tuple[str, int]] = {
    # Files
    "file-new": ("mdi6.file-document-plus-outline", 0xF1A9E),
    "file-open": ("mdi6.folder-open-outline", 0xF0DCF),
    "file-recent": ("mdi6.history", 0xF02DA),
    "file-copy": ("mdi6.content-save-move-outline", 0xF0E28),
    "file-close": ("mdi6.close-box-outline", 0xF0158),
    "backup": ("mdi6.backup-restore", 0xF006F),
    "folder": ("mdi6.folder-outline", 0xF0256),
    "export": ("mdi6.export", 0xF0207),
    "export-json": ("mdi6.code-json", 0xF0626),
    "export-pdf": ("mdi6.file-pdf-box", 0xF0226),
    "export-word": ("mdi6.file-word-box", 0xF022D),
    "export-public": ("mdi6.eye-off-outline", 0xF06D1),
    "export-bundle": ("mdi6.folder-zip-outline", 0xF07B9),
    "import": ("mdi6.import", 0xF02FA),
    "demo": ("mdi6.school-outline", 0xF1180),
    "quit": ("mdi6.exit-to-app", 0xF0206),
    # Editing
    "undo": ("mdi6.undo", 0xF054C),
    "redo": ("mdi6.redo", 0xF044E),
    "add": ("mdi6.plus", 0xF0415),
    "remove": ("mdi6.delete-outline", 0xF09E7),
    "edit": ("mdi6.pencil-outline", 0xF0CB6),
    "move-up": ("mdi6.arrow-up", 0xF005D),
    "move-down": ("mdi6.arrow-down", 0xF0045),
    "comment": ("mdi6.comment-text-outline", 0xF0189),
    "search": ("mdi6.magnify", 0xF0349),
    # State and messages
    "saved": ("mdi6.check-circle-outline", 0xF05E1),
    "read-only": ("mdi6.lock-outline", 0xF0341),
    "signed-off": ("mdi6.seal", 0xF047A),
    "warning": ("mdi6.alert-outline", 0xF002A),
    "error": ("mdi6.alert-circle-outline", 0xF05D6),
    "info": ("mdi6.information-outline", 0xF02FD),
    # Window
    "settings": ("mdi6.cog-outline", 0xF08BB),
    "help": ("mdi6.help-circle-outline", 0xF0625),
    "keyboard": ("mdi6.keyboard-outline", 0xF097B),
    "log": ("mdi6.text-box-search-outline", 0xF0EAF),
    "fullscreen": ("mdi6.fullscreen", 0xF0293),
    "text-larger": ("mdi6.format-font-size-increase", 0xF09F4),
    "text-smaller": ("mdi6.format-font-size-decrease", 0xF09F3),
    "next": ("mdi6.chevron-right", 0xF0142),
    "previous": ("mdi6.chevron-left", 0xF0141),
    # Pages of the startdocument
    "page-overview": ("mdi6.clipboard-text-outline", 0xF0A38),
    "page-municipalities": ("mdi6.city-variant-outline", 0xF0A37),
    "page-conferences": ("mdi6.account-group-outline", 0xF0B58),
    "page-chapters": ("mdi6.file-tree-outline", 0xF13D2),
    "page-ambition": ("mdi6.bullseye-arrow", 0xF08C9),
    "page-motives": ("mdi6.star-four-points-outline", 0xF0AE3),
    "page-interests": ("mdi6.scale-balance", 0xF05D1),
    "page-task-fields": ("mdi6.format-list-checks", 0xF0756),
    "page-criteria": ("mdi6.tune-variant", 0xF1542),
    "page-scores": ("mdi6.table-star", 0xF13CB),
    "page-owners": ("mdi6.account-tie-outline", 0xF10CA),
    "page-roles": ("mdi6.sitemap-outline", 0xF199C),
    "page-rules": ("mdi6.gavel", 0xF029B),
    "page-options": ("mdi6.view-grid-outline", 0xF11D9),
    "page-frame": ("mdi6.filter-check-outline", 0xF18ED),
    "page-decision": ("mdi6.arrow-decision-outline", 0xF09BE),
    "page-register": ("mdi6.calendar-check-outline", 0xF0C44),
    "page-cost-keys": ("mdi6.calculator-variant-outline", 0xF15A6),
    "page-review": ("mdi6.comment-check-outline", 0xF0180),
    "page-sign-off": ("mdi6.check-decagram-outline", 0xF1740),
}

#: qtawesome's prefix → font file in its ``fonts`` folder.
FONTS: dict[str, str] = {
    "mdi6": "materialdesignicons6-webfont-6.9.96.ttf",
}


def fonts_dir() -> Path:
    """qtawesome's ``fonts`` folder: beside the frozen modules in the installer bundle
    (``installer/bundle.py`` puts it there), else in the installed package, found without
    importing it."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "qtawesome" / "fonts"
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("qtawesome (its icon fonts) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@cache
def _font(prefix: str) -> str:
    """The family of the icon font ``prefix``, loaded into the application once."""
    path = fonts_dir() / FONTS[prefix]
    families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path)))
    if not families:
        raise RuntimeError(f"the icon font {path} could not be loaded")
    return families[0]


class GlyphEngine(QIconEngine):
    """Draws one glyph of an icon font in the colour of the icon's mode, as qtawesome's
    ``CharIconEngine`` does (the glyph 7/8 of the icon's height, centred). The glyph is drawn in
    black, then coloured through a brush of the palette, so that a palette's brush (a gradient
    or texture, not only a colour) shows as it would in text."""

    def __init__(self, family: str, char: str, brushes: dict[QIcon.Mode, QBrush]) -> None:
        super().__init__()
        self.family = family
        self.char = char
        self.brushes = brushes
        #: (width, height, pixel ratio, mode) → the glyph drawn so, for every repaint after the first.
        self._drawn: dict[tuple[int, int, float, QIcon.Mode], QPixmap] = {}

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, _state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatio()  # sharp on a high-density screen
        painter.drawPixmap(rect, self._glyph(rect.size() * ratio, ratio, mode))

    def pixmap(self, size: QSize, mode: QIcon.Mode, _state: QIcon.State) -> QPixmap:
        return self._glyph(size, 1.0, mode)

    def _glyph(self, size: QSize, ratio: float, mode: QIcon.Mode) -> QPixmap:
        key = (size.width(), size.height(), ratio, mode)
        if key not in self._drawn:
            self._drawn[key] = self._draw(size, mode)
            self._drawn[key].setDevicePixelRatio(ratio)
        return self._drawn[key]

    def _draw(self, size: QSize, mode: QIcon.Mode) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent
        painter = QPainter(pixmap)
        font = QFont(self.family)
        font.setPixelSize(max(1, round(0.875 * size.height())))
        painter.setFont(font)
        painter.drawText(QRect(QPoint(0, 0), size), Qt.AlignmentFlag.AlignCenter, self.char)
        # Keep what the glyph covers, in the mode's colour.
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        area = QPainterPath()
        area.addRect(QRectF(pixmap.rect()))
        painter.fillPath(area, self.brushes.get(mode, self.brushes[QIcon.Mode.Normal]))
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.family, self.char, dict(self.brushes))

    def key(self) -> str:
        return "staan-glyph"


@cache
def get(name: str) -> QIcon:
    """The icon for a meaning; an unknown meaning raises :class:`KeyError`."""
    qtawesome_name, code_point = ICONS[name]
    family, char = _font(qtawesome_name.partition(".")[0]), chr(code_point)
    palette = QGuiApplication.palette()
    text = palette.brush(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    brushes = {
        QIcon.Mode.Normal: text,
        QIcon.Mode.Active: text,
        QIcon.Mode.Disabled: palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text),
        # On a selected list row the text turns light; the icon must follow it to stay visible.
        QIcon.Mode.Selected: palette.brush(QPalette.ColorRole.HighlightedText),
    }
    return QIcon(GlyphEngine(family, char, brushes))


def clear_cache() -> None:
    """Forget made icons after a palette change: their colours are fixed when they are made."""
    get.cache_clear()


_PROPERTY = "staanIcon"


@runtime_checkable
class Iconed(Protocol):
    """An action, button or menu: a QObject that shows an icon."""

    def setIcon(self, icon: QIcon, /) -> None: ...  # noqa: N802 - Qt's name
    def setProperty(self, name: str, value: Any, /) -> bool: ...  # noqa: N802 - Qt's name


def apply(target: Iconed, name: str) -> None:
    """Give an action, button or menu the icon for ``name`` and remember the meaning, so that
    :func:`restyle` can draw it again in new colours."""
    target.setIcon(get(name))
    target.setProperty(_PROPERTY, name)


def action(parent: QObject, name: str, keys: Sequence[str] = (), **properties: Any) -> QAction:
    """An action with the icon for ``name`` and the shortcuts ``keys`` (the first is shown in
    menus; an empty one is left out)."""
    made = QAction(parent, **properties)
    apply(made, name)
    if any(keys):
        made.setShortcuts([QKeySequence(key) for key in keys if key])
    return made


def restyle(root: QObject) -> None:
    """Redraw every remembered icon under ``root`` (after the palette changed)."""
    for child in root.findChildren(QObject):
        name = child.property(_PROPERTY)
        if name and isinstance(child, Iconed):  # only apply() sets the property
            child.setIcon(get(name))
