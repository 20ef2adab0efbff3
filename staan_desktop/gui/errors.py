"""Telling the user what went wrong, and never closing the window silently.

Refusals from services (a foreign file, a full disk) carry a Dutch message and technical details;
:func:`show_refusal` shows the message with the details behind "Details tonen". Anything
unexpected reaches :func:`install_excepthook`'s handler, which logs the traceback to a file in
the user's data folder and tells the user that their stored work is safe (every edit was committed
before the screen showed it).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QtMsgType, Signal, Slot, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from staan_desktop.services.errors import RescuableError, StaanError, as_refusal

from . import paths
from .refusals import reason_text, refusal_text

log = logging.getLogger("staan_desktop")

LOG_FILE_NAME = "staan-desktop.log"

#: Where :func:`setup_logging` writes; shown in the error dialog.
_log_file: Path | None = None


def setup_logging(directory: Path | None = None) -> Path:
    """Log to a rotating file (a few MB at most); returns its path to show the user. The
    application calls it once its window has painted (logging.handlers brings sockets, pickle
    and queues); an unexpected error before that calls it first."""
    global _log_file
    from logging.handlers import RotatingFileHandler

    directory = directory or paths.log_dir()
    log_file = directory / LOG_FILE_NAME
    handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    try:
        log_file.chmod(0o600)  # tracebacks may quote what was typed
    except OSError:
        pass
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    qInstallMessageHandler(_qt_message)
    _log_file = log_file
    return log_file


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(kind, logging.ERROR)
    logging.getLogger("qt").log(level, message)


def show_refusal(
    parent: QWidget | None, error: BaseException, title: str = "", on_rescued: Callable[[Path], None] | None = None
) -> None:
    """A service said no: show its Dutch message, with the technical details expandable. For a
    document whose content cannot be read, offer "Redden…" (a new document from what validates
    in it); ``on_rescued`` is given the new document's path."""
    refusal = as_refusal(error)  # what a hostile document made a library raise, in Dutch
    if refusal is None:
        report_unexpected(type(error), error, error.__traceback__)
        return
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "STAAN Desktop"))
    box.setText(refusal_text(refusal))
    if refusal.details:
        box.setDetailedText(reason_text(refusal.details))  # a file's differences, in the window's language
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    rescuable = refusal.path if isinstance(refusal, RescuableError) else None
    rescue = box.addButton(QCoreApplication.translate("Errors", "Redden…"), QMessageBox.ButtonRole.ActionRole) if rescuable else None
    box.exec()
    if rescue is not None and rescuable is not None and box.clickedButton() is rescue:
        from .rescue_dialog import rescue_into_new_document

        rescue_into_new_document(parent, rescuable, on_rescued, lambda error: show_refusal(parent, error))


class _Reporter(QObject):
    """Brings exceptions from any thread to the GUI thread, and shows one dialog at a time."""

    report = Signal(str, str)
    refuse = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.showing = False
        # Emitted on another thread, the signal reaches this object (on the GUI thread) queued.
        self.report.connect(self._show_later)
        self.refuse.connect(lambda refusal: QTimer.singleShot(0, lambda: self._refuse(refusal)))

    def _refuse(self, refusal: StaanError) -> None:
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        try:
            show_refusal(QApplication.activeWindow(), refusal)
        finally:
            self.showing = False

    @Slot(str, str)
    def _show_later(self, summary: str, details: str) -> None:
        # From the event loop, not inside whatever raised (a paint event, a slot).
        QTimer.singleShot(0, lambda: self._show(summary, details))

    def _show(self, summary: str, details: str) -> None:
        if self.showing or QApplication.instance() is None:
            return  # an error storm (e.g. in a paint event) must not stack up dialogs
        self.showing = True
        from PySide6.QtWidgets import QMessageBox

        try:
            parent = QApplication.activeWindow()
            box = QMessageBox(parent)
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QCoreApplication.translate("Errors", "Er ging iets mis"))
            box.setText(QCoreApplication.translate("Errors", "Er ging iets onverwachts mis: {0}").format(summary))
            where = str(_log_file) if _log_file else QCoreApplication.translate("Errors", "het logbestand")
            safe = QCoreApplication.translate(
                "Errors",
                "Uw werk is veilig: elke wijziging was al bewaard in het document voordat u die zag. "
                "U kunt doorwerken. Als het opnieuw gebeurt, stuur dan het logbestand mee: {0}",
            )
            box.setInformativeText(safe.format(where))
            box.setDetailedText(details)
            box.exec()
        finally:
            self.showing = False


_reporter: _Reporter | None = None


def report_unexpected(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    refusal = as_refusal(error) if isinstance(error, Exception) else None
    if refusal is not None and _reporter is not None:
        # A refusal that surfaced outside a task (a page reading a hostile document): it has
        # its own Dutch line, and nothing unexpected happened.
        log.info("refused: %s", refusal.message)
        _reporter.refuse.emit(refusal)
        return
    details = "".join(traceback.format_exception(kind, error, tb))
    if _reporter is not None and _log_file is None:
        try:
            setup_logging()
        except OSError:
            pass  # no log then; the dialog still shows the details
    log.error("unexpected error\n%s", details)
    if _reporter is not None:
        summary = str(error) or kind.__name__
        _reporter.report.emit(summary, details)
    else:
        sys.__excepthook__(kind, error, tb)


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    report_unexpected(kind, error, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        report_unexpected(args.exc_type, args.exc_value, args.exc_traceback)


def install_excepthook() -> None:
    """From now on an uncaught exception (GUI thread or any other) is logged and shown."""
    global _reporter
    _reporter = _Reporter()
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
