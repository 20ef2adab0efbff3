"""The choices of a PDF export, asked after the file name: which version (the latest, or an
earlier signed-off one, as ``export --version`` offers), the open review comments as an annex,
and signing with the facilitator's own certificate (PKCS#12).

The certificate is loaded here, on the GUI thread, before the export starts: a wrong passphrase
is then said at once, in the dialog that can ask again, instead of after a background task.
The form is drawn in Qt Designer (``ui/pdf_export_dialog.ui``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QLineEdit, QWidget

from staan_desktop.domain.review_info import dutch_date
from staan_desktop.services import review, versions
from staan_desktop.services.errors import StaanError
from staan_desktop.services.pdf_signing import Signer, load_signer
from staan_desktop.services.store import Document

from .forms.ui_pdf_export_dialog import Ui_PdfExportDialog
from .refusals import refusal_text


class PdfExportDialog(QDialog):
    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PdfExportDialog()
        self.ui.setupUi(self)
        self.certificate: Path | None = None
        self.signer: Signer | None = None
        self.state = versions.state(doc)
        self.version = self.ui.versionCombo  # the latest (None: as the document is now), then earlier sign-offs
        signed = {v.number: self.tr("Versie {0}, vastgesteld op {1}").format(v.number, dutch_date(v.decided_on))
                  for v in versions.list_versions(doc)}
        working = self.state.working
        self.version.addItem(signed.pop(working) if self.state.frozen else self.tr("Versie {0} (concept)").format(working), None)
        for number, label in sorted(signed.items(), reverse=True):
            self.version.addItem(label, number)
        self.version.currentIndexChanged.connect(self._version_changed)
        if self.version.count() < 2:  # only a choice when there is one
            self.ui.versionLabel.hide()
            self.version.hide()
        self.about = self.ui.aboutLabel
        open_count = len(review.open_comments(doc))
        self.annex = self.ui.annexCheck
        self.annex.setText(self.tr("&Openstaande opmerkingen als bijlage (%n)", "", open_count))
        self.sign = self.ui.signCheck
        self.sign.toggled.connect(self._sign_toggled)
        # The public version is neither signed nor given the open comments (services/publication.py).
        self.public = self.ui.publicCheck
        self.public.toggled.connect(self._public_toggled)
        self.certificate_label = self.ui.certificateLabel
        self.choose = self.ui.chooseButton
        self.choose.clicked.connect(self.choose_certificate)
        self.error = self.ui.error
        self.buttons = self.ui.buttonBox
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Exporteren"))
        self._open_comments = open_count
        self._show_certificate()
        self._version_changed()

    def _version_changed(self) -> None:
        """Say what the PDF will show: after a sign-off it is the frozen version, not the screen.
        Open comments belong to the latest version's review: no annex for an earlier one."""
        chosen = self.version.currentData()
        if chosen is not None:
            what = self.tr("De PDF toont versie {0} zoals de stuurgroep die heeft vastgesteld.").format(chosen)
        elif self.state.frozen:
            what = self.tr("De PDF toont versie {0} zoals de stuurgroep die heeft vastgesteld.").format(self.state.working)
        else:
            what = self.tr("De PDF toont het concept van versie {0}, gemarkeerd als CONCEPT.").format(self.state.working)
        self.about.setText(what)
        self.annex.setEnabled(self._open_comments > 0 and chosen is None and not self.public.isChecked())
        if chosen is not None:
            self.annex.setChecked(False)

    def _public_toggled(self, on: bool) -> None:
        if on:
            self.sign.setChecked(False)
            self.annex.setChecked(False)
        self.sign.setEnabled(not on)
        self._version_changed()
        if on:
            self.about.setText(self.about.text() + " " + self.tr(
                "Een redactielog met de vervangen namen komt naast de PDF; publiceer dat log niet."))

    def _show_certificate(self) -> None:
        signing = self.sign.isChecked()
        self.certificate_label.setVisible(signing)
        self.choose.setVisible(signing)
        self.certificate_label.setText(self.certificate.name if self.certificate else "")

    def _sign_toggled(self, on: bool) -> None:
        if on and self.certificate is None and not self.choose_certificate():
            self.sign.setChecked(False)  # no certificate chosen: nothing to sign with
        self._show_certificate()

    def choose_certificate(self) -> bool:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Certificaat kiezen"), str(self.certificate.parent) if self.certificate else "",
            self.tr("PKCS#12-certificaten (*.p12 *.pfx)"),
        )
        if not name:
            return False
        self.certificate, self.signer = Path(name), None
        self.error.clear()
        self._show_certificate()
        return True

    def _load_signer(self) -> bool:
        if self.certificate is None and not self.choose_certificate():
            return False
        assert self.certificate is not None
        passphrase, ok = QInputDialog.getText(
            self, self.tr("Wachtwoord van het certificaat"),
            self.tr("Wachtwoord van {0}:").format(self.certificate.name), QLineEdit.EchoMode.Password,
        )
        if not ok:
            return False
        try:
            self.signer = load_signer(self.certificate, passphrase.encode("utf-8"))
        except StaanError as exc:
            self.error.setText(refusal_text(exc))  # stay open: type the passphrase again or choose another
            return False
        return True

    def accept(self) -> None:
        if self.sign.isChecked() and self.signer is None and not self._load_signer():
            return
        super().accept()

    def options(self) -> dict[str, Any]:
        """Keywords for ``services.pdf_export.export_pdf``."""
        if self.public.isChecked():
            return {"version": self.version.currentData(), "public": True}
        return {
            "version": self.version.currentData(),
            "include_open_comments": self.annex.isChecked(),
            "signer": self.signer if self.sign.isChecked() else None,
        }


def ask_pdf_options(parent: QWidget | None, doc: Document) -> dict[str, Any] | None:
    dialog = PdfExportDialog(doc, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()
    finally:
        dialog.deleteLater()
