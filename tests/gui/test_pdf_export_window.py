"""File ▸ Exporteren ▸ Startdocument als PDF in the window: off the GUI thread with progress, the
options dialog (comments annex, signing with a PKCS#12 certificate) and failures in Dutch."""

from __future__ import annotations

import datetime
import errno
import os
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from staan_desktop.gui import tasks
from staan_desktop.gui.pdf_options import PdfExportDialog
from staan_desktop.services import pdf_export, review


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A self-signed certificate in a PKCS#12 file with passphrase ``geheim``, made here."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Roel Schrotenboer")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    path = tmp_path_factory.mktemp("cert") / "procesmanager.p12"
    encryption = serialization.BestAvailableEncryption(b"geheim")
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"pm", key, cert, None, encryption))
    return path


def pdf_action(window):  # type: ignore[no-untyped-def]
    action, exporter = window.file_actions.exporters[0]
    assert exporter.key == "pdf", "the PDF is the first export"
    return action


@pytest.fixture
def accept_options(monkeypatch):  # type: ignore[no-untyped-def]
    """The options dialog is answered at once: with its defaults, or after ``choose(dialog)``."""
    answer = SimpleNamespace(choose=lambda dialog: None)

    def exec_(dialog: PdfExportDialog) -> int:
        answer.choose(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PdfExportDialog, "exec", exec_)
    return answer


def save_as(monkeypatch, target: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))


def test_pdf_export_is_first_on_ctrl_e_and_runs_in_the_background(qtbot, window, open_doc, demo_file, monkeypatch,
                                                                   tmp_path, accept_options):
    open_doc(window, demo_file)
    action = pdf_action(window)
    assert action.shortcut() == QKeySequence("Ctrl+E")
    assert window.file_actions.export_menu.actions()[0] is action
    assert action in window.toolbar.actions()
    target = tmp_path / "startdocument"
    save_as(monkeypatch, target)
    # Hold the export half-way, to see the window carry on and the progress arrive.
    release, halfway = threading.Event(), threading.Event()
    real = pdf_export.export_pdf
    seen: dict = {}

    def held(doc, path, **options):  # type: ignore[no-untyped-def]
        seen.update(options, thread=threading.current_thread())
        options["progress"](1, 4)
        halfway.set()
        assert release.wait(10)
        return real(doc, path, **options)

    monkeypatch.setattr(pdf_export, "export_pdf", held)
    action.trigger()
    qtbot.waitUntil(halfway.is_set, timeout=10_000)
    assert tasks.running() == 1
    task = next(iter(tasks._running))
    qtbot.waitUntil(lambda: task.dialog.maximum() == 4 and task.dialog.value() == 1)  # progress forwarded
    ticked = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: ticked == [True])  # the GUI thread is free while the PDF is made
    release.set()
    written = target.with_suffix(".pdf")
    qtbot.waitUntil(lambda: tasks.running() == 0, timeout=20_000)
    assert written.read_bytes().startswith(b"%PDF")
    assert seen["thread"] is not threading.main_thread()
    assert seen["include_open_comments"] is False and seen["signer"] is None
    assert "Geëxporteerd naar" in window.status.currentMessage()


def test_a_pdf_export_can_be_cancelled_and_leaves_the_old_pdf(qtbot, window, open_doc, demo_file, monkeypatch,
                                                             tmp_path, accept_options, message_boxes):
    from PySide6.QtWidgets import QPushButton

    open_doc(window, demo_file)
    folder = tmp_path / "uitvoer"
    folder.mkdir()
    target = folder / "startdocument.pdf"
    target.write_bytes(b"%PDF-1.4 de vorige versie")
    save_as(monkeypatch, target)
    release, halfway = threading.Event(), threading.Event()
    real = pdf_export.export_pdf

    def held(doc, path, **options):  # type: ignore[no-untyped-def]
        halfway.set()
        assert release.wait(10)
        return real(doc, path, **options)  # the renderer's next progress report stops it

    monkeypatch.setattr(pdf_export, "export_pdf", held)
    pdf_action(window).trigger()
    qtbot.waitUntil(halfway.is_set, timeout=10_000)
    task = next(iter(tasks._running))
    cancel = task.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Annuleren"
    cancel.click()  # what the user does in the progress dialog
    release.set()
    qtbot.waitUntil(lambda: tasks.running() == 0, timeout=20_000)
    assert target.read_bytes() == b"%PDF-1.4 de vorige versie"
    assert list(folder.iterdir()) == [target], "no half-written or temporary file"
    assert message_boxes == []
    assert window.status.currentMessage() == "Exporteren gestopt; startdocument.pdf is niet geschreven."


