"""Work that waits until a window's first frame is on the screen, so that what takes long
(loading the database layer, opening the document) does not hold that frame back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: Run the work after this long even if the window is never painted (started minimised).
UNPAINTED_MS = 1000


class _AfterFirstPaint(QObject):
    def __init__(self, window: QWidget, work: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._work: Callable[[], None] | None = work
        window.installEventFilter(self)
        QTimer.singleShot(UNPAINTED_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self._work is not None:
            # Queued: the rest of this frame (every child widget) is painted first.
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            self._window.removeEventFilter(self)
            work()


def after_first_paint(window: QWidget, work: Callable[[], None]) -> None:
    """Run ``work`` once, after ``window`` is first painted (or after a second without)."""
    _AfterFirstPaint(window, work)
