"""Gedeelde ambitie: the shared picture of the cooperation as an ordered list of statements,
typed as fast as the room says them."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from staan_desktop.services import edits, queries
from staan_desktop.services.changes import Table
from staan_desktop.services.edits import Change

from ..context import WorkspaceContext
from ..models.text_list_model import ListSpec
from ..widgets.labels import heading, hint
from ..widgets.ordered_list import OrderedListEditor
from .base import Page


class AmbitionPage(Page):
    key = "ambition"  # its title, icon and tables: gui/pages/__init__.py

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        spec = ListSpec(
            table=Table.STATEMENT,
            load=queries.statements,
            add=lambda doc, text, position: edits.add_statement(doc, text=text, position=position),
            update=lambda doc, item_id, text: edits.update_statement(doc, statement_id=item_id, text=text),
            add_text=self.tr("Uitspraak toevoegen"),
            update_text=self.tr("Uitspraak wijzigen"),
            move_text=self.tr("Uitspraak verplaatsen"),
            remove_text=self.tr("Uitspraak verwijderen"),
            placeholder=self.tr("Nieuwe uitspraak — Enter voegt toe"),
        )
        self.statements = OrderedListEditor(context, spec, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Het gedeeld beeld van de samenwerking"), self))
        layout.addWidget(hint(self.tr("Wat de gemeenten samen zien, in hun eigen woorden: één uitspraak per regel."), self))
        layout.addWidget(self.statements, 1)

    def main_input(self) -> QWidget | None:
        """The entry of the next one (the list itself when nothing can be added)."""
        editor = self.statements
        return editor.entry if editor.entry.isVisibleTo(self) else editor.view

    def refresh(self, change: Change | None) -> None:
        self.statements.refresh(change)