def _disk_full(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.services import files

    def fsync(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", fsync)


@pytest.mark.parametrize("failure", ["missing folder", "disk full", "read-only folder"])
def test_a_failed_export_shows_the_dutch_message_and_keeps_the_old_pdf(qtbot, window, open_doc, demo_file, monkeypatch,
                                                                       tmp_path, accept_options, message_boxes, failure):
    if failure == "read-only folder" and os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    open_doc(window, demo_file)
    folder = tmp_path / "uit"
    folder.mkdir()
    old = folder / "startdocument.pdf"
    old.write_bytes(b"%PDF-1.7 de vorige export")
    target = old
    if failure == "missing folder":
        target = tmp_path / "bestaat-niet" / "startdocument.pdf"
    elif failure == "disk full":
        _disk_full(monkeypatch)
    else:
        folder.chmod(0o500)
    save_as(monkeypatch, target)
    pdf_action(window).trigger()
    qtbot.waitUntil(lambda: len(message_boxes) == 1, timeout=20_000)
    folder.chmod(0o700)
    text = message_boxes[0]["text"]
    expected = {
        "missing folder": "bestaat niet",
        "disk full": "kon niet worden geschreven: de schijf is vol",
        "read-only folder": "kon niet worden geschreven: de map is alleen-lezen",
    }[failure]
    assert expected in text, text
    assert old.read_bytes() == b"%PDF-1.7 de vorige export"
    assert sorted(p.name for p in folder.iterdir()) == ["startdocument.pdf"], "no temporary file left behind"
    assert not target.parent.exists() or target == old


def test_cancelling_the_options_exports_nothing(qtbot, window, open_doc, demo_file, monkeypatch, tmp_path):
    open_doc(window, demo_file)
    target = tmp_path / "niet.pdf"
    save_as(monkeypatch, target)
    monkeypatch.setattr(PdfExportDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected.value)
    pdf_action(window).trigger()
    assert tasks.running() == 0 and not target.exists()


def test_open_comments_as_annex_and_signed_with_a_certificate(qtbot, window, open_doc, demo_file, monkeypatch, tmp_path,
                                                            accept_options, certificate):
    open_doc(window, demo_file)
    review.add_comment(window.current.doc, text="Klopt de datum van de tweede werkconferentie?", author="Piet")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(certificate), ""))
    passphrases = iter([("fout", True), ("geheim", True)])
    asked: list[tuple] = []

    def get_text(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args)
        return next(passphrases)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    errors: list[str] = []

    def choose(dialog: PdfExportDialog) -> None:
        assert dialog.annex.isEnabled() and "(1)" in dialog.annex.text()
        assert "concept van versie 1" in dialog.about.text()
        dialog.annex.setChecked(True)
        dialog.sign.setChecked(True)  # asks for the certificate file
        assert dialog.certificate == certificate and dialog.certificate_label.text() == "procesmanager.p12"
        dialog.accept()  # the wrong passphrase: the dialog stays open and says why
        assert dialog.result() != QDialog.DialogCode.Accepted
        errors.append(dialog.error.text())

    accept_options.choose = choose
    seen: dict = {}
    real = pdf_export.export_pdf

    def spy(doc, path, **options):  # type: ignore[no-untyped-def]
        seen.update(options)
        return real(doc, path, **options)

    monkeypatch.setattr(pdf_export, "export_pdf", spy)
    target = tmp_path / "getekend.pdf"
    save_as(monkeypatch, target)
    pdf_action(window).trigger()
    qtbot.waitUntil(target.exists, timeout=30_000)
    qtbot.waitUntil(lambda: tasks.running() == 0, timeout=30_000)
    assert errors and "wachtwoord klopt niet" in errors[0]
    assert len(asked) == 2, "asked again after the wrong passphrase"
    assert seen["include_open_comments"] is True
    assert seen["signer"] is not None and seen["signer"].name == "Roel Schrotenboer"
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and b"/ByteRange" in data


def test_passphrase_is_asked_in_password_mode(qtbot, demo_file, monkeypatch, certificate):
    from PySide6.QtWidgets import QLineEdit

    from staan_desktop.services.store import open_document

    modes = []

    def get_text(parent, title, label, mode=QLineEdit.EchoMode.Normal, *a, **k):  # type: ignore[no-untyped-def]
        modes.append(mode)
        return "", False

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(certificate), ""))
    with open_document(demo_file) as doc:
        dialog = PdfExportDialog(doc)
        qtbot.addWidget(dialog)
        assert not dialog.annex.isEnabled(), "no open comments: nothing to annex"
        assert "concept van versie 1" in dialog.about.text()
        dialog.sign.setChecked(True)
        dialog.accept()
        assert modes == [QLineEdit.EchoMode.Password]
        assert dialog.result() != QDialog.DialogCode.Accepted, "no passphrase given: not exported"
        dialog.sign.setChecked(False)
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted and dialog.options()["signer"] is None


def test_an_earlier_signed_off_version_can_be_exported(qtbot, window, open_doc, demo_file, monkeypatch, tmp_path,
                                                      accept_options):
    from pypdf import PdfReader

    from staan_desktop.services import edits, versions
    from staan_desktop.services.signoff import sign_off

    open_doc(window, demo_file)
    doc = window.current.doc
    sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"], meeting="Stuurgroep 3")
    versions.start_new_draft(doc)
    edits.add_statement(doc, text="Een uitspraak van na de vaststelling.")
    review.add_comment(doc, text="Nog te bespreken.", author="Piet")

    def choose(dialog: PdfExportDialog) -> None:
        assert [dialog.version.itemText(i) for i in range(dialog.version.count())] == [
            "Versie 2 (concept)", "Versie 1, vastgesteld op 1 december 2026",
        ]
        assert dialog.version.isVisibleTo(dialog)
        assert "concept van versie 2" in dialog.about.text() and dialog.annex.isEnabled()
        dialog.annex.setChecked(True)
        dialog.version.setCurrentIndex(1)
        assert "versie 1 zoals de stuurgroep" in dialog.about.text()
        assert not dialog.annex.isEnabled() and not dialog.annex.isChecked(), "comments are the latest review's"

    accept_options.choose = choose
    target = tmp_path / "versie1.pdf"
    save_as(monkeypatch, target)
    pdf_action(window).trigger()
    qtbot.waitUntil(lambda: target.exists() and tasks.running() == 0, timeout=30_000)
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Anna Bakker" in text and "CONCEPT" not in text
    assert "Een uitspraak van na de vaststelling." not in text


def test_without_signed_off_versions_there_is_no_version_choice(qtbot, demo_file):
    from staan_desktop.services.store import open_document

    with open_document(demo_file) as doc:
        dialog = PdfExportDialog(doc)
        qtbot.addWidget(dialog)
        assert not dialog.version.isVisibleTo(dialog)
        assert dialog.options()["version"] is None
