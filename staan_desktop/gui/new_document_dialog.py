"""Asking what a new document starts from: the STAAN way of working, nothing, or another
method (a verkenning, a startgesprek, or one the user saved).

The form is drawn in Qt Designer (``ui/new_document_dialog.ui``); the methods beside the
STAAN-werkwijze are added below its two choices here, since which there are is known only when
the dialog opens. A title is required.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout, QWidget

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
        self._methods = self._add_methods()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Verder…"))
        self.ui.buttonBox.accepted.connect(self._accept_if_titled)
        self.resize(460, self.sizeHint().height())

    def _accept_if_titled(self) -> None:
        if self.title_edit.text().strip():
            self.accept()
        else:
            self.title_edit.setFocus()

    def _add_methods(self) -> list[str]:
        """A choice for every method but the STAAN-werkwijze (that is the first choice);
        returns their keys in the order of the buttons."""
        from staan_desktop.domain.methods import STAAN_KEY
        from staan_desktop.services import methods

        layout = self.layout()
        assert isinstance(layout, QVBoxLayout), "the form's main layout"
        keys: list[str] = []
        for method in methods.available(methods.user_folder()):
            if method.key == STAAN_KEY:
                continue
            button = QRadioButton(method.name, self)
            button.setAccessibleDescription(method.description)
            note = QLabel(method.description, self)
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            note.setIndent(24)
            note.setBuddy(button)
            at = layout.indexOf(self.ui.buttonBox)
            layout.insertWidget(at, button)
            layout.insertWidget(at + 1, note)
            self.group.addButton(button, len(TEMPLATES) + len(keys))
            keys.append(method.key)
        return keys

    @property
    def template(self) -> str:
        checked = max(self.group.checkedId(), 0)
        return TEMPLATES[checked] if checked < len(TEMPLATES) else TEMPLATES[0]

    @property
    def method(self) -> str | None:
        """The key of the chosen method other than the STAAN-werkwijze, or ``None``."""
        checked = self.group.checkedId()
        return self._methods[checked - len(TEMPLATES)] if checked >= len(TEMPLATES) else None

    @property
    def title(self) -> str:
        return self.title_edit.text().strip()
