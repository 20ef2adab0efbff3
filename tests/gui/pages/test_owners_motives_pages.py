"""Owners by keyboard (pick the task field, type person after person), editing a drop-down
cell, and the motives table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from staan_desktop.gui.pages.motives import MotivesPage
from staan_desktop.gui.pages.owners import OwnersPage
from staan_desktop.services import edits
from staan_desktop.services.interchange import load_tree


def owners(context, field: int = 0):  # type: ignore[no-untyped-def]
    return [(o.person, o.municipality, o.role.value, o.from_date) for o in load_tree(context.doc).task_fields[field].owners]


def test_typing_owners(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    edits.add_task_fields(context.doc, names=["Belastingen", "Inkoop"])
    page = open_page(OwnersPage)
    page.field_combo.setFocus()
    assert page.field_combo.currentText() == "Belastingen"
    qtbot.keyClick(page.field_combo, Qt.Key.Key_Tab)
    typing(QApplication.focusWidget(), "Tonnie Vos")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.municipality_combo
    typing(page.municipality_combo, "As")  # keyboard search in the drop-down
    qtbot.keyClick(page.municipality_combo, Qt.Key.Key_Tab)
    qtbot.keyClick(page.role_combo, Qt.Key.Key_Down)  # projectleider
    qtbot.keyClick(page.role_combo, Qt.Key.Key_Tab)
    typing(page.date_edit, "juli 2013")
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Return)
    assert owners(context) == [("Tonnie Vos", "Assen", "projectleider", "juli 2013")]
    assert QApplication.focusWidget() is page.person_edit and page.person_edit.text() == ""
    typing(page.person_edit, "Jan Westen")
    qtbot.keyClick(page.person_edit, Qt.Key.Key_Return)
    assert owners(context)[1] == ("Jan Westen", "Assen", "projectleider", "")
    assert page.model.rowCount() == 2


def test_editing_owner_cells(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    edits.add_task_fields(context.doc, names=["Repro"])
    page = open_page(OwnersPage)
    typing(page.person_edit, "Inge Bakker")
    qtbot.keyClick(page.person_edit, Qt.Key.Key_Return)
    table = page.table
    table.setFocus()
    table.setCurrentIndex(page.model.index(0, 2))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText("Noordenveld"))
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: owners(context) == [("Inge Bakker", "Noordenveld", "eigenaar", "")])
    context.undo_stack.undo()
    assert owners(context) == [("Inge Bakker", None, "eigenaar", "")]
    assert page.model.index(0, 2).data() == "—"


def test_motives_edit_and_add(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(MotivesPage)
    assert page.model.rowCount() == 5  # the template's five K's
    table = page.table
    table.setFocus()
    table.setCurrentIndex(page.model.index(0, 2))
    typing(table, "D")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    typing(editor, "e klant staat centraal — ‘burgers’ & bedrijven")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: load_tree(context.doc).motives[0].explanation == "De klant staat centraal — ‘burgers’ & bedrijven"
    )
    typing(page.entry, "Continuïteit")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    motive = load_tree(context.doc).motives[-1]
    assert (motive.letter, motive.name) == ("C", "Continuïteit")


def test_marking_an_owner_as_public_or_not(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    edits.add_task_fields(context.doc, names=["Repro"])
    page = open_page(OwnersPage)
    typing(page.person_edit, "Inge Bakker")
    qtbot.keyClick(page.person_edit, Qt.Key.Key_Return)
    column = next(i for i, c in enumerate(page.model.columns) if " ".join(c.header.split()) == "Publieke functie")  # shown on two lines
    assert page.model.index(0, column).data() == "volgens rol"
    table = page.table
    table.setFocus()
    table.setCurrentIndex(page.model.index(0, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText("nee, niet publiceren"))
    qtbot.keyClick(combo, Qt.Key.Key_Tab)

    def mark():  # type: ignore[no-untyped-def]
        return load_tree(context.doc).task_fields[0].owners[0].public_function

    qtbot.waitUntil(lambda: mark() is False)
    assert page.model.index(0, column).data() == "nee, niet publiceren"
    context.undo_stack.undo()
    assert mark() is None
    assert page.model.index(0, column).data() == "volgens rol"
