"""The Qt Designer forms in ``ui/``: each compiles, loads the way Designer reads it, and is the
layout of exactly one dialog, which finds every widget of its form by object name."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QFile, QIODevice, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from staan_desktop.gui import i18n, i18n_build
from staan_desktop.gui.widgets.labels import SubheadingLabel
from staan_desktop.services import queries
from staan_desktop.services.store import Document, open_document

FORMS = sorted(i18n_build.FORMS_SOURCE.glob("*.ui"))
#: Widgets a person types into or chooses with: each needs a label with a mnemonic.
INPUTS = {"QLineEdit", "QComboBox", "QPlainTextEdit", "QTextEdit", "QDateEdit", "QSpinBox"}


def _widgets(ui: Path) -> dict[str, str]:
    """Object name → class of every widget in the form, the form itself included."""
    return {w.get("name", ""): w.get("class", "") for w in ET.parse(ui).getroot().iter("widget")}


def _dialogs(doc: Document, settings) -> dict[str, Callable[[], QDialog]]:  # type: ignore[no-untyped-def]
    from staan_desktop.domain.classification import Outcome
    from staan_desktop.gui.backups_dialog import BackupsDialog
    from staan_desktop.gui.new_document_dialog import NewDocumentDialog
    from staan_desktop.gui.pdf_options import PdfExportDialog
    from staan_desktop.gui.review.comments_panel import AddCommentDialog
    from staan_desktop.gui.review.history_dialog import VersionHistoryDialog
    from staan_desktop.gui.review.reviewer_dialog import ReviewerDialog
    from staan_desktop.gui.review.signoff_dialog import SignoffDialog
    from staan_desktop.gui.settings_dialog import SettingsDialog
    from staan_desktop.gui.shortcuts_dialog import ShortcutsDialog
    from staan_desktop.gui.widgets.override_dialog import OverrideDialog
    from staan_desktop.gui.word_options import WordExportDialog

    undo = QAction("&Ongedaan maken")
    undo.setShortcuts([QKeySequence("Ctrl+Z")])
    field = queries.task_fields(doc)[0]
    outcome = Outcome(class_key=None, label="", ratio=0.5)
    return {
        "add_comment_dialog.ui": lambda: AddCommentDialog("Vooraf", author="Judith Jansen", party="Eemnes"),
        "backups_dialog.ui": lambda: BackupsDialog(doc.path, [], 5, 10, can_replace=True),
        "history_dialog.ui": lambda: VersionHistoryDialog(doc),
        "new_document_dialog.ui": lambda: NewDocumentDialog(),
        "override_dialog.ui": lambda: OverrideDialog(field, outcome, queries.classification_classes(doc)),
        "pdf_export_dialog.ui": lambda: PdfExportDialog(doc),
        "reviewer_dialog.ui": lambda: ReviewerDialog("Judith Jansen", "Eemnes"),
        "settings_dialog.ui": lambda: SettingsDialog(settings),
        "shortcuts_dialog.ui": lambda: ShortcutsDialog([undo]),
        "signoff_dialog.ui": lambda: SignoffDialog(doc),
        "word_export_dialog.ui": lambda: WordExportDialog(settings),
    }


@pytest.fixture
def doc(demo_file: Path):  # type: ignore[no-untyped-def]
    d = open_document(demo_file)
    yield d
    d.close()


def test_there_are_forms_to_check():
    assert len(FORMS) >= 8


@pytest.mark.parametrize("ui", FORMS, ids=[f.name for f in FORMS])
def test_every_form_compiles_with_uic(ui: Path):
    code = i18n_build.compile_form(ui)
    compile(code, f"ui_{ui.stem}.py", "exec")
    assert f"class Ui_{ET.parse(ui).getroot().findtext('class')}" in code


@pytest.mark.parametrize("ui", FORMS, ids=[f.name for f in FORMS])
def test_every_form_loads_as_designer_reads_it(qapp, ui: Path):
    """QUiLoader reads .ui files with the same form builder as Qt Designer: a form it cannot
    build, or builds with a widget missing, would not open in Designer either."""
    loader = QUiLoader()
    loader.registerCustomWidget(SubheadingLabel)
    source = QFile(str(ui))
    assert source.open(QIODevice.OpenModeFlag.ReadOnly)
    widget = loader.load(source)
    source.close()
    assert widget is not None, loader.errorString()
    try:
        for name in _widgets(ui):
            assert widget.objectName() == name or widget.findChild(QWidget, name) is not None, name
    finally:
        widget.deleteLater()


def test_each_form_is_the_layout_of_one_dialog_which_finds_its_widgets_by_name(qtbot, doc, settings):
    dialogs = _dialogs(doc, settings)
    assert sorted(dialogs) == [f.name for f in FORMS], "a form without a dialog, or a dialog without its form"
    for ui in FORMS:
        dialog = dialogs[ui.name]()
        qtbot.addWidget(dialog)
        root = ET.parse(ui).getroot()
        assert type(dialog).__name__ == root.findtext("class"), "the form's class is the translation context"
        assert dialog.objectName() == root.find("widget").get("name")  # type: ignore[union-attr]
        for name, cls in _widgets(ui).items():
            found = dialog if dialog.objectName() == name else dialog.findChild(QWidget, name)
            assert found is not None, f"{ui.name}: {name}"
            assert any(base.__name__ == cls for base in type(found).__mro__), f"{ui.name}: {name} is not a {cls}"
            assert getattr(dialog.ui, name, dialog) is found, f"{ui.name}: ui.{name}"


@pytest.mark.parametrize("ui", FORMS, ids=[f.name for f in FORMS])
def test_every_input_of_a_form_has_a_label_with_a_mnemonic(ui: Path):
    root = ET.parse(ui).getroot()
    widgets = _widgets(ui)
    mnemonic_buddies = set()
    for label in root.iter("widget"):
        if label.get("class") != "QLabel":
            continue
        text = label.findtext("property[@name='text']/string") or ""
        buddy = label.findtext("property[@name='buddy']/cstring")
        if buddy and "&" in text.replace("&&", ""):
            mnemonic_buddies.add(buddy)
    inputs = {name for name, cls in widgets.items() if cls in INPUTS}
    assert inputs - mnemonic_buddies == set()


def test_the_backups_form_follows_a_language_change(qtbot, doc):
    from staan_desktop.gui.backups_dialog import BackupsDialog

    dialog = BackupsDialog(doc.path, [], 1, 10, can_replace=False)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Reservekopieën" and dialog.empty.isVisibleTo(dialog)
    assert i18n.set_language("en")
    qtbot.waitUntil(lambda: dialog.as_new.text() == "Restore as &new document…")  # LanguageChange is posted
    assert dialog.windowTitle() == "Backups"
    assert dialog.tree.headerItem().text(0) == "Made"
    assert dialog.intro.text().startswith("Backups of ‘Voorbeeld.staan’.") and "every minute" in dialog.intro.text()


def test_alt_and_a_label_mnemonic_moves_to_its_field(qtbot, doc):
    """Alt+letter reaches each field of a form (here the sign-off, whose labels had none before)."""
    from staan_desktop.gui.review.signoff_dialog import SignoffDialog

    dialog = SignoffDialog(doc)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.focusWidget() is dialog.date, "the first field has the focus"
    for key, field in ((Qt.Key.Key_V, dialog.meeting), (Qt.Key.Key_I, dialog.members), (Qt.Key.Key_D, dialog.date)):
        qtbot.keyClick(dialog.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda field=field: dialog.focusWidget() is field)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isDefault() or ok.autoDefault(), "Enter signs off"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
