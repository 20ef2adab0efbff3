"""What every page of the workspace shares: the open document, the undo stack, the way to
run an edit, and a signal that says what changed so that each page can redraw itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QUndoStack

from staan_desktop.domain.review_info import dutch_date
from staan_desktop.services import review, versions
from staan_desktop.services.edits import Change
from staan_desktop.services.errors import StaanError
from staan_desktop.services.store import Document

from .commands import ServiceCommand
from .refusals import reason_text, refusal_text


class WorkspaceContext(QObject):
    """Pages never open database sessions: they read through services with ``context.doc``
    and change things only through :meth:`edit`."""

    #: Emitted after every durable edit, undo and redo with what changed.
    changed = Signal(object)
    #: Emitted when an edit was refused: (message, details).
    refused = Signal(str, str)
    #: Emitted with the time of the last durable store, for the status bar.
    stored = Signal()

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.undo_stack = QUndoStack(self)
        self.version = versions.VersionState(1, None, False)
        #: Why the content is locked apart from the file (review, signed-off version).
        self._locked = ""
        #: Actions of the window's tools on the chapter under the cursor (comment on it, mark it
        #: checked), offered by the chapter list's context menu; the review tools set them.
        self.section_actions: list[QAction] = []
        self.refresh_read_only()

    @property
    def read_only(self) -> bool:
        return self.doc.read_only or bool(self._locked)

    @property
    def read_only_reason(self) -> str:
        """Why the content cannot be changed now, in words for the banner; empty when it can."""
        if self.doc.read_only:
            return reason_text(self.doc.read_only_reason) or self.tr("het document is alleen-lezen geopend")
        return self._locked

    def refresh_read_only(self) -> None:
        """Read the version state again (after a sign-off or a new draft). Cached, because
        models ask :attr:`read_only` in every ``flags()`` call and that must not hit the file."""
        self.version = versions.state(self.doc)
        if isinstance(self.doc, review.ReviewDocument):
            self._locked = self.tr("Ter beoordeling geopend: u kunt opmerkingen maken, de inhoud niet wijzigen.")
        elif self.version.frozen:
            decided = dutch_date(versions.signoff_info(self.doc, self.version.working).decided_on)
            self._locked = self.tr(
                "Versie {0} is vastgesteld door de stuurgroep op {1} en kan niet meer veranderen. "
                "Begin een nieuwe conceptversie om verder te werken."
            ).format(self.version.working, decided)
        else:
            self._locked = ""

    def edit(self, text: str, action: Callable[[], Change], merge_key: tuple | None = None) -> Change | None:
        """Run ``action`` (a service call) as one undoable step. Returns the change, or ``None``
        when the service refused it (the refusal is emitted, nothing was written)."""
        command = ServiceCommand(self.doc, text, action, self._after, merge_key)
        self.undo_stack.push(command)
        if command.error is not None:
            error = command.error
            if isinstance(error, StaanError):
                self.refused.emit(refusal_text(error), error.details)
                return None
            raise error
        return command.change

    def _after(self, change: Change) -> None:
        self.stored.emit()
        self.changed.emit(change)
