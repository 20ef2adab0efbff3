"""F1: every shortcut of the window in one list, read from the actions themselves so it is
never out of date.

The form is drawn in Qt Designer (``ui/shortcuts_dialog.ui``); the rows come from the actions.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from .forms.ui_shortcuts_dialog import Ui_ShortcutsDialog


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ShortcutsDialog()
        self.ui.setupUi(self)
        rows = []
        for action in actions:
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
            if keys:
                rows.append((action.text().replace("&", ""), self.tr(" of ").join(keys)))
        self.table = self.ui.shortcutsTable
        self.table.setRowCount(len(rows))
        for row, (what, pressed) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(pressed))
        # Section resize modes are not properties, so Designer cannot set them.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
