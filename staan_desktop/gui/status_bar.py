"""The status bar: when the last edit was durably stored, and messages that need no dialog.

There is no unsaved state to show: every edit is committed before the screen shows it, so the
bar says *when* that last happened instead of offering a Save button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, QTime
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from . import icons

MESSAGE_MS = 10_000
#: What a warning starts with (a refusal, a problem): it goes when its cause is gone.
WARNING = "⚠ "


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        box = QWidget(self)
        self.saved_icon = QLabel(box)
        self.saved = QLabel(box)
        self.saved.setObjectName("savedLabel")
        layout = QHBoxLayout(box)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.saved_icon)
        layout.addWidget(self.saved)
        self.addPermanentWidget(box)
        self._stored_at: QTime | None = None
        self._read_only = False
        self._update()

    def show_stored(self) -> None:
        self._stored_at = QTime.currentTime()
        self._update()

    def set_document(self, is_open: bool, read_only: bool = False) -> None:
        self._stored_at = None
        self._read_only = read_only
        self.saved.setVisible(is_open)
        self.saved_icon.setVisible(is_open)
        self._update()

    def show_warning(self, message: str) -> None:
        self.showMessage(WARNING + message, MESSAGE_MS)

    def clear_warning(self) -> None:
        """A refusal is answered once an edit is stored again (the score typed anew, the name
        put right): its warning goes rather than stand beside the work that followed."""
        if self.currentMessage().startswith(WARNING):
            self.clearMessage()

    def _update(self) -> None:
        size = self.fontMetrics().height()
        if self._read_only:
            self.saved.setText(self.tr("Alleen-lezen: wijzigingen worden niet bewaard"))
            icon = "read-only"
        elif self._stored_at is None:
            self.saved.setText(self.tr("Elke wijziging wordt direct bewaard"))
            icon = "saved"
        else:
            self.saved.setText(self.tr("Opgeslagen {0}").format(self._stored_at.toString("HH:mm:ss")))
            icon = "saved"
        self.saved.setAccessibleName(self.saved.text())
        self.saved_icon.setPixmap(icons.get(icon).pixmap(QSize(size, size)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._update()
        super().changeEvent(event)
