"""Gewichten per gemeente: a panel under a scoring grid, opened with Ctrl+G.

On the left a small grid of criteria × municipalities: a number typed in a municipality's
column is its own weight of that criterion (Enter stores it, Ctrl+Z undoes it), Delete puts the
cell back on the shared weight, which an empty cell shows muted. On the right, for each
municipality with weights of its own, the place and class every item would get with them, next
to the shared result; the cells where a municipality's weights move an item are marked, and a
line under it says who moves what. The rule is :mod:`staan_desktop.domain.weight_sets`.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from staan_desktop.domain.methods import capital, terms_of
from staan_desktop.services import methods
from staan_desktop.services.edits import Change, Table
from staan_desktop.services.weight_view import option_comparison, task_field_comparison, weight_grid

from ..context import WorkspaceContext
from ..models.weight_sets_model import FIXED, WeightComparisonModel, WeightGridModel
from .labels import hint, show_plain, subheading

Kind = Literal["task_fields", "options"]
SHORTCUT = "Ctrl+G"
#: What changes what the panel shows.
TABLES = frozenset({Table.CRITERION_WEIGHT, Table.CRITERION, Table.MUNICIPALITY, Table.SCORE, Table.TASK_FIELD,
                    Table.CLASSIFICATION_CLASS, Table.OPTION, Table.OPTION_SCORE, Table.KNOCK_OUT,
                    Table.KNOCK_OUT_VERDICT})


class WeightTableView(QTableView):
    """Typing a number opens the cell's editor with it; Delete or Backspace clears the cell."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        index = self.currentIndex()
        if (event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and index.isValid()
                and self.state() != QAbstractItemView.State.EditingState
                and index.flags() & Qt.ItemFlag.ItemIsEditable):
            self.model().setData(index, None, Qt.ItemDataRole.EditRole)
            return
        super().keyPressEvent(event)


