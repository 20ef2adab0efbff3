"""Belangen: what each municipality finds important, per category, as in the startdocument's
tables (visie en kernwaarden, organisatiebelang, …)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from staan_desktop.services import edits
from staan_desktop.services.changes import Table
from staan_desktop.services.edits import Change

from .. import typing_drafts
from ..context import WorkspaceContext
from ..models.interests_model import InterestsModel
from ..widgets.beamer import roomy_table
from ..widgets.labels import heading, hint
from ..widgets.lines_delegate import LinesDelegate
from .base import Page

#: Up to this many municipalities share the width; more get fixed columns and a scroll bar.
STRETCH_UP_TO = 6


class InterestsView(QTableView):
    """Tab walks the municipalities' cells only: stepping onto a category's name would open
    it for editing, and the next word typed would rename the category."""

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:  # noqa: N802
        index = super().moveCursor(action, modifiers)
        model = self.model()
        if index.isValid() and index.column() == 0 and model.columnCount() > 1:
            if action == QAbstractItemView.CursorAction.MoveNext:
                return model.index(index.row(), 1)
            if action == QAbstractItemView.CursorAction.MovePrevious and index.row() > 0:
                return model.index(index.row() - 1, model.columnCount() - 1)
            if action == QAbstractItemView.CursorAction.MovePrevious:
                return self.currentIndex()
        return index


class InterestsPage(Page):
    key = "interests"  # its title, icon and tables: gui/pages/__init__.py

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = InterestsModel(context, self)
        self.view = InterestsView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(LinesDelegate(self.view, multi_line_columns=range(1, 10_000)))
        roomy_table(self.view)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setTabKeyNavigation(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.view.installEventFilter(self)
        self.cell_drafts = typing_drafts.CellDrafts(self.view, context, self._cell_key, "cell:interest:")

        self.category_entry = QLineEdit(self)
        self.category_entry.setPlaceholderText(self.tr("Nieuwe categorie — Enter voegt toe"))
        self.category_entry.returnPressed.connect(self.add_category)
        self.category_binding = typing_drafts.bind_entry(self.category_entry, context, "entry:interest_category")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Belangen per gemeente"), self))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.category_entry)
        layout.addWidget(
            hint(
                self.tr(
                    "Typ in een cel: elke regel is één belang · Enter begint het volgende · Tab bewaart en gaat "
                    "naar de volgende gemeente · Esc annuleert · op de categorienaam: Alt+↑/↓ verplaatst, "
                    "Delete verwijdert de categorie."
                ),
                self,
            )
        )
        self.setFocusProxy(self.view)

    def refresh(self, change: Change | None) -> None:
        shape = (self.model.rowCount(), self.model.columnCount())
        current = self.view.currentIndex()
        place = (current.row(), current.column()) if current.isValid() else (0, 1)
        self.model.refresh(change)
        if (self.model.rowCount(), self.model.columnCount()) != shape:
            self._layout_columns()
            if self.model.rowCount():
                row = min(place[0], self.model.rowCount() - 1)
                self.view.setCurrentIndex(self.model.index(row, min(place[1], self.model.columnCount() - 1)))
        self.category_entry.setVisible(not self.read_only)

    def _layout_columns(self) -> None:
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(0, metrics.horizontalAdvance("Visie en kernwaarden") + 32)
        stretch = self.model.columnCount() - 1 <= STRETCH_UP_TO
        for column in range(1, self.model.columnCount()):
            if stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.view.setColumnWidth(column, metrics.horizontalAdvance("Gelijkwaardigheid (in samen)"))

    def add_category(self) -> None:
        name = self.category_entry.text()
        if name.strip() and self.model.add_category(name) is not None:
            self.category_entry.clear()
            self.category_binding.confirmed()

    # Review: a comment on the cell under the cursor ------------------------------------------

    def comment_target(self) -> tuple[str, int, str] | None:
        """(table, id, label) of what the cursor is on: a category, or a municipality's cell
        (its first interest; an empty cell: its category), named by both."""
        index = self.view.currentIndex()
        grid = self.model.grid
        if not index.isValid() or index.row() >= len(grid.categories):
            return None
        category = grid.categories[index.row()]
        if index.column() == 0:
            return "interest_category", category.id, category.text
        municipality = grid.municipalities[index.column() - 1]
        label = f"{category.text} – {municipality.name}"
        items = self.model.items(index.row(), index.column())
        return ("interest_item", items[0].id, label) if items else ("interest_category", category.id, label)

    def show_item(self, table: str, item_id: int) -> bool:
        grid = self.model.grid
        for row, category in enumerate(grid.categories):
            if table == "interest_category" and category.id == item_id:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return True
            for column in range(1, len(grid.municipalities) + 1):
                if table == "interest_item" and any(item.id == item_id for item in self.model.items(row, column)):
                    self.view.setCurrentIndex(self.model.index(row, column))
                    return True
        return False

    def _cell_key(self, index: QModelIndex) -> str | None:
        """A cell's draft is named by its category and municipality (the name column: the
        category's own)."""
        grid = self.model.grid
        if not index.isValid() or index.row() >= len(grid.categories):
            return None
        category = grid.categories[index.row()].id
        if index.column() == 0:
            return f"cell:interest:{category}:name"
        if index.column() - 1 >= len(grid.municipalities):
            return None
        return f"cell:interest:{category}:{grid.municipalities[index.column() - 1].id}"

    def _category_key(self, event: QKeyEvent) -> bool:
        index = self.view.currentIndex()
        if not index.isValid() or index.column() != 0 or self.read_only:
            return False
        category = self.model.grid.categories[index.row()]
        doc = self.context.doc
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            position = index.row() + (-1 if event.key() == Qt.Key.Key_Up else 1)
            if 0 <= position < self.model.rowCount():
                self.context.edit(
                    self.tr("Categorie verplaatsen"), lambda: edits.move(doc, Table.INTEREST_CATEGORY, category.id, position)
                )
                self.view.setCurrentIndex(self.model.index(position, 0))
            return True
        if event.key() == Qt.Key.Key_Delete:
            self.context.edit(
                self.tr("Categorie ‘{0}’ verwijderen").format(category.text),
                lambda: edits.remove(doc, Table.INTEREST_CATEGORY, category.id),
            )
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            return self._category_key(event)
        return False
