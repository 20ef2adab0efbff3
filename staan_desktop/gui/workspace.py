"""The body of the window while a document is open: the chapter navigation on the left and one
page per chapter on the right, with every change routed to the pages that show it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QWidget

from staan_desktop.services.edits import Change

from . import icons
from .context import WorkspaceContext
from .errors import report_unexpected
from .navigation import Navigation
from .pages.base import Page

log = logging.getLogger(__name__)


def page_shortcuts(pages: Sequence[type[Page]]) -> list[str]:
    """Each page's own shortcut, or Ctrl+<position> for the first nine; never one twice."""
    taken: set[str] = set()
    result = []
    for position, page in enumerate(pages, start=1):
        wanted = page.shortcut or (f"Ctrl+{position}" if position <= 9 else "")
        key = QKeySequence(wanted).toString()
        if key and key in taken:
            log.warning("shortcut %s of %s is already taken; left out", wanted, page.__name__)
            key = ""
        taken.add(key)
        result.append(key)
    return result


class Workspace(QSplitter):
    def __init__(self, page_classes: Sequence[type[Page]], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.page_classes = list(page_classes)
        #: The built pages, in navigation order; a page that failed to build is a QLabel.
        self.pages: list[QWidget] = []
        shortcuts = page_shortcuts(self.page_classes)
        self.navigation = Navigation(self)
        self.navigation.set_pages(self.page_classes, shortcuts)
        self.page_actions: list[QAction] = []
        for row, (page, shortcut) in enumerate(zip(self.page_classes, shortcuts)):
            action = icons.action(self, page.icon, text=page.translated_title())
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, row=row: self.go_to(row))
            self.page_actions.append(action)
        # No title bar above the pages: each page heads itself (a projector has no height to
        # spare), and the highlighted chapter in the navigation says where one is.
        self.stack = QStackedWidget(self)
        self.addWidget(self.navigation)
        self.addWidget(self.stack)
        self.setStretchFactor(1, 1)
        self.setSizes([250, 1000])
        self.setChildrenCollapsible(False)
        self.navigation.currentRowChanged.connect(self._show_page)
        self.navigation.enter_page.connect(self.focus_page)

    # Pages ------------------------------------------------------------------------------

    def show_context(self, context: WorkspaceContext) -> None:
        self.clear()
        for page_class in self.page_classes:
            self.pages.append(self._make_page(page_class, context))
            self.stack.addWidget(self.pages[-1])
        row = max(self.navigation.currentRow(), 0)
        self.navigation.setCurrentRow(row)
        self._show_page(row)

    def _make_page(self, page_class: type[Page], context: WorkspaceContext) -> QWidget:
        """A page that fails to build or load must not take the workspace down with it."""
        try:
            page = page_class(context, self.stack)
            page.refresh(None)
            return page
        except Exception as exc:  # noqa: BLE001 - shown to the user and logged
            report_unexpected(type(exc), exc, exc.__traceback__)
            broken = QLabel(self.tr("Deze pagina kon niet worden getoond; zie het logbestand."), self.stack)
            broken.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return broken

    def clear(self) -> None:
        for page in self.pages:
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()

    def route(self, change: Change, follow: bool) -> None:
        """Let every page that shows ``change`` redraw; with ``follow`` (undo, redo) also show
        the page where it can be seen: the home of the changed table, else any page showing it,
        the most specific (fewest tables) first."""
        for page in self.pages:
            if isinstance(page, Page) and page.shows(change):
                try:
                    page.refresh(change)
                except Exception as exc:  # noqa: BLE001 - one page's bug must not stop the others
                    report_unexpected(type(exc), exc, exc.__traceback__)
        if not follow:
            return
        current = self.stack.currentWidget()
        if isinstance(current, Page) and change.table in current.home():
            return
        candidates = [
            (change.table not in page.home(), len(page.home()), len(page.tables), row)
            for row, page in enumerate(self.pages)
            if isinstance(page, Page) and page.shows(change)
        ]
        if not candidates:
            return
        best = min(candidates)
        if best[0] and isinstance(current, Page) and current.shows(change):
            return  # no page is its home, and this one shows it: stay
        self.go_to(best[-1])

    # Moving around ----------------------------------------------------------------------

    def go_to(self, row: int, focus: bool = False) -> None:
        if 0 <= row < self.navigation.count():
            self.navigation.setCurrentRow(row)
            if focus:
                self.focus_page()

    def step(self, delta: int) -> None:
        if self.page_classes:
            self.go_to((self.navigation.currentRow() + delta) % len(self.page_classes))

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)

    def current_title(self) -> str:
        row = self.navigation.currentRow()
        return self.page_classes[row].translated_title() if 0 <= row < len(self.page_classes) else ""

    def focus_page(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, Page):
            page.focus_first()

    def toggle_focus(self) -> None:
        if self.navigation.hasFocus():
            self.focus_page()
        else:
            self.navigation.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # Looks ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.navigation.retranslate()
        for action, page in zip(self.page_actions, self.page_classes):
            action.setText(page.translated_title())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.navigation.restyle()
        super().changeEvent(event)
