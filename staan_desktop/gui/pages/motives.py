"""De 5 K's: the motives behind the cooperation — letter, name and explanation. A new
document gets the five K's from the template; here they are adjusted to what the room says."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from staan_desktop.services import edits, queries
from staan_desktop.services.changes import Table
from staan_desktop.services.edits import Change
from staan_desktop.services.queries import Motive
from staan_desktop.services.store import Document

from .. import typing_drafts
from ..context import WorkspaceContext
from ..models.record_table_model import Column, RecordTableModel
from ..widgets.labels import heading, hint
from ..widgets.list_entry import ListEntry
from ..widgets.record_table import RecordTable
from .base import Page


def _update(field: str) -> Callable[[Document, Motive, object], Change]:
    def update(doc: Document, motive: Motive, value: object) -> Change:
        values = {"letter": motive.letter, "name": motive.name, "explanation": motive.explanation, field: str(value)}
        return edits.update_motive(doc, motive_id=motive.id, **values)

    return update


class MotivesPage(Page):
    key = "motives"  # its title, icon and tables: gui/pages/__init__.py

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        columns = [
            Column(self.tr("Letter"), lambda m: m.letter, _update("letter"), self.tr("Letter van een motief wijzigen"), bold=True),
            Column(self.tr("Motief"), lambda m: m.name, _update("name"), self.tr("Motief hernoemen"), bold=True),
            Column(self.tr("Toelichting"), lambda m: m.explanation, _update("explanation"), self.tr("Toelichting wijzigen")),
        ]
        self.model = RecordTableModel(context, Table.MOTIVE, queries.motives, columns, self, noun=self.tr("Motief"))
        self.table = RecordTable(self.model, self)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.entry = ListEntry(self)
        self.entry.setPlaceholderText(self.tr("Nieuw motief — Enter voegt toe (de letter is de eerste letter)"))
        self.entry.submitted.connect(self.add_motives)
        self.entry_binding = typing_drafts.bind_entry(self.entry, context, "entry:motive")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("De grondmotieven van de samenwerking"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.entry)
        layout.addWidget(
            hint(self.tr("Typen of F2 wijzigt een cel · Tab naar de volgende · Alt+↑/↓ verplaatst · Delete verwijdert."), self)
        )

    def main_input(self) -> QWidget | None:
        """The explanations: the motives themselves usually come with the method."""
        index = self.table.currentIndex()
        if self.model.rowCount() and (not index.isValid() or index.column() == 0):
            self.table.setCurrentIndex(self.model.index(max(index.row(), 0), self.model.columnCount() - 1))
        return self.table if self.model.rowCount() else self.entry

    def refresh(self, change: Change | None) -> None:
        self.model.refresh(change)
        self.entry.setVisible(not self.read_only)

    def add_motives(self, names: list[str]) -> None:
        doc = self.context.doc
        for name in names:
            name = name.strip()
            if self.context.edit(self.tr("Motief toevoegen"), partial(edits.add_motive, doc, letter=name[:1].upper(), name=name)) is None:
                return
        self.entry.clear()
        self.entry_binding.confirmed()
