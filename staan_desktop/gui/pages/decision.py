"""Besluit: which options go on as *basisrichtingen*, why, and what the others are (niet
gekozen, later, uitgesloten) — a decision in its own right, printed as one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from staan_desktop.domain.document import OptionStatus
from staan_desktop.services import option_queries
from staan_desktop.services.changes import Table
from staan_desktop.services.edits import Change
from staan_desktop.services.edits import frame as frame_edits
from staan_desktop.services.option_queries import OptionView
from staan_desktop.services.store import Document

from ..context import WorkspaceContext
from ..models.fixed_rows_model import FixedRowsModel
from ..models.record_table_model import Column
from ..text_binding import TextBinding
from ..widgets.labels import heading, hint, subheading
from ..widgets.markup_editor import MarkupEditor
from ..widgets.record_table import RecordTable
from .base import Page


class DecisionPage(Page):
    key = "decision"  # its title, icon and tables: gui/pages/__init__.py

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._statuses: list[tuple[str, str | None]] = [
            ("—", None),
            (self.tr("gekozen (basisrichting)"), OptionStatus.CHOSEN.value),
            (self.tr("niet gekozen"), OptionStatus.NOT_CHOSEN.value),
            (self.tr("later"), OptionStatus.LATER.value),
            (self.tr("uitgesloten"), OptionStatus.EXCLUDED.value),
        ]
        self._decision = option_queries.DecisionView(False)
        doc = context.doc
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText(self.tr("bijv. 12 maart 2025, stuurgroep"))
        self.date_binding = TextBinding(
            self.date_edit, context, self.tr("Datum van het besluit wijzigen"),
            lambda text: frame_edits.set_decision(doc, decided_on=text), ("decision", "decided_on"),
        )  # fmt: skip
        self.reasons = MarkupEditor(self)
        self.reasons.setPlaceholderText(self.tr("Waarom deze basisrichtingen? Deze tekst komt in het document."))
        self.reasons_binding = TextBinding(
            self.reasons, context, self.tr("Overwegingen van het besluit wijzigen"),
            lambda text: frame_edits.set_decision(doc, reasons=text), ("decision", "reasons"),
        )  # fmt: skip

        columns = [
            Column(self.tr("Optie"), lambda o: o.name, bold=True),
            Column(self.tr("Besluit"), lambda o: o.decision_status, self._set_status("status"), self.tr("Besluit over optie wijzigen"),
                   lambda: self._statuses),
            Column(self.tr("Reden"), lambda o: o.decision_reason, self._set_status("reason"), self.tr("Reden van het besluit wijzigen")),
        ]
        self.model = FixedRowsModel(
            context, Table.OPTION, self._load, columns, self, watched=frozenset({Table.OPTIONS_DECISION}), noun=self.tr("Optie"),
        )  # fmt: skip
        self.table = RecordTable(self.model, self)

        form = QFormLayout()
        form.addRow(self.tr("&Datum:"), self.date_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Het besluit over de opties"), self))
        layout.addLayout(form)
        layout.addWidget(subheading(self.tr("Overwegingen"), self))
        layout.addWidget(self.reasons, 1)
        layout.addWidget(subheading(self.tr("Per optie"), self))
        layout.addWidget(self.table, 2)
        layout.addWidget(hint(self.tr(
            "Kies per optie: gekozen (een basisrichting), niet gekozen, later of uitgesloten — typen of F2 opent de keuze · "
            "een reden staat alleen bij een optie met een besluit · Ctrl+Z maakt ongedaan"
        ), self))

    def _load(self, doc: Document) -> tuple[OptionView, ...]:
        found = option_queries.decision(doc)
        self._decision = found
        return found.options

    def _set_status(self, field: str) -> Callable[[Document, OptionView, object], Change]:
        def update(doc: Document, option: OptionView, value: object) -> Change:
            status = option.decision_status
            reason = option.decision_reason
            if field == "status":
                status = None if value is None else str(value)
                reason = reason if status is not None else ""  # no decision, no reason
            else:
                reason = str(value)
            return frame_edits.set_option_status(doc, option_id=option.id, status=status, reason=reason)

        return update

    def main_input(self) -> QWidget | None:
        return self.reasons

    def refresh(self, change: Change | None) -> None:
        self.model.refresh(None)  # reads the decision's own fields too
        decision = self._decision
        self.date_binding.show(decision.decided_on)
        self.reasons_binding.show(decision.reasons)
        for binding in (self.date_binding, self.reasons_binding):
            binding.set_read_only(self.read_only)
