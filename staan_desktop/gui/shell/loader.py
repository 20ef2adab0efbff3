"""The far side of the start-up boundary: the document layer imported on a worker thread, and
work on the GUI thread cut into steps that each take one turn of the event loop.

Importing SQLAlchemy, SQLModel, pydantic and the services takes about 0.4 s; on the GUI thread
that would freeze the freshly painted window. A worker imports them (modules only: no Qt object
is made there) and reports back through :func:`~staan_desktop.gui.tasks.run_task`'s queued
signal; the GUI thread then builds what needs Qt in short steps.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from .. import tasks

#: What a document needs before it can be opened and shown: the database layer under the
#: services (their imports bring SQLAlchemy, SQLModel, pydantic and the domain) and the
#: services the document tools and the first page call.
DOCUMENT_LAYER = (
    "staan_desktop.services.store",
    "staan_desktop.services.locking",
    "staan_desktop.services.interchange",
    "staan_desktop.services.edits",
    "staan_desktop.services.queries",
    "staan_desktop.services.versions",
    "staan_desktop.services.review",
    "staan_desktop.services.backups",
    "staan_desktop.services.agenda",
)


def import_document_layer(_progress: object = None) -> None:
    """Import :data:`DOCUMENT_LAYER` (on a worker thread: see :func:`load_document_layer`)."""
    for name in DOCUMENT_LAYER:
        importlib.import_module(name)


def load_document_layer(parent: QWidget, then: Callable[[], None]) -> None:
    """Import the document layer on a worker thread, then call ``then`` on the GUI thread. A
    failure to import reaches the excepthook (the user sees it and it is logged)."""
    tasks.run_task(parent, "", import_document_layer, lambda _result: then(), quiet=True)


#: The wait between two steps. Not 0: Qt hands zero-delay calls out before any due timer, so a
#: chain of them would hold every timer (and the stall probe of benchmarks/launch.py) back
#: until its end; 1 ms puts each step behind whatever else is due.
STEP_MS = 1


def run_in_steps(owner: QObject, steps: Iterator[None], then: Callable[[], None] | None = None) -> None:
    """Advance ``steps`` by one step per turn of the event loop (timers, input and paints are
    handled in between), then call ``then``. Someone else may finish the same iterator sooner
    (``MainWindow.complete``); the remaining turns then find it exhausted. The turns belong to
    ``owner`` (the window): once it is destroyed, Qt drops them instead of calling into it."""

    def step() -> None:
        try:
            next(steps)
        except StopIteration:
            if then is not None:
                then()
            return
        QTimer.singleShot(STEP_MS, owner, step)

    QTimer.singleShot(STEP_MS, owner, step)
