"""Undo commands over the edit services.

A command runs a service call once; after that, undo and redo both apply
:func:`~staan_desktop.services.edits.revert` to the other's result (the Orange3 pattern:
executing a change returns its inverse). Consecutive typing in one field merges into one step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from staan_desktop.services import edits
from staan_desktop.services.edits import Action, Change
from staan_desktop.services.store import Document

#: Edits of the same field within this many seconds merge into one undo step.
_TYPING_MERGE_ID = 0x57A4


class ServiceCommand(QUndoCommand):
    """One undoable edit. ``apply`` is called on every redo/undo with the change it made."""

    def __init__(
        self,
        doc: Document,
        text: str,
        action: Callable[[], Change],
        notify: Callable[[Change], None],
        merge_key: tuple | None = None,
    ) -> None:
        super().__init__(text)
        self._doc = doc
        self._action: Callable[[], Change] | None = action
        self._notify = notify
        self._merge_key = merge_key
        self.change: Change | None = None
        self._inverse: Change | None = None
        self.error: Exception | None = None

    def redo(self) -> None:
        if self._action is not None:
            # The first run: the service validates and may refuse; the caller checks .error.
            try:
                self.change = self._action()
            except Exception as exc:  # noqa: BLE001 - handed back to the caller to show
                self.error = exc
                self.setObsolete(True)
                return
            self._action = None
        else:
            assert self._inverse is not None
            self.change = edits.revert(self._doc, self._inverse)
        self._notify(self.change)

    def undo(self) -> None:
        assert self.change is not None
        self._inverse = edits.revert(self._doc, self.change)
        self._notify(self._inverse)

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _TYPING_MERGE_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, ServiceCommand) or other._merge_key != self._merge_key or other.error:
            return False
        if self.change is None or other.change is None or other.change.action != Action.UPDATED:
            return False
        # Keep our ``previous`` (the value before the typing started): undo goes back to it.
        return True
