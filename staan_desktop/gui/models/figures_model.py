"""Table models over the plain data of :func:`staan_desktop.services.figures.figures_view`:
key figures (a row per figure, a column per municipality) and the cost keys compared side by
side (a row per municipality, a column per key)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from staan_desktop.domain.cost_keys import dutch_percentage, parse_dutch_number
from staan_desktop.services import edits
from staan_desktop.services.changes import Change
from staan_desktop.services.figures import FiguresView

from ..context import WorkspaceContext
from ..refusals import render

Index = QModelIndex | QPersistentModelIndex
# The columns before the municipalities.
FIXED = 3


def dutch_number(value: float) -> str:
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


class FiguresModel(QAbstractTableModel):
    """Name, unit, source, then one editable number per municipality."""

    def __init__(self, context: WorkspaceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view: FiguresView | None = None

    def set_view(self, view: FiguresView) -> None:
        self.beginResetModel()
        self.view = view
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() or self.view is None else len(self.view.figures)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() or self.view is None else FIXED + len(self.view.municipalities)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal or self.view is None:
            return None
        if section < FIXED:
            return (self.tr("Kerngetal"), self.tr("Eenheid"), self.tr("Bron"))[section]
        return self.view.municipalities[section - FIXED][1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.view is None:
            return None
        figure = self.view.figures[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column < FIXED:
                return (figure.name, figure.unit, figure.source)[column]
            value = figure.values.get(self.view.municipalities[column - FIXED][0])
            return "" if value is None else dutch_number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= FIXED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.context.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.view is None:
            return False
        figure, column, doc = self.view.figures[index.row()], index.column(), self.context.doc
        if column < FIXED:
            field = ("name", "unit", "source")[column]
            return self.context.edit(self.tr("Kerngetal wijzigen"),
                                     lambda: edits.update_figure(doc, figure_id=figure.id, **{field: value})) is not None
        municipality_id = self.view.municipalities[column - FIXED][0]
        text = str(value).strip()

        def store() -> Change:
            try:
                number = None if not text else parse_dutch_number(text)
            except ValueError as exc:
                from staan_desktop.domain.messages import message_of
                from staan_desktop.services.errors import ValidationError

                raise ValidationError(message_of(exc)) from None
            return edits.set_figure_value(doc, figure_id=figure.id, municipality_id=municipality_id, value=number)

        return self.context.edit(self.tr("Kerngetal invullen"), store) is not None


class ComparisonModel(QAbstractTableModel):
    """Read-only: each municipality's share under each key; a key that cannot be computed
    shows a dash and says why in its tooltip."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view: FiguresView | None = None

    def set_view(self, view: FiguresView) -> None:
        self.beginResetModel()
        self.view = view
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() or self.view is None else len(self.view.municipalities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() or self.view is None else len(self.view.comparisons)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or self.view is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.view.municipalities[section][1]
        key = self.view.comparisons[section].key
        return key.name + (" ★" if key.chosen else "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.view is None:
            return None
        comparison = self.view.comparisons[index.column()]
        name = self.view.municipalities[index.row()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            return dutch_percentage(comparison.percentages[name]) if comparison.percentages else "–"
        if role == Qt.ItemDataRole.ToolTipRole and comparison.problem:
            return render(comparison.reason) if comparison.reason else comparison.problem
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
