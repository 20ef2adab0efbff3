"""Who reviews, and for which municipality: asked when a document is opened for review, so that
each comment in a returned copy says who wrote it and for whom (the procesmanager brings the
copies of four secretaries back into one document). The form is drawn in Qt Designer
(``ui/reviewer_dialog.ui``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..forms.ui_reviewer_dialog import Ui_ReviewerDialog


def _one_line(text: str) -> str:
    return " ".join(text.split())


class ReviewerDialog(QDialog):
    def __init__(self, name: str = "", party: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewerDialog()
        self.ui.setupUi(self)
        self.ui.nameEdit.setText(name)
        self.ui.partyEdit.setText(party)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name()))
        self.ui.nameEdit.textChanged.connect(lambda: ok.setEnabled(bool(self.name())))
        # The name is known from an earlier review: the cursor goes where something is missing.
        (self.ui.partyEdit if self.name() else self.ui.nameEdit).setFocus()

    def name(self) -> str:
        return _one_line(self.ui.nameEdit.text())

    def party(self) -> str:
        return _one_line(self.ui.partyEdit.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
