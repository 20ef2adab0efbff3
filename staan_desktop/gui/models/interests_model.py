"""The interests grid, like the tables in the startdocument: categories × municipalities.

Column 0 is the category's name; then one column per municipality. A cell is a short list
of items, shown as bullets and edited as lines. Editing a cell becomes the fewest add,
update and remove calls (see :mod:`.list_diff`), run as one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from staan_desktop.services import edits, queries
from staan_desktop.services.changes import Table
from staan_desktop.services.edits import Change
from staan_desktop.services.queries import InterestGrid, Item

from ..context import WorkspaceContext
from ..widgets.beamer import one_undo_step
from .list_diff import Add, Remove, Update, lines, plan

Index = QModelIndex | QPersistentModelIndex
BULLET = "•\u00a0"
TABLES = frozenset({Table.INTEREST_CATEGORY, Table.INTEREST_ITEM, Table.MUNICIPALITY})


class InterestsModel(QAbstractTableModel):
    def __init__(self, context: WorkspaceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._grid = InterestGrid((), (), {})

    @property
    def grid(self) -> InterestGrid:
        return self._grid

    def refresh(self, change: Change | None) -> None:
        if change is not None and not TABLES & (change.tables or {change.table}):
            return
        self.set_grid(queries.interest_grid(self.context.doc))

    def set_grid(self, grid: InterestGrid) -> None:
        old = self._grid
        same_shape = [c.id for c in old.categories] == [c.id for c in grid.categories] and [
            m.id for m in old.municipalities
        ] == [m.id for m in grid.municipalities]
        if not same_shape:
            self.beginResetModel()
            self._grid = grid
            self.endResetModel()
            return
        # Same rows and columns: redraw only the cells that changed, so that the cursor and
        # the Tab order of the person typing are not disturbed by a reset.
        self._grid = grid
        for row, (before, after) in enumerate(zip(old.categories, grid.categories)):
            if before != after:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
            for col, municipality in enumerate(grid.municipalities, start=1):
                key = (after.id, municipality.id)
                if old.cells.get(key, ()) != grid.cells.get(key, ()):
                    self.dataChanged.emit(self.index(row, col), self.index(row, col))
        if old.municipalities != grid.municipalities:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, len(grid.municipalities))

    def items(self, row: int, column: int) -> tuple[Item, ...]:
        category = self._grid.categories[row]
        municipality = self._grid.municipalities[column - 1]
        return self._grid.cells.get((category.id, municipality.id), ())

    # Reading ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._grid.categories)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._grid.municipalities) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if section == 0:
            return self.tr("Categorie")
        if 0 < section <= len(self._grid.municipalities):
            return self._grid.municipalities[section - 1].name
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return self._grid.categories[row].text
            if role == Qt.ItemDataRole.FontRole:
                from PySide6.QtGui import QFont

                font = QFont()
                font.setBold(True)
                return font
            return None
        texts = [item.text for item in self.items(row, column)]
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(BULLET + text for text in texts)
        if role == Qt.ItemDataRole.EditRole:
            return "\n".join(texts)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.context.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # Writing ------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        doc = self.context.doc
        category = self._grid.categories[index.row()]
        if index.column() == 0:
            name = str(value)
            if name.strip() == category.text:
                return True
            change = self.context.edit(
                self.tr("Categorie hernoemen"),
                lambda: edits.rename_interest_category(doc, category_id=category.id, name=name),
            )
            return change is not None
        municipality = self._grid.municipalities[index.column() - 1]
        steps = plan(self.items(index.row(), index.column()), lines(str(value)))
        if not steps:
            return True
        ok = True
        text = self.tr("Belangen van {0} bij ‘{1}’ wijzigen").format(municipality.name, category.text)
        with one_undo_step(self.context, text):
            for step in steps:
                if isinstance(step, Update):
                    action = lambda s=step: edits.update_interest(doc, item_id=s.item_id, text=s.text)  # noqa: E731
                elif isinstance(step, Remove):
                    action = lambda s=step: edits.remove(doc, Table.INTEREST_ITEM, s.item_id)  # noqa: E731
                else:
                    assert isinstance(step, Add)
                    action = lambda s=step: edits.add_interest(  # noqa: E731
                        doc, category_id=category.id, municipality_id=municipality.id, text=s.text, position=s.position
                    )
                if self.context.edit(text, action) is None:
                    ok = False
                    break
        return ok

    def add_category(self, name: str) -> Change | None:
        return self.context.edit(
            self.tr("Categorie toevoegen"), lambda: edits.add_interest_category(self.context.doc, name=name)
        )
