"""The Word export's choices: a template that is checked at once and remembered, and the public version."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtWidgets import QFileDialog

from staan_desktop.gui import settings as settings_module
from staan_desktop.gui.word_options import WordExportDialog


def test_no_template_at_first(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    dialog = WordExportDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.ui.noTemplateCheck.isChecked()
    dialog.ui.publicCheck.setChecked(True)
    assert "redactielog" in dialog.ui.aboutLabel.text()
    dialog.accept()
    assert dialog.options() == {"template": None, "public": True}


def test_a_template_is_checked_and_remembered(qtbot, settings, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "huisstijl.docx"
    docx.Document().save(str(good))
    bad = tmp_path / "kapot.dotx"
    bad.write_bytes(b"geen sjabloon")
    dialog = WordExportDialog(settings)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    assert dialog.choose_template() is False
    assert "geen bruikbaar Word-sjabloon" in dialog.ui.error.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    assert dialog.choose_template() is True
    assert dialog.ui.templateLabel.text() == "huisstijl.docx" and not dialog.ui.noTemplateCheck.isChecked()
    dialog.accept()
    assert dialog.options() == {"template": good, "public": False}
    assert settings.get(settings_module.WORD_TEMPLATE) == str(good)
    again = WordExportDialog(settings)
    qtbot.addWidget(again)
    assert again.chosen_template() == good
    # A remembered template that went bad is refused when exporting, not silently skipped.
    good.write_bytes(b"niet meer")
    again.accept()
    assert again.result() != again.DialogCode.Accepted and "sjabloon" in again.ui.error.text()
