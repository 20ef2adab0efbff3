"""Werkconferenties: when and where the management teams met, on which theme, who took part
for which municipality, and the questions they prepared."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from staan_desktop.services import edits, queries
from staan_desktop.services.changes import Action, Table
from staan_desktop.services.edits import Change
from staan_desktop.services.queries import Conference, Item, Participant
from staan_desktop.services.store import Document

from .. import icons, typing_drafts
from ..context import WorkspaceContext
from ..models.record_table_model import Column, RecordTableModel
from ..models.text_list_model import ListSpec
from ..public_function import public_function_column
from ..text_binding import TextBinding
from ..widgets.labels import heading, hint, subheading
from ..widgets.list_entry import ListEntry
from ..widgets.ordered_list import OrderedListEditor
from ..widgets.record_table import RecordTable
from ..widgets.whole_placeholder import keep_placeholder_whole
from .base import Page

FIELDS = ("date", "place", "theme")


def split_person(text: str, municipalities: dict[str, int]) -> tuple[str, int | None]:
    """"Jan Jansen, Assen" → ("Jan Jansen", id of Assen); without a known municipality after
    the last comma the whole text is the name."""
    name, _, rest = text.rpartition(",")
    if name.strip() and rest.strip().casefold() in municipalities:
        return name.strip(), municipalities[rest.strip().casefold()]
    return text.strip(), None


def _update_participant(field: str) -> Callable[[Document, Participant, object], Change]:
    def update(doc: Document, p: Participant, value: object) -> Change:
        values: dict[str, Any] = {"name": p.name, "municipality_id": p.municipality_id, "function": p.function, field: value}
        return edits.update_participant(doc, participant_id=p.id, **values)

    return update


class ConferencesPage(Page):
    key = "conferences"  # its title, icon and tables: gui/pages/__init__.py

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._conferences: tuple[Conference, ...] = ()
        self._municipalities: list[tuple[str, int | None]] = []
        self._shown: int | None = -1  # the conference whose questions the list shows

        self.selector = QComboBox(self)
        self.selector.currentIndexChanged.connect(lambda _i: self._show_selected())
        self.add_button = QPushButton(icons.get("add"), self.tr("Nieuwe werkconferentie"), self)
        self.add_button.clicked.connect(self.add_conference)
        self.remove_button = QPushButton(icons.get("remove"), self.tr("Verwijderen"), self)
        self.remove_button.clicked.connect(self.remove_conference)

        self.edits: dict[str, QLineEdit] = {}
        self.bindings: dict[str, TextBinding] = {}
        undo = {
            "date": self.tr("Datum van de werkconferentie wijzigen"),
            "place": self.tr("Plaats van de werkconferentie wijzigen"),
            "theme": self.tr("Thema van de werkconferentie wijzigen"),
        }
        form = QFormLayout()
        labels = {"date": self.tr("&Datum:"), "place": self.tr("&Plaats:"), "theme": self.tr("&Thema:")}
        for field in FIELDS:
            edit = QLineEdit(self)
            self.edits[field] = edit
            self.bindings[field] = TextBinding(edit, context, undo[field])
            form.addRow(labels[field], edit)

        columns = [
            Column(self.tr("Naam"), lambda p: p.name, _update_participant("name"), self.tr("Naam van deelnemer wijzigen"), bold=True),
            Column(self.tr("Gemeente"), lambda p: p.municipality_id, _update_participant("municipality_id"), self.tr("Gemeente van deelnemer wijzigen"), lambda: self._municipalities),
            Column(self.tr("Functie"), lambda p: p.function, _update_participant("function"), self.tr("Functie van deelnemer wijzigen")),
            public_function_column(Table.PARTICIPANT),
        ]
        self.participants = RecordTableModel(
            context, Table.PARTICIPANT, lambda _doc: selected.participants if (selected := self._selected()) else (),
            columns, self, scope=lambda p: 0, noun=self.tr("Deelnemer"),
        )  # fmt: skip
        self.participant_table = RecordTable(self.participants, self)
        self.participant_table.wrap_column(2)  # the function: a long title wraps, the rest stays in view
        self.participant_entry = ListEntry(self)
        self.participant_entry.setPlaceholderText(self.tr("Deelnemer: ‘Naam, Gemeente’ — Enter voegt toe"))
        keep_placeholder_whole(self.participant_entry)
        self.participant_entry.submitted.connect(self.add_participants)
        self.participant_binding = typing_drafts.bind_entry(self.participant_entry, context, "entry:participant")

        self.questions = OrderedListEditor(context, self._question_spec(None), self, compact=True)

        bar = QHBoxLayout()
        bar.addWidget(self.selector, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        columns_layout = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(subheading(self.tr("Deelnemers"), self))
        left.addWidget(self.participant_table, 1)
        left.addWidget(self.participant_entry)
        right.addWidget(subheading(self.tr("Voorbereidende vragen"), self))
        right.addWidget(self.questions, 1)
        columns_layout.addLayout(left, 1)
        columns_layout.addSpacing(18)
        columns_layout.addLayout(right, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Werkconferenties"), self))
        layout.addLayout(bar)
        layout.addLayout(form)
        layout.addLayout(columns_layout, 1)
        layout.addWidget(
            hint(
                self.tr(
                    "Enter voegt toe · typen of F2 wijzigt · Alt+↑/↓ verplaatst · Delete verwijdert · "
                    "Insert gaat naar het invoerveld · Ctrl+Z maakt ongedaan"
                ),
                self,
            )
        )

    def _question_spec(self, conference_id: int | None) -> ListSpec:
        def load(_doc: Document) -> Sequence[Item]:
            selected = self._selected()
            return selected.questions if selected else ()

        def add(doc: Document, text: str, position: int | None) -> Change:
            assert conference_id is not None, "the questions are disabled while no conference is shown"
            return edits.add_question(doc, conference_id=conference_id, text=text, position=position)

        return ListSpec(
            table=Table.QUESTION,
            load=load,
            add=add,
            update=lambda doc, item_id, text: edits.update_question(doc, question_id=item_id, text=text),
            add_text=self.tr("Vraag toevoegen"),
            update_text=self.tr("Vraag wijzigen"),
            move_text=self.tr("Vraag verplaatsen"),
            remove_text=self.tr("Vraag verwijderen"),
            placeholder=self.tr("Nieuwe vraag — Enter voegt toe"),
        )

    def _selected(self) -> Conference | None:
        conference_id = self.selector.currentData()
        return next((c for c in self._conferences if c.id == conference_id), None)

    def main_input(self) -> QWidget | None:
        """Who is there, typed as they come in; without a conference yet, the first field."""
        return self.participant_entry if self.participant_entry.isEnabled() else None

    def refresh(self, change: Change | None) -> None:
        doc = self.context.doc
        self._conferences = queries.conferences(doc)
        self._municipalities = [("—", None)] + [(m.name, m.id) for m in queries.municipalities(doc)]
        wanted = self.selector.currentData()
        if change is not None and change.table == Table.CONFERENCE and change.action in (Action.ADDED, Action.RESTORED):
            wanted = change.item_id
        self.selector.blockSignals(True)
        self.selector.clear()
        for number, conference in enumerate(self._conferences, start=1):
            label = " — ".join(part for part in (conference.date, conference.place) if part.strip())
            self.selector.addItem(label or self.tr("Werkconferentie {0}").format(number), conference.id)
        index = self.selector.findData(wanted) if wanted is not None else 0
        self.selector.setCurrentIndex(max(index, 0) if self._conferences else -1)
        self.selector.blockSignals(False)
        self._show_selected(change)

    def _show_selected(self, change: Change | None = None) -> None:
        selected = self._selected()
        doc = self.context.doc
        for field in FIELDS:
            binding = self.bindings[field]
            if selected is None:
                binding.retarget(None, None)
                continue
            store = lambda value, f=field, c=selected.id: edits.update_conference(doc, conference_id=c, **{f: value})  # noqa: E731
            if binding.merge_key != ("conference", selected.id, field):
                binding.retarget(store, ("conference", selected.id, field), getattr(selected, field))
            else:
                binding.show(getattr(selected, field))
        self.participants.refresh(None)
        shown = selected.id if selected else None
        if shown != self._shown:
            self._shown = shown
            self.questions.set_spec(self._question_spec(shown))
        else:
            self.questions.refresh(change)
        enabled = selected is not None and not self.read_only
        for widget in (self.participant_entry, self.questions, self.remove_button):
            widget.setEnabled(enabled)
        self.add_button.setEnabled(not self.read_only)

    def add_conference(self) -> None:
        self.context.edit(self.tr("Werkconferentie toevoegen"), lambda: edits.add_conference(self.context.doc))
        self.edits["date"].setFocus()

    def remove_conference(self) -> None:
        selected = self._selected()
        if selected is not None:
            self.context.edit(
                self.tr("Werkconferentie verwijderen"), lambda: edits.remove(self.context.doc, Table.CONFERENCE, selected.id)
            )

    def add_participants(self, texts: list[str]) -> None:
        selected = self._selected()
        if selected is None:
            return
        known = {name.casefold(): mid for name, mid in self._municipalities if mid is not None}
        doc = self.context.doc
        for text in texts:
            name, municipality_id = split_person(text, known)
            change = self.context.edit(
                self.tr("Deelnemer toevoegen"),
                partial(edits.add_participant, doc, conference_id=selected.id, name=name, municipality_id=municipality_id),
            )
            if change is None:
                return
        self.participant_entry.clear()
        self.participant_binding.confirmed()
