"""Eigenaren en projectleiders: who carries each task field, from which municipality, in which
role and from when (the table of owners in the startdocument)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from staan_desktop.domain.document import OwnerRole
from staan_desktop.services import edits, queries
from staan_desktop.services.changes import Table
from staan_desktop.services.edits import Change
from staan_desktop.services.queries import Owner
from staan_desktop.services.store import Document

from .. import icons
from ..context import WorkspaceContext
from ..models.record_table_model import Column, RecordTableModel
from ..public_function import public_function_column
from ..widgets.labels import heading, hint
from ..widgets.record_table import RecordTable
from .base import Page

#: The column of the person's name.
PERSON = 1


def _update(field: str) -> Callable[[Document, Owner, object], Change]:
    def update(doc: Document, owner: Owner, value: object) -> Change:
        values: dict[str, Any] = {
            "person": owner.person,
            "municipality_id": owner.municipality_id,
            "role": owner.role,
            "from_date": owner.from_date,
            field: value,
        }
        return edits.update_owner(doc, owner_id=owner.id, **values)

    return update


class OwnersPage(Page):
    key = "owners"  # its title, icon and tables: gui/pages/__init__.py

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._fields: list[tuple[str, int]] = []
        self._municipalities: list[tuple[str, int | None]] = []
        self._roles = [(self.tr("eigenaar"), OwnerRole.EIGENAAR.value), (self.tr("projectleider"), OwnerRole.PROJECTLEIDER.value)]
        columns = [
            Column(self.tr("Taakveld"), lambda o: o.task_field_id, choices=lambda: self._fields, bold=True, grouped=True),
            Column(self.tr("Persoon"), lambda o: o.person, _update("person"), self.tr("Naam van eigenaar wijzigen")),
            Column(self.tr("Gemeente"), lambda o: o.municipality_id, _update("municipality_id"), self.tr("Gemeente van eigenaar wijzigen"), lambda: self._municipalities),
            Column(self.tr("Rol"), lambda o: o.role, _update("role"), self.tr("Rol van eigenaar wijzigen"), lambda: self._roles),
            Column(self.tr("Vanaf"), lambda o: o.from_date, _update("from_date"), self.tr("Datum van eigenaar wijzigen")),
            public_function_column(Table.OWNER),
        ]
        self.model = RecordTableModel(
            context, Table.OWNER, queries.owners, columns, self,
            scope=lambda o: o.task_field_id, watched=frozenset({Table.TASK_FIELD, Table.MUNICIPALITY}), noun=self.tr("Eigenaar"),
        )  # fmt: skip
        self.table = RecordTable(self.model, self)
        # Every column in view beside both panels at 1366 px: the persons' names wrap.
        self.table.wrap_column(PERSON)

        # The entry row: pick the task field once, then type person after person.
        self.field_combo = QComboBox(self)
        self.person_edit = QLineEdit(self)
        self.person_edit.setPlaceholderText(self.tr("Naam — Enter voegt toe"))
        self.municipality_combo = QComboBox(self)
        self.role_combo = QComboBox(self)
        for role_label, value in self._roles:
            self.role_combo.addItem(role_label, value)
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText(self.tr("bijv. juli 2013"))
        self.add_button = QPushButton(icons.get("add"), self.tr("Toevoegen"), self)
        for edit in (self.person_edit, self.date_edit):
            edit.returnPressed.connect(self.add_owner)
        # Room for a name and a date whatever else is open beside the page; the choices give way
        # (their lists show whole names).
        chars = self.fontMetrics().averageCharWidth()
        self.person_edit.setMinimumWidth(chars * 22)
        self.date_edit.setMinimumWidth(chars * 15)
        for combo, length in ((self.field_combo, 16), (self.municipality_combo, 10), (self.role_combo, 10)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(length)
        self.add_button.clicked.connect(self.add_owner)

        # Two rows of three: in one row of six the page claimed ~870 px, and beside the session
        # and comments panels at 1366 px that squeezed the panels until their buttons were cut.
        form = QGridLayout()
        for place, (text, widget) in enumerate(
            (
                (self.tr("&Taakveld"), self.field_combo),
                (self.tr("&Persoon"), self.person_edit),
                (self.tr("&Gemeente"), self.municipality_combo),
                (self.tr("&Rol"), self.role_combo),
                (self.tr("&Vanaf"), self.date_edit),
            )
        ):
            row, column = 2 * (place // 3), place % 3
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addWidget(label, row, column)
            form.addWidget(widget, row + 1, column)
        form.addWidget(self.add_button, 3, 2, Qt.AlignmentFlag.AlignRight)
        form.setColumnStretch(1, 3)
        form.setColumnStretch(0, 2)
        form.setColumnStretch(2, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Eigenaren en projectleiders per taakveld"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(
            hint(
                self.tr(
                    "Enter in Persoon of Vanaf voegt toe en gaat door met de volgende persoon · in de tabel: "
                    "typen of F2 wijzigt, Alt+↑/↓ verplaatst binnen het taakveld, Delete verwijdert."
                ),
                self,
            )
        )
        self.setFocusProxy(self.field_combo)

    def main_input(self) -> QWidget | None:
        """The name of the next person (the task field stays as it was chosen)."""
        return self.person_edit if self.person_edit.isEnabled() else self.table

    def refresh(self, change: Change | None) -> None:
        tables = set(change.tables or {change.table}) if change is not None else {"task_field", "municipality"}
        if tables & {"task_field", "municipality"}:
            self._load_choices()
        self.model.refresh(change)
        for widget in (self.person_edit, self.date_edit, self.add_button):
            widget.setEnabled(not self.read_only)

    def _load_choices(self) -> None:
        doc = self.context.doc
        fields = queries.task_fields(doc)
        # Short-listed fields first: those are the ones that get owners.
        ordered = [f for f in fields if f.shortlisted] + [f for f in fields if not f.shortlisted]
        self._fields = [(f.name, f.id) for f in ordered]
        self._municipalities = [("—", None)] + [(m.name, m.id) for m in queries.municipalities(doc)]
        for combo, choices in ((self.field_combo, self._fields), (self.municipality_combo, self._municipalities)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for label, value in choices:
                combo.addItem(label, value)
            index = combo.findData(current) if current is not None else -1
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def add_owner(self) -> None:
        person = self.person_edit.text()
        field_id = self.field_combo.currentData()
        if not person.strip() or field_id is None:
            return
        doc = self.context.doc
        municipality_id, role, date = self.municipality_combo.currentData(), self.role_combo.currentData(), self.date_edit.text()
        change = self.context.edit(
            self.tr("Eigenaar toevoegen"),
            lambda: edits.add_owner(
                doc, task_field_id=field_id, person=person, municipality_id=municipality_id, role=role, from_date=date
            ),
        )
        if change is not None:
            self.person_edit.clear()
            self.date_edit.clear()
            self.person_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.select_record(change.item_id, 1)
