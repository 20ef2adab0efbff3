"""The long list: Enter adds one, a pasted list adds every line; Space makes a field
preferent; footnotes are typed in place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from staan_desktop.gui.models.task_fields_model import FOOTNOTE, SHORTLISTED
from staan_desktop.gui.pages.task_fields import TaskFieldsPage
from staan_desktop.services.interchange import load_tree


def fields(context):  # type: ignore[no-untyped-def]
    return load_tree(context.doc).task_fields


def test_enter_and_paste_add_task_fields(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(TaskFieldsPage)
    page.entry.setFocus()
    typing(page.entry, "Belastingen")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    QApplication.clipboard().setText("Inkoop\n\n- Personeels- en salarisadministratie\r\nICT & <KCC>\nBelastingen\n")
    qtbot.keyClick(page.entry, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [f.name for f in fields(context)] == [
        "Belastingen",
        "Inkoop",
        "Personeels- en salarisadministratie",
        "ICT & <KCC>",
    ]
    assert page.entry.text() == ""
    context.undo_stack.undo()  # the whole paste is one step
    assert [f.name for f in fields(context)] == ["Belastingen"]
    assert page.model.rowCount() == 1


def test_space_shortlists_and_filter(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(TaskFieldsPage)
    page.add_names(["Inkoop", "Repro", "Lean"])
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.proxy.index(0, SHORTLISTED))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert [f.shortlisted for f in fields(context)] == [True, False, True]
    assert "2 van 3" in page.counter.text()
    page.only_shortlisted.setChecked(True)
    assert page.proxy.rowCount() == 2
    qtbot.keyClick(view, Qt.Key.Key_Space)  # Lean off the short list again
    assert [f.shortlisted for f in fields(context)] == [True, False, False]
    context.undo_stack.undo()
    assert fields(context)[2].shortlisted


def test_footnote_and_reorder_and_delete(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(TaskFieldsPage)
    page.add_names(["Belastingen", "Inkoop"])
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.proxy.index(0, FOOTNOTE))
    typing(view, "D")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    typing(editor, "it project is reeds van start gegaan.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: fields(context)[0].footnote == "Dit project is reeds van start gegaan.")
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [f.name for f in fields(context)] == ["Inkoop", "Belastingen"]
    assert page.proxy.mapToSource(view.currentIndex()).row() == 1
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [f.name for f in fields(context)] == ["Inkoop"]
    context.undo_stack.undo()
    assert fields(context)[1].footnote == "Dit project is reeds van start gegaan."

