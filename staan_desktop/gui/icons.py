"""One place that says which picture means what (the Spyder icon manager, smaller).

Code asks for a meaning — ``icons.get("export-pdf")`` — never for a font glyph, so that a
picture can change in one line and a typo fails loudly instead of drawing an empty square.
Colours come from the palette when the icon is painted, so they follow dark mode.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon

#: meaning → qtawesome name. Pages of the workspace use ``page-*``.
ICONS: dict[str, str] = {
    # Files
    "file-new": "mdi6.file-document-plus-outline",
    "file-open": "mdi6.folder-open-outline",
    "file-recent": "mdi6.history",
    "file-copy": "mdi6.content-save-move-outline",
    "file-close": "mdi6.close-box-outline",
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


@cache
def get(name: str) -> QIcon:
    """The icon for a meaning; an unknown meaning raises :class:`KeyError`."""
    import qtawesome  # late: it needs a QApplication, and the CLI never draws
    from PySide6.QtGui import QGuiApplication, QPalette

    # On a selected list row the text turns light; the icon must follow it to stay visible.
    selected = QGuiApplication.palette().color(QPalette.ColorRole.HighlightedText)
    return qtawesome.icon(ICONS[name], color_selected=selected)


def clear_cache() -> None:
    """Forget made icons after a palette change: qtawesome fixes colours when an icon is made."""
    import qtawesome

    get.cache_clear()
    qtawesome.reset_cache()


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
