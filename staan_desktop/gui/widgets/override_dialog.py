"""Placing a task field in a class by decision, with the reason that stays visible.

The room sometimes decides that a task field belongs elsewhere than its scores say ("this
project has already started"). The dialog shows what the scores say, lets the facilitator
pick the class and requires a reason; it can also return to the computed class. The form is
drawn in Qt Designer (``ui/override_dialog.ui``); the choices and the rule stay here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from staan_desktop.domain.classification import Outcome
from staan_desktop.services.queries import ClassDef, TaskField

from ..forms.ui_override_dialog import Ui_OverrideDialog


class OverrideDialog(QDialog):
    #: What the facilitator chose: "set" (with :attr:`class_key` and :attr:`reason`),
    #: "clear" (back to the computed class) or "" (cancelled).
    choice: str = ""

    def __init__(
        self,
        field: TaskField,
        outcome: Outcome,
        classes: tuple[ClassDef, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OverrideDialog()
        self.ui.setupUi(self)
        self.class_key: str | None = None
        self.reason = ""

        self.ui.fieldName.setText(field.name)
        if outcome.ratio is None:
            self.ui.computedLabel.setText(self.tr("De scores zeggen: nog niet gescoord."))
        else:
            self.ui.computedLabel.setText(
                self.tr("De scores zeggen: {0} % van de maximale score.").format(round(outcome.ratio * 100))
            )

        self.class_combo = self.ui.classCombo
        for definition in classes:
            self.class_combo.addItem(definition.name, definition.key)
        self.class_combo.addItem(self.tr("niet geselecteerd"), None)
        index = 0
        if field.overridden:
            last = self.class_combo.count() - 1
            index = self.class_combo.findData(field.override_key) if field.override_key else last
        self.class_combo.setCurrentIndex(max(index, 0))

        # One line: Enter then confirms, which is what a facilitator in front of a room expects.
        self.reason_edit = self.ui.reasonEdit
        self.reason_edit.setText(field.override_reason)
        self.reason_edit.textChanged.connect(self._update_ok)

        self.buttons = self.ui.buttonBox
        self.ok_button = self.buttons.addButton(self.tr("Vastleggen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.clear_button: QPushButton | None = None
        if field.overridden:
            self.clear_button = self.buttons.addButton(
                self.tr("&Berekende indeling gebruiken"), QDialogButtonBox.ButtonRole.ResetRole
            )
            self.clear_button.clicked.connect(self._clear)
        self.buttons.accepted.connect(self._set)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason_edit.text().strip()))

    def _set(self) -> None:
        if not self.reason_edit.text().strip():
            return
        self.choice = "set"
        self.class_key = self.class_combo.currentData()
        self.reason = self.reason_edit.text().strip()
        self.accept()

    def _clear(self) -> None:
        self.choice = "clear"
        self.accept()
