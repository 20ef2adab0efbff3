"""The room's join card on the projector: the QR code and address to join with, and beside it,
when the facilitator gave the Wi-Fi, a second QR code that joins the phone to that network."""

from __future__ import annotations

import io

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


def qr_pixmap(text: str, scale: int) -> QPixmap:
    """The QR code of ``text`` as a pixmap (segno draws it; black on white, quiet zone 2)."""
    import segno

    buffer = io.BytesIO()
    # ``eci``: a text beyond Latin-1 (a Wi-Fi name in another script) says it is UTF-8, so a
    # reader does not guess Shift JIS (zbar does); Latin-1 and ASCII codes stay as they were.
    segno.make(text, error="m", eci=True).save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class JoinCard(QWidget):
    """The QR code and the address, large, over the whole projector window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("roomJoinCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#roomJoinCard { background: white; } QLabel { color: black; }")
        self.heading = QLabel(self)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.code = QLabel(self)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address = QLabel(self)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setWordWrap(True)
        # The Wi-Fi's code and its name (never its password: that is in the code only).
        self.wifi_code = QLabel(self)
        self.wifi_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wifi_label = QLabel(self)
        self.wifi_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wifi_label.setWordWrap(True)
        join = QVBoxLayout()
        join.addWidget(self.code, 1)
        join.addWidget(self.address)
        wifi = QVBoxLayout()
        wifi.addWidget(self.wifi_code, 1)
        wifi.addWidget(self.wifi_label)
        codes = QHBoxLayout()
        codes.addLayout(wifi)
        codes.addLayout(join)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(codes, 1)
        self._url = ""
        self._wifi = ""
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())

    def show_url(self, url: str, heading: str, wifi: str = "", wifi_label: str = "") -> None:
        """``wifi``: the text of the Wi-Fi's QR code (empty: none), ``wifi_label`` its caption."""
        self._url = url
        self._wifi = wifi
        self.heading.setText(heading)
        self.address.setText(url)
        self.wifi_label.setText(wifi_label)
        self.wifi_code.setVisible(bool(wifi))
        self.wifi_label.setVisible(bool(wifi))
        self._fit()

    def _fit(self) -> None:
        # Two codes share the width; each stays large enough to scan from the back of a room.
        across = self.width() // 2 if self._wifi else self.width()
        side = max(120, min(across - 40, self.height() * 2 // 3))
        font = self.font()
        font.setPixelSize(max(14, self.height() // 24))
        for label in (self.heading, self.address, self.wifi_label):
            label.setFont(font)
        for label, text in ((self.code, self._url), (self.wifi_code, self._wifi)):
            if text:
                label.setPixmap(
                    qr_pixmap(text, 10).scaled(
                        side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
                    )
                )
            else:
                label.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
            self._fit()
        return False
