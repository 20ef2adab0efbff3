"""Spelregels: the rules of the game the municipalities agree on (hygiene in agreements)."""

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


class RulesPage(Page):
    key = "rules"  # its title, icon and tables: gui/pages/__init__.py

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        spec = ListSpec(
            table=Table.RULE,
            load=queries.rules,
            add=lambda doc, text, position: edits.add_rule(doc, text=text, position=position),
            update=lambda doc, item_id, text: edits.update_rule(doc, rule_id=item_id, text=text),
            add_text=self.tr("Spelregel toevoegen"),
            update_text=self.tr("Spelregel wijzigen"),
            move_text=self.tr("Spelregel verplaatsen"),
            remove_text=self.tr("Spelregel verwijderen"),
            placeholder=self.tr("Nieuwe spelregel — Enter voegt toe"),
        )
        self.rules = OrderedListEditor(context, spec, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Spelregels van de samenwerking"), self))
        layout.addWidget(
            hint(self.tr("Afspraken over hoe de gemeenten met elkaar omgaan, bijvoorbeeld over het delen van informatie."), self)
        )
        layout.addWidget(self.rules, 1)

    def main_input(self) -> QWidget | None:
        """The entry of the next one (the list itself when nothing can be added)."""
        editor = self.rules
        return editor.entry if editor.entry.isVisibleTo(self) else editor.view

    def refresh(self, change: Change | None) -> None:
        self.rules.refresh(change)
