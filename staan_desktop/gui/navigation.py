"""The list of pages on the left: the chapters of the startdocument, reachable by keyboard.

Arrow keys move through it and show the page at once; Enter (or →) moves the focus into the
page. Each entry's tooltip names its shortcut, so the mouse user learns the keyboard.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from . import icons
from .pages import PageSpec

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


class Navigation(QListWidget):
    #: The user asked to go into the current page (Enter or →).
    enter_page = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        # Reached by Tab and by click, long titles elided at the right: an item view's defaults.
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        # Roomy rows: the list is read from the back of a room and clicked on a touchpad.
        self.setStyleSheet(
            "QListWidget#navigation { border: none; border-right: 1px solid palette(mid); padding-top: 6px; }"
            "QListWidget#navigation::item { padding: 7px 10px; border-radius: 4px; margin: 0px 6px; }"
            "QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
            "QListWidget#navigation::item:hover:!selected { background: palette(alternate-base); }"
        )
        self._pages: list[PageSpec] = []
        self._shortcuts: list[str] = []
        self._titles: dict[str, str] = {}

    def set_pages(self, pages: Sequence[PageSpec], shortcuts: Sequence[str]) -> None:
        self._pages = list(pages)
        self._shortcuts = list(shortcuts)
        self.clear()
        for _page in self._pages:
            QListWidgetItem(self)
        self.retranslate()
        self.restyle()

    def set_shortcuts(self, shortcuts: Sequence[str]) -> None:
        """The keys of each page (they follow the pages the document's method shows)."""
        self._shortcuts = list(shortcuts)
        self.retranslate()

    def retranslate(self, titles: Mapping[str, str] | None = None) -> None:
        """``titles``: page key → the title the document's method gives it (kept for later)."""
        if titles is not None:
            self._titles = dict(titles)
        self.setAccessibleName(self.tr("Hoofdstukken"))
        for row, page in enumerate(self._pages):
            item = self.item(row)
            title = self._titles.get(page.key) or page.translated_title()
            item.setText(title)
            shortcut = QKeySequence(self._shortcuts[row]).toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{title} ({shortcut})" if shortcut else title)
        if self.count():
            self._keep_titles_whole()

    def restyle(self) -> None:
        size = self.fontMetrics().height() + 4
        self.setIconSize(QSize(size, size))
        for row, page in enumerate(self._pages):
            self.item(row).setIcon(icons.get(page.icon))
        self._keep_titles_whole()

    def _keep_titles_whole(self) -> None:
        """A page and the panels beside it may not squeeze the list until titles are cut:
        at least as wide as the widest title with its icon and the item's padding."""
        widest = max((self.fontMetrics().horizontalAdvance(self.item(row).text()) for row in range(self.count())), default=0)
        padding = 2 * 10 + 2 * 6 + 2 * self.spacing() + 8  # the item's padding and margin (style sheet), gap
        self.setMinimumWidth(widest + self.iconSize().width() + padding + 2 * self.frameWidth() + 1)

    def titles(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right):
            self.enter_page.emit()
            return
        super().keyPressEvent(event)
