"""Headings and hints of the capture screens, sized for a projector.

Sizes are relative to the application font, so the text scale in the settings (for the back of
the room) enlarges them too. Every label shows plain text: names with ``<``, ``&`` or quotes are
shown as typed, never interpreted as markup.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

HEADING_SCALE = 1.6
SUBHEADING_SCALE = 1.25


def show_plain(label: QLabel, *, selectable: bool = False) -> QLabel:
    """Show the label's text as typed, never as markup; with ``selectable``, mouse users can
    select and copy it."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_number(label: QLabel) -> QLabel:
    """Right-aligned, so that numbers under one another line up."""
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


class ScaledLabel(QLabel):
    """A plain-text label whose font is the application font times ``scale``."""

    def __init__(self, text: str = "", scale: float = 1.0, bold: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        show_plain(self)
        self.setText(text)
        self._scale = scale
        self._bold = bold
        self._apply()

    def _apply(self) -> None:
        # From the application font: that is what the text-scale setting changes.
        font = QApplication.font()
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * self._scale)
        font.setBold(self._bold)
        self.setFont(font)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._apply()


def heading(text: str, parent: QWidget | None = None) -> ScaledLabel:
    label = ScaledLabel(text, HEADING_SCALE, True, parent)
    label.setAccessibleName(text)
    return label


def subheading(text: str, parent: QWidget | None = None) -> ScaledLabel:
    return ScaledLabel(text, SUBHEADING_SCALE, True, parent)


class HintLabel(QLabel):
    """Help in a muted colour that reads in light and dark schemes, and follows a switch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._muting = False
        self._mute()

    def _mute(self) -> None:
        from PySide6.QtGui import QColor, QPalette
        from PySide6.QtWidgets import QApplication

        from .. import theme

        self._muting = True
        try:
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.muted_text(QApplication.palette())))
            self.setPalette(palette)
        finally:
            self._muting = False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._muting:
            self._mute()


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A line of help under an editor (which keys do what), in a muted colour."""
    label = show_plain(HintLabel(parent))
    label.setText(text)
    label.setWordWrap(True)
    return label


class SubheadingLabel(ScaledLabel):
    """A subheading in a Qt Designer form (a QLabel promoted to this class); its text is set in code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", SUBHEADING_SCALE, True, parent)
