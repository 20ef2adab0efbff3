"""Scoring on the projector: the matrix as a colour map with the classification, scores hidden
until the facilitator reveals them (see :mod:`.scoreboard` for what "hidden" guarantees)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from staan_desktop.domain.methods import capital, terms_of
from staan_desktop.domain.outcomes import classify_task_field, rules_of
from staan_desktop.domain.spread import SpreadRow, has_spread, spread_rows
from staan_desktop.domain.weight_sets import WeightComparison
from staan_desktop.services import agenda, interchange, methods, queries, weight_view
from staan_desktop.services.store import Document

from . import style
from .dot_plot import SpreadPanel
from .scoreboard import Board, Mark, Reveal, build_board
from .scoring_table import BoardDelegate, BoardModel
from .view_base import ProjectorView
from .weight_sets_slide import WeightSetsSlide

#: Height of a row and of a header line, in body-text sizes (a row holds a score and its spread).
ROW_LINES = 2.3
HEADER_LINES = 1.25
#: Header text relative to the cells, and how far the cells may grow beyond body text.
HEADER_SIZE = 0.8
#: The horizontal padding of a column head (style.header_sheet).
HEADER_PADDING_X = 10
MAX_SCALE = 1.3


class ScoringView(ProjectorView):
    key = "scoring"
    pages = frozenset({"scoring"})
    tables = frozenset({"score", "task_field", "criterion", "municipality", "classification_class", "criterion_weight"})

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
        # After the matrix, one more slide: the spread per municipality of the revealed task
        # fields (PageDown from the matrix's last part).
        self.spread = SpreadPanel("", "", self)
        self.spread.hide()
        self.body.addWidget(self.spread, 1)
        # And after that the ranking per weight set of what the room may see, when a
        # municipality has weights of its own (PageDown again).
        self.weights = WeightSetsSlide(self)
        self.weights.hide()
        self.body.addWidget(self.weights, 1)
        #: What is shown: the matrix, its spread or the ranking per weight set.
        self.stage = "matrix"

    def heading(self) -> str:
        return self.tr("Scoren van de preferente taakvelden")

    def set_theme(self, theme: style.Theme) -> None:
        self.delegate.theme = theme
        self.refit()
        self.table.viewport().update()

    def clear_content(self) -> None:
        self.model.set_board(Board((), (), (), ()))
        self.table.clearSpans()
        self.spread.set_rows((), ())
        self.weights.drop_source()
        self._show_stage("matrix")

    def load(self, doc: Document) -> None:
        # The full grid lives only in this frame: what stays is the board, without hidden scores.
        grid = queries.scoring_grid(doc)
        board = build_board(grid, agenda.scoring_progress(doc), self.reveal)
        self._load_spread(doc, {row.name for row in board.rows if row.revealed})
        self._load_weights(doc, board, tuple(c.key for c in grid.rules.ranked))
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

    def _load_spread(self, doc: Document, revealed: set[str]) -> None:
        """The dot plot of the revealed task fields only: a hidden score never reaches it."""
        self.spread.caption.setText(self.tr("Spreiding per gemeente"))
        self.spread.counted_word = self.tr("telt mee")
        self.spread.part_text = self.tr("Deel {0} van {1}")
        rows: list[SpreadRow] = []
        towns: tuple[str, ...] = ()
        if revealed:
            tree = interchange.load_tree(doc)
            shown = [tf for tf in tree.task_fields if tf.shortlisted and tf.name in revealed]
            if has_spread(shown):
                rules = rules_of(tree)
                rows = spread_rows(tree, ((tf, classify_task_field(tree, tf, rules).ratio, False) for tf in shown))
                towns = tree.municipalities
        self.spread.set_rows(towns, rows)
        if not rows and self.stage == "spread":
            self._show_stage("matrix")

    def _load_weights(self, doc: Document, board: Board, class_keys: tuple[str, ...]) -> None:
        """The ranking per weight set of the task fields whose scores the room may see (the
        Board's word on that: revealed, or nothing of them hidden), ranked among themselves;
        read when the slide is reached, from the document (this view keeps no hidden score)."""
        shown = frozenset(row.task_field_id for row in board.rows if row.revealed or not row.hides_something)
        note = "" if len(shown) == len(board.rows) else self.tr(
            "Alleen wat de zaal al mag zien: verborgen scores tellen niet mee, de plaatsen gelden onder wat hier staat.")
        word = capital(terms_of(methods.method_of(doc)).task_field)  # the method's word, as the window's panel says it

        def source() -> tuple[WeightComparison[str], weight_view.WeightGrid]:
            weights = weight_view.weight_grid(doc)
            return weight_view.task_field_comparison(doc, weights, only=shown), weights

        self.weights.set_source(source, word, class_keys, note)
        if self.stage == "weights":
            if self.weights.has_content:
                self.weights.build()
            else:
                self._show_stage("matrix")

    def _stages(self) -> list[str]:
        """The slides of this view in order, as far as there is something on them."""
        return ["matrix"] + (["spread"] if self.spread.rows else []) + (["weights"] if self.weights.has_content else [])

    def _show_stage(self, stage: str) -> None:
        self.stage = stage
        for widget in (self.classes_legend, self.table, self.hidden_legend):
            widget.setVisible(stage == "matrix")
        self.spread.setVisible(stage == "spread")
        if stage == "weights":
            self.weights.build()
        self.weights.setVisible(stage == "weights")

    def _classes_legend(self, classes: tuple[str, ...]) -> str:
        return "     ".join(f"{style.dots(rank, len(classes))} {name}" for rank, name in enumerate(classes))

    def refit(self) -> None:
        """Type as large as the rows allow, never below the readable minimum: criterion heads
        wrapped and never cut, every column on the screen, names and classes whole (wrapped
        over the lines of their row); rows that do not fit at the minimum are shown in parts
        (:meth:`next_page`)."""
        pixels, least = self._pixels, self.minimum
        if self.stage == "weights":
            self.body.activate()
            self.weights.fit_to(pixels)
            return
        if self.stage == "spread":
            self.body.activate()
            spread_room = self.spread.height() if self.spread.height() > 50 else int(self.height() * 0.9)
            self.spread.fit(pixels, least, max(300, self.spread.width() or self.width()), spread_room, style.font)
            return
        self.classes_legend.setFont(style.font(max(least, pixels * 0.85)))
        self.hidden_legend.setFont(style.font(max(least, pixels * 0.8), bold=True))
        self.body.activate()  # the table's height after the legends took theirs
        room = self.table.height() if self.table.height() > 50 else self.height() * 0.8
        rows = max(1, self.model.rowCount())
        width = max(300, self.table.viewport().width() or self.width())
        size = min(pixels * MAX_SCALE, max(least, room / (rows * ROW_LINES + 3 * HEADER_LINES)))
        while True:
            heads, header_size, columns = self._columns(size, width)
            header_height = self._header_height(heads, header_size)
            row_height = self._row_height(size, columns)
            if (columns is not None and header_height + rows * row_height <= room) or size <= least:
                break
            size = max(least, size * 0.92)
        if columns is None:  # even at the minimum: every column narrower, long words broken
            heads, header_size, columns = self._columns(size, width, squeeze=True)
            header_height = self._header_height(heads, header_size)
            row_height = self._row_height(size, columns)
        self.scale = size / pixels if pixels else 1.0
        self.table.setFont(style.font(size))
        header = self.table.horizontalHeader()
        header.setFont(style.font(header_size, bold=True))
        # A style-sheet section draws in the style sheet's font, not the header's: say it there.
        header.setStyleSheet(style.header_sheet(self.delegate.theme, header_size))
        self.model.set_heads(heads)
        header.setFixedHeight(header_height)
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        for row in range(self.model.rowCount()):  # rows made before keep their old height otherwise
            self.table.setRowHeight(row, row_height)
        for column, column_width in enumerate(columns or ()):
            self.table.setColumnWidth(column, column_width)
        # What the rows have: the table less its head and frame (room may be an estimate).
        rows_room = (self.table.height() if self.table.height() > 50 else room) - header_height - 2 * self.table.frameWidth()
        self._page_rows(max(1, int(rows_room // row_height)))
        # The legend above may have taken another line ("deel 1 van 3"): count again with what is left.
        self.body.activate()
        if self.table.height() > 50:
            rows_room = self.table.height() - header_height - 2 * self.table.frameWidth()
            self._page_rows(max(1, int(rows_room // row_height)))

    def _header_height(self, heads: tuple[str, ...], header_size: float) -> int:
        line = QFontMetrics(style.font(header_size, bold=True)).lineSpacing()
        return max((head.count("\n") + 1 for head in heads), default=1) * line + 16  # padding and rule

    def _row_height(self, size: float, columns: list[int] | None) -> int:
        """A row holds a score and its spread, and every name and class wrapped at its column."""
        height = int(size * ROW_LINES)
        if not columns:
            return height
        board = self.model.board
        bold = QFontMetrics(style.font(size, bold=True))
        texts = [(row.name, columns[0]) for row in board.rows]
        texts += [(f"●●● {c}", columns[-1]) for c in board.classes]
        for text, column_width in texts:
            box = bold.boundingRect(0, 0, max(1, column_width - 24), 100_000, int(Qt.TextFlag.TextWordWrap), text)
            height = max(height, box.height() + 8)
        return height

    def _columns(self, size: float, width: int, squeeze: bool = False) -> tuple[tuple[str, ...], float, list[int] | None]:
        """(criterion heads wrapped, header type size, column widths) at cell type ``size``;
        no widths when the columns do not fit in ``width`` (unless ``squeeze``: then the
        criteria share what is left and their words are broken with a hyphen)."""
        board = self.model.board
        header_size = max(self.minimum, size * HEADER_SIZE)
        head_metrics = QFontMetrics(style.font(header_size, bold=True))
        bold = QFontMetrics(style.font(size, bold=True))
        score = QFontMetrics(style.font(size * 1.3, bold=True)).horizontalAdvance("0,0") + 30
        pad = 2 * HEADER_PADDING_X + 6
        pieces = [p for c in board.criteria for p in _pieces(c)] or ["x"]
        criterion = max(max(head_metrics.horizontalAdvance(p) for p in pieces) + pad, score)
        names = [row.name for row in board.rows] or [self.model.texts["name"]]
        labels = [f"●●● {c}" for c in board.classes] + [self.model.texts["nobody"], self.model.texts["class"]]
        whole_name = max(bold.horizontalAdvance(n) for n in names) + 40
        word_name = max(bold.horizontalAdvance(w) for n in names for w in _pieces(n)) + 40
        whole_class = max(bold.horizontalAdvance(text) for text in labels) + 40
        word_class = max(bold.horizontalAdvance(w) for text in labels for w in text.split()) + 40
        count = len(board.criteria)
        name_width = min(whole_name, max(word_name, int(width * 0.3)))
        class_width = min(whole_class, max(word_class, int(width * 0.28)))
        if count * criterion + name_width + class_width > width:
            # Names and classes give up room first: they wrap between words.
            name_width = max(word_name, min(name_width, int(width * 0.22)))
            class_width = max(word_class, min(class_width, int(width * 0.2)))
            if count * criterion + name_width + class_width > width:
                if not squeeze:
                    return (), header_size, None
                criterion = max(score, (width - name_width - class_width - 2) // max(1, count))
        each = max(criterion, (width - name_width - class_width - 2) // max(1, count))
        heads = tuple(_wrap(c, head_metrics, each - pad) for c in board.criteria)
        return heads, header_size, [name_width] + [each] * count + [class_width]

    # Paging -------------------------------------------------------------------------------------

    def _page_rows(self, per_page: int) -> None:
        rows = self.model.rowCount()
        self._parts = [(start, min(rows, start + per_page)) for start in range(0, rows, per_page)] or [(0, 0)]
        self._part = min(self._part, len(self._parts) - 1)
        start, end = self._parts[self._part]
        for row in range(rows):
            self.table.setRowHidden(row, not start <= row < end)
        legend = self._classes_legend(self.model.board.classes)
        if len(self._parts) > 1:
            legend += "     " + self.tr("Deel {0} van {1}").format(self._part + 1, len(self._parts))
        self.classes_legend.setText(legend)

    def turn(self, step: int) -> bool:
        """The next (previous) part of the slide shown, else the next (previous) slide: the
        matrix, the spread, the ranking per weight set; False past the last or first."""
        if self.stage == "weights" and self.weights.turn(step):
            return True
        if self.stage == "spread" and self.spread.turn(step):
            return True
        if self.stage == "matrix":
            target = self._part + step
            if 0 <= target < len(self._parts):
                self._part = target
                self.refit()
                return True
        stages = self._stages()
        position = stages.index(self.stage) + step if self.stage in stages else 0
        if not 0 <= position < len(stages):
            return False
        # Back into a slide lands on its last part (the matrix keeps the part it was on).
        self._show_stage(stages[position])
        self.refit()
        if self.stage == "spread" and step < 0:
            self.spread.show_part(len(self.spread.parts) - 1)
        elif self.stage == "weights":
            self.weights.go_to_end(last=step < 0)
        return True


def _pieces(text: str) -> list[str]:
    """The parts a line may break between: words, and within a word after "/" or "-"."""
    return [piece for word in text.split() for piece in re.findall(r"[^/-]+[/-]?|[/-]", word)]


def _wrap(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` broken into lines no wider than ``width``: between words, after "/" or "-",
    and (a part wider than the column) inside it, with a hyphen."""
    lines: list[str] = []
    for word in text.split():
        glue = " "  # between words; nothing between the parts of one word
        for piece in _pieces(word):
            while metrics.horizontalAdvance(piece) > width and len(piece) > 5:
                # Never fewer than three letters on either side of the hyphen ("effectuere-n").
                cut = next((n for n in range(len(piece) - 3, 2, -1) if metrics.horizontalAdvance(piece[:n] + "-") <= width), 3)
                lines.append(piece[:cut] + "-")
                piece, glue = piece[cut:], ""
            joined = f"{lines[-1]}{glue}{piece}" if lines else piece
            if lines and metrics.horizontalAdvance(joined) <= width:
                lines[-1] = joined
            else:
                lines.append(piece)
            glue = ""
    return "\n".join(lines)
