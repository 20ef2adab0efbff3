"""An ordered list of texts (statements, rules, questions, municipalities…) as a list model.

Each row is one stored item. Editing a row, moving it (drag or keys) and removing it are
service edits through the context; the model redraws from what the document says afterwards,
so what the room sees is always what is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from staan_desktop.services import edits
from staan_desktop.services.changes import Table
from staan_desktop.services.edits import Change
from staan_desktop.services.queries import Item
from staan_desktop.services.store import Document

from ..context import WorkspaceContext
from ..widgets.beamer import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class ListSpec:
    """What one list is: its table, how to read it and how to change it, and the (translated)
    texts of its undo steps."""

    table: Table
    load: Callable[[Document], Sequence[Item]]
    add: Callable[[Document, str, int | None], Change]
    update: Callable[[Document, int, str], Change] | None
    add_text: str
    update_text: str
    move_text: str
    remove_text: str
    #: The placeholder of the entry field, e.g. "Nieuwe uitspraak — Enter voegt toe".
    placeholder: str = ""


class TextListModel(QAbstractListModel):
    def __init__(self, context: WorkspaceContext, spec: ListSpec, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.spec = spec
        self._items: list[Item] = []

    @property
    def items(self) -> list[Item]:
        return list(self._items)

    def row_of(self, item_id: int) -> int | None:
        return next((row for row, item in enumerate(self._items) if item.id == item_id), None)

    def reload(self) -> None:
        self.set_items(self.spec.load(self.context.doc))

    def set_items(self, items: Sequence[Item]) -> None:
        items = list(items)
        if [i.id for i in items] == [i.id for i in self._items]:
            # Same rows in the same order: redraw only the texts that changed, so that an open
            # editor and the current row stay where they are.
            for row, (old, new) in enumerate(zip(self._items, items)):
                if old != new:
                    self._items[row] = new
                    self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    # Reading ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(item.text)
        if role == ITEM_ID_ROLE:
            return item.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Dropping between rows is how a dragged row is moved.
            return Qt.ItemFlag.ItemIsDropEnabled if not self.context.read_only else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.context.read_only:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if self.spec.update is not None:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    # Writing ------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        update = self.spec.update
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or update is None:
            return False
        item = self._items[index.row()]
        text = str(value)
        if text == item.text:
            return True
        return self.context.edit(self.spec.update_text, lambda: update(self.context.doc, item.id, text)) is not None

    def add(self, text: str, position: int | None = None) -> Change | None:
        spec = self.spec
        return self.context.edit(spec.add_text, lambda: spec.add(self.context.doc, text, position))

    def move(self, row: int, position: int) -> bool:
        if not (0 <= row < len(self._items) and 0 <= position < len(self._items)) or row == position:
            return False
        item_id = self._items[row].id
        change = self.context.edit(
            self.spec.move_text, lambda: edits.move(self.context.doc, self.spec.table, item_id, position)
        )
        return change is not None

    def moveRows(  # noqa: N802 - Qt's name
        self, source_parent: Index, source_row: int, count: int, destination_parent: Index, destination_child: int
    ) -> bool:
        # Qt counts the destination before the rows are taken out; the service after.
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        position = destination_child if destination_child < source_row else destination_child - 1
        return self.move(source_row, max(0, min(position, len(self._items) - 1)))

    def remove(self, row: int) -> bool:
        if not 0 <= row < len(self._items):
            return False
        item_id = self._items[row].id
        change = self.context.edit(
            self.spec.remove_text, lambda: edits.remove(self.context.doc, self.spec.table, item_id)
        )
        return change is not None
