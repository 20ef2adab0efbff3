"""Backups that reach the user: made on open, every few minutes while the document changes and
on close, listed and restorable under File ▸ Reservekopieën….

The copies themselves are :mod:`staan_desktop.services.backups`'s (consistent, checked, the
newest N kept in the user's data folder); this module only decides *when*, and shows what
happened. Automatic backups run as quiet tasks: no progress dialog may take the keyboard from
someone typing, and a failure (a full disk) is a notice in the status bar, never a dialog.

Only a document this instance writes is backed up. One opened read-only because another
instance holds it is that instance's to back up: its copies land in the same folder on the
same machine, and our pruning would then thin out theirs. A reviewer who holds the lock does
get backups, because the comments they place are writes to the file.

It knows the window only through :class:`Host`; the window creates it and tells it when a
document is shown (:meth:`attach`) and before it is closed (:meth:`detach`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from staan_desktop.domain.messages import verbatim
from staan_desktop.services import backups, locking
from staan_desktop.services.backups import BackupInfo
from staan_desktop.services.errors import DocumentError, StaanError
from staan_desktop.services.file_format import SUFFIX

from . import icons
from .documents import OpenedDocument
from .errors import show_refusal
from .refusals import refusal_text
from .settings import BACKUP_INTERVAL, BACKUP_KEEP, Settings
from .tasks import run_task

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow, QWidget


class Host(Protocol):
    """What the backups need of the window."""

    settings: Settings

    def window_widget(self) -> QMainWindow: ...
    def add_to_file_menu(self, action: QAction, after: str) -> None: ...
    def add_to_status_bar(self, widget: QWidget) -> None: ...
    def show_message(self, text: str) -> None: ...
    def show_warning(self, text: str) -> None: ...
    def open_path(self, path: Path) -> None: ...
    def close_document(self) -> None: ...

log = logging.getLogger(__name__)

T = TypeVar("T")

#: How often the timer looks whether a backup is due; the interval itself is in minutes.
TICK_MS = 60_000
#: The longest a close waits for a backup: a disk that stops answering must not keep the
#: window (or the next document) from closing.
CLOSE_TIMEOUT_S = 15.0


def _signature(path: Path) -> tuple[int, int, int] | None:
    """What changes with every commit (the document is written in place, journal mode DELETE):
    compared with the one at the last backup, it says whether a new backup is worth making."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _bounded(fn: Callable[[], T], seconds: float) -> T:
    """``fn()`` on a helper thread, given up after ``seconds`` (:class:`TimeoutError`). The
    thread is a daemon: a hung write may not keep the application from quitting either."""
    results: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(fn())
        except BaseException as exc:  # noqa: BLE001 - handed to the caller below
            errors.append(exc)

    thread = threading.Thread(target=run, name="staan-close-backup", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise TimeoutError
    if errors:
        raise errors[0]
    return results[0]


class BackupActions(QObject):
    def __init__(self, host: Host) -> None:
        window = host.window_widget()
        super().__init__(window)
        self.host = host
        self.window = window
        self.opened: OpenedDocument | None = None
        self.action = icons.action(self, "backup")
        self.action.triggered.connect(self.show_dialog)
        self.action.setEnabled(False)
        host.add_to_file_menu(self.action, after="copy")  # beside "Kopie opslaan als…"
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.on_tick)
        # Stays until the next backup succeeds: a message that vanishes after ten seconds is
        # easily missed by someone looking at the projector, a full disk should not be.
        self.notice = QLabel()
        self.notice.setObjectName("backupNotice")
        self.notice.hide()
        host.add_to_status_bar(self.notice)  # before "Elke wijziging wordt direct bewaard"
        #: Set while no automatic backup runs on a worker (waited for on close).
        self._idle = threading.Event()
        self._idle.set()
        self._busy = False
        #: Results of tasks started for an earlier document are ignored.
        self._generation = 0
        self._backed_up: tuple[int, int, int] | None = None
        self._minutes = 0
        window.installEventFilter(self)
        self.retranslate()

    # The document -------------------------------------------------------------------------

    @property
    def makes_backups(self) -> bool:
        opened = self.opened
        return opened is not None and opened.lock is not None and not opened.doc.read_only

    @property
    def busy(self) -> bool:
        """Whether an automatic backup has not yet reported back."""
        return self._busy

    def attach(self, opened: OpenedDocument) -> None:
        self.detach()
        self.opened = opened
        self.action.setEnabled(True)
        self._minutes = 0
        self._backed_up = None
        if self.makes_backups:
            self._start("openen")
            self.timer.start()

    def detach(self, *, backup: bool = True) -> None:
        """Before the document closes: let a running backup finish, then make the one on close
        (unless ``backup`` is false: restoring over the document backs it up itself)."""
        opened = self.opened
        if opened is None:
            return
        self.timer.stop()
        makes_backups = self.makes_backups
        # Never two at once, and the close backup then finds the content of the running one.
        if not self._idle.wait(CLOSE_TIMEOUT_S):
            log.warning("an automatic backup of %s is still running at close", opened.path)
        self._generation += 1
        self._busy = False
        self.opened = None
        self.action.setEnabled(False)
        self.notice.hide()
        if backup and makes_backups:
            self._backup_on_close(opened.path)

    def _backup_on_close(self, path: Path) -> None:
        keep = self.host.settings.get(BACKUP_KEEP)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            _bounded(lambda: backups.backup_now(path, reason="sluiten", keep=keep, skip_unchanged=True), CLOSE_TIMEOUT_S)
        except TimeoutError:
            log.warning("the backup of %s on close did not finish in %s s", path, CLOSE_TIMEOUT_S)
            error: BaseException = DocumentError(verbatim(
                self.tr("De reservekopie bij het sluiten duurt te lang: de schijf reageert niet. "
                        "Het document wordt gesloten zonder die kopie; het document zelf is onveranderd.")
            ))
        except StaanError as exc:
            log.warning("backup of %s on close failed: %s (%s)", path, exc.message, exc.details)
            error = exc
        else:
            return
        finally:
            QApplication.restoreOverrideCursor()
        show_refusal(self.window, error, self.tr("Reservekopie bij het sluiten"))

    # Automatic backups ----------------------------------------------------------------------

    def on_tick(self) -> None:
        """Every minute: a backup once the chosen number of minutes has passed since the last
        one and the document changed. Read each time, so a new setting counts at once."""
        self._minutes += 1
        if self._minutes >= self.host.settings.get(BACKUP_INTERVAL):
            self.backup_if_changed()

    def backup_if_changed(self) -> bool:
        """Start an interval backup when the file changed since the last one; whether it did."""
        if not self.makes_backups or self._busy or not self._idle.is_set():
            return False
        assert self.opened is not None
        if self._backed_up is not None and _signature(self.opened.path) == self._backed_up:
            return False
        return self._start("interval")

    def _start(self, reason: str) -> bool:
        assert self.opened is not None
        path = self.opened.path
        signature = _signature(path)  # before the copy: an edit during it counts as a change
        keep = self.host.settings.get(BACKUP_KEEP)
        token = self._generation
        idle = self._idle

        def work(_progress: object) -> BackupInfo:
            try:
                # skip_unchanged: an edit undone again, or a document reopened as it was
                # closed, adds no copy that would push an older, different one out.
                return backups.backup_now(path, reason=reason, keep=keep, skip_unchanged=True)
            finally:
                idle.set()

        self._busy = True
        idle.clear()
        run_task(
            self.window, self.tr("Reservekopie maken"), work,
            lambda info: self._done(token, signature, info),
            lambda error: self._failed(token, error),
            quiet=True,
        )
        return True

    def _done(self, token: int, signature: tuple[int, int, int] | None, info: BackupInfo) -> None:
        if token != self._generation:
            return
        self._busy = False
        self._minutes = 0
        self._backed_up = signature
        self.notice.hide()
        log.info("backup %s (%s)", info.path.name, info.reason)

    def _failed(self, token: int, error: BaseException) -> None:
        if token != self._generation:
            return
        self._busy = False
        self._minutes = 0  # try again after the next interval, not every minute
        if isinstance(error, StaanError):
            log.warning("automatic backup failed: %s (%s)", error.message, error.details)
            message = refusal_text(error)
        else:
            log.error("automatic backup failed", exc_info=error)
            message = self.tr("De reservekopie kon niet worden gemaakt.")
        self.host.show_warning(message)
        self.notice.setText("⚠ " + self.tr("Geen reservekopie"))
        self.notice.setToolTip(message + "\n" + self.tr("Uw werk zelf is bewaard; de volgende poging volgt vanzelf."))
        self.notice.setAccessibleName(self.notice.toolTip())
        self.notice.show()

    # File ▸ Reservekopieën… -------------------------------------------------------------

    def show_dialog(self) -> None:
        from .backups_dialog import BackupsDialog  # only when asked: start-up stays lean

        opened = self.opened
        if opened is None:
            return
        try:
            listed = backups.list_backups(opened.path)
        except StaanError as error:
            show_refusal(self.window, error, self.tr("Reservekopieën"))
            return
        settings = self.host.settings
        dialog = BackupsDialog(
            opened.path, listed, settings.get(BACKUP_INTERVAL), settings.get(BACKUP_KEEP),
            can_replace=self.makes_backups, parent=self.window,
        )
        if dialog.exec() != BackupsDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        if dialog.replace:
            self.replace(dialog.chosen)
        else:
            self.restore_as_new(dialog.chosen)

    def _work(self, backup: BackupInfo, target: Path) -> Callable[[object], Path]:
        """Restoring ``backup`` to ``target`` under its lock: nobody opens it half-written."""
        keep = self.host.settings.get(BACKUP_KEEP)
        in_use = self.tr("‘{0}’ is in gebruik en wordt niet overschreven: {1}.")

        def work(_progress: object) -> Path:
            try:
                lock = locking.acquire(target)
            except locking.LockError as exc:
                raise DocumentError(verbatim(in_use.format(target.name, refusal_text(exc))), exc.details) from exc
            try:
                return backups.restore_backup(backup, target, keep=keep)
            finally:
                lock.release()

        return work

    def restore_as_new(self, backup: BackupInfo) -> None:
        opened = self.opened
        if opened is None:
            return
        stamp = backup.created.astimezone().strftime("%Y-%m-%d %H.%M")
        suggestion = opened.path.with_name(f"{opened.path.stem} (reservekopie {stamp}){SUFFIX}")
        name, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Reservekopie terugzetten als"), str(suggestion),
            self.tr("STAAN-documenten (*{0})").format(SUFFIX),
        )
        if not name:
            return
        target = Path(name) if name.endswith(SUFFIX) else Path(name + SUFFIX)
        if target.resolve() == opened.path.resolve():
            self.host.show_message(
                self.tr("Kies een andere naam; ‘Dit document vervangen door deze kopie…’ zet de kopie over dit document terug.")
            )
            return
        title = self.tr("Reservekopie terugzetten")
        run_task(
            self.window, title, self._work(backup, target), self._offer_to_open,
            lambda error: show_refusal(self.window, error, title),
        )

    def _offer_to_open(self, target: Path) -> None:
        self.host.show_message(self.tr("Reservekopie teruggezet als {0}").format(target))
        answer = QMessageBox.question(
            self.window, self.tr("Reservekopie teruggezet"),
            self.tr("De reservekopie is teruggezet als ‘{0}’. Wilt u dat document nu openen?").format(target.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.host.open_path(target)

    def replace(self, backup: BackupInfo) -> None:
        opened = self.opened
        if opened is None or not self.makes_backups:
            return
        when = backup.created.astimezone().strftime("%d-%m-%Y %H:%M:%S")
        title = self.tr("Dit document vervangen")
        answer = QMessageBox.question(
            self.window, title,
            self.tr(
                "‘{0}’ wordt vervangen door de reservekopie van {1}.\n\n"
                "De huidige stand wordt eerst zelf als reservekopie bewaard, zodat die niet verloren "
                "gaat. Doorgaan?"
            ).format(opened.path.name, when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path = opened.path
        self.detach(backup=False)  # restore_backup backs the current state up ("herstel")
        self.host.close_document()

        def restored(_target: Path) -> None:
            self.host.open_path(path)
            self.host.show_message(self.tr("De reservekopie van {0} is teruggezet.").format(when))

        def failed(error: BaseException) -> None:
            show_refusal(self.window, error, title)
            self.host.open_path(path)  # back to the document as it was: nothing was changed

        run_task(self.window, title, self._work(backup, path), restored, failed)

    # Language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.action.setText(self.tr("Reser&vekopieën…"))  # &R is Recente bestanden
        self.action.setStatusTip(self.tr("Automatische reservekopieën van dit document bekijken en terugzetten"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
