"""Scoring on the projector: the matrix as a colour map with the classification, scores hidden
until the facilitator reveals them (see :mod:`.scoreboard` for what "hidden" guarantees)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from staan_desktop.services import agenda, queries
from staan_desktop.services.store import Document

from . import style
from .scoreboard import Board, Mark, Reveal, build_board
from .scoring_table import BoardDelegate, BoardModel
from .view_base import ProjectorView

#: Height of a row and of a header line, in body-text sizes (a row holds a score and its spread).
ROW_LINES = 2.3
HEADER_LINES = 1.25
#: Header text relative to the cells, and how far the cells may grow beyond body text.
HEADER_SIZE = 0.8
MAX_SCALE = 1.3


class ScoringView(ProjectorView):
    key = "scoring"
    pages = frozenset({"scoring"})
    tables = frozenset({"score", "task_field", "criterion", "municipality", "classification_class"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reveal = Reveal()
        self.model = BoardModel(self)
        self.delegate = BoardDelegate(style.LIGHT, self)
        self.table = QTableView(self)
        self.table.setObjectName("projectorScores")
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self.table.setShowGrid(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        header.setHighlightSections(False)
        self.classes_legend = style.label("", self, role="muted")
        self.hidden_legend = style.label("", self, role="body")
        self.body.addWidget(self.classes_legend)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.hidden_legend)

    def heading(self) -> str:
        return self.tr("Scoren van de preferente taakvelden")

    def set_theme(self, theme: style.Theme) -> None:
        self.delegate.theme = theme
        self.refit()
        self.table.viewport().update()

    def clear_content(self) -> None:
        self.model.set_board(Board((), (), (), ()))
        self.table.clearSpans()

    def load(self, doc: Document) -> None:
        # The full grid lives only in this frame: what stays is the board, without hidden scores.
        board = build_board(queries.scoring_grid(doc), agenda.scoring_progress(doc), self.reveal)
        self.model.set_board(board)
        self.table.clearSpans()
        for row_number, row in enumerate(board.rows):
            if self.model.folded(row) and len(board.criteria) > 1:
                self.table.setSpan(row_number, 1, 1, len(board.criteria))
        self.classes_legend.setText(self._classes_legend(board.classes))
        if not board.rows:
            self.hidden_legend.setText(self.tr("Nog geen preferente taakvelden: zet taakvelden op de korte lijst."))
        elif any(row.hides_something or self.model.folded(row) for row in board.rows):
            self.hidden_legend.setText(
                self.tr("Scores blijven verborgen tot ze worden onthuld.   {0} gescoord   {1} bezig   {2} nog niet").format(
                    Mark.DONE.value, Mark.BUSY.value, Mark.NONE.value
                )
            )
        else:
            self.hidden_legend.setText(self.tr("Kleur: licht = lage score, donker = hoge score."))
        self.refit()

    def _classes_legend(self, classes: tuple[str, ...]) -> str:
        return "     ".join(f"{style.dots(rank, len(classes))} {name}" for rank, name in enumerate(classes))

    def refit(self) -> None:
        """Type as large as the rows allow: every short-listed task field on the screen."""
        pixels = self._pixels
        self.classes_legend.setFont(style.font(pixels * 0.85))
        self.hidden_legend.setFont(style.font(pixels * 0.8, bold=True))
        self.body.activate()  # the table's height after the legends took theirs
        room = self.table.height() if self.table.height() > 50 else self.height() * 0.8
        rows = max(1, self.model.rowCount())
        lines = max((str(self.model.headerData(c, Qt.Orientation.Horizontal) or "").count("\n") + 1
                     for c in range(self.model.columnCount())), default=1)  # fmt: skip
        size = (room - 24) / (rows * ROW_LINES + lines * HEADER_LINES * HEADER_SIZE)
        size = max(10.0, min(pixels * MAX_SCALE, size))
        self.scale = size / pixels if pixels else 1.0
        self.table.setFont(style.font(size))
        header = self.table.horizontalHeader()
        header.setFont(style.font(size * HEADER_SIZE, bold=True))
        # A style-sheet section draws in the style sheet's font, not the header's: say it there.
        header.setStyleSheet(style.header_sheet(self.delegate.theme, size * HEADER_SIZE))
        line = QFontMetrics(style.font(size * HEADER_SIZE, bold=True)).lineSpacing()
        header.setFixedHeight(lines * line + 16)  # the padding and the rule of the style sheet
        self.table.verticalHeader().setDefaultSectionSize(int(size * ROW_LINES))
        criterion_width = self._widths(size)
        # Criterion names wrap at what their column holds; with fewer or more lines the sizes
        # above change once more.
        wrap = max(8, int((criterion_width - 24) / max(1, QFontMetrics(header.font()).averageCharWidth())))
        if criterion_width and wrap != self.model.wrap:
            self.model.set_wrap(wrap)
            self.refit()

    def _widths(self, size: float) -> int:
        """Set the column widths; returns the width of a criterion column."""
        columns = self.model.columnCount()
        if not columns:
            return 0
        bold = style.font(size, bold=True)
        metrics = QFontMetrics(bold)
        width = max(300, self.table.viewport().width() or self.width())
        names = [row.name for row in self.model.board.rows] or [self.model.texts["name"]]
        name_width = min(max(metrics.horizontalAdvance(n) for n in names) + 40, int(width * 0.3))
        labels = [f"●●● {c}" for c in self.model.board.classes] + [self.model.texts["nobody"]]
        class_width = min(max(metrics.horizontalAdvance(text) for text in labels) + 40, int(width * 0.28))
        criteria = columns - 2
        rest = max(criteria * 60, width - name_width - class_width - 2)
        self.table.setColumnWidth(0, name_width)
        for column in range(1, columns - 1):
            self.table.setColumnWidth(column, rest // max(1, criteria))
        self.table.setColumnWidth(columns - 1, class_width)
        return rest // max(1, criteria)
