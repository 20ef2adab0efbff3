"""Starting the desktop application: one QApplication, the look, the language, the safety net
for unexpected errors, and the main window on the right document (:mod:`.shell.start`).

``main(["main.py"])`` opens the last document used (the demo the very first time);
``main(["main.py", "traject.staan"])`` opens that file, as a double-click on it does.
"""

from __future__ import annotations

import gc
import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from staan_desktop.resources import resource_path

from . import i18n, paths, tasks, theme
from .errors import install_excepthook, setup_logging
from .settings import COLOR_SCHEME, LANGUAGE, TEXT_SCALE, Settings
from .shell.first_paint import after_first_paint
from .shell.start import initial_document, open_initial, start_window

__all__ = ["create_application", "initial_document", "main", "open_initial", "prepare", "start_window"]

log = logging.getLogger(__name__)

#: How often a termination looks whether the running task has finished.
TERMINATE_POLL_MS = 100


def file_argument(arguments: list[str]) -> Path | None:
    """The document named on the command line. Pass ``app.arguments()``: QApplication has
    taken out its own options (``-style fusion``) by then, values included."""
    names = [arg for arg in arguments[1:] if not arg.startswith("-")]
    return Path(names[0]) if names else None


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fractional scaling (125 %, 150 %) is Qt 6's default: nothing to set for it.
    app = QApplication(argv)
    app.setStyle(theme.STYLE)  # Fusion everywhere
    app.setOrganizationName(paths.ORGANISATION)
    app.setApplicationName(paths.APP_NAME)
    app.setDesktopFileName("staan-desktop")
    return app


def set_window_icon(app: QApplication) -> None:
    """Once the first frame is painted: the SVG icon brings Qt's SVG plugin and is drawn in
    several sizes for the window manager."""
    app.setWindowIcon(QIcon(str(resource_path("icons/staan.svg"))))


def prepare(app: QApplication, settings: Settings) -> None:
    """Language and look, set before the window is made so that it starts in both."""
    i18n.set_language(settings.get(LANGUAGE))
    theme.apply(app, settings.get(COLOR_SCHEME), settings.get(TEXT_SCALE))


def follow_system(app: QApplication, settings: Settings) -> None:
    """Take the system's colours again whenever they change (in the "system" colour scheme)."""

    def changed(_scheme: Qt.ColorScheme) -> None:
        if settings.get(COLOR_SCHEME) == "system":
            theme.apply(app, "system", settings.get(TEXT_SCALE))

    app.styleHints().colorSchemeChanged.connect(changed)


def quit_on_terminate(app: QApplication) -> None:
    """A logout or ``kill`` sends SIGTERM: close the window properly so that the lock is released
    and the window's place remembered. Python handles signals only when it runs, so a timer
    wakes it up now and then while Qt waits for events."""

    def close_when_idle() -> None:
        # The window refuses to close while a task (opening, exporting) runs, and a refused
        # close cancels the quit: wait for the task instead of staying open for good.
        if tasks.running():
            QTimer.singleShot(TERMINATE_POLL_MS, close_when_idle)
            return
        app.closeAllWindows()
        app.quit()

    def stop(_signum: int, _frame: object) -> None:
        log.info("terminated by signal; closing")
        QTimer.singleShot(0, close_when_idle)  # from the event loop, not inside whatever was running

    signal.signal(signal.SIGTERM, stop)
    waker = QTimer(app)
    waker.timeout.connect(lambda: None)
    waker.start(500)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    app = create_application(argv)
    install_excepthook()
    settings = Settings()
    prepare(app, settings)
    quit_on_terminate(app)
    follow_system(app, settings)
    window = start_window(settings, file_argument(app.arguments()))

    def after_first_frame() -> None:
        collect_again()
        setup_logging()
        log.info("STAAN Desktop starts; arguments %s", argv[1:])
        set_window_icon(app)

    # Before the document opens (a filter added later is asked first). An unexpected error
    # before that starts the log file itself.
    after_first_paint(window, after_first_frame)
    # Quitting by other means than closing the window (a session logout) still releases the lock.
    app.aboutToQuit.connect(window.release_document)
    code = app.exec()
    # A worker (the document layer's import, an open) may still run when the window has
    # closed: let it finish while Qt's application object still exists for its signals.
    QThreadPool.globalInstance().waitForDone()
    return code


def collect_again() -> None:
    """Turn the cyclic garbage collector on again (``main.py`` pauses it for the start-up). What
    start-up made lives as long as the window, so it is set aside from later collections."""
    gc.freeze()
    gc.enable()


if __name__ == "__main__":
    sys.exit(main())
