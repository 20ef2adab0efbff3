"""A text field that stores what is typed, without a save button and without fighting the typist.

Typing is stored a moment after the last keystroke and when the field loses focus, each time as
one durable edit through ``context.edit``; consecutive edits of one field merge into one undo
step. A redraw never overwrites a field while its text already says what is stored (stripping
whitespace in the service would otherwise eat the space just typed).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit

from staan_desktop.services.edits import Change

from .context import WorkspaceContext

#: Milliseconds after the last keystroke before the text is stored.
STORE_AFTER_MS = 700


class TextBinding(QObject):
    def __init__(
        self,
        edit: QLineEdit,
        context: WorkspaceContext,
        undo_text: str,
        store: Callable[[str], Change],
        merge_key: tuple,
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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(STORE_AFTER_MS)
        self._timer.timeout.connect(self.flush)
        edit.textEdited.connect(lambda _text: self._timer.start())
        edit.editingFinished.connect(self._finished)

    def show(self, value: str) -> None:
        """Show the stored ``value`` unless the field already says it (perhaps mid-typing)."""
        self._stored = value
        if self.edit.text().strip() != value.strip() and not self._timer.isActive():
            self.edit.setText(value)
            self.edit.setCursorPosition(0)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def flush(self) -> None:
        """Store the text now if it differs from what is stored."""
        self._timer.stop()
        value = self.edit.text()
        if value.strip() == self._stored.strip() or self.edit.isReadOnly():
            return
        if self._required and not value.strip():
            return  # an empty required field is a moment in typing; restored when leaving it
        if self.context.edit(self.undo_text, lambda: self._store(value), self._merge_key) is not None:
            self._stored = value.strip()

    def _finished(self) -> None:
        self.flush()
        if self.edit.text().strip() != self._stored.strip():
            # Refused or left empty: show what the document really says, and say why.
            if self._required and not self.edit.text().strip() and not self.edit.isReadOnly():
                self.context.refused.emit(self.tr("Dit veld mag niet leeg zijn; de vorige tekst staat er weer."), "")
            self.edit.setText(self._stored)
