"""Editing a cell that holds a short list: one item per line.

Typing on a cell opens it with the cursor on a fresh line at the end, so what the room says
next becomes a new item; Enter starts the next item; Tab (or Ctrl+Enter) stores the cell and
moves on; Escape leaves it unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QAbstractItemDelegate, QPlainTextEdit, QStyleOptionViewItem, QWidget

from .beamer import PaddedDelegate

Index = QModelIndex | QPersistentModelIndex
EDITOR_LINES = 5


class LinesDelegate(PaddedDelegate):
    def __init__(self, parent: QObject | None = None, *, multi_line_columns: range | None = None) -> None:
        super().__init__(parent)
        self._columns = multi_line_columns

    def _multi_line(self, index: Index) -> bool:
        return self._columns is None or index.column() in self._columns

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        if not self._multi_line(index):
            return super().createEditor(parent, option, index)
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(False)
        editor.setFrameShape(QPlainTextEdit.Shape.Box)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if not isinstance(editor, QPlainTextEdit):
            super().setEditorData(editor, index)
            return
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setPlainText(text + "\n" if text else "")
        editor.moveCursor(QTextCursor.MoveOperation.End)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if not isinstance(editor, QPlainTextEdit):
            super().setModelData(editor, model, index)
            return
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().updateEditorGeometry(editor, option, index)
        if isinstance(editor, QPlainTextEdit):
            # Room for a few more items than the cell shows, floating over the row below.
            wanted = editor.fontMetrics().lineSpacing() * EDITOR_LINES + 12
            editor.resize(editor.width(), max(editor.height(), wanted))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(watched, QPlainTextEdit) and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, control = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
            # Qt lets a plain-text editor keep Tab (as a tab character); here it means "next".
            hint = {
                Qt.Key.Key_Tab: QAbstractItemDelegate.EndEditHint.EditNextItem,
                Qt.Key.Key_Backtab: QAbstractItemDelegate.EndEditHint.EditPreviousItem,
            }.get(Qt.Key(key))
            if hint is None and control and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                hint = QAbstractItemDelegate.EndEditHint.NoHint
            if hint is not None:
                self.commitData.emit(watched)
                self.closeEditor.emit(watched, hint)
                return True
        return super().eventFilter(watched, event)
