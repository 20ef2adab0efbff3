"""An entry line for lists: Enter adds what was typed, and pasting several lines adds them all.

A facilitator often has the long list in an e-mail or on a flip-over photo transcript; pasting
it here adds every line at once (one undo step) instead of squashing it into one name.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget


class ListEntry(QLineEdit):
    #: Enter on a non-empty line, or a paste of several lines: the texts to add.
    submitted = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        if self.text().strip():
            self.submitted.emit([self.text()])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Paste) and self.paste_lines():
            return
        super().keyPressEvent(event)

    def paste_lines(self, text: str | None = None) -> bool:
        """Submit a multi-line clipboard as separate entries; False for a single line."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
        if len(lines) < 2:
            return False
        if self.text().strip():
            lines.insert(0, self.text())
        self.submitted.emit(lines)
        return True
