"""A tree whose items wrap their whole text over as many lines as it needs, at whatever width
the tree is given: the chapters' outline beside the session and comments panels on a laptop.

QTreeView asks its delegate for a row's height without a width ("to speed up"), so a
word-wrapped item is one line high and the style elides the rest of it. The delegate here
measures each item at the width its column leaves it (less the indentation of its level), and
the tree lays its rows out again whenever that width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget, QWidget


class WrappingDelegate(QStyledItemDelegate):
    """Items as tall as their text wrapped at the width the tree gives them."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        # A valid rectangle: the style wraps at its width (an invalid one means "one line").
        opt.rect = QRect(0, 0, max(self._width(index), 1), max(option.rect.height(), 1))
        return super().sizeHint(opt, index)

    def _width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        tree = self._tree
        width = tree.header().sectionSize(index.column())
        if index.column() == tree.header().logicalIndex(0):
            level, parent = int(tree.rootIsDecorated()), index.parent()
            while parent.isValid():
                level, parent = level + 1, parent.parent()
            width -= level * tree.indentation()
        return width


class WrappedTree(QTreeWidget):
    """A one-column tree without a header whose items wrap instead of being cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformRowHeights(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setItemDelegate(WrappingDelegate(self))
        # A new width wraps the items anew: their heights change with it.
        self.header().sectionResized.connect(lambda *_sizes: self.scheduleDelayedItemsLayout())
