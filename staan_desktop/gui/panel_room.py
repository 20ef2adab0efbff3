"""The side panels (session, comments) get back the width a wide page took from them.

A page that needs more room than is left beside the panels (the owners' table at 1366 px)
makes the main window narrow the panels; the window never widens them again by itself. So
the width each panel had while the page beside it left room to spare is remembered, and given
back once a page with that room is shown again; a width the person chose stays theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget


class PanelRoom(QObject):
    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack)
        self.stack = stack
        #: Panel → its width while the page beside it left room to spare.
        self._widths: dict[QDockWidget, int] = {}

    def _window(self) -> QMainWindow | None:
        window = self.stack.window()
        return window if isinstance(window, QMainWindow) else None

    def _panels(self, window: QMainWindow) -> list[QDockWidget]:
        sides = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
        return [
            dock for dock in window.findChildren(QDockWidget)
            if dock.isVisible() and not dock.isFloating() and window.dockWidgetArea(dock) in sides
        ]  # fmt: skip

    def before_switch(self) -> None:
        """Remember the panels' widths, unless the page now shown holds them narrower than
        they were (it takes all it can) and they were seen wider before."""
        window = self._window()
        if window is None:
            return
        spare = self.stack.width() > self.stack.minimumSizeHint().width()
        for dock in self._panels(window):
            if spare or dock not in self._widths:
                self._widths[dock] = dock.width()

    def after_switch(self) -> None:
        """Once the new page is laid out, widen the panels back as far as it leaves room."""
        QTimer.singleShot(0, self._give_back)

    def _give_back(self) -> None:
        window = self._window()
        if window is None:
            return
        # The window takes the new page's smaller minimum only once the layout requests that
        # travel up from the page (to the splitter, then the window) are handled.
        for _step in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        narrowed = [(dock, self._widths[dock]) for dock in self._panels(window) if self._widths.get(dock, 0) > dock.width()]
        if narrowed:
            window.resizeDocks([dock for dock, _ in narrowed], [width for _, width in narrowed], Qt.Orientation.Horizontal)
