"""Child process of the start-up figure: start a program, report its first painted frame and
the first frame in which the document can be edited, quit.

    python -m benchmarks.launch bare            an empty QMainWindow (the baseline)
    python -m benchmarks.launch stack           the same after importing the libraries the
                                                application needs before it can show a document
    python -m benchmarks.launch data FILE.staan the same, titled with the document after opening it
                                                through our services (open_document + load_info)
    python -m benchmarks.launch app FILE.staan  STAAN Desktop as ``main.py FILE.staan`` starts it

Both go through the same probe, so they differ only in what they build. The application needs
no hook for this: the probe wraps ``QApplication.exec`` (nothing paints before the event loop
runs) and watches the paint events of the main window shown by then; a window's paint event
opens the paint pass that draws all its widgets. For ``app`` the first frame that counts is the
first one painted after the window title names the document: the application's shell shows the
file's name, menus and chapters. It then loads the document layer on a worker thread and
opens the document for editing; the second marker is the first frame painted once the real,
editable overview page (object name ``OverviewPage``) is in the window; from the first frame on,
the probe watches every widget's paint events, since the page can be painted without its window. The other kinds can
edit nothing, so for them both markers are the same frame. After the second marker the probe
prints the longest stall of the event loop since it started running (:data:`STALL`).

This module imports Qt only when a kind asks for it, and for ``app`` the probe is installed right
after ``main.py`` has imported ``PySide6.QtWidgets`` itself: ``main.py`` prepares for the import
(it pauses the garbage collector), and importing Qt here first would measure a start-up that
users do not get.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

MARKER = "FIRST_PAINT"
EDITABLE = "EDITABLE"
#: Followed by the longest stall of the event loop, in milliseconds, up to the editable frame.
STALL = "LONGEST_STALL"
#: How often the stall probe asks to be woken; its lateness is the stall.
PROBE_MS = 10
#: The object name of the page that edits the document's first page (gui/pages/overview.py).
EDITABLE_PAGE = "OverviewPage"


def _install_probe(document_name: str | None, editable_page: str | None = None) -> None:
    import time

    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    class StallProbe(QObject):
        """A timer every PROBE_MS that notes how late it fires: the longest time the event
        loop could not answer (a user's click or key would have waited as long)."""

        def __init__(self) -> None:
            super().__init__()
            self.longest = 0.0
            self.last = time.perf_counter()
            self.timer = QTimer(self)
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(PROBE_MS)
            self.timer.timeout.connect(self.tick)

        def start(self) -> None:
            self.last = time.perf_counter()
            self.timer.start()

        def tick(self) -> None:
            now = time.perf_counter()
            self.longest = max(self.longest, now - self.last - PROBE_MS / 1000)
            self.last = now

    stall = StallProbe()

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False
            self.editable = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if self.editable or event.type() != QEvent.Type.Paint or not watched.isWidgetType():
                return False
            window = watched.window()  # type: ignore[attr-defined]
            if not isinstance(window, QMainWindow) or not window.isVisible():
                return False
            if not self.seen and (document_name is None or document_name in window.windowTitle()):
                self.seen = True
                # Report after the whole frame (all widgets of this paint pass) is drawn.
                QTimer.singleShot(0, lambda: print(MARKER, flush=True))
                if editable_page is not None:
                    # From now on the page that can edit may be painted without its window.
                    QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
            if self.seen and (editable_page is None or window.findChild(QWidget, editable_page)):
                self.editable = True
                QTimer.singleShot(0, self.report_editable)
            return False

        def report_editable(self) -> None:
            stall.tick()
            print(EDITABLE, flush=True)
            print(f"{STALL} {stall.longest * 1000:.1f}", flush=True)
            QApplication.quit()  # a normal quit: the application releases its document lock

    original = QApplication.exec

    def exec_with_probe(*_args: object) -> int:
        app = QApplication.instance()
        probe = FirstPaint()
        # Only the main window until its first frame: a filter on the whole application would
        # hand every widget's events to Python, and PySide would then build a Python type for
        # each kind of widget and event, a cost of the probe and not of the program measured.
        # A window's paint event opens the paint pass that draws all its widgets.
        for widget in app.topLevelWidgets():  # type: ignore[union-attr]
            if isinstance(widget, QMainWindow):
                widget.installEventFilter(probe)
        stall.start()
        return original()

    QApplication.exec = exec_with_probe  # type: ignore[method-assign]


def _after_import(name: str, then: Callable[[], None]) -> None:
    """Call ``then`` right after the program measured has imported the module ``name``."""
    import importlib.abc
    import importlib.util

    class Finder(importlib.abc.MetaPathFinder):
        def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
            if fullname != name:
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(fullname)  # by the finders after this one
            load = spec.loader.exec_module  # type: ignore[union-attr]

            def exec_module(module: Any) -> None:
                load(module)
                then()

            spec.loader.exec_module = exec_module  # type: ignore[union-attr]
            return spec

    sys.meta_path.insert(0, Finder())


#: What the application cannot show a document without (``stack`` mode): the floor for any
#: program built on these libraries, to tell our own start-up cost from theirs.
STACK = ("sqlalchemy.orm", "sqlmodel", "pydantic")


def bare(stack: bool = False) -> int:
    _install_probe(None)
    from PySide6.QtWidgets import QApplication, QMainWindow

    if stack:
        import importlib

        for module in STACK:
            importlib.import_module(module)
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    return app.exec()


def data(path: str) -> int:
    """The floor for any window that shows the document through our data layer: the bare window,
    titled with the trajectory's title once ``open_document`` (checks, ORM) and ``load_info`` ran."""
    _install_probe(path.rsplit("/", 1)[-1])
    from PySide6.QtWidgets import QApplication, QMainWindow

    from staan_desktop.services.interchange import load_info
    from staan_desktop.services.store import open_document

    app = QApplication(sys.argv[:1])
    doc = open_document(path)
    window = QMainWindow()
    window.resize(1280, 800)
    window.setWindowTitle(f"{load_info(doc).title} — {path.rsplit('/', 1)[-1]}")
    window.show()
    try:
        return app.exec()
    finally:
        doc.close()


def app(path: str) -> int:
    _after_import("PySide6.QtWidgets", lambda: _install_probe(path.rsplit("/", 1)[-1], EDITABLE_PAGE))
    import main  # the repository's main.py, run from the repository (see benchmarks.startup)

    return main.main(["main.py", path])


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "app":
        sys.exit(app(sys.argv[2]))
    sys.exit(data(sys.argv[2]) if mode == "data" else bare(stack=mode == "stack"))
