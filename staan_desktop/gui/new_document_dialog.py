"""Asking what a new document starts from: the STAAN way of working, or nothing.

The form is drawn in Qt Designer (``ui/new_document_dialog.ui``); a title is required here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QWidget

from .forms.ui_new_document_dialog import Ui_NewDocumentDialog

#: template key of services.interchange.TEMPLATES, in the order offered.
TEMPLATES = ("staan-werkwijze", "leeg")


class NewDocumentDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewDocumentDialog()
        self.ui.setupUi(self)
        self.title_edit = self.ui.titleEdit
        self.title_edit.selectAll()
        # The ids are the places in TEMPLATES.
        self.group = QButtonGroup(self)
        for index, button in enumerate((self.ui.staanRadio, self.ui.emptyRadio)):
            self.group.addButton(button, index)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Verder…"))
        self.ui.buttonBox.accepted.connect(self._accept_if_titled)
        self.resize(460, self.sizeHint().height())

    def _accept_if_titled(self) -> None:
        if self.title_edit.text().strip():
            self.accept()
        else:
            self.title_edit.setFocus()

    @property
    def template(self) -> str:
        return TEMPLATES[max(self.group.checkedId(), 0)]

    @property
    def title(self) -> str:
        return self.title_edit.text().strip()
