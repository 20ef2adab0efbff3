"""Small building blocks that keep the capture screens' tables readable on a projector (the
headings and hints are in :mod:`.labels`).

Sizes are relative to the inherited font, so the text scale in the settings (for the back of
the room) enlarges headings and tables alike. Tooltips show plain text: names with ``<``,
``&`` or quotes are shown as typed, never interpreted as markup.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

if TYPE_CHECKING:
    from ..context import WorkspaceContext

#: Extra room in a table row beyond the text height, so that rows don't look cramped.
ROW_PADDING = 14
#: Margin between a cell's text and its grid lines.
CELL_PADDING_X = 6
CELL_PADDING_Y = 4


def plain_tooltip(text: str | None) -> str | None:
    """A tooltip that shows ``text`` exactly. Qt guesses whether a tooltip is rich text, so a
    name like "<b>Assen</b>" would turn bold; escaped inside a rich-text frame it cannot."""
    if not text:
        return None
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def roomy_table(view: QTableView, header_padding: int = CELL_PADDING_X + 3) -> None:
    """Row heights and header that suit a beamer: generous, word-wrapped headers, no grid
    of tiny cells."""
    height = view.fontMetrics().height() + ROW_PADDING
    view.verticalHeader().setDefaultSectionSize(height)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    # Only the weight is set: the size still follows the application's text scale.
    bold = QFont()
    bold.setBold(True)
    header.setFont(bold)
    header.setStyleSheet(f"QHeaderView::section {{ padding: 4px {header_padding}px; }}")
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)


class PaddedDelegate(QStyledItemDelegate):
    """Cells whose text keeps a margin from the grid lines, also in rows that fit their
    content; the selection still fills the whole cell. (A style-sheet padding does the same
    on screen but wraps text at the unpadded width, cutting off the last line.)"""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        opt.rect = opt.rect.adjusted(CELL_PADDING_X, CELL_PADDING_Y, -CELL_PADDING_X, -CELL_PADDING_Y)
        opt.backgroundBrush = QBrush()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        opt.rect = opt.rect.adjusted(0, 0, -2 * CELL_PADDING_X, 0)  # wrap at the width the text gets
        size = super().sizeHint(opt, index)
        return QSize(size.width() + 2 * CELL_PADDING_X, size.height() + 2 * CELL_PADDING_Y)


@contextmanager
def one_undo_step(context: WorkspaceContext, text: str) -> Iterator[None]:
    """Several service calls that the user sees as one action (e.g. editing a cell's list of
    items) undo and redo together."""
    context.undo_stack.beginMacro(text)
    try:
        yield
    finally:
        context.undo_stack.endMacro()
