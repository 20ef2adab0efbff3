"""Starting the desktop application: one QApplication, the look, the language, the safety net
for unexpected errors, and the main window on the right document.

``main(["main.py"])`` opens the last document used (the demo the very first time);
``main(["main.py", "traject.staan"])`` opens that file, as a double-click on it does.
"""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from staan_desktop.resources import resource_path
from staan_desktop.services.glance import glance, recall

from . import i18n, paths, theme
from .errors import install_excepthook, setup_logging
from .first_paint import after_first_paint
from .main_window import MainWindow
from .settings import COLOR_SCHEME, DEMO_CREATED, FIRST_LOOK, LANGUAGE, LAST_FILE, SYSTEM_DARK, TEXT_SCALE, Settings

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

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
    app = QApplication([*argv, *theme.STYLE_ARGUMENTS])  # Fusion everywhere
    app.setOrganizationName(paths.ORGANISATION)
    app.setApplicationName(paths.APP_NAME)
    app.setDesktopFileName("staan-desktop")
    return app


def set_window_icon(app: QApplication) -> None:
    """Once the first frame is painted: the SVG icon brings Qt's SVG plugin and is drawn in
    several sizes for the window manager."""
    app.setWindowIcon(QIcon(str(resource_path("icons/staan.svg"))))


def prepare(app: QApplication, settings: Settings) -> None:
    """Language and look, set before the window is made so that it starts in both. In the
    system's colours, the first frame takes them as they were when last seen: asking the system
    names ``Qt.ColorScheme``, and naming anything in ``Qt`` makes PySide build all 93 enum
    classes of that namespace (15 ms). :func:`follow_system` asks once the frame is painted."""
    i18n.set_language(settings.get(LANGUAGE))
    theme.apply(app, settings.get(COLOR_SCHEME), settings.get(TEXT_SCALE), system_dark=settings.get(SYSTEM_DARK))


def follow_system(app: QApplication, settings: Settings) -> None:
    """Take the system's colours as they are now, and again whenever they change."""

    def look() -> None:
        dark = theme.system_is_dark()
        if dark == settings.get(SYSTEM_DARK):
            return
        settings.set(SYSTEM_DARK, dark)
        if settings.get(COLOR_SCHEME) == "system":
            theme.apply(app, "system", settings.get(TEXT_SCALE), system_dark=dark)

    def changed(_scheme: Qt.ColorScheme) -> None:
        look()

    look()
    app.styleHints().colorSchemeChanged.connect(changed)


def initial_document(settings: Settings, path: Path | None) -> Path | None:
    """What the window opens at start: the named file; else the last one used; else, the very
    first time, the demo (made when it is opened); else nothing."""
    if path is not None:
        return path
    last = settings.get(LAST_FILE)
    if last and Path(last).is_file():
        return Path(last)
    if not settings.get(DEMO_CREATED):
        return paths.demo_path()
    return None


def open_initial(window: MainWindow, settings: Settings, path: Path | None) -> None:
    target = initial_document(settings, path)
    if target is None:
        return
    if target == paths.demo_path() and not settings.get(DEMO_CREATED):
        settings.set(DEMO_CREATED, True)
        window.open_demo()  # made from the shipped content the very first time
    else:
        window.open_path(target)


def quit_on_terminate(app: QApplication) -> None:
    """A logout or ``kill`` sends SIGTERM: close the window properly so that the lock is released
    and the window's place remembered. Python handles signals only when it runs, so a timer
    wakes it up now and then while Qt waits for events. Installed once the first frame is
    painted, before a document is opened: until then there is nothing to close properly."""
    import signal

    from . import tasks

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
    window = start_window(settings, file_argument(app.arguments()))

    def after_first_frame() -> None:
        collect_again()
        setup_logging()
        log.info("STAAN Desktop starts; arguments %s", argv[1:])
        quit_on_terminate(app)
        follow_system(app, settings)
        set_window_icon(app)

    # Before the document opens (a filter added later is asked first). An unexpected error
    # before that starts the log file itself.
    after_first_paint(window, after_first_frame)
    # Quitting by other means than closing the window (a session logout) still releases the lock.
    app.aboutToQuit.connect(window.release_document)
    return app.exec()


def collect_again() -> None:
    """Turn the cyclic garbage collector on again (``main.py`` pauses it for the start-up). What
    start-up made lives as long as the window, so it is set aside from later collections."""
    gc.freeze()
    gc.enable()


def start_window(settings: Settings, named: Path | None) -> MainWindow:
    """Show the window on the document it starts with. The first frame shows that document from
    a first look at the file (the look kept when it was last closed, if the file is unchanged);
    the database layer and the document tools load once it is painted, and then the document
    opens for editing (lock, checks, backup)."""
    window = MainWindow(settings, shell_only=True)
    target = initial_document(settings, named)
    seen = (recall(settings.get(FIRST_LOOK), target) or glance(target)) if target is not None else None
    if seen is not None:
        window.show_glance(seen)
    elif target is None:
        window.show_empty()
    else:
        window.show_opening()  # a file without a first look (an older one): its chapters, blank
    window.show()

    def complete() -> None:
        window.complete()
        open_initial(window, settings, named)

    after_first_paint(window, complete)
    return window


if __name__ == "__main__":
    sys.exit(main())
