"""The statements of the shared ambition: Enter adds the next, Alt+arrows reorder, Delete
removes — and every step is stored and undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from staan_desktop.gui.pages.ambition import AmbitionPage
from staan_desktop.gui.pages.rules import RulesPage
from staan_desktop.services import interchange

TRICKY = "Samenwerking is géén doel op zich — ‘alles met iedereen’ <b>&amp; 🚀"


def stored(context) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    return interchange.load_tree(context.doc).statements


def test_enter_adds_the_next_statement(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(AmbitionPage)
    entry = page.statements.entry
    entry.setFocus()
    for text in ("Eerste", TRICKY, "Derde"):
        typing(entry, text)
        qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert stored(context) == ("Eerste", TRICKY, "Derde")
    assert entry.text() == "" and page.focusWidget() is entry
    # Shown exactly as typed: no markup interpreted.
    model = page.statements.model
    assert model.data(model.index(1)) == TRICKY


def test_keys_reorder_and_remove_and_undo(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(AmbitionPage)
    for text in ("a", "b", "c"):
        page.statements.model.add(text)
    view = page.statements.view
    view.setFocus()
    view.setCurrentIndex(page.statements.model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert stored(context) == ("b", "a", "c")
    assert view.currentIndex().row() == 1  # the moved row stays current
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert stored(context) == ("b", "c", "a")
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert stored(context) == ("b", "a", "c")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert stored(context) == ("b", "c")
    context.undo_stack.undo()
    assert stored(context) == ("b", "a", "c")
    assert page.statements.model.rowCount() == 3
    context.undo_stack.redo()
    assert stored(context) == ("b", "c")


def test_edit_a_statement_in_place(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(AmbitionPage)
    page.statements.model.add("oud")
    view = page.statements.view
    view.setFocus()
    view.setCurrentIndex(page.statements.model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "nieuw & beter")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits through a queued call.
    qtbot.waitUntil(lambda: stored(context) == ("nieuw & beter",))


def test_empty_statement_is_refused_and_nothing_stored(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(AmbitionPage)
    page.statements.model.add("iets")
    assert page.statements.model.setData(page.statements.model.index(0), "   ") is False
    assert context.refusals and stored(context) == ("iets",)


def test_moving_by_drag_uses_move_rows(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(AmbitionPage)
    for text in ("a", "b", "c"):
        page.statements.model.add(text)
    model = page.statements.model
    from PySide6.QtCore import QModelIndex

    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)  # a to the end, as a drop does
    assert stored(context) == ("b", "c", "a")


def test_rules_page_adds_rules(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(RulesPage)
    qtbot.keyClicks(page.rules.entry, "Meld samenwerking met anderen")
    qtbot.keyClick(page.rules.entry, Qt.Key.Key_Return)
    assert interchange.load_tree(context.doc).rules == ("Meld samenwerking met anderen",)
