"""The keyboard of the scoring grid: a digit is a score, and the cursor moves on by itself.

On a criterion cell whose scale fits in one digit (1–5, 0–9), typing a digit stores it at
once and moves to the next criterion (at the end of a row: the first criterion of the next
row), so a row of scores is typed as "3 4 5 2 3". Delete or Backspace clears the score; Enter
moves down; arrows and Tab move as usual. Scales with more digits or below zero open a small
editor instead (type, Enter). A digit outside the scale is refused with a message, not stored.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ..models.scoring_model import CLASS_SYMBOL_ROLE, SCALE_ROLE
from .beamer import PaddedDelegate
from .frozen_columns import FrozenColumnsTableView

Index = QModelIndex | QPersistentModelIndex


class ScoreDelegate(PaddedDelegate):
    """A line edit that only takes whole numbers within the criterion's scale; a class shown
    with its symbol (●●● ●● ●) before its name, as on the projector and in the PDF."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        symbol = index.data(CLASS_SYMBOL_ROLE)
        if symbol and option.text:
            option.text = f"{symbol} {option.text}"

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        scale = index.data(SCALE_ROLE)
        if scale:
            editor.setValidator(QIntValidator(scale[0], scale[1], editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        if not editor.text():  # keep the key that opened the editor
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        if text and not editor.hasAcceptableInput():
            return
        model.setData(index, int(text) if text else None, Qt.ItemDataRole.EditRole)


class ScoreTableView(FrozenColumnsTableView):
    #: A key was refused; the text says why (shown next to the grid).
    refused_key = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ScoreDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setTabKeyNavigation(True)

    def pane_delegate(self, pane: QTableView) -> QAbstractItemDelegate:
        return ScoreDelegate(pane)  # the class's symbol beside its name there too

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        index = self.currentIndex()
        scale = index.data(SCALE_ROLE) if index.isValid() else None
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        editable = index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsEditable)  # not read-only
        if scale and plain and editable and self.state() != QAbstractItemView.State.EditingState:
            if self._score_key(index, scale, event):
                return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End):
            # The first (last) cell that takes a score, not the name column where digits do nothing.
            self.first_score_cell(last=event.key() == Qt.Key.Key_End)
            return
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            below = index.siblingAtRow(index.row() + 1)
            if below.isValid():
                self.setCurrentIndex(below)
            return
        super().keyPressEvent(event)

    def _score_key(self, index: QModelIndex, scale: tuple[int, int], event: QKeyEvent) -> bool:
        text, model = event.text(), self.model()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            model.setData(index, None, Qt.ItemDataRole.EditRole)
            return True
        one_digit = 0 <= scale[0] and scale[1] <= 9
        if not (one_digit and len(text) == 1 and text.isdigit()):
            return False  # the default: a key opens the editor
        value = int(text)
        if not scale[0] <= value <= scale[1]:
            self.refused_key.emit(self.tr("{0} valt buiten de schaal {1}–{2}.").format(value, scale[0], scale[1]))
            return True
        if model.setData(index, value, Qt.ItemDataRole.EditRole):
            self.advance(index)
        return True

    def first_score_cell(self, *, last: bool = False) -> None:
        """Put the cursor on the first cell of the grid that takes a score (or the last)."""
        model = self.model()
        rows = range(model.rowCount() - 1, -1, -1) if last else range(model.rowCount())
        for row in rows:
            columns = [c for c in range(model.columnCount()) if model.index(row, c).data(SCALE_ROLE)]
            if columns:
                self.setCurrentIndex(model.index(row, columns[-1] if last else columns[0]))
                return

    def advance(self, index: QModelIndex) -> None:
        """To the next criterion cell: right, or the first criterion of the next row."""
        model = self.model()
        for column in range(index.column() + 1, model.columnCount()):
            if model.index(index.row(), column).data(SCALE_ROLE):
                self.setCurrentIndex(model.index(index.row(), column))
                return
        if index.row() + 1 < model.rowCount():
            for column in range(model.columnCount()):
                if model.index(index.row() + 1, column).data(SCALE_ROLE):
                    self.setCurrentIndex(model.index(index.row() + 1, column))
                    return
