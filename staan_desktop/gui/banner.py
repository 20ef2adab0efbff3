"""The coloured bar at the top of the window that says why the document cannot be changed.

It is deliberately loud (a projector washes out subtle cues): the facilitator must see at once
that typing will not be stored, and why — someone else has the file open, or it is signed off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from . import icons
from .widgets.labels import show_plain

#: (background, text) for a light and a dark palette.
_COLOURS = {False: ("#FFE8A3", "#3D2E00"), True: ("#5C4700", "#FFF4D1")}


class Banner(QFrame):
    """Hidden until :meth:`show_reason` or :meth:`show_notice`; ``retry`` is offered when waiting
    may help, ``take_over`` when the holder may be gone (its computer crashed), ``action`` when one
    button gets the user out (e.g. a new concept version)."""

    retry_requested = Signal()
    take_over_requested = Signal()
    action_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName(self.tr("Melding"))
        self.icon = QLabel(self)
        self.text = show_plain(QLabel(self), selectable=True)  # names of people and computers
        self.text.setWordWrap(True)
        self.retry = QPushButton(self)
        self.retry.clicked.connect(self.retry_requested)
        self.take_over = QPushButton(self)
        self.take_over.clicked.connect(self.take_over_requested)
        self.take_over.hide()
        self.action = QPushButton(self)
        self.action.clicked.connect(self.action_requested)
        self.action.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(10)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry)
        layout.addWidget(self.take_over)
        layout.addWidget(self.action)
        self._icon_name = "read-only"
        self.retranslate()
        self.hide()  # styled when shown

    def show_reason(self, reason: str, *, icon: str = "read-only", retry: bool = False, take_over: bool = False) -> None:
        self._icon_name = icon
        self.text.setText(self.tr("Alleen-lezen: {0}. Wijzigingen worden niet bewaard.").format(reason.rstrip(".")))
        self.setAccessibleDescription(self.text.text())
        self.retry.setVisible(retry)
        self.take_over.setVisible(take_over)
        self.action.hide()
        self._restyle()
        self.show()

    def show_notice(self, text: str, *, icon: str = "read-only", action: str = "") -> None:
        """Show ``text`` as it is: it says itself what can and cannot be done (a review still
        stores comments, so "wijzigingen worden niet bewaard" would be wrong there)."""
        self._icon_name = icon
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.retry.hide()
        self.take_over.hide()
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self._restyle()
        self.show()

    def clear(self) -> None:
        self.hide()

    def retranslate(self) -> None:
        self.retry.setText(self.tr("&Opnieuw proberen"))
        self.retry.setToolTip(self.tr("Opnieuw openen om te bewerken, als het document inmiddels vrij is"))
        self.take_over.setText(self.tr("&Toch bewerken…"))
        self.take_over.setToolTip(self.tr("Het document overnemen, als het op de andere computer niet meer open is"))

    def _restyle(self) -> None:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        background, foreground = _COLOURS[dark]
        sheet = (
            f"QFrame#banner {{ background: {background}; border-bottom: 2px solid {foreground}; }}"
            f"QFrame#banner QLabel {{ color: {foreground}; font-weight: 600; }}"
        )
        if sheet != self.styleSheet():  # a new style sheet changes the palette: no loop
            self.setStyleSheet(sheet)
        size = self.fontMetrics().height() + 6
        self.icon.setPixmap(icons.get(self._icon_name).pixmap(QSize(size, size)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange and self.isVisible():
            self._restyle()
        super().changeEvent(event)
