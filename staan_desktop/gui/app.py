"""Starting the desktop application: one QApplication, the look, the language, the safety net
for unexpected errors, and the main window on the right document.

``main(["main.py"])`` opens the last document used (the demo the very first time);
``main(["main.py", "traject.staan"])`` opens that file, as a double-click on it does.
"""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from staan_desktop.resources import resource_path

from . import i18n, paths, theme
from .errors import install_excepthook, setup_logging
from .main_window import MainWindow
from .settings import COLOR_SCHEME, DEMO_CREATED, LANGUAGE, LAST_FILE, TEXT_SCALE, Settings

log = logging.getLogger(__name__)


def file_argument(arguments: list[str]) -> Path | None:
    """The document named on the command line. Pass ``app.arguments()``: QApplication has
    taken out its own options (``-style fusion``) by then, values included."""
    names = [arg for arg in arguments[1:] if not arg.startswith("-")]
    return Path(names[0]) if names else None


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fractional scaling (125 %, 150 %) as the system sets it, not rounded to whole pixels.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv)
    app.setOrganizationName(paths.ORGANISATION)
    app.setApplicationName(paths.APP_NAME)
    app.setDesktopFileName("staan-desktop")
    app.setWindowIcon(QIcon(str(resource_path("icons/staan.svg"))))
    return app


def prepare(app: QApplication, settings: Settings) -> None:
    """Language and look, set before the window is made so that it starts in both."""
    i18n.set_language(settings.get(LANGUAGE))
    theme.apply(app, settings.get(COLOR_SCHEME), settings.get(TEXT_SCALE))

    def follow_system(_scheme: Qt.ColorScheme) -> None:
        if settings.get(COLOR_SCHEME) == "system":
            theme.apply(app, "system", settings.get(TEXT_SCALE))

    app.styleHints().colorSchemeChanged.connect(follow_system)


def open_initial(window: MainWindow, settings: Settings, path: Path | None) -> None:
    """The named file; else the last one used; else, the very first time, the demo."""
    if path is not None:
        window.open_path(path)
        return
    last = settings.get(LAST_FILE)
    if last and Path(last).is_file():
        window.open_path(Path(last))
    elif not settings.get(DEMO_CREATED):
        settings.set(DEMO_CREATED, True)
        window.open_demo()


def quit_on_terminate(app: QApplication) -> None:
    """A logout or ``kill`` sends SIGTERM: close the window properly so that the lock is released
    and the window's place remembered. Python handles signals only when it runs, so a timer
    wakes it up now and then while Qt waits for events."""
    def stop(_signum: int, _frame: object) -> None:
        log.info("terminated by signal; closing")
        app.closeAllWindows()
        app.quit()

    signal.signal(signal.SIGTERM, stop)
    waker = QTimer(app)
    waker.timeout.connect(lambda: None)
    waker.start(500)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    app = create_application(argv)
    log_file = setup_logging()
    install_excepthook(log_file)
    log.info("STAAN Desktop starts; arguments %s", argv[1:])
    settings = Settings()
    prepare(app, settings)
    quit_on_terminate(app)
    window = MainWindow(settings)
    window.show()
    # Quitting by other means than closing the window (a session logout) still releases the lock.
    app.aboutToQuit.connect(window.release_document)
    open_initial(window, settings, file_argument(app.arguments()))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
