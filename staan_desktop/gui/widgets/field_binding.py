"""A text field (one line or a paragraph) that stores what is typed, like
:class:`~staan_desktop.gui.text_binding.TextBinding`, and can be pointed at another record.

Typing is stored a moment after the last keystroke and whenever the field loses focus, as
one durable edit; edits of one field of one record merge into one undo step. A page that
shows one record at a time (a conference, a role, a block) calls :meth:`retarget` when the
user picks another, which first stores what was typed for the previous one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from staan_desktop.services.edits import Change

from ..context import WorkspaceContext
from ..text_binding import STORE_AFTER_MS

Store = Callable[[str], Change]


class FieldBinding(QObject):
    def __init__(
        self,
        edit: QLineEdit | QPlainTextEdit,
        context: WorkspaceContext,
        undo_text: str,
        store: Store | None = None,
        merge_key: tuple | None = None,
        *,
        required: bool = False,
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self.context = context
        self.undo_text = undo_text
        self._store = store
        self._merge_key = merge_key
        self._required = required
        self._stored = ""
        self._showing = False
        self._flushing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(STORE_AFTER_MS)
        self._timer.timeout.connect(self.flush)
        if isinstance(edit, QLineEdit):
            edit.textEdited.connect(lambda _text: self._timer.start())
        else:
            edit.textChanged.connect(self._typed)
        edit.installEventFilter(self)
        edit.setEnabled(store is not None)

    @property
    def merge_key(self) -> tuple | None:
        return self._merge_key

    def _text(self) -> str:
        return self.edit.text() if isinstance(self.edit, QLineEdit) else self.edit.toPlainText()

    def _typed(self) -> None:
        if not self._showing:
            self._timer.start()

    def retarget(self, store: Store | None, merge_key: tuple | None, value: str = "") -> None:
        """Store pending typing for the old record, then show ``value`` of the new one."""
        self.flush()
        self._store, self._merge_key = store, merge_key
        self.edit.setEnabled(store is not None)
        self._stored = None  # type: ignore[assignment]  # force the redraw below
        self.show(value)

    def show(self, value: str) -> None:
        """Show the stored ``value`` unless the field already says it or is being typed in."""
        if self._stored == value:
            return
        self._stored = value
        # Compared without surrounding spaces: a service that trims names must not eat the
        # space just typed between two words.
        if self._text().strip() != value.strip() and not self._timer.isActive():
            self._showing = True
            try:
                if isinstance(self.edit, QLineEdit):
                    self.edit.setText(value)
                    self.edit.setCursorPosition(0)
                else:
                    self.edit.setPlainText(value)
            finally:
                self._showing = False

    def flush(self) -> None:
        self._timer.stop()
        store = self._store
        value = self._text()
        if self._flushing or store is None or value.strip() == (self._stored or "").strip() or self.edit.isReadOnly():
            return
        if self._required and not value.strip():
            return
        # The edit redraws the page, which may call back into this binding (retarget, show):
        # by then the value counts as stored, and a second flush must not run inside the first.
        previous, self._stored, self._flushing = self._stored, value, True
        try:
            if self.context.edit(self.undo_text, lambda: store(value), self._merge_key) is None:
                self._stored = previous
        finally:
            self._flushing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
            if self._required and not self._text().strip() and self._stored:
                self.show_stored()
        return False

    def show_stored(self) -> None:
        value, self._stored = self._stored, None  # type: ignore[assignment]
        self.show(value)
