"""File ▸ Exporteren ▸ Word, the public version and the bundle, through the window."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from PySide6.QtWidgets import QFileDialog

from staan_desktop.gui import tasks
from staan_desktop.gui.word_options import WordExportDialog


def action_for(window, key: str):  # type: ignore[no-untyped-def]
    return next(action for action, exporter in window.file_actions.exporters if exporter.key == key)


def save_as(monkeypatch, target: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))


def test_word_export_public_from_the_menu(qtbot, window, open_doc, demo_file, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    open_doc(window, demo_file)
    action = action_for(window, "docx")
    assert action in window.file_actions.export_menu.actions()

    def exec_(dialog: WordExportDialog) -> int:
        dialog.ui.publicCheck.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(WordExportDialog, "exec", exec_)
    target = tmp_path / "openbaar.docx"
    save_as(monkeypatch, target)
    action.trigger()
    qtbot.waitUntil(lambda: tasks.running() == 0 and target.exists(), timeout=20_000)
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(target.read_bytes())).paragraphs)
    assert "openbare versie" in text and "Tonnie Vos" not in text
    assert (tmp_path / "openbaar.redactielog.txt").exists()


def test_bundle_from_the_menu(qtbot, window, open_doc, demo_file, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    open_doc(window, demo_file)
    target = tmp_path / "bundel.zip"
    save_as(monkeypatch, target)
    action_for(window, "bundle").trigger()
    qtbot.waitUntil(lambda: tasks.running() == 0 and target.exists(), timeout=30_000)
    with zipfile.ZipFile(target) as archive:
        assert "toetsing.txt" in archive.namelist()


def test_public_pdf_from_the_pdf_dialog(qtbot, window, open_doc, demo_file, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.gui.pdf_options import PdfExportDialog

    open_doc(window, demo_file)

    def exec_(dialog: PdfExportDialog) -> int:
        dialog.sign.setChecked(False)
        dialog.public.setChecked(True)
        assert not dialog.sign.isEnabled() and not dialog.annex.isEnabled()
        assert "redactielog" in dialog.about.text()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PdfExportDialog, "exec", exec_)
    target = tmp_path / "openbaar.pdf"
    save_as(monkeypatch, target)
    action_for(window, "pdf").trigger()
    qtbot.waitUntil(lambda: tasks.running() == 0 and target.exists(), timeout=20_000)
    assert (tmp_path / "openbaar.redactielog.txt").exists()
    import pypdf

    keywords = str(pypdf.PdfReader(target).metadata.get("/Keywords", ""))
    assert "STAAN-openbare-versie" in keywords
