"""Asking what a new document starts from: the STAAN way of working, or nothing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

#: template key of services.interchange.TEMPLATES, in the order offered.
TEMPLATES = ("staan-werkwijze", "leeg")


class NewDocumentDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuw startdocument"))
        self.title_edit = QLineEdit(self.tr("Startdocument samenwerking"), self)
        self.title_edit.selectAll()
        title_label = QLabel(self.tr("&Titel van het traject:"), self)
        title_label.setBuddy(self.title_edit)
        form = QFormLayout()
        form.addRow(title_label, self.title_edit)

        self.group = QButtonGroup(self)
        choices = (
            (
                self.tr("&STAAN-werkwijze"),
                self.tr("Alle hoofdstukken, de 5 K's en de criteria van de werkwijze, klaar om in te vullen."),
            ),
            (self.tr("&Leeg"), self.tr("Alleen een titel; u bouwt het document zelf op.")),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Beginnen met:"), self))
        for index, (text, explanation) in enumerate(choices):
            button = QRadioButton(text, self)
            button.setAccessibleDescription(explanation)
            self.group.addButton(button, index)
            note = QLabel(explanation, self)
            note.setWordWrap(True)
            note.setIndent(24)
            note.setBuddy(button)
            layout.addWidget(button)
            layout.addWidget(note)
        self.group.button(0).setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Verder…"))
        buttons.accepted.connect(self._accept_if_titled)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
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
