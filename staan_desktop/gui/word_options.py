"""The choices of a Word export, asked after the file name: a municipality's own template
(``.dotx``/``.docx``, remembered in the settings) and whether to write the public version.

The template is checked here, on the GUI thread, before the export starts: a file that is no
usable template is said at once, in the dialog, and nothing is written. The form is drawn in
Qt Designer (``ui/word_export_dialog.ui``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from staan_desktop.services.errors import StaanError
from staan_desktop.services.store import Document
from staan_desktop.services.word_export import check_template

from . import settings as settings_module
from .forms.ui_word_export_dialog import Ui_WordExportDialog
from .refusals import refusal_text


class WordExportDialog(QDialog):
    def __init__(self, store: settings_module.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WordExportDialog()
        self.ui.setupUi(self)
        self.store = store
        remembered = store.get(settings_module.WORD_TEMPLATE)
        self.template: Path | None = Path(remembered) if remembered and Path(remembered).is_file() else None
        self.ui.chooseButton.clicked.connect(self.choose_template)
        self.ui.noTemplateCheck.setChecked(self.template is None)
        self.ui.noTemplateCheck.toggled.connect(self._show)
        self.ui.publicCheck.toggled.connect(self._show)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Exporteren"))
        self._show()

    def _show(self) -> None:
        using = self.template is not None and not self.ui.noTemplateCheck.isChecked()
        self.ui.templateLabel.setText(self.template.name if self.template else self.tr("(geen gekozen)"))
        self.ui.templateLabel.setEnabled(using)
        if self.ui.publicCheck.isChecked():
            about = self.tr("Een redactielog met de vervangen namen komt naast het bestand; publiceer dat log niet.")
        else:
            about = self.tr("Het Word-bestand bevat dezelfde tekst als de PDF, met de stijlen van Word of van het sjabloon.")
        self.ui.aboutLabel.setText(about)

    def choose_template(self) -> bool:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Sjabloon kiezen"), str(self.template.parent) if self.template else "",
            self.tr("Word-sjablonen (*.dotx *.docx)"),
        )
        if not name:
            return False
        try:
            check_template(Path(name))
        except StaanError as exc:
            self.ui.error.setText(refusal_text(exc))
            return False
        self.template = Path(name)
        self.ui.error.clear()
        self.ui.noTemplateCheck.setChecked(False)
        self._show()
        return True

    def accept(self) -> None:
        template = self.chosen_template()
        if template is not None:
            try:
                check_template(template)  # it may have changed since it was chosen
            except StaanError as exc:
                self.ui.error.setText(refusal_text(exc))
                return
        self.store.set(settings_module.WORD_TEMPLATE, str(template) if template else "")
        super().accept()

    def chosen_template(self) -> Path | None:
        return None if self.ui.noTemplateCheck.isChecked() else self.template

    def options(self) -> dict[str, Any]:
        """Keywords for the Word exporter's ``run``."""
        return {"template": self.chosen_template(), "public": self.ui.publicCheck.isChecked()}


def ask_word_options(parent: QWidget | None, _doc: Document) -> dict[str, Any] | None:
    dialog = WordExportDialog(settings_module.Settings(), parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()
    finally:
        dialog.deleteLater()


def remembered_template() -> dict[str, Any]:
    """The template last chosen, for the bundle (which asks nothing more)."""
    remembered = settings_module.Settings().get(settings_module.WORD_TEMPLATE)
    return {"template": Path(remembered) if remembered and Path(remembered).is_file() else None}
