"""The register page: typing an item with a real target date, editing its status through the
table with undo, overdue marked, and the table model passing qtmodeltester."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from staan_desktop.gui.pages.register import RegisterPage
from staan_desktop.services import edits
from staan_desktop.services.interchange import load_tree


def test_typing_an_action_with_a_date(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(RegisterPage)
    typing(page.description_edit, "Schema van de werkgroepen maken")
    typing(page.date_edit, "2007-06-01")
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Return)
    (item,) = load_tree(context.doc).actions
    assert (item.description, item.target_date) == ("Schema van de werkgroepen maken", dt.date(2007, 6, 1))
    assert page.model.index(0, 4).data() == "1 juni 2007"
    assert page.model.index(0, 6).data() == "te laat"  # long past: open and overdue


def test_a_wrong_date_loses_nothing(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(RegisterPage)
    typing(page.description_edit, "Regeling vaststellen")
    typing(page.date_edit, "1/1/08")
    before = context.doc.path.read_bytes()
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Return)
    assert load_tree(context.doc).actions == ()
    assert context.doc.path.read_bytes() == before
    assert page.description_edit.text() == "Regeling vaststellen"  # still there to correct


def test_status_edited_in_the_table_and_undone(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    edits.add_action(context.doc, description="Regeling vaststellen", target_date="2999-01-01")
    page = open_page(RegisterPage)
    assert page.model.setData(page.model.index(0, 5), "gereed")
    assert load_tree(context.doc).actions[0].status.value == "gereed"
    context.undo_stack.undo()
    assert load_tree(context.doc).actions[0].status.value == "open"
    assert page.model.index(0, 5).data() == "open" and page.model.index(0, 6).data() == ""


def test_register_model_passes_the_model_tester(qtmodeltester, context, open_page) -> None:  # type: ignore[no-untyped-def]
    edits.add_action(context.doc, description="a", target_date="2007-01-01")
    edits.add_action(context.doc, description="b")
    page = open_page(RegisterPage)
    qtmodeltester.check(page.model)
