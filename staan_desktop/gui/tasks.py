"""Long work off the GUI thread, with progress shown and results delivered on the GUI thread.

Usage::

    def work(progress: Progress) -> Document:
        progress(0, 2)
        ...
        progress(1, 2)
        return open_document(path)

    run_task(window, "Document openen", work, on_done=window.show_document, on_error=show_error)

``fn`` runs on a pool thread and must not touch widgets. ``progress(done, total)`` may be called
as often as convenient; it is forwarded to the dialog through a queued signal. ``on_done(result)``
or ``on_error(exception)`` then runs on the GUI thread. Quick tasks finish before the dialog
would appear (``minimumDuration``), so opening a small file does not flash a window.
``quiet=True`` shows no dialog at all: for background work the user did not ask for (an
automatic backup), where a window-modal dialog would take the keyboard from someone typing.
A quiet task is not counted by :func:`running`: the window may close meanwhile, and the
task's owner waits for it where that matters. With ``cancellable=True`` the dialog has a Cancel
button; the next ``progress()`` call then raises :class:`TaskCancelled` in ``fn``, and
``on_cancelled()`` runs instead of ``on_done`` or ``on_error``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

R = TypeVar("R")
Progress = Callable[[int, int], None]

#: Milliseconds before the progress dialog shows itself.
SHOW_AFTER_MS = 500


class TaskCancelled(Exception):
    """Raised inside ``fn`` by ``progress()`` after the user pressed Cancel."""


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker arrive here queued."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Worker(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], relay: _Relay, cancelled: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay
        self._cancelled = cancelled

    def _progress(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise TaskCancelled()
        self._relay.progressed.emit(int(done), int(total))

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class Task(QObject, Generic[R]):
    """A running task. Kept alive by the module until it has delivered its result."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        on_done: Callable[[R], None],
        on_error: Callable[[BaseException], None] | None,
        cancellable: bool,
        quiet: bool = False,
        on_cancelled: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self.cancelled = threading.Event()
        self.done = False
        self.relay = _Relay()
        self.relay.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self.relay.succeeded.connect(self._succeed, Qt.ConnectionType.QueuedConnection)
        self.relay.failed.connect(self._fail, Qt.ConnectionType.QueuedConnection)
        self.dialog: QProgressDialog | None = None
        if quiet:
            return
        self.dialog = QProgressDialog(title, self.tr("Annuleren") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancelled.set)
        self.dialog.setValue(0)  # starts the minimumDuration timer

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if total > 0 and self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    @Slot(object)
    def _succeed(self, result: R) -> None:
        self._finish()
        self._on_done(result)

    @Slot(object)
    def _fail(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, TaskCancelled):
            if self._on_cancelled is not None:
                self._on_cancelled()
            return
        if self._on_error is None:
            raise error  # reaches sys.excepthook: the user sees it and it is logged
        self._on_error(error)

    def _finish(self) -> None:
        self.done = True
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        _running.discard(self)
        _quiet.discard(self)
        # This runs inside the task's own slot: dropping the last reference here would destroy
        # the QObject while Qt is still calling into it (a crash, now and then). Keep it until
        # the event loop's next turn.
        _finished.append(self)
        QTimer.singleShot(0, _finished.clear)
        self.finished.emit()


_running: set[Task[Any]] = set()
#: Quiet tasks, kept alive here too until they delivered their result, but not waited for.
_quiet: set[Task[Any]] = set()
#: Tasks that have just delivered their result, released on the next turn of the event loop.
_finished: list[Task[Any]] = []


def run_task(
    parent: QWidget | None,
    title: str,
    fn: Callable[[Progress], R],
    on_done: Callable[[R], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    cancellable: bool = False,
    quiet: bool = False,
    on_cancelled: Callable[[], None] | None = None,
) -> Task[R]:
    """Run ``fn(progress)`` on a pool thread; see the module documentation."""
    task: Task[R] = Task(parent, title, on_done, on_error, cancellable, quiet, on_cancelled)
    (_quiet if quiet else _running).add(task)
    QThreadPool.globalInstance().start(_Worker(fn, task.relay, task.cancelled))
    return task


def running() -> int:
    """How many tasks have not yet delivered their result (for closing the window safely)."""
    return len(_running)
