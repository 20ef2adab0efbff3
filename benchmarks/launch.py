"""Child process of the start-up figure: start a program, report its first painted frame, quit.

    python -m benchmarks.launch bare            an empty QMainWindow (the baseline)
    python -m benchmarks.launch stack           the same after importing the libraries the
                                                application needs before it can show a document
    python -m benchmarks.launch data FILE.staan the same, titled with the document after opening it
                                                through our services (open_document + load_info)
    python -m benchmarks.launch app FILE.staan  STAAN Desktop as ``main.py FILE.staan`` starts it

Both go through the same probe, so they differ only in what they build. The application needs
no hook for this: the probe wraps ``QApplication.exec`` (nothing paints before the event loop
runs) and watches every paint event. The application opens its document off the GUI thread
and paints an empty window first, so for ``app`` the frame that counts is the first one painted
after the window title names the document (the main window sets it when the document shows).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

MARKER = "FIRST_PAINT"


class _FirstPaint(QObject):
    def __init__(self, document_name: str | None) -> None:
        super().__init__()
        self.document_name = document_name
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.seen and event.type() == QEvent.Type.Paint and watched.isWidgetType():
            window = watched.window()  # type: ignore[attr-defined]
            if isinstance(window, QMainWindow) and window.isVisible() and (
                self.document_name is None or self.document_name in window.windowTitle()
            ):
                self.seen = True
                # Report after the whole frame (all widgets of this paint pass) is drawn.
                QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(MARKER, flush=True)
        QApplication.quit()  # a normal quit: the application releases its document lock


def _install_probe(document_name: str | None) -> None:
    original = QApplication.exec

    def exec_with_probe(*_args: object) -> int:
        app = QApplication.instance()
        probe = _FirstPaint(document_name)
        app.installEventFilter(probe)  # type: ignore[union-attr]
        return original()

    QApplication.exec = exec_with_probe  # type: ignore[method-assign]


#: What the application cannot show a document without (``stack`` mode): the floor for any
#: program built on these libraries, to tell our own start-up cost from theirs.
STACK = ("sqlalchemy.orm", "sqlmodel", "pydantic")


def bare(stack: bool = False) -> int:
    _install_probe(None)
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
    _install_probe(path.rsplit("/", 1)[-1])
    from staan_desktop.gui.app import main

    return main(["main.py", path])


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "app":
        sys.exit(app(sys.argv[2]))
    sys.exit(data(sys.argv[2]) if mode == "data" else bare(stack=mode == "stack"))
