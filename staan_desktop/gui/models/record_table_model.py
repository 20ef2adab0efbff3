"""A table of small records (owners, participants, motives…) described by its columns.

Each column says how to read a value from a record and which service call changes it; a
column with choices (a municipality, a role) is edited with a drop-down. Rows can be moved
within their own list (``scope``: e.g. the owners of one task field) and removed; every change
is one service edit through the context, and the table redraws from the document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from staan_desktop.services import edits
from staan_desktop.services.changes import Table
from staan_desktop.services.edits import Change
from staan_desktop.services.store import Document

from ..context import WorkspaceContext
from ..widgets.beamer import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
#: For a column with choices: a list of (label, value) for the editor's drop-down.
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 11
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 12


@dataclass
class Column:
    header: str
    value: Callable[[Any], Any]
    #: (document, record, new value) → the change; ``None``: read-only column.
    update: Callable[[Document, Any, Any], Change] | None = None
    undo_text: str = ""
    #: The choices of a drop-down column, as (label, value); the label is what the cell shows.
    choices: Callable[[], Sequence[tuple[str, Any]]] | None = None
    bold: bool = False
    #: Show the value only where it changes from the row above (the task field of a run of
    #: owners), as the tables of the startdocument do.
    grouped: bool = False
    #: How the cell shows its value (e.g. a number the Dutch way); default: ``str(value)``.
    text: Callable[[Any], str] | None = None


class RecordTableModel(QAbstractTableModel):
    def __init__(
        self,
        context: WorkspaceContext,
        table: Table,
        load: Callable[[Document], Sequence[Any]],
        columns: Sequence[Column],
        parent: QObject | None = None,
        *,
        scope: Callable[[Any], object] | None = None,
        watched: frozenset[Table] = frozenset(),
        noun: str = "",
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.table = table
        self.load = load
        self.columns = list(columns)
        self.scope = scope
        #: Tables whose changes redraw this one (its own, and e.g. municipality for names).
        self.watched = watched | {table}
        self.noun = noun
        self._records: list[Any] = []

    @property
    def records(self) -> list[Any]:
        return list(self._records)

    def row_of(self, record_id: int) -> int | None:
        return next((row for row, r in enumerate(self._records) if r.id == record_id), None)

    def refresh(self, change: Change | None) -> None:
        if change is not None and not self.watched & (change.tables or {change.table}):
            return
        self.set_records(self.load(self.context.doc))

    def set_records(self, records: Sequence[Any]) -> None:
        records = list(records)
        if [r.id for r in records] == [r.id for r in self._records]:
            old, self._records = self._records, records
            for row, (before, after) in enumerate(zip(old, records)):
                if before != after:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
            # Labels of choices (a renamed municipality) may have changed in every row.
            if records and any(c.choices for c in self.columns):
                self.dataChanged.emit(self.index(0, 0), self.index(len(records) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self._records = records
        self.endResetModel()

    # Reading ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return self.columns[section].header if 0 <= section < len(self.columns) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self._records[index.row()], self.columns[index.column()]
        if role == RECORD_ID_ROLE:
            return record.id
        value = column.value(record)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole and column.grouped and index.row() > 0:
            if column.value(self._records[index.row() - 1]) == value:
                return ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column.choices is not None:
                text = next((label for label, v in column.choices() if v == value), "")
            elif column.text is not None:
                text = column.text(value)
            else:
                text = "" if value is None else str(value)
            return text if role == Qt.ItemDataRole.DisplayRole else plain_tooltip(text)
        if role == CHOICES_ROLE and column.choices is not None:
            return list(column.choices())
        if role == Qt.ItemDataRole.FontRole and column.bold:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].update is not None and not self.context.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # Writing ------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        record, column = self._records[index.row()], self.columns[index.column()]
        update = column.update
        if update is None:
            return False
        if value == column.value(record):
            return True
        return self.context.edit(column.undo_text, lambda: update(self.context.doc, record, value)) is not None

    def move(self, row: int, step: int) -> bool:
        """Move a row one place up or down within its own list (its scope)."""
        if not 0 <= row < len(self._records):
            return False
        record = self._records[row]
        key = self.scope(record) if self.scope else None
        group = [r for r in self._records if (self.scope(r) if self.scope else None) == key]
        position = group.index(record) + step
        if not 0 <= position < len(group):
            return False
        return (
            self.context.edit(
                self.tr("{0} verplaatsen").format(self.noun),
                lambda: edits.move(self.context.doc, self.table, record.id, position),
            )
            is not None
        )

    def remove(self, row: int) -> bool:
        if not 0 <= row < len(self._records):
            return False
        record_id = self._records[row].id
        return (
            self.context.edit(
                self.tr("{0} verwijderen").format(self.noun), lambda: edits.remove(self.context.doc, self.table, record_id)
            )
            is not None
        )
