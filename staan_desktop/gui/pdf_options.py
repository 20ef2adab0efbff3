"""The choices of a PDF export, asked after the file name: the open review comments as an
annex, and signing with the facilitator's own certificate (PKCS#12).

The certificate is loaded here, on the GUI thread, before the export starts: a wrong passphrase
is then said at once, in the dialog that can ask again, instead of after a background task.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from staan_desktop.services import review, versions
from staan_desktop.services.errors import StaanError
from staan_desktop.services.pdf_signing import Signer, load_signer
from staan_desktop.services.store import Document


class PdfExportDialog(QDialog):
    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Startdocument als PDF"))
        self.setMinimumWidth(480)
        self.certificate: Path | None = None
        self.signer: Signer | None = None
        state = versions.state(doc)
        # Say what the PDF will show: after a sign-off it is the frozen version, not the screen.
        if state.frozen:
            what = self.tr("De PDF toont versie {0} zoals de stuurgroep die heeft vastgesteld.").format(state.working)
        else:
            what = self.tr("De PDF toont het concept van versie {0}, gemarkeerd als CONCEPT.").format(state.working)
        self.about = QLabel(what, self)
        self.about.setWordWrap(True)
        open_count = len(review.open_comments(doc))
        self.annex = QCheckBox(self.tr("&Openstaande opmerkingen als bijlage (%n)", "", open_count), self)
        self.annex.setEnabled(open_count > 0)
        self.sign = QCheckBox(self.tr("Onder&tekenen met certificaat (PKCS#12)…"), self)
        self.sign.toggled.connect(self._sign_toggled)
        self.certificate_label = QLabel(self)
        self.certificate_label.setTextFormat(Qt.TextFormat.PlainText)
        self.choose = QPushButton(self.tr("Ander certificaat…"), self)
        self.choose.clicked.connect(self.choose_certificate)
        certificate_row = QHBoxLayout()
        certificate_row.setContentsMargins(24, 0, 0, 0)
        certificate_row.addWidget(self.certificate_label, 1)
        certificate_row.addWidget(self.choose)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(ok_cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Exporteren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.annex)
        layout.addWidget(self.sign)
        layout.addLayout(certificate_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._show_certificate()

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
            self.error.setText(exc.message)  # stay open: type the passphrase again or choose another
            return False
        return True

    def accept(self) -> None:
        if self.sign.isChecked() and self.signer is None and not self._load_signer():
            return
        super().accept()

    def options(self) -> dict[str, Any]:
        """Keywords for ``services.pdf_export.export_pdf``."""
        return {
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
