"""Table models for the weights per municipality: the editor (a criterion per row, the shared
weight, then one column per municipality whose cell is its own weight, or empty while the
shared weight counts for it) and the comparison (an item per row: its class and place under the
shared weights, then under each municipality's weights, marked where they differ)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from staan_desktop.domain.cost_keys import parse_dutch_number
from staan_desktop.domain.messages import message_of
from staan_desktop.domain.weight_sets import ItemComparison, Standing, WeightComparison
from staan_desktop.services import edits
from staan_desktop.services.edits import Change
from staan_desktop.services.errors import ValidationError
from staan_desktop.services.weight_view import WeightGrid

from .. import theme
from ..context import WorkspaceContext

Index = QModelIndex | QPersistentModelIndex
#: The columns before the municipalities: the criterion and its shared weight.
FIXED = 2


def _dutch() -> QLocale:
    locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale


#: Weights are typed the Dutch way (``parse_dutch_number``), so they are shown that way too,
#: whatever the system's locale.
DUTCH = _dutch()


def weight_text(value: float) -> str:
    """A weight as the room reads it: "1", "1,5", "0,25"."""
    return DUTCH.toString(float(value), "g", 6)


class WeightGridModel(QAbstractTableModel):
    def __init__(self, context: WorkspaceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.grid = WeightGrid((), (), {})

    def set_grid(self, grid: WeightGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.grid.criteria)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() or not self.grid.criteria else FIXED + len(self.grid.municipalities)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < FIXED:
            return (self.tr("Criterium"), self.tr("Gedeeld"))[section]
        return self.grid.municipalities[section - FIXED].name

    def municipality_id(self, column: int) -> int | None:
        index = column - FIXED
        return self.grid.municipalities[index].id if 0 <= index < len(self.grid.municipalities) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        criterion = self.grid.criteria[index.row()]
        column = index.column()
        municipality = self.municipality_id(column)
        own = None if municipality is None else self.grid.weights.get((criterion.id, municipality))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return criterion.name
            if column == 1:
                return weight_text(criterion.weight)
            # An empty cell shows the shared weight that counts for it, muted (see ForegroundRole).
            if own is None:
                return "" if role == Qt.ItemDataRole.EditRole else weight_text(criterion.weight)
            return weight_text(own)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and municipality is not None and own is None:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and municipality is not None and own is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return criterion.name
        if role == Qt.ItemDataRole.ToolTipRole and municipality is not None:
            name = self.grid.municipalities[column - FIXED].name
            if own is None:
                return self.tr("{0} volgt het gedeelde gewicht van {1}; typ een getal voor een eigen gewicht.").format(
                    name, criterion.name)
            return self.tr("Eigen gewicht van {0} voor {1}; Delete zet het terug op het gedeelde gewicht.").format(
                name, criterion.name)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.municipality_id(index.column()) is not None and not self.context.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        municipality = self.municipality_id(index.column()) if index.isValid() else None
        if municipality is None or role != Qt.ItemDataRole.EditRole:
            return False
        criterion = self.grid.criteria[index.row()]
        text = "" if value is None else str(value).strip()
        doc = self.context.doc

        def store() -> Change:
            try:
                weight = parse_dutch_number(text) if text else None
            except ValueError as exc:
                raise ValidationError(message_of(exc)) from None
            return edits.set_criterion_weight(doc, criterion_id=criterion.id, municipality_id=municipality, weight=weight)

        name = self.grid.municipalities[index.column() - FIXED].name
        label = self.tr("Gewicht van {0} voor {1}").format(name, criterion.name)
        return self.context.edit(label, store) is not None


class WeightComparisonModel(QAbstractTableModel):
    """Read-only: per item its place and class under the shared weights and under each set;
    a cell where a set moves the item is bold on a marked background, with what changed in its
    tooltip."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comparison: WeightComparison[str] = WeightComparison((), ())
        self.item_word = ""

    def set_comparison(self, comparison: WeightComparison[str], item_word: str) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.item_word = item_word
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() or not self.comparison.sets else len(self.comparison.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() or not self.comparison.sets else 2 + len(self.comparison.sets)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.item_word
        if section == 1:
            return self.tr("Gedeelde gewichten")
        return self.comparison.sets[section - 2]

    def standing(self, text_item: ItemComparison[str], column: int) -> Standing:
        return text_item.shared if column == 1 else text_item.by_set[column - 2]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.comparison.items[index.row()]
        column = index.column()
        if column == 0:
            return item.key if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) else None
        standing = self.standing(item, column)
        moved = column > 1 and item.moved(column - 2)
        if role == Qt.ItemDataRole.DisplayRole:
            place = "–" if standing.rank is None else str(standing.rank)
            return f"{place} · {standing.label}"
        if role == Qt.ItemDataRole.FontRole and moved:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and moved:
            # A warm mark that reads in either scheme, beside the class colours rather than one of them.
            return QColor("#6b5416" if theme.is_dark_palette() else "#ffedb3")
        if role == Qt.ItemDataRole.ToolTipRole and moved:
            parts = []
            if item.class_changed(column - 2):
                parts.append(self.tr("klasse: {0} → {1}").format(item.shared.label, standing.label))
            if item.rank_changed(column - 2):
                before = "–" if item.shared.rank is None else str(item.shared.rank)
                after = "–" if standing.rank is None else str(standing.rank)
                parts.append(self.tr("plaats: {0} → {1}").format(before, after))
            return self.tr("Onder de gewichten van {0}: {1}").format(self.comparison.sets[column - 2], "; ".join(parts))
        return None
