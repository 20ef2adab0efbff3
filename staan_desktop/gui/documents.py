"""Opening, creating and closing documents, off the GUI thread, with the one-writer lock.

The window never opens a file itself: it asks :class:`Documents`, which runs the work through
:func:`~.tasks.run_task`, shows a refusal in the service's own words, and emits ``opened`` with an
:class:`OpenedDocument` (the document and the lock it holds, if any).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from staan_desktop.domain.messages import Message

from . import paths
from .errors import show_refusal
from .refusals import refusal_text
from .tasks import Progress, run_task

if TYPE_CHECKING:
    from staan_desktop.services import locking
    from staan_desktop.services.store import Document


log = logging.getLogger(__name__)

# The database layer and the lock are imported by the work below, which runs on a worker
# thread: this module is part of the window's shell (gui/shell/__init__.py).


@dataclass(eq=False)
class OpenedDocument:
    """A document the window has open and the lock it holds (``None`` when read-only)."""

    doc: Document
    lock: locking.DocumentLock | None
    #: Why the document is read-only (empty when it is writable).
    reason: str = ""
    #: True when waiting may make it writable (someone else holds it).
    held_elsewhere: bool = False
    #: Who holds it, as the user is shown (what "Toch bewerken" takes over).
    holder: locking.LockInfo | None = None
    closed: bool = False

    def __repr__(self) -> str:
        return f"OpenedDocument({self.doc.path!s}, read_only={self.lock is None}, closed={self.closed})"

    @property
    def path(self) -> Path:
        return self.doc.path

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.doc.close()
        if self.lock is not None:
            self.lock.release()


def open_locked(path: Path, progress: Progress | None = None, take_over: locking.LockInfo | None = None) -> OpenedDocument:
    """Open ``path`` for writing, or read-only with the reason when another instance holds it
    (``take_over``: a holder the user judged gone). Runs on a worker thread; raises the service's
    DocumentError for a file we cannot open."""
    from staan_desktop.services import locking
    from staan_desktop.services.file_admission import check_kind
    from staan_desktop.services.readable import ensure_readable
    from staan_desktop.services.store import open_document

    if progress:
        progress(0, 3)
    # Refuse a foreign file before leaving a lock file beside it (and before resolving the
    # name, which raises on a loop of links). The integrity check (a full read of the file,
    # 0.2 s for a large trajectory) is open_document's, once, under the lock.
    check_kind(Path(path))
    path = Path(path).resolve()
    if progress:
        progress(1, 3)
    holder: locking.LockInfo | None = None
    said: Message | str = ""  # why it is read-only, as a message: refusals of later edits render it then
    try:
        lock: locking.DocumentLock | None = locking.acquire(path, take_over=take_over)
        reason, held = "", False
    except locking.LockError as exc:
        lock, reason, held, said = None, refusal_text(exc), isinstance(exc, locking.DocumentLocked), exc.text
        if isinstance(exc, locking.DocumentLocked):
            holder = exc.holder
    try:
        doc = open_document(path, read_only=lock is None, read_only_reason=said)
        try:
            # Every row once, here off the GUI thread: a page must never meet a hostile one.
            ensure_readable(doc)
        except BaseException:
            doc.close()
            raise
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    if progress:
        progress(3, 3)
    return OpenedDocument(doc, lock, reason, held, holder)


def create_locked(
    path: Path, template: str, title: str | None, progress: Progress | None = None, method: str | None = None
) -> OpenedDocument:
    """A new document from ``template``, or (``method``: its key) one that follows a method."""
    from staan_desktop.services import interchange, locking, methods

    path = Path(path).resolve()
    lock = locking.acquire(path)
    try:
        if method is not None:
            doc = methods.create_from_method(path, methods.find(method, methods.user_folder()), title)
        else:
            doc = interchange.new_from_template(path, template, title)
    except BaseException:
        lock.release()
        raise
    return OpenedDocument(doc, lock)


def open_demo(progress: Progress | None = None) -> OpenedDocument:
    """The demo document in the user's data folder, made from the shipped JSON the first time."""
    from staan_desktop.services import interchange

    path = paths.demo_path()
    if not path.exists():
        interchange.create_demo(path).close()
    return open_locked(path, progress)


def open_example(name: str = "verkenning-noaberkracht", progress: Progress | None = None) -> OpenedDocument:
    """A shipped example (the verkenning of seed 004, the startgesprek of seed 003) in the user's
    data folder, made from its JSON by the services the first time, as the demo is."""
    from staan_desktop.services import interchange

    path = paths.example_path(name)
    if not path.exists():
        interchange.create_example(path, name).close()
    return open_locked(path, progress)


def recreate_demo(progress: Progress | None = None) -> OpenedDocument:
    """A fresh demo, for after a rehearsal filled it with practice entries."""
    from staan_desktop.services import locking

    path = paths.demo_path()
    lock = locking.acquire(path)  # refuses while another instance has the demo open
    lock.release()
    path.unlink(missing_ok=True)
    return open_demo(progress)


class Documents(QObject):
    """Runs the work above as tasks and reports the outcome as signals."""

    opened = Signal(object)
    #: The path that could not be opened (``None`` for the demo or a new document).
    failed = Signal(object)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def _run(self, title: str, work: Callable[[Progress], OpenedDocument], path: Path | None) -> None:
        def refused(error: BaseException) -> None:
            show_refusal(self._window, error, title, on_rescued=self.open)
            self.failed.emit(path)

        run_task(self._window, title, work, self.opened.emit, refused)

    def open(self, path: Path, take_over: locking.LockInfo | None = None) -> None:
        self._run(
            self.tr("Document openen"), lambda progress: open_locked(path, progress, take_over=take_over), Path(path)
        )

    def create(self, path: Path, template: str, title: str | None, method: str | None = None) -> None:
        self._run(self.tr("Nieuw document maken"), lambda progress: create_locked(path, template, title, progress, method), None)

    def open_demo(self, fresh: bool = False) -> None:
        self._run(self.tr("Voorbeelddocument openen"), recreate_demo if fresh else open_demo, None)

    def open_example(self, name: str = "verkenning-noaberkracht") -> None:
        self._run(self.tr("Voorbeelddocument openen"), lambda progress: open_example(name, progress), None)
