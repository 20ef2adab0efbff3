"""The agreed scores of the options on the criteria, as a grid: an option per row, a criterion
per column, then the weighted score and the place in the ranking (an option that fails a
knock-out: *uitgesloten*). The rule is :func:`staan_desktop.domain.options.weigh_options`, the
same the projector's comparison and the PDF use; every score is one service edit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from staan_desktop.domain.options import OptionResult, weigh_options
from staan_desktop.services import interchange, option_queries, queries
from staan_desktop.services.edits import Change
from staan_desktop.services.edits import options as option_edits

from ..context import WorkspaceContext
from .scoring_model import SCALE_ROLE

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Row:
    option_id: int
    result: OptionResult


class OptionScoresModel(QAbstractTableModel):
    def __init__(self, context: WorkspaceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._rows: list[_Row] = []
        self._criteria: tuple[queries.Criterion, ...] = ()

    def reload(self) -> None:
        doc = self.context.doc
        ids = {o.name: o.id for o in option_queries.options(doc)}
        results = weigh_options(interchange.load_tree(doc))
        self.beginResetModel()
        self._criteria = queries.criteria(doc)
        self._rows = [_Row(ids[r.option.name], r) for r in results]
        self.endResetModel()

    def refresh(self, change: Change | None) -> None:
        self.reload()

    @property
    def criteria(self) -> tuple[queries.Criterion, ...]:
        return self._criteria

    # Reading ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._criteria) + 3

    def criterion_column(self, column: int) -> int | None:
        index = column - 1
        return index if 0 <= index < len(self._criteria) else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        criterion = self.criterion_column(section)
        if criterion is not None:
            # Numbered as on the projector; the name in the tooltip (seven long names do not fit).
            return str(criterion + 1) if role == Qt.ItemDataRole.DisplayRole else self._criteria[criterion].name
        last = len(self._criteria) + 1
        return {0: self.tr("Optie"), last: self.tr("Score"), last + 1: self.tr("Plaats")}.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        result, column = row.result, index.column()
        criterion = self.criterion_column(column)
        if criterion is not None:
            value = self._agreed(row, criterion)
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return value if role == Qt.ItemDataRole.EditRole else ("" if value is None else str(value))
            if role == SCALE_ROLE:
                c = self._criteria[criterion]
                return (c.scale_min, c.scale_max)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return result.option.name
        if column == len(self._criteria) + 1:
            return "" if result.outcome.ratio is None else f"{round(result.outcome.ratio * 100)}%"
        if result.excluded:
            return self.tr("uitgesloten")
        return "" if result.rank is None else str(result.rank)

    def _agreed(self, row: _Row, criterion: int) -> int | None:
        name = self._criteria[criterion].name
        return next((s.value for s in row.result.option.scores if s.criterion == name and s.municipality is None), None)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.criterion_column(index.column()) is not None and not self.context.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # Writing ------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        criterion = self.criterion_column(index.column()) if index.isValid() else None
        if criterion is None or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        score = None if value in (None, "") else int(value)
        if score == self._agreed(row, criterion):
            return True
        c = self._criteria[criterion]
        if score is None:
            text = self.tr("Score van {0} op ‘{1}’ wissen").format(row.result.option.name, c.name)
        else:
            text = self.tr("Score {0} voor {1} op ‘{2}’").format(score, row.result.option.name, c.name)
        doc = self.context.doc
        change = self.context.edit(text, lambda: option_edits.set_option_score(
            doc, option_id=row.option_id, criterion_id=c.id, municipality_id=None, value=score))
        return change is not None
