"""What a page of the workspace is. The main window only composes pages; each page owns its
widgets, reads through services and changes things only through ``context.edit``.

The contract, for everyone who writes a page::

    # gui/pages/__init__.py: the page's one declaration (title, icon, tables, shortcut)
    PageSpec("task_fields", QT_TRANSLATE_NOOP("Page", "Taakvelden"), "page-task-fields",
             frozenset({"task_field", "owner"}), "task_fields:TaskFieldsPage",
             home_tables=frozenset({"task_field"}))

    # gui/pages/task_fields.py
    class TaskFieldsPage(Page):
        key = "task_fields"

        def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
            super().__init__(context, parent)
            ...build widgets...

        def refresh(self, change: Change | None) -> None:
            ...redraw from services; change is None for a full reload...

A page is built the first time it is shown (the window opens a document on its first page
only). The window calls ``refresh(None)`` once after construction, and ``refresh(change)`` for
every change (edit, undo, redo — also those made on other pages) whose ``change.tables`` meets
the spec's ``tables``, while the page exists; a page not yet built simply reads everything when
it is. On an undo or redo it also shows the page where the change can be seen: a page whose
``home_tables`` (default: ``tables``) holds the changed table, the one with the fewest, so that
undoing a title change shows the overview and not every page that happens to display the title.
A page whose texts should switch language live sets them in ``retranslate()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from staan_desktop.services.edits import Change

    from ..context import WorkspaceContext

from . import SPECS, PageSpec


class Page(QWidget):
    #: The key of the page's :class:`~staan_desktop.gui.pages.PageSpec`.
    key: ClassVar[str] = ""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(type(self).__name__)

    @classmethod
    def spec(cls) -> PageSpec:
        return SPECS[cls.key]

    @classmethod
    def translated_title(cls) -> str:
        return cls.spec().translated_title()

    @property
    def read_only(self) -> bool:
        return self.context.read_only

    @classmethod
    def shows(cls, change: Change) -> bool:
        return cls.spec().shows(change)

    def refresh(self, change: Change | None) -> None:
        """Redraw what ``change`` touched, or everything when it is ``None``."""
        raise NotImplementedError(f"{type(self).__name__} must implement refresh()")

    def retranslate(self) -> None:
        """Set the texts of the page again after the language changed."""

    def main_input(self) -> QWidget | None:
        """Where typing goes when the page is shown: the entry of the next item, the grid to
        fill in… ``None``: the first field of the page."""
        return None

    def focus_first(self) -> None:
        """Put the keyboard focus on the page's main input, or its first field (when the page
        is reached by its shortcut, and F6 from the navigation)."""
        main = self.main_input()
        if main is not None and main.isVisibleTo(self) and main.isEnabled():
            main.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (
                self.isAncestorOf(widget)
                and widget.isVisibleTo(self)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def look_read_only(self) -> None:
        """A page that cannot be changed (review, a signed-off version) looks it: no key hints
        ("Enter voegt toe"), and its fields without the white of a field that takes typing."""
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

        from ..widgets.labels import HintLabel

        for label in self.findChildren(HintLabel):
            label.hide()
        edits: list[QLineEdit | QPlainTextEdit] = [*self.findChildren(QLineEdit), *self.findChildren(QPlainTextEdit)]
        for edit in edits:
            edit.setReadOnly(True)
            palette = edit.palette()
            palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
            edit.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
