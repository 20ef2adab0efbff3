"""The multi-line twin of :class:`~staan_desktop.gui.text_binding.TextBinding`.

A paragraph is stored a moment after the last keystroke and whenever the editor loses focus,
each time as one durable edit; edits of one field merge into one undo step. A redraw leaves
the editor alone while it already shows what is stored, so the cursor never jumps mid-word.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QPlainTextEdit

from staan_desktop.services.edits import Change

from ..context import WorkspaceContext
from ..text_binding import STORE_AFTER_MS


class PlainTextBinding(QObject):
    def __init__(
        self,
        edit: QPlainTextEdit,
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
        self._showing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(STORE_AFTER_MS)
        self._timer.timeout.connect(self.flush)
        edit.textChanged.connect(self._typed)
        edit.installEventFilter(self)

    def _typed(self) -> None:
        if not self._showing:
            self._timer.start()

    def show(self, value: str) -> None:
        """Show the stored ``value`` unless the editor already says it or is being typed in."""
        self._stored = value
        if self.edit.toPlainText() != value and not self._timer.isActive():
            self._showing = True
            try:
                self.edit.setPlainText(value)
            finally:
                self._showing = False

    def flush(self) -> None:
        self._timer.stop()
        value = self.edit.toPlainText()
        if value == self._stored or self.edit.isReadOnly():
            return
        if self._required and not value.strip():
            return
        if self.context.edit(self.undo_text, lambda: self._store(value), self._merge_key) is not None:
            self._stored = value

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False
