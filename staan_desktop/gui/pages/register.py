"""Resultaten en acties: the register of what the session leaves behind, with owner, target
date, status and what it belongs to; overdue items are marked against today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from staan_desktop.domain.document import ActionKind, ActionStatus
from staan_desktop.domain.register import STATUS_LABELS, dutch_date
from staan_desktop.services import edits, queries, register
from staan_desktop.services.changes import Table
from staan_desktop.services.edits import Change
from staan_desktop.services.store import Document

from .. import icons
from ..context import WorkspaceContext
from ..models.record_table_model import Column, RecordTableModel
from ..widgets.labels import heading, hint
from ..widgets.record_table import RecordTable
from .base import Page


def _update(field: str) -> Callable[[Document, register.ActionView, Any], Change]:
    def update(doc: Document, view: register.ActionView, value: Any) -> Change:
        return edits.update_action(doc, action_id=view.id, **{field: value})

    return update


def _date_text(value: Any) -> str:
    """Edited as ISO text (2008-01-01), shown the Dutch way (1 januari 2008)."""
    try:
        return dutch_date(dt.date.fromisoformat(value)) if value else ""
    except (TypeError, ValueError):
        return str(value)


class RegisterPage(Page):
    key = "register"  # its title, icon and tables: gui/pages/__init__.py

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._parties: list[tuple[str, int | None]] = []
        self._fields: list[tuple[str, int | None]] = []
        self._options: list[tuple[str, int | None]] = []
        kinds = [(self.tr("resultaat"), ActionKind.RESULTAAT.value), (self.tr("actie"), ActionKind.ACTIE.value)]
        statuses = [(STATUS_LABELS[s], s.value) for s in ActionStatus]
        columns = [
            Column(self.tr("Soort"), lambda v: v.item.kind.value, _update("kind"), self.tr("Soort wijzigen"), lambda: kinds),
            Column(self.tr("Omschrijving"), lambda v: v.item.description, _update("description"), self.tr("Omschrijving wijzigen")),
            Column(self.tr("Eigenaar"), lambda v: v.item.owner_person, _update("owner_person"), self.tr("Eigenaar wijzigen")),
            Column(self.tr("Partij"), lambda v: v.owner_party_id, _update("owner_party_id"), self.tr("Partij wijzigen"), lambda: self._parties),
            Column(self.tr("Streefdatum"), lambda v: v.item.target_date.isoformat() if v.item.target_date else "", _update("target_date"), self.tr("Streefdatum wijzigen"),
                   text=_date_text),
            Column(self.tr("Status"), lambda v: v.item.status.value, _update("status"), self.tr("Status wijzigen"), lambda: statuses),
            Column(self.tr("Te laat"), lambda v: self.tr("te laat") if v.overdue else "", bold=True),
            Column(self.tr("Taakveld"), lambda v: v.task_field_id, _update("task_field_id"), self.tr("Taakveld wijzigen"), lambda: self._fields),
            Column(self.tr("Optie"), lambda v: v.option_id, _update("option_id"), self.tr("Optie wijzigen"), lambda: self._options),
        ]
        self.model = RecordTableModel(
            context, Table.ACTION_ITEM, lambda doc: register.actions(doc, today=dt.date.today()), columns, self,
            watched=frozenset({Table.MUNICIPALITY, Table.TASK_FIELD, Table.OPTION, Table.SECTION}), noun=self.tr("Actie"),
        )  # fmt: skip
        self.table = RecordTable(self.model, self)
        # A description can be a long sentence: it takes the room that is left and wraps,
        # so that owner, date and status stay in view.
        self.table.wrap_column(1)

        self.description_edit = QLineEdit(self)
        self.description_edit.setPlaceholderText(self.tr("Wat moet er gebeuren — Enter voegt toe"))
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText(self.tr("jjjj-mm-dd"))
        self.add_button = QPushButton(icons.get("add"), self.tr("Toevoegen"), self)
        for widget in (self.description_edit, self.date_edit):
            widget.returnPressed.connect(self.add_action)
        self.add_button.clicked.connect(self.add_action)
        form = QGridLayout()
        for column, (text, widget) in enumerate(((self.tr("&Resultaat of actie"), self.description_edit),
                                                  (self.tr("&Streefdatum"), self.date_edit))):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addWidget(label, 0, column)
            form.addWidget(widget, 1, column)
        form.addWidget(self.add_button, 1, 2)
        form.setColumnStretch(0, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Resultaten en acties na de sessie"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr(
            "Een streefdatum is een echte datum (jjjj-mm-dd); wat na die dag nog open is, staat als te laat gemarkeerd · "
            "in de tabel: typen of F2 wijzigt, Alt+↑/↓ verplaatst, Delete verwijdert."
        ), self))
        self.setFocusProxy(self.description_edit)

    def main_input(self) -> QWidget | None:
        """The entry of the next result or action."""
        return self.description_edit

    def refresh(self, change: Change | None) -> None:
        tables = set(change.tables or {change.table}) if change is not None else {Table.MUNICIPALITY}
        if tables & {Table.MUNICIPALITY, Table.TASK_FIELD, Table.OPTION}:
            doc = self.context.doc
            none: list[tuple[str, int | None]] = [("—", None)]
            self._parties = none + [(m.name, m.id) for m in queries.municipalities(doc)] + [
                (p.name, p.id) for p in register.other_parties(doc)]
            self._fields = none + [(f.name, f.id) for f in queries.task_fields(doc)]
            self._options = none + [(o.name, o.id) for o in register.option_names(doc)]
        self.model.refresh(change)
        for widget in (self.description_edit, self.date_edit, self.add_button):
            widget.setEnabled(not self.read_only)

    def add_action(self) -> None:
        text = self.description_edit.text()
        if not text.strip():
            return
        doc, date = self.context.doc, self.date_edit.text().strip()
        change = self.context.edit(self.tr("Actie toevoegen"), lambda: edits.add_action(doc, description=text, target_date=date))
        if change is not None:
            self.description_edit.clear()
            self.date_edit.clear()
            self.description_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.select_record(change.item_id, 1)
