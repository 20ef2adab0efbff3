"""Taakvelden: the long list typed or pasted as fast as the room names fields, then narrowed
to the short list (preferent) that gets scored; footnotes per field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from staan_desktop.services.changes import Action
from staan_desktop.services.edits import Change

from .. import typing_drafts
from ..context import WorkspaceContext
from ..models.task_fields_model import DESCRIPTION, FOOTNOTE, NAME, SHORTLISTED, SHORTLISTED_ROLE, TaskFieldsModel
from ..widgets.beamer import CELL_PADDING_X, roomy_table
from ..widgets.labels import heading, hint
from ..widgets.list_entry import ListEntry
from .base import Page


class TaskFieldsPage(Page):
    key = "task_fields"  # its title, icon and tables: gui/pages/__init__.py

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = TaskFieldsModel(context, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SHORTLISTED_ROLE)
        self.proxy.setFilterKeyColumn(SHORTLISTED)

        self.entry = ListEntry(self)
        self.entry.setPlaceholderText(self.tr("Nieuw taakveld — Enter voegt toe; een geplakte lijst voegt elke regel toe"))
        self.entry.submitted.connect(self.add_names)
        self.entry_binding = typing_drafts.bind_entry(self.entry, context, "entry:task_field")

        self.only_shortlisted = QCheckBox(self.tr("Alleen &preferente taakvelden tonen"), self)
        self.only_shortlisted.toggled.connect(self._filter)
        self.counter = QLabel(self)
        self.counter.setTextFormat(Qt.TextFormat.PlainText)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        roomy_table(self.view)
        self.view.verticalHeader().hide()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SHORTLISTED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FOOTNOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.view.installEventFilter(self)
        self.cell_drafts = typing_drafts.CellDrafts(self.view, context, self._cell_key, "cell:task_field:")

        bar = QHBoxLayout()
        bar.addWidget(self.only_shortlisted)
        bar.addStretch(1)
        bar.addWidget(self.counter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Groslijst en preferente taakvelden"), self))
        layout.addWidget(self.entry)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(
            hint(
                self.tr(
                    "Spatie in de kolom Preferent zet een taakveld op de shortlist of haalt het eraf · "
                    "typen of F2 wijzigt naam, voetnoot of omschrijving · Alt+↑/↓ verplaatst · "
                    "Delete verwijdert (Ctrl+Z maakt ongedaan) · Insert gaat naar het invoerveld."
                ),
                self,
            )
        )
        self.setFocusProxy(self.entry)

    def refresh(self, change: Change | None) -> None:
        current = self._current_id()
        rows = self.model.rowCount()
        self.model.refresh(change)
        if change is None or rows != self.model.rowCount():
            self._fit_names()
        if change is not None and change.action == Action.ADDED and change.item_id is not None:
            current = change.item_id
        self._select(current)
        self.counter.setText(
            self.tr("{0} van {1} taakvelden preferent").format(self.model.shortlisted_count(), self.model.rowCount())
        )
        self.entry.setVisible(not self.read_only)

    def _fit_names(self) -> None:
        """The name column as wide as the longest (bold) name, within reason."""
        bold = QFont(self.view.font())
        bold.setBold(True)
        width = QFontMetrics(bold).horizontalAdvance
        longest = max((width(f.name) for f in self.model.fields), default=width("Taakveld"))
        self.view.setColumnWidth(NAME, min(longest, width("Personeels- en salarisadministratie")) + 2 * CELL_PADDING_X + 16)

    def _current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.fields[self.proxy.mapToSource(index).row()].id

    def _select(self, task_field_id: int | None, column: int | None = None) -> None:
        row = self.model.row_of(task_field_id) if task_field_id is not None else None
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, column if column is not None else self.view.currentIndex().column()))
        if not index.isValid():
            index = self.proxy.mapFromSource(self.model.index(row, SHORTLISTED))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _filter(self, only: bool) -> None:
        self.proxy.setFilterFixedString("true" if only else "")

    def add_names(self, names: list[str]) -> None:
        if self.model.add_names(names) is not None:
            self.entry.clear()
            self.entry_binding.confirmed()
            self.view.scrollToBottom()

    def _cell_key(self, index: QModelIndex) -> str | None:
        """A cell's draft is named by its task field and column (the view may be filtered)."""
        source = self.proxy.mapToSource(index)
        if not source.isValid() or source.column() == SHORTLISTED or source.row() >= len(self.model.fields):
            return None
        return f"cell:task_field:{self.model.fields[source.row()].id}:{source.column()}"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is not self.view
            or event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or self.view.state() == QAbstractItemView.State.EditingState
            or self.read_only
        ):
            return False
        index = self.view.currentIndex()
        row = self.proxy.mapToSource(index).row() if index.isValid() else -1
        key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and row >= 0:
            field_id, column = self.model.fields[row].id, index.column()
            if self.model.move(row, row + (-1 if key == Qt.Key.Key_Up else 1)):
                self._select(field_id, column)
            return True
        if key == Qt.Key.Key_Delete and row >= 0:
            self.model.remove(row)
            return True
        if key == Qt.Key.Key_Insert:
            self.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return False
