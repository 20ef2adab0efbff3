"""The history of a document: its signed-off versions (date, meeting, who agreed, fingerprint)
and a readable comparison of any two of them, or of one with the concept being worked on.

The form is drawn in Qt Designer (``ui/history_dialog.ui``); the versions and differences are
filled here."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QTreeWidgetItem, QWidget

from staan_desktop.domain.comparison import ADDED, CHANGED, MOVED, REMOVED, Difference, compare, describe
from staan_desktop.domain.fingerprint import grouped
from staan_desktop.domain.review_info import dutch_date
from staan_desktop.services import versions
from staan_desktop.services.errors import StaanError
from staan_desktop.services.store import Document

from ..forms.ui_history_dialog import Ui_VersionHistoryDialog
from ..refusals import refusal_text
from .table_model import RecordsModel

#: The value in the version choosers that stands for the content being worked on.
CONCEPT = -1


class VersionHistoryDialog(QDialog):
    """Shows the versions of ``doc`` and compares two of them. Reads only; never writes."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.ui = Ui_VersionHistoryDialog()
        self.ui.setupUi(self)

        self.state_label = self.ui.stateLabel
        self.model = RecordsModel(
            [self.tr("Versie"), self.tr("Vastgesteld op"), self.tr("Vergadering"), self.tr("Ingestemd door"),
             self.tr("Vingerafdruk"), self.tr("Exports")],
            [
                lambda v: str(v.number),
                lambda v: dutch_date(v.decided_on),
                lambda v: v.meeting,
                lambda v: ", ".join(v.members),
                lambda v: grouped(v.fingerprint)[:19] + " …",
                lambda v: str(v.exports),
            ],
            self,
            tooltip=lambda v: self.tr("Vingerafdruk (SHA-256): %1\nVastgelegd: %2").replace("%1", v.fingerprint).replace("%2", v.created_at),
        )
        self.table = self.ui.versionTable
        self.table.setModel(self.model)
        # Section resize modes are not properties, so Designer cannot set them.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.old_choice = self.ui.oldChoice
        self.new_choice = self.ui.newChoice
        self.compare_button = self.ui.compareButton
        self.compare_button.clicked.connect(self.show_comparison)

        self.summary = self.ui.summaryLabel
        self.differences = self.ui.differences
        self.differences.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.reload()

    def reload(self) -> None:
        history = versions.list_versions(self.doc)
        state = versions.state(self.doc)
        self.model.set_records(history)
        if not history:
            self.state_label.setText(self.tr("Nog geen vastgestelde versies; versie 1 is in bewerking."))
        elif state.frozen:
            self.state_label.setText(self.tr("Versie %1 is vastgesteld; de inhoud kan niet meer worden gewijzigd.").replace("%1", str(state.working)))
        else:
            self.state_label.setText(self.tr("Versie %1 is in bewerking (concept).").replace("%1", str(state.working)))
        for combo in (self.old_choice, self.new_choice):
            combo.clear()
            for v in history:
                combo.addItem(self.tr("Versie %1 (%2)").replace("%1", str(v.number)).replace("%2", dutch_date(v.decided_on)), v.number)
            if not state.frozen:
                combo.addItem(self.tr("Concept (huidige inhoud)"), CONCEPT)
        count = self.new_choice.count()
        self.old_choice.setCurrentIndex(max(0, count - 2))
        self.new_choice.setCurrentIndex(max(0, count - 1))
        self.compare_button.setEnabled(count > 1)
        if count > 1:
            self.show_comparison()

    def _which(self, combo: QComboBox) -> int | None:
        value = combo.currentData()
        return None if value == CONCEPT else value

    def show_comparison(self) -> None:
        old, new = self._which(self.old_choice), self._which(self.new_choice)
        try:
            found = compare(versions.tree_of(self.doc, old), versions.tree_of(self.doc, new))
        except StaanError as exc:
            self.summary.setText(refusal_text(exc))
            self.differences.clear()
            return
        self.set_differences(found)

    def set_differences(self, found: list[Difference]) -> None:
        self.differences.clear()
        if not found:
            self.summary.setText(self.tr("Geen verschillen."))
            return
        self.summary.setText(self.tr("%n wijziging(en)", "", len(found)))
        parts: dict[str, QTreeWidgetItem] = {}
        words = {ADDED: self.tr("toegevoegd"), CHANGED: self.tr("gewijzigd"), REMOVED: self.tr("verwijderd"), MOVED: self.tr("verplaatst")}
        for d in found:
            parent = parts.get(d.part)
            if parent is None:
                parent = parts[d.part] = QTreeWidgetItem(self.differences, [d.part, ""])
                parent.setFirstColumnSpanned(True)
                parent.setExpanded(True)
            item = QTreeWidgetItem(parent, [words.get(d.change, d.change), describe(d, 200)])
            item.setToolTip(1, f"{d.before}\n→\n{d.after}" if d.change == CHANGED else (d.after or d.before))
