"""The scoring matrix on the projector: a colour map of the scores with the classification.

The model reads a :class:`~.scoreboard.Board` only, so what it can hand to the view (display
text, accessible text, colours) never includes a hidden score. A row that hides its scores is
one wide cell that says which municipalities have scored (✓ / … / ○).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ..models.scoring_model import wrap_header
from . import style
from .scoreboard import Board, Mark, Row

Index = QModelIndex | QPersistentModelIndex

#: The data behind a cell's look (never a hidden value: the model has none).
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
RANK_ROLE = Qt.ItemDataRole.UserRole + 4


class BoardModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board = Board((), (), (), ())
        self.wrap = 14
        #: The criterion heads as the view wrapped them for its column width (None: by characters).
        self.heads: tuple[str, ...] | None = None
        self.texts = {
            "name": self.tr("Taakveld"),
            "class": self.tr("Indeling"),
            "hidden": self.tr("verborgen"),
            "decided": self.tr("besluit"),
            "dissent": self.tr("≠ scores lopen uiteen"),
            "nobody": self.tr("nog niet gescoord"),
        }

    def set_wrap(self, characters: int) -> None:
        """Wrap criterion names in the column heads at about ``characters``."""
        self.wrap = characters
        if self.board.criteria:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, len(self.board.criteria))

    def set_heads(self, heads: tuple[str, ...]) -> None:
        """The criterion heads, wrapped by the view to fit its columns."""
        if heads != self.heads:
            self.heads = heads
            if self.board.criteria:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, len(self.board.criteria))

    def set_board(self, board: Board) -> None:
        self.beginResetModel()
        self.board = board
        self.endResetModel()

    @property
    def class_column(self) -> int:
        return len(self.board.criteria) + 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self.board.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self.board.criteria) + 2

    def folded(self, row: Row) -> bool:
        """Whether the row shows who has scored instead of scores: it is not revealed and has
        no score the projector may show (no agreed score)."""
        return not row.revealed and bool(self.board.municipalities) and not any(cell.text for cell in row.cells)

    def progress_text(self, row: Row) -> str:
        marks = [f"{name} {mark.value}" for name, mark in zip(self.board.municipalities, row.progress)]
        if len(marks) > 6:
            done = sum(1 for mark in row.progress if mark is Mark.DONE)
            return self.tr("{0} van de {1} gemeenten hebben gescoord").format(done, len(marks))
        return "     ".join(marks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.board.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == KIND_ROLE:
            return self._kind(row, column)
        if 1 <= column < self.class_column:
            cell = row.cells[column - 1]
            if role == LEVEL_ROLE:
                return cell.level
            if role == DETAIL_ROLE:
                return cell.detail
        if column == self.class_column:
            if role == RANK_ROLE:
                return row.class_rank
            if role == DETAIL_ROLE:
                return self._class_detail(row)
        return None

    def look(self, row_number: int, column: int) -> tuple[str, str, str, float | None, int | None]:
        """(kind, text, detail, level, class rank) of a cell, for the delegate. Read in Python,
        not through ``QModelIndex.data``: PySide 6.12 drops a reference to ``None`` each time
        that returns nothing, and a painted grid asks thousands of times."""
        row = self.board.rows[row_number]
        kind = self._kind(row, column)
        text = self._text(row, column)
        if 1 <= column < self.class_column:
            cell = row.cells[column - 1]
            return kind, text, cell.detail if kind == "score" else "", cell.level, None
        if column == self.class_column:
            return kind, text, self._class_detail(row), None, row.class_rank
        return kind, text, "", None, None

    def _class_detail(self, row: Row) -> str:
        notes = [self.texts["decided"]] if row.overridden else []
        return " · ".join(notes + ([self.texts["dissent"]] if row.dissent else []))

    def _kind(self, row: Row, column: int) -> str:
        if column == 0:
            return "name"
        if column == self.class_column:
            return "class"
        if self.folded(row):
            return "progress"
        cell = row.cells[column - 1]
        return "hidden" if cell.hidden else "score" if cell.text else "empty"

    def _text(self, row: Row, column: int) -> str:
        if column == 0:
            return row.name
        if column == self.class_column:
            if row.class_label:
                return f"{style.dots(row.class_rank, len(self.board.classes))} {row.class_label}"
            return self.texts["hidden"] if row.hides_something else self.texts["nobody"]
        if self.folded(row):
            return self.progress_text(row) if column == 1 else ""
        cell = row.cells[column - 1]
        return self.texts["hidden"] if cell.hidden else cell.text or "—"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.texts["name"]
        if section == self.class_column:
            return self.texts["class"]
        if self.heads is not None and len(self.heads) == len(self.board.criteria):
            return self.heads[section - 1]
        return wrap_header(self.board.criteria[section - 1], self.wrap)


class BoardDelegate(QStyledItemDelegate):
    """Paints the colour map: cells as tiles with a white gap, the score large in the middle
    and its spread small beneath; hidden cells hatched, classes in their colour with dots."""

    def __init__(self, theme: style.Theme, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.theme = theme

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        theme = self.theme
        model = index.model()
        if not isinstance(model, BoardModel):
            return
        kind, text, detail, level, rank = model.look(index.row(), index.column())
        rect = option.rect.adjusted(3, 3, -3, -3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = QColor(theme.text)
        font = option.font
        alignment = Qt.AlignmentFlag.AlignCenter
        if kind == "score":
            background, text_colour = style.score_colours(level if level is not None else 0.0)
            painter.fillRect(rect, background)
        elif kind in ("hidden", "progress"):
            painter.fillRect(rect, QColor(theme.hidden))
            painter.fillRect(rect, QBrush(QColor(theme.hidden_hatch), Qt.BrushStyle.BDiagPattern))
            alignment = Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignLeft if kind == "progress" else Qt.AlignmentFlag.AlignHCenter)
        elif kind == "class":
            colours = style.class_colours(rank)
            if colours is not None:
                painter.fillRect(rect, colours[0])
                text_colour = colours[1]
            else:
                text_colour = QColor(theme.muted)  # "verborgen", "nog niet gescoord"
            alignment = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        else:
            alignment = Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignLeft if kind == "name" else Qt.AlignmentFlag.AlignHCenter)
        inner = rect.adjusted(12, 0, -12, 0)
        bold = kind in ("name", "score") or (kind == "class" and rank is not None)
        painter.setPen(QPen(text_colour))
        main_font = style.font(font.pixelSize() * (1.3 if kind == "score" else 1.0), bold)
        if kind in ("hidden", "progress"):
            main_font.setItalic(kind == "hidden")
        painter.setFont(main_font)
        if detail:
            # Two lines centred as a block, each font no larger than its share of the cell, so
            # that nothing is clipped when many rows make the cells low.
            height = inner.height()
            main_font.setPixelSize(max(8, min(main_font.pixelSize(), int(height * 0.56))))
            small = style.font(min(font.pixelSize() * 0.72, height * 0.34), bold=kind == "class")
            main_height, small_height = QFontMetrics(main_font).height(), QFontMetrics(small).height()
            top = inner.top() + max(0, (height - main_height - small_height) // 2)
            horizontal = alignment & ~Qt.AlignmentFlag.AlignVCenter
            painter.setFont(main_font)
            painter.drawText(QRect(inner.left(), top, inner.width(), main_height), int(horizontal | Qt.AlignmentFlag.AlignTop), text)
            painter.setFont(small)
            painter.drawText(
                QRect(inner.left(), top + main_height, inner.width(), small_height), int(horizontal | Qt.AlignmentFlag.AlignTop), detail
            )
        else:
            painter.drawText(inner, int(alignment | Qt.TextFlag.TextWordWrap), text)
        painter.restore()
