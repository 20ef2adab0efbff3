"""The scoring grid: short-listed task fields × criteria, for one source of scores at a time.

Rows are the short-listed task fields. Columns: the name, one column per criterion, the live
classification and the dissent mark. The criterion cells show the scores of one *source*: the
agreed score (``None``) or one municipality. With 50 municipalities a column per municipality
would be 500 columns nobody can read on a projector; the room scores one source at a time,
so the facilitator picks the source and types a row of digits.

The model holds plain lists loaded by one query (:func:`queries.scoring_grid`); an edit, undo
or redo updates one cell from one small query, and ``data()`` is a list lookup. The
classification of a row is computed when the row is first shown and again after its scores
change, not for all 500 rows on load.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from staan_desktop.domain import class_palette
from staan_desktop.domain.classification import Decision, Outcome, Rules, ScoreSummary, classify, criterion_dissent
from staan_desktop.domain.sensitivity import Change as ScoreChange
from staan_desktop.domain.sensitivity import class_change_by_score
from staan_desktop.services import edits, queries
from staan_desktop.services.changes import Action, FormerScore, Table
from staan_desktop.services.edits import Change
from staan_desktop.services.queries import ScoringGrid

from .. import theme
from ..context import WorkspaceContext
from ..widgets.beamer import plain_tooltip

Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TASK_FIELD_ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: (scale_min, scale_max) of a criterion cell, for the view's digit keys.
SCALE_ROLE = Qt.ItemDataRole.UserRole + 3

#: The symbol of a row's class (●●● for the highest of three), ``None`` when it has none: the
#: view shows it beside the name, so the class is not told by colour alone.
CLASS_SYMBOL_ROLE = Qt.ItemDataRole.UserRole + 4

#: Backgrounds of the classes from the highest down: the colours of the projector and the PDF.
CLASS_COLOURS = class_palette.CLASS_BACKGROUNDS
DISSENT_COLOUR = "#ffc999"
#: Text on the dissent colour, in light and dark schemes alike.
DISSENT_TEXT = "#000000"
STRUCTURE = frozenset({Table.TASK_FIELD, Table.CRITERION, Table.MUNICIPALITY, Table.CLASSIFICATION_CLASS})


def wrap_header(name: str, width: int = 11) -> str:
    """Break a criterion's name over lines for a narrow column: at spaces and after a slash,
    never inside a word ("vertrouwen/vermogen" → "vertrouwen/" + "vermogen")."""
    lines: list[str] = []
    line = ""
    for token in re.split(r"(?<=[ /])", name):
        if line and len(line.rstrip()) + len(token.rstrip()) > width:
            lines.append(line.rstrip())
            line = ""
        line += token
    if line.strip():
        lines.append(line.rstrip())
    return "\n".join(lines)


class ScoringModel(QAbstractTableModel):
    def __init__(self, context: WorkspaceContext | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._grid: ScoringGrid | None = None
        self._fields: list[queries.TaskField] = []
        self._row_of: dict[int, int] = {}
        self._col_of: dict[int, int] = {}
        self._rules = Rules((), ())
        self._cells: list[list[ScoreSummary | None]] = []
        self._entered: list[list[int | None]] | None = None
        self._outcomes: list[Outcome | None] = []
        #: Per row, filled with its outcome: the smallest score change that moves the class.
        self._class_changes: dict[int, ScoreChange | None] = {}
        self._source: int | None = None
        self._headers: list[str] = []

    # Loading ------------------------------------------------------------------------------

    def load(self, grid: ScoringGrid) -> None:
        self.beginResetModel()
        self._grid = grid
        self._fields = list(grid.task_fields)
        self._row_of = {f.id: row for row, f in enumerate(self._fields)}
        self._col_of = {c.id: col for col, c in enumerate(grid.criteria)}
        self._rules = grid.rules
        self._cells = [[None] * len(grid.criteria) for _ in self._fields]
        for (tf, crit), summary in grid.summaries.items():
            row, col = self._row_of.get(tf), self._col_of.get(crit)
            if row is not None and col is not None:
                self._cells[row][col] = summary
        self._outcomes = [None] * len(self._fields)
        self._headers = [wrap_header(c.name) for c in grid.criteria]
        self._set_entered(grid.municipality_id, grid.entered)
        self.endResetModel()

    def reload(self) -> None:
        if self.context is not None:
            self.load(queries.scoring_grid(self.context.doc, self._source))

    def _set_entered(self, municipality_id: int | None, entered: dict[tuple[int, int], int] | None) -> None:
        self._source = municipality_id
        if municipality_id is None or entered is None:
            self._entered = None
            return
        self._entered = [[None] * len(self._rules.criteria) for _ in self._fields]
        for (tf, crit), value in entered.items():
            row, col = self._row_of.get(tf), self._col_of.get(crit)
            if row is not None and col is not None:
                self._entered[row][col] = value

    @property
    def source(self) -> int | None:
        """The municipality whose scores are shown and typed; ``None``: the agreed scores."""
        return self._source

    def set_source(self, municipality_id: int | None) -> None:
        if self.context is None or municipality_id == self._source:
            return
        entered = None if municipality_id is None else queries.entered_scores(self.context.doc, municipality_id)
        self._set_entered(municipality_id, entered)
        if self._fields and self._rules.criteria:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._fields) - 1, len(self._rules.criteria)))

    def municipalities(self) -> tuple[queries.Municipality, ...]:
        return self._grid.municipalities if self._grid else ()

    def classes(self) -> tuple[queries.ClassDef, ...]:
        return self._grid.classes if self._grid else ()

    def task_field(self, row: int) -> queries.TaskField:
        return self._fields[row]

    def criterion_column(self, column: int) -> int | None:
        """The criterion index of a column, or ``None`` for the other columns."""
        return column - 1 if 1 <= column <= len(self._rules.criteria) else None

    @property
    def classification_column(self) -> int:
        return len(self._rules.criteria) + 1

    @property
    def dissent_column(self) -> int:
        return len(self._rules.criteria) + 2

    # Changes ------------------------------------------------------------------------------

    def refresh(self, change: Change | None) -> None:
        """Bring the grid up to date with ``change``: one cell or row where possible."""
        if self.context is None:
            return
        if change is None or (change.tables or {change.table}) & STRUCTURE and not self._task_field_update(change):
            self.reload()
        elif isinstance(change.inverse, FormerScore):
            self._update_cell(change.inverse.task_field_id, change.inverse.criterion_id)
        elif change.table == Table.SCORE:
            self.reload()

    def _task_field_update(self, change: Change) -> bool:
        """A rename, footnote or override of one task field: redraw its row, if it stays."""
        if change.table != Table.TASK_FIELD or change.action != Action.UPDATED or change.item_id is None:
            return False
        assert self.context is not None
        field = queries.task_field(self.context.doc, change.item_id)
        row = self._row_of.get(change.item_id)
        if field is None or row is None or not field.shortlisted:
            return field is not None and not field.shortlisted and row is None
        self._fields[row] = field
        self._outcomes[row] = None
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.dissent_column))
        return True

    def _update_cell(self, task_field_id: int, criterion_id: int) -> None:
        row, col = self._row_of.get(task_field_id), self._col_of.get(criterion_id)
        if row is None or col is None:
            return
        assert self.context is not None
        summary, value = queries.score_cell(self.context.doc, task_field_id, criterion_id, self._source)
        self._cells[row][col] = summary if summary.agreed is not None or summary.count else None
        if self._entered is not None:
            self._entered[row][col] = value
        self._outcomes[row] = None
        self.dataChanged.emit(self.index(row, col + 1), self.index(row, col + 1))
        self.dataChanged.emit(self.index(row, self.classification_column), self.index(row, self.dissent_column))

    # Reading ------------------------------------------------------------------------------

    def outcome(self, row: int) -> Outcome:
        outcome = self._outcomes[row]
        if outcome is None:
            scores = {
                criterion.id: summary
                for criterion, summary in zip(self._rules.criteria, self._cells[row])
                if summary is not None
            }
            field = self._fields[row]
            decision = Decision(field.override_key, field.override_reason) if field.overridden else None
            outcome = classify(self._rules, scores, decision)
            self._outcomes[row] = outcome
            self._class_changes[row] = class_change_by_score(self._rules, scores)
        return outcome

    def fragile_mark(self) -> str:
        """What follows the class of a row whose class one point on one score would change."""
        return self.tr(" · fragiel")

    def value(self, row: int, col: int) -> int | None:
        """The score of the current source in criterion ``col``."""
        if self._entered is not None:
            return self._entered[row][col]
        summary = self._cells[row][col]
        return summary.agreed if summary else None

    def cell_dissent(self, row: int, col: int) -> bool:
        return criterion_dissent(self._rules.criteria[col], self._cells[row][col])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self._grid is None else len(self._rules.criteria) + 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.criterion_column(index.column()) is not None and self.context and not self.context.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Taakveld")
            if self.criterion_column(section) is not None:
                return self._headers[section - 1]
            if section == self.classification_column:
                return self.tr("Indeling")
            if section == self.dissent_column:
                return self.tr("Verschil")
        if role == Qt.ItemDataRole.ToolTipRole and self._grid and self.criterion_column(section) is not None:
            criterion = self._grid.criteria[section - 1]
            return plain_tooltip(
                self.tr("{0}: schaal {1}–{2}, gewicht {3}").format(
                    criterion.name, criterion.scale_min, criterion.scale_max, QLocale().toString(criterion.weight, "g", 3)
                )
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == TASK_FIELD_ID_ROLE:
            return self._fields[row].id
        col = self.criterion_column(column)
        if col is not None:
            return self._score_data(row, col, role)
        if column == 0:
            field = self._fields[row]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return field.name
            if role == SORT_ROLE:
                return field.name.casefold()
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip("\n".join(part for part in (field.name, field.description) if part))
            return None
        if column == self.classification_column:
            return self._class_data(row, role)
        if column == self.dissent_column:
            disagree = self.outcome(row).dissent
            if role == Qt.ItemDataRole.DisplayRole:
                return "⚠" if disagree else ""
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == SORT_ROLE:
                return 1 if disagree else 0
            if role == Qt.ItemDataRole.BackgroundRole and disagree:
                return QColor(DISSENT_COLOUR)
            if role == Qt.ItemDataRole.ForegroundRole and disagree:
                return QColor(DISSENT_TEXT)
            if role == Qt.ItemDataRole.ToolTipRole and disagree:
                return self.tr("De scores van de gemeenten liggen op een criterium ver uit elkaar.")
        return None

    def _score_data(self, row: int, col: int, role: int) -> Any:
        value = self.value(row, col)
        summary = self._cells[row][col]
        if role == Qt.ItemDataRole.DisplayRole:
            if value is not None:
                return str(value)
            if self._entered is None and summary is not None and summary.count:
                # No agreed score yet: the mean of the municipalities guides the room.
                return "⌀ " + QLocale().toString(summary.total / summary.count, "f", 1)
            return ""
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == SORT_ROLE:
            return float(value) if value is not None else float("-inf")
        if role == SCALE_ROLE:
            rule = self._rules.criteria[col]
            return (rule.scale_min, rule.scale_max)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and value is None:
            return QColor(theme.muted_text())
        if role == Qt.ItemDataRole.BackgroundRole and self.cell_dissent(row, col):
            return QColor(DISSENT_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and self.cell_dissent(row, col):
            return QColor(DISSENT_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and summary is not None:
            return plain_tooltip(self._score_tooltip(summary))
        return None

    def _score_tooltip(self, summary: ScoreSummary) -> str:
        lines = []
        if summary.agreed is not None:
            lines.append(self.tr("Afgesproken: {0}").format(summary.agreed))
        if summary.count:
            lines.append(
                self.tr("{0} gemeente(n): {1}–{2}, gemiddeld {3}").format(
                    summary.count, summary.low, summary.high, QLocale().toString(summary.total / summary.count, "f", 1)
                )
            )
        return "\n".join(lines)

    def _class_data(self, row: int, role: int) -> Any:
        outcome = self.outcome(row)
        rank = self._rules.rank(outcome.class_key)
        change = self._class_changes.get(row)
        if role == Qt.ItemDataRole.DisplayRole:
            fragile = change is not None and change.size <= 1
            return outcome.label + (self.tr(" (besluit)") if outcome.overridden else "") + (self.fragile_mark() if fragile else "")
        if role == SORT_ROLE:
            # Higher class first when sorted descending; within a class, the higher score.
            band = len(self._rules.ranked) - rank if rank is not None else 0
            return band + 0.5 * (outcome.ratio or 0.0)
        if role == CLASS_SYMBOL_ROLE:
            return class_palette.symbol(rank, len(self._rules.ranked)) if rank is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and rank is not None:
            return QColor(class_palette.background(rank))
        if role == Qt.ItemDataRole.ForegroundRole and rank is not None:
            return QColor(class_palette.text_on(class_palette.background(rank)))
        if role == Qt.ItemDataRole.FontRole and outcome.overridden:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = []
            if outcome.ratio is not None:
                parts.append(self.tr("Berekend: {0} % van de maximale score").format(round(outcome.ratio * 100)))
            if outcome.overridden:
                parts.append(self.tr("Besloten: {0}").format(outcome.reason))
            if change is not None:
                name = next((c.name for c in self._grid.criteria if c.id == change.criterion), "") if self._grid else ""
                parts.append(self.tr("De klasse verandert als één score op {0} {1:+d} verschuift").format(name, change.steps))
            return plain_tooltip("\n".join(parts))
        return None

    # Writing ------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        col = self.criterion_column(index.column()) if index.isValid() else None
        if col is None or role != Qt.ItemDataRole.EditRole or self.context is None or self._grid is None:
            return False
        score = None if value in (None, "") else int(value)
        if score == self.value(index.row(), col):
            return True
        field, criterion = self._fields[index.row()], self._grid.criteria[col]
        who = self.tr("afgesproken") if self._source is None else self._municipality_name(self._source)
        if score is None:
            text = self.tr("Score van {0} op ‘{1}’ wissen ({2})").format(field.name, criterion.name, who)
        else:
            text = self.tr("Score {0} voor {1} op ‘{2}’ ({3})").format(score, field.name, criterion.name, who)
        source, context = self._source, self.context
        change = context.edit(
            text,
            lambda: edits.set_score(
                context.doc,
                task_field_id=field.id,
                criterion_id=criterion.id,
                municipality_id=source,
                value=score,
            ),
        )
        return change is not None

    def _municipality_name(self, municipality_id: int) -> str:
        assert self._grid is not None
        return next((m.name for m in self._grid.municipalities if m.id == municipality_id), "")
