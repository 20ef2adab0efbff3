"""A table of records for the keyboard: typing edits a cell, a drop-down column opens its list
(type the first letters to pick), Alt+Up / Alt+Down move a row, Delete removes it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from .. import typing_drafts
from ..models.record_table_model import CHOICES_ROLE, RECORD_ID_ROLE, RecordTableModel
from .beamer import PaddedDelegate, roomy_table

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(PaddedDelegate):
    """A drop-down for cells that offer choices; the default editor for the others."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        choices = index.data(CHOICES_ROLE)
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for label, value in choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            position = next((i for i in range(editor.count()) if editor.itemData(i) == value), 0)
            editor.setCurrentIndex(position)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def claim_columns_width(view: QTableView) -> None:
    """Let ``view`` claim the width of all its columns (with its row titles, frame and a
    scroll bar), kept up to date as they resize, so that the panels beside a narrow page give
    way to it instead of its last columns being hidden behind a scroll bar."""

    def claim() -> None:
        header = view.horizontalHeader()
        columns = sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))
        titles = view.verticalHeader().sizeHint().width() if view.verticalHeader().isVisible() else 0
        view.setMinimumWidth(columns + titles + view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth())

    view.horizontalHeader().sectionResized.connect(lambda *_sizes: claim())
    view.verticalHeader().geometriesChanged.connect(claim)  # the row titles' width follows the rows
    claim()


class RecordTable(QTableView):
    def __init__(self, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_model = model
        self.setModel(model)
        self.setItemDelegate(ChoiceDelegate(self))
        roomy_table(self)
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        # Small tables (owners, participants, motives): columns as wide as what they hold. Measured
        # over at most 200 rows around those on screen (Qt's default, 1,000, asks the delegate for
        # every cell of a large trajectory's 1,000 owners: 0.4 s before the page first shows).
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setResizeContentsPrecision(200)
        self.horizontalHeader().setStretchLastSection(True)
        self._current_id: int | None = None
        #: The column that wraps to keep the others in view (see wrap_column).
        self._wrapped = -1
        self._current_row = 0
        self._current_column = 0
        model.modelReset.connect(self._restore_current)
        # An open editor's text is kept as a draft within a second (back after a crash).
        self.cell_drafts = typing_drafts.CellDrafts(
            self, model.context, lambda index: f"cell:{model.table}:{index.data(RECORD_ID_ROLE)}:{index.column()}",
            f"cell:{model.table}:",
        )

    def wrap_column(self, column: int) -> None:
        """Keep every column in view in a narrow page (beside the session and comments panels
        at 1366 px): ``column`` (a long text: a name, a criterion) takes the room the others
        leave and wraps, its rows growing with it, and the table claims the width of the other
        columns and of ``column``'s title, so that the panels beside the page give way to it."""
        self._wrapped = column
        self.horizontalHeader().setStretchLastSection(False)
        self.setWordWrap(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._wrap_modes()
        # A model reset gives the header its default modes back.
        self.record_model.modelReset.connect(self._wrap_modes)
        # The rows are measured again when the wrapped column gets another width (a table does
        # that only when its data changes, and a row measured wide is cut once narrower).
        self._rows_again = QTimer(self)
        self._rows_again.setSingleShot(True)
        self._rows_again.setInterval(0)
        self._rows_again.timeout.connect(self.resizeRowsToContents)
        self.horizontalHeader().sectionResized.connect(self._column_resized)

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == self._wrapped:
            self._rows_again.start()
        else:
            self._claim_width()

    def _wrap_modes(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self._wrapped, QHeaderView.ResizeMode.Stretch)
        self._claim_width()

    def _claim_width(self) -> None:
        """At least every column but the wrapped one, that one's title, the frame and a scroll
        bar (which appears as soon as the rows outgrow the table)."""
        header, wrapped = self.horizontalHeader(), self._wrapped
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != wrapped and not header.isSectionHidden(c))
        title = header.sectionSizeFromContents(wrapped).width()
        self.setMinimumWidth(others + title + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth())

    def select_record(self, record_id: int | None, column: int | None = None) -> None:
        row = self.record_model.row_of(record_id) if record_id is not None else None
        if row is None:
            return
        index = self.record_model.index(row, column if column is not None else max(self.currentIndex().column(), 0))
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def _restore_current(self) -> None:
        """After a reload keep the cursor on the same record, or (it was removed) the same row."""
        model = self.record_model
        if self._current_id is not None and model.row_of(self._current_id) is not None:
            self.select_record(self._current_id, self._current_column)
        elif model.rowCount():
            self.setCurrentIndex(model.index(min(self._current_row, model.rowCount() - 1), self._current_column))

    def currentChanged(self, current: QModelIndex | QPersistentModelIndex, previous: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802 - Qt's name
        super().currentChanged(current, previous)
        if current.isValid():
            self._current_id = current.data(RECORD_ID_ROLE)
            self._current_row, self._current_column = current.row(), current.column()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        index = self.currentIndex()
        if index.isValid() and self.state() != QAbstractItemView.State.EditingState and not self.record_model.context.read_only:
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                record_id, column = index.data(RECORD_ID_ROLE), index.column()
                if self.record_model.move(index.row(), -1 if event.key() == Qt.Key.Key_Up else 1):
                    self.select_record(record_id, column)
                return
            if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.record_model.remove(index.row())
                return
        super().keyPressEvent(event)
