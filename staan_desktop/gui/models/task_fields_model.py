"""The long list of task fields and, per field, whether it made the short list.

Columns: *preferent* (a checkbox: Space toggles it), the name, the footnote and the
description. Every change is one service edit; one changed field redraws one row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from staan_desktop.services import edits, queries
from staan_desktop.services.changes import Action, Table
from staan_desktop.services.edits import Change
from staan_desktop.services.queries import TaskField

from ..context import WorkspaceContext
from ..widgets.beamer import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
SHORTLISTED, NAME, FOOTNOTE, DESCRIPTION = range(4)
SHORTLISTED_ROLE = Qt.ItemDataRole.UserRole + 1
#: The field of TaskField and the service keyword behind each text column.
TEXT_COLUMNS = {NAME: "name", FOOTNOTE: "footnote", DESCRIPTION: "description"}


class TaskFieldsModel(QAbstractTableModel):
    def __init__(self, context: WorkspaceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._fields: list[TaskField] = []
        self._row_of: dict[int, int] = {}

    @property
    def fields(self) -> list[TaskField]:
        return list(self._fields)

    def row_of(self, task_field_id: int) -> int | None:
        return self._row_of.get(task_field_id)

    def refresh(self, change: Change | None) -> None:
        if change is not None and Table.TASK_FIELD not in (change.tables or {change.table}):
            return
        if change is not None and change.action == Action.UPDATED and change.item_id in self._row_of:
            field = queries.task_field(self.context.doc, change.item_id)
            if field is not None:
                row = self._row_of[field.id]
                self._fields[row] = field
                self.dataChanged.emit(self.index(row, 0), self.index(row, DESCRIPTION))
                return
        self.set_fields(queries.task_fields(self.context.doc))

    def set_fields(self, fields: tuple[TaskField, ...]) -> None:
        if [f.id for f in fields] == [f.id for f in self._fields]:
            for row, (old, new) in enumerate(zip(self._fields, fields)):
                if old != new:
                    self._fields[row] = new
                    self.dataChanged.emit(self.index(row, 0), self.index(row, DESCRIPTION))
            return
        self.beginResetModel()
        self._fields = list(fields)
        self._row_of = {f.id: row for row, f in enumerate(self._fields)}
        self.endResetModel()

    def shortlisted_count(self) -> int:
        return sum(f.shortlisted for f in self._fields)

    # Reading ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return {
            SHORTLISTED: self.tr("Preferent"),
            NAME: self.tr("Taakveld"),
            FOOTNOTE: self.tr("Voetnoot"),
            DESCRIPTION: self.tr("Omschrijving"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = self._fields[index.row()]
        column = index.column()
        if role == SHORTLISTED_ROLE:
            return field.shortlisted
        if column == SHORTLISTED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if field.shortlisted else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Spatie: op de shortlist zetten of eraf halen")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(field, TEXT_COLUMNS[column])
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(getattr(field, TEXT_COLUMNS[column]))
        if role == Qt.ItemDataRole.FontRole and column == NAME and field.shortlisted:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.context.read_only:
            return flags
        if index.column() == SHORTLISTED:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    # Writing ------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        field = self._fields[index.row()]
        doc = self.context.doc
        if index.column() == SHORTLISTED and role == Qt.ItemDataRole.CheckStateRole:
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            text = self.tr("{0} preferent maken") if on else self.tr("{0} van de shortlist halen")
            return (
                self.context.edit(
                    text.format(field.name), lambda: edits.update_task_field(doc, task_field_id=field.id, shortlisted=on)
                )
                is not None
            )
        if index.column() in TEXT_COLUMNS and role == Qt.ItemDataRole.EditRole:
            key = TEXT_COLUMNS[index.column()]
            text = str(value)
            if text == getattr(field, key):
                return True
            undo = {
                "name": self.tr("Taakveld hernoemen"),
                "footnote": self.tr("Voetnoot van {0} wijzigen"),
                "description": self.tr("Omschrijving van {0} wijzigen"),
            }[key].format(field.name)
            change = self.context.edit(undo, lambda: edits.update_task_field(doc, task_field_id=field.id, **{key: text}))
            return change is not None
        return False

    def add_names(self, names: list[str]) -> Change | None:
        names = [n for n in names if n.strip()]
        if not names:
            return None
        text = self.tr("Taakveld toevoegen") if len(names) == 1 else self.tr("{0} taakvelden toevoegen").format(len(names))
        return self.context.edit(text, lambda: edits.add_task_fields(self.context.doc, names=names))

    def move(self, row: int, position: int) -> bool:
        if not (0 <= row < len(self._fields) and 0 <= position < len(self._fields)):
            return False
        field_id = self._fields[row].id
        return (
            self.context.edit(
                self.tr("Taakveld verplaatsen"), lambda: edits.move(self.context.doc, Table.TASK_FIELD, field_id, position)
            )
            is not None
        )

    def remove(self, row: int) -> bool:
        if not 0 <= row < len(self._fields):
            return False
        field = self._fields[row]
        return (
            self.context.edit(
                self.tr("Taakveld ‘{0}’ verwijderen").format(field.name),
                lambda: edits.remove(self.context.doc, Table.TASK_FIELD, field.id),
            )
            is not None
        )
