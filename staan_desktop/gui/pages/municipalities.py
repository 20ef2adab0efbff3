"""Gemeenten: the municipalities of the trajectory — add, rename, reorder. Removing one that
already has interests, scores or people asks first and says what goes with it (undoable)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from staan_desktop.services import edits, queries
from staan_desktop.services.changes import Table
from staan_desktop.services.edits import Change
from staan_desktop.services.queries import Item

from ..context import WorkspaceContext
from ..models.text_list_model import ListSpec
from ..widgets.labels import heading, hint
from ..widgets.ordered_list import OrderedListEditor
from .base import Page


class MunicipalitiesPage(Page):
    key = "municipalities"  # its title, icon and tables: gui/pages/__init__.py

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: Asks the user (title, text) → yes; replaced in tests.
        self.confirm: Callable[[str, str], bool] = self._ask
        spec = ListSpec(
            table=Table.MUNICIPALITY,
            load=lambda doc: [Item(m.id, m.name) for m in queries.municipalities(doc)],
            add=lambda doc, text, position: edits.add_municipality(doc, name=text, position=position),
            update=lambda doc, item_id, text: edits.rename_municipality(doc, municipality_id=item_id, name=text),
            add_text=self.tr("Gemeente toevoegen"),
            update_text=self.tr("Gemeente hernoemen"),
            move_text=self.tr("Gemeente verplaatsen"),
            remove_text=self.tr("Gemeente verwijderen"),
            placeholder=self.tr("Nieuwe gemeente — Enter voegt toe"),
        )
        self.municipalities = OrderedListEditor(context, spec, self, confirm_remove=self.ask_removal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Gemeenten in dit traject"), self))
        layout.addWidget(
            hint(self.tr("De volgorde hier is de volgorde van de kolommen in de tabellen en het startdocument."), self)
        )
        layout.addWidget(self.municipalities, 1)

    def main_input(self) -> QWidget | None:
        """The entry of the next one (the list itself when nothing can be added)."""
        editor = self.municipalities
        return editor.entry if editor.entry.isVisibleTo(self) else editor.view

    def refresh(self, change: Change | None) -> None:
        self.municipalities.refresh(change)

    def removal_message(self, name: str, usage: dict[str, int]) -> str:
        labels = {
            "belangen": (self.tr("{0} belang"), self.tr("{0} belangen")),
            "scores": (self.tr("{0} score"), self.tr("{0} scores")),
            "eigenaren": (self.tr("{0} eigenaar of projectleider"), self.tr("{0} eigenaren of projectleiders")),
            "deelnemers": (self.tr("{0} deelnemer"), self.tr("{0} deelnemers")),
            "leden": (self.tr("{0} lid van een rol"), self.tr("{0} leden van rollen")),
        }
        parts = [labels[key][count != 1].format(count) for key, count in usage.items() if count and key in labels]
        text = self.tr("Gemeente ‘{0}’ verwijderen?").format(name) + "\n\n"
        text += self.tr("Daarmee verdwijnen ook: {0}.").format(", ".join(parts)) + "\n"
        if usage.get("eigenaren") or usage.get("deelnemers") or usage.get("leden"):
            text += self.tr("Personen blijven staan, maar zonder gemeente.") + "\n"
        text += "\n" + self.tr("U kunt dit ongedaan maken met Ctrl+Z.")
        return text

    def ask_removal(self, item: Item) -> bool:
        usage = edits.municipality_usage(self.context.doc, item.id)
        if not any(usage.values()):
            return True  # nothing hangs on it; the removal is still undoable
        return self.confirm(self.tr("Gemeente verwijderen"), self.removal_message(item.text, usage))

    def _ask(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        remove = box.addButton(self.tr("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Behouden"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter by habit keeps the data
        box.exec()
        return box.clickedButton() is remove
