"""Opties scoren: the agreed score of every option on every criterion, typed as the room
agrees (a digit scores and moves on, Delete clears), with the weighted score and the place in
the ranking beside it; an option that fails a knock-out of the toetsingskader is *uitgesloten*."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from staan_desktop.services.edits import Change

from ..context import WorkspaceContext
from ..models.option_scores_model import OptionScoresModel
from ..widgets.beamer import roomy_table
from ..widgets.labels import heading, hint, show_plain
from ..widgets.score_table import ScoreTableView
from ..widgets.weight_sets_panel import attach_weight_sets
from .base import Page


class OptionScoresPage(Page):
    key = "option_scores"  # its title, icon and tables: gui/pages/__init__.py

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = OptionScoresModel(context, self)
        self.table = ScoreTableView(self)
        self.table.setModel(self.model)
        roomy_table(self.table)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.refusal = hint("", self)
        self.table.refused_key.connect(self.refusal.setText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("De opties scoren"), self))
        layout.addWidget(hint(self.tr(
            "De afgesproken score per criterium (de kolommen zijn genummerd; de namen staan onder de tabel). "
            "Een cijfer scoort en gaat door naar het volgende criterium · Delete wist · Ctrl+Z maakt ongedaan."
        ), self))
        layout.addWidget(self.table, 1)
        # The criteria by number, as under the PDF's comparison: seven long names fit no header.
        # (Not a hint: a signed-off version hides its key hints, not what the numbers mean.)
        self.legend = show_plain(QLabel(self))
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        layout.addWidget(self.refusal)
        # The municipalities' own weights beside the shared ones (Ctrl+G), under the grid.
        self.weight_sets = attach_weight_sets(self, context, "options", layout)

    def main_input(self) -> QWidget | None:
        current = self.table.currentIndex()
        if self.model.rowCount() and (not current.isValid() or self.model.criterion_column(current.column()) is None):
            self.table.first_score_cell()  # typing lands on a score, not on a name
        return self.table

    def refresh(self, change: Change | None) -> None:
        current = self.table.currentIndex()
        position = (current.row(), current.column()) if current.isValid() else None
        self.model.refresh(change)
        self.legend.setText(" · ".join(f"{i} {c.name}" for i, c in enumerate(self.model.criteria, 1)))
        if position is not None and position[0] < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(*position))
