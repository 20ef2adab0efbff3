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
import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

#: meaning → qtawesome name. Pages of the workspace use ``page-*``.
ICONS: dict[str, str] = {
    # Files
    "file-new": "mdi6.file-document-plus-outline",
    "file-open": "mdi6.folder-open-outline",
    "file-recent": "mdi6.history",
    "file-copy": "mdi6.content-save-move-outline",
    "file-close": "mdi6.close-box-outline",
    "backup": "mdi6.backup-restore",
    "folder": "mdi6.folder-outline",
    "export": "mdi6.export",
    "export-json": "mdi6.code-json",
    "export-pdf": "mdi6.file-pdf-box",
    "import": "mdi6.import",
    "demo": "mdi6.school-outline",
    "quit": "mdi6.exit-to-app",
    # Editing
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "add": "mdi6.plus",
    "remove": "mdi6.delete-outline",
    "edit": "mdi6.pencil-outline",
    "move-up": "mdi6.arrow-up",
    "move-down": "mdi6.arrow-down",
    "comment": "mdi6.comment-text-outline",
    "search": "mdi6.magnify",
    # State and messages
    "saved": "mdi6.check-circle-outline",
    "read-only": "mdi6.lock-outline",
    "signed-off": "mdi6.seal",
    "warning": "mdi6.alert-outline",
    "error": "mdi6.alert-circle-outline",
    "info": "mdi6.information-outline",
    # Window
    "settings": "mdi6.cog-outline",
    "help": "mdi6.help-circle-outline",
    "keyboard": "mdi6.keyboard-outline",
    "log": "mdi6.text-box-search-outline",
    "fullscreen": "mdi6.fullscreen",
    "text-larger": "mdi6.format-font-size-increase",
    "text-smaller": "mdi6.format-font-size-decrease",
    "next": "mdi6.chevron-right",
    "previous": "mdi6.chevron-left",
    # Pages of the startdocument
    "page-overview": "mdi6.clipboard-text-outline",
    "page-municipalities": "mdi6.city-variant-outline",
    "page-conferences": "mdi6.account-group-outline",
    "page-chapters": "mdi6.file-tree-outline",
    "page-ambition": "mdi6.bullseye-arrow",
    "page-motives": "mdi6.star-four-points-outline",
    "page-interests": "mdi6.scale-balance",
    "page-task-fields": "mdi6.format-list-checks",
    "page-criteria": "mdi6.tune-variant",
    "page-scores": "mdi6.table-star",
    "page-owners": "mdi6.account-tie-outline",
    "page-roles": "mdi6.sitemap-outline",
    "page-rules": "mdi6.gavel",
    "page-review": "mdi6.comment-check-outline",
    "page-sign-off": "mdi6.check-decagram-outline",
}

#: qtawesome's prefix → (font file, charmap file) in its ``fonts`` folder.
FONTS: dict[str, tuple[str, str]] = {
    "mdi6": ("materialdesignicons6-webfont-6.9.96.ttf", "materialdesignicons6-webfont-charmap-6.9.96.json"),
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
def _font(prefix: str) -> tuple[str, dict[str, str]]:
    """The family of the icon font ``prefix`` (loaded into the application once) and its
    glyph name → hexadecimal code point."""
    font_file, charmap_file = FONTS[prefix]
    folder = fonts_dir()
    font_id = QFontDatabase.addApplicationFont(str(folder / font_file))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        raise RuntimeError(f"the icon font {folder / font_file} could not be loaded")
    charmap: dict[str, str] = json.loads((folder / charmap_file).read_text(encoding="utf-8"))
    return families[0], charmap


def _glyph(name: str) -> tuple[str, str]:
    """(font family, character) of a qtawesome name such as ``mdi6.undo``."""
    prefix, _, glyph = name.partition(".")
    family, charmap = _font(prefix)
    return family, chr(int(charmap[glyph], 16))


class GlyphEngine(QIconEngine):
    """Draws one glyph of an icon font in the colour of the icon's mode, as qtawesome's
    ``CharIconEngine`` does (the glyph 7/8 of the icon's height, centred)."""

    def __init__(self, family: str, char: str, colours: dict[QIcon.Mode, QColor]) -> None:
        super().__init__()
        self.family = family
        self.char = char
        self.colours = colours

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, _state: QIcon.State) -> None:
        painter.save()
        painter.setPen(self.colours.get(mode, self.colours[QIcon.Mode.Normal]))
        font = QFont(self.family)
        font.setPixelSize(max(1, round(0.875 * rect.height())))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.family, self.char, dict(self.colours))

    def key(self) -> str:
        return "staan-glyph"


@cache
def get(name: str) -> QIcon:
    """The icon for a meaning; an unknown meaning raises :class:`KeyError`."""
    family, char = _glyph(ICONS[name])
    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    colours = {
        QIcon.Mode.Normal: text,
        QIcon.Mode.Active: text,
        QIcon.Mode.Disabled: palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text),
        # On a selected list row the text turns light; the icon must follow it to stay visible.
        QIcon.Mode.Selected: palette.color(QPalette.ColorRole.HighlightedText),
    }
    return QIcon(GlyphEngine(family, char, colours))


def clear_cache() -> None:
    """Forget made icons after a palette change: their colours are fixed when they are made."""
    get.cache_clear()


_PROPERTY = "staanIcon"


def apply(target: QObject, name: str) -> None:
    """Give an action, button or menu the icon for ``name`` and remember the meaning, so that
    :func:`restyle` can draw it again in new colours."""
    target.setIcon(get(name))  # type: ignore[attr-defined]
    target.setProperty(_PROPERTY, name)


def action(parent: QObject, name: str, **properties: Any) -> QAction:
    made = QAction(parent, **properties)
    apply(made, name)
    return made


def restyle(root: QObject) -> None:
    """Redraw every remembered icon under ``root`` (after the palette changed)."""
    for child in root.findChildren(QObject):
        name = child.property(_PROPERTY)
        if name:
            child.setIcon(get(name))  # type: ignore[attr-defined]
