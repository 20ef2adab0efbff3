"""Opties: the forms of cooperation (or scenarios) that are weighed — each with a description
that is printed, a SWOT as four ordered lists (typed as the room names the points) and the
reference cases that show it at work elsewhere."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from staan_desktop.domain.option_tables import QUADRANTS
from staan_desktop.services import option_queries
from staan_desktop.services.changes import Table
from staan_desktop.services.edits import Change
from staan_desktop.services.edits import options as option_edits
from staan_desktop.services.option_queries import OptionView
from staan_desktop.services.queries import Item
from staan_desktop.services.store import Document

from ..context import WorkspaceContext
from ..i18n import QT_TRANSLATE_NOOP
from ..models.text_list_model import ListSpec
from ..text_binding import TextBinding
from ..widgets.labels import heading, hint, subheading
from ..widgets.ordered_list import OrderedListEditor
from .base import Page

#: The SWOT's headings, in the order of the matrix (translated in the context "OptionsPage").
QUADRANT_TITLES = {
    "strengths": QT_TRANSLATE_NOOP("OptionsPage", "Sterkten"),
    "weaknesses": QT_TRANSLATE_NOOP("OptionsPage", "Zwakten"),
    "opportunities": QT_TRANSLATE_NOOP("OptionsPage", "Kansen"),
    "threats": QT_TRANSLATE_NOOP("OptionsPage", "Bedreigingen"),
}


def reference_text(name: str, description: str) -> str:
    return f"{name}: {description}" if description else name


def split_reference(text: str) -> tuple[str, str]:
    """‘Meerinzicht: ambtelijke fusie van Epe, Heerde en Hattem’ → name and description; the
    first colon separates them, so a description may hold colons of its own."""
    name, _, description = text.partition(":")
    return name.strip(), description.strip()


class OptionsPage(Page):
    key = "options"  # its title, icon and tables: gui/pages/__init__.py

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._options: dict[int, OptionView] = {}
        self._shown: int | None = -1
        self.options = OrderedListEditor(context, self._option_spec(), self, compact=True)
        self.options.current_changed.connect(lambda _item: self._show_option())

        # Not the growing MarkupEditor: a long description would push the SWOT off the page.
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("Wat houdt deze vorm in? Deze tekst komt in het document."))
        self.description_binding = TextBinding(self.description, context, self.tr("Omschrijving van de optie wijzigen"))
        self.references = OrderedListEditor(
            context, self._reference_spec(None), self, compact=True, draft_key="entry:option_reference"
        )
        self.swot: dict[str, OrderedListEditor] = {
            quadrant: OrderedListEditor(
                context, self._swot_spec(None, quadrant), self, compact=True, draft_key=f"entry:option_swot:{quadrant}"
            )
            for quadrant in QUADRANTS
        }
        self._swot_titles = {q: subheading(self.tr(QUADRANT_TITLES[q]), self) for q in QUADRANTS}

        # The SWOT is what the room fills: it gets most of the page; the description scrolls
        # in a few lines above it, the reference cases sit under the options.
        matrix = QGridLayout()
        matrix.setHorizontalSpacing(12)
        for i, quadrant in enumerate(QUADRANTS):
            cell = QVBoxLayout()
            cell.addWidget(self._swot_titles[quadrant])
            cell.addWidget(self.swot[quadrant], 1)
            matrix.addLayout(cell, i // 2, i % 2)
        details = QVBoxLayout()
        details.addWidget(subheading(self.tr("Omschrijving"), self))
        details.addWidget(self.description, 2)
        details.addLayout(matrix, 7)

        left = QVBoxLayout()
        left.addWidget(subheading(self.tr("Opties"), self))
        left.addWidget(self.options, 3)
        references_title = subheading(self.tr("Referenties (‘Naam: omschrijving’)"), self)
        references_title.setWordWrap(True)  # beside both panels the column is narrower than it
        left.addWidget(references_title)
        left.addWidget(self.references, 2)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(18)
        columns.addLayout(details, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Opties en hun SWOT"), self))
        layout.addLayout(columns, 1)
        layout.addWidget(hint(self.options.keys_hint() + self.tr(" · Tab gaat naar de volgende lijst"), self))

    # Lists --------------------------------------------------------------------------------

    def _option_spec(self) -> ListSpec:
        return ListSpec(
            table=Table.OPTION,
            load=lambda doc: [Item(o.id, o.name) for o in self._load(doc)],
            add=lambda doc, text, position: option_edits.add_option(doc, name=text, position=position),
            update=lambda doc, item_id, text: option_edits.update_option(doc, option_id=item_id, name=text),
            add_text=self.tr("Optie toevoegen"),
            update_text=self.tr("Optie hernoemen"),
            move_text=self.tr("Optie verplaatsen"),
            remove_text=self.tr("Optie verwijderen"),
            placeholder=self.tr("Nieuwe optie — Enter voegt toe"),
        )

    def _load(self, doc: Document) -> tuple[OptionView, ...]:
        found = option_queries.options(doc)
        self._options = {o.id: o for o in found}
        return found

    def _swot_spec(self, option_id: int | None, quadrant: str) -> ListSpec:
        def add(doc: Document, text: str, position: int | None) -> Change:
            assert option_id is not None, "the SWOT is disabled while no option is shown"
            return option_edits.add_swot_item(doc, option_id=option_id, quadrant=quadrant, text=text, position=position)

        title = self.tr(QUADRANT_TITLES[quadrant]).lower()
        return ListSpec(
            table=Table.OPTION_SWOT,
            load=lambda _doc: self._options[option_id].swot[quadrant] if option_id in self._options else (),
            add=add,
            update=lambda doc, item_id, text: option_edits.update_swot_item(doc, item_id=item_id, text=text),
            add_text=self.tr("Punt toevoegen aan {0}").format(title),
            update_text=self.tr("SWOT-punt wijzigen"),
            move_text=self.tr("SWOT-punt verplaatsen"),
            remove_text=self.tr("SWOT-punt verwijderen"),
            # The quadrant's title stands above its list: the hint stays short enough for a
            # quarter of the page beside the session and comments panels.
            placeholder=self.tr("Nieuw punt — Enter"),
        )

    def _reference_spec(self, option_id: int | None) -> ListSpec:
        def add(doc: Document, text: str, position: int | None) -> Change:
            assert option_id is not None, "the references are disabled while no option is shown"
            name, description = split_reference(text)
            return option_edits.add_reference(doc, option_id=option_id, name=name, description=description, position=position)

        def update(doc: Document, item_id: int, text: str) -> Change:
            name, description = split_reference(text)
            return option_edits.update_reference(doc, item_id=item_id, name=name, description=description)

        def load(_doc: Document) -> list[Item]:
            option = self._options.get(option_id) if option_id is not None else None
            return [Item(r.id, reference_text(r.name, r.description)) for r in option.references] if option else []

        return ListSpec(
            table=Table.OPTION_REFERENCE,
            load=load,
            add=add,
            update=update,
            add_text=self.tr("Referentie toevoegen"),
            update_text=self.tr("Referentie wijzigen"),
            move_text=self.tr("Referentie verplaatsen"),
            remove_text=self.tr("Referentie verwijderen"),
            placeholder=self.tr("Naam: omschrijving — Enter"),
        )

    # Redrawing ----------------------------------------------------------------------------

    def main_input(self) -> QWidget | None:
        """The entry of the next option; once there are options, the strengths of the one shown."""
        if self.options.entry.isVisibleTo(self) and not self._options:
            return self.options.entry
        first = self.swot["strengths"]
        return first.entry if first.entry.isVisibleTo(self) and first.isEnabled() else self.options.view

    def refresh(self, change: Change | None) -> None:
        self.options.refresh(change if change is None or Table.OPTION in (change.tables or {change.table}) else None)
        self._show_option(change)

    def _show_option(self, change: Change | None = None) -> None:
        item = self.options.current_item()
        option = self._options.get(item.id) if item is not None else None
        doc = self.context.doc
        if option is None:
            self.description_binding.retarget(None, None)
        elif self.description_binding.merge_key != ("option", option.id, "description"):
            option_id = option.id
            self.description_binding.retarget(
                lambda text: option_edits.update_option(doc, option_id=option_id, description=text),
                ("option", option.id, "description"),
                option.description,
            )
        else:
            self.description_binding.show(option.description)
        shown = option.id if option else None
        if shown != self._shown:
            self._shown = shown
            self.references.set_spec(self._reference_spec(shown))
            for quadrant, editor in self.swot.items():
                editor.set_spec(self._swot_spec(shown, quadrant))
        else:
            self.references.refresh(change)
            for editor in self.swot.values():
                editor.refresh(change)
        for widget in (self.description, self.references, *self.swot.values()):
            widget.setEnabled(option is not None)