class MovedFilter(QSortFilterProxyModel):
    """The comparison's rows, or only those some municipality's weights move."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.only_moved = False

    def set_only_moved(self, only: bool) -> None:
        self.beginFilterChange()
        self.only_moved = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802 - Qt's name
        source = self.sourceModel()
        if not self.only_moved or not isinstance(source, WeightComparisonModel):
            return True
        return bool(source.comparison.items[row].moved_under)


class WeightSetsPanel(QWidget):
    def __init__(self, context: WorkspaceContext, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.grid_model = WeightGridModel(context, self)
        self.comparison_model = WeightComparisonModel(self)
        self.editor = WeightTableView(self)
        self.editor.setModel(self.grid_model)
        self.editor.verticalHeader().hide()
        self.editor.setAccessibleName(self.tr("Gewichten per gemeente"))
        self.comparison = QTableView(self)
        # Rows hidden by "only what moves" are filtered here, so the model stays the whole comparison.
        self.moved_filter = MovedFilter(self)
        self.moved_filter.setSourceModel(self.comparison_model)
        self.comparison.setModel(self.moved_filter)
        self.comparison.verticalHeader().hide()
        self.comparison.setAccessibleName(self.tr("Rangorde per gewichtenset"))
        self.comparison.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for view in (self.editor, self.comparison):
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.setAlternatingRowColors(True)
        self.comparison.horizontalHeader().setStretchLastSection(True)
        self.only_moved = QCheckBox(self.tr("Alleen wat &verschuift"), self)
        self.only_moved.toggled.connect(self._filter)
        #: The button that shows and hides the panel (:func:`attach_weight_sets`).
        self.toggle_button: QPushButton | None = None
        self.summary = show_plain(QLabel(self))
        self.summary.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(subheading(self.tr("Gewichten per gemeente"), self))
        left.addWidget(self.editor, 1)
        right = QVBoxLayout()
        title = QHBoxLayout()
        title.addWidget(subheading(self.tr("Rangorde per gewichtenset"), self))
        title.addStretch(1)
        title.addWidget(self.only_moved)
        right.addLayout(title)
        right.addWidget(self.comparison, 1)
        right.addWidget(self.summary)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns, 1)
        layout.addWidget(hint(self.tr(
            "Typ een gewicht (0 tot en met 1000) in de kolom van een gemeente, Enter legt het vast · Delete: weer het "
            "gedeelde gewicht · Ctrl+Z maakt ongedaan · de gedeelde gewichten bepalen de indeling; de sets worden "
            "ernaast gelegd. Ctrl+G sluit."), self))
        context.changed.connect(self._changed)
        self.setFocusProxy(self.editor)

    def refresh(self) -> None:
        doc = self.context.doc
        current = self.editor.currentIndex()
        place = (current.row(), current.column()) if current.isValid() else (0, FIXED)
        grid = weight_grid(doc)
        self.grid_model.set_grid(grid)
        if self.kind == "options":
            comparison, word = option_comparison(doc), self.tr("Optie")
        else:
            comparison, word = task_field_comparison(doc, grid), capital(terms_of(methods.method_of(doc)).task_field)
        self.comparison_model.set_comparison(comparison, word)
        self._filter()
        self.summary.setText(self.summary_text())
        # Long names (criteria, task fields) are elided to a readable width, whole in the
        # tooltip: the numbers beside them are what is typed and compared.
        for view, width in ((self.editor, "mate van vertrouwen"), (self.comparison, "Personeels- en salaris")):
            if view.model().columnCount():
                view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
                view.horizontalHeader().resizeSection(0, view.fontMetrics().horizontalAdvance(width) + 16)
        if self.grid_model.rowCount() and self.grid_model.columnCount() > FIXED:
            row = min(place[0], self.grid_model.rowCount() - 1)
            column = min(max(place[1], FIXED), self.grid_model.columnCount() - 1)
            self.editor.setCurrentIndex(self.grid_model.index(row, column))

    def summary_text(self) -> str:
        comparison = self.comparison_model.comparison
        if not self.grid_model.grid.municipalities or not self.grid_model.grid.criteria:
            return self.tr("Eigen gewichten vragen om criteria en gemeenten.")
        if not comparison.sets:
            return self.tr("Nog geen gemeente met eigen gewichten: de gedeelde gewichten gelden voor iedereen.")
        lines = []
        for index, name in enumerate(comparison.sets):
            classes, ranks = len(comparison.class_changes(index)), len(comparison.rank_changes(index))
            if classes or ranks:
                lines.append(self.tr("{0}: {1} in een andere klasse, {2} op een andere plaats").format(name, classes, ranks))
            else:
                lines.append(self.tr("{0}: geen verschil").format(name))
        return self.tr("Per gemeente met eigen gewichten: {0}").format(" · ".join(lines))

    def _filter(self) -> None:
        self.moved_filter.set_only_moved(self.only_moved.isChecked())

    def _changed(self, change: Change) -> None:
        parent = self.parentWidget()
        if change.table is Table.CRITERION_WEIGHT and not self.isVisible() and parent is not None and parent.isVisible():
            # An undo or redo of a weight while the panel is closed: show what it changed (the
            # focus stays where it is; showing refreshes).
            if self.toggle_button is not None:
                self.toggle_button.blockSignals(True)
                self.toggle_button.setChecked(True)
                self.toggle_button.blockSignals(False)
            self.show()
        elif self.isVisible() and (change.tables or {change.table}) & TABLES:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.refresh()
        super().showEvent(event)


def attach_weight_sets(page: QWidget, context: WorkspaceContext, kind: Kind, layout: QBoxLayout,
                       bar: QBoxLayout | None = None) -> WeightSetsPanel:
    """Put a hidden panel at the end of ``layout`` and a button that shows it (Ctrl+G) in
    ``bar`` (or above the panel): all a scoring page needs to add to offer the weight sets."""
    panel = WeightSetsPanel(context, kind, page)
    panel.hide()
    button = QPushButton(QCoreApplication.translate("WeightSetsPanel", "Gewichten per gemeente (Ctrl+G)"), page)
    button.setCheckable(True)

    def toggle(show: bool) -> None:
        panel.setVisible(show)
        button.setChecked(show)
        if show:
            panel.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    button.toggled.connect(toggle)
    if bar is not None:
        bar.addWidget(button)
    else:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        layout.addLayout(row)
    layout.addWidget(panel, 1)
    shortcut = QShortcut(QKeySequence(SHORTCUT), page)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(lambda: toggle(not panel.isVisible()))
    panel.toggle_button = button
    return panel
