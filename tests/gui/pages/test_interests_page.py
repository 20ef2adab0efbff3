"""The interests grid by keyboard: lines become items, Tab stores and moves to the next
municipality, an edited cell becomes the fewest service calls, all in one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from staan_desktop.gui.pages.interests import InterestsPage
from staan_desktop.services.interchange import load_tree


def columns(context, category: int = 0) -> dict[str, tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return {c.municipality: c.items for c in load_tree(context.doc).interests[category].columns}


def test_typing_items_per_municipality(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(InterestsPage)
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, 1))
    typing(view, "S")  # any key opens the cell
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    typing(editor, "lagvaardig")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    typing(editor, "Vertrouwen <&> ‘één’")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: columns(context).get("Aa en Hunze") == ("Slagvaardig", "Vertrouwen <&> ‘één’"))
    assert view.currentIndex().column() == 2  # on to Assen
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QPlainTextEdit))
    editor = QApplication.focusWidget()
    typing(editor, "Klantvraag centraal")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: columns(context).get("Assen") == ("Klantvraag centraal",))
    assert page.model.index(0, 1).data() == "•\u00a0Slagvaardig\n•\u00a0Vertrouwen <&> ‘één’"


def test_editing_a_cell_is_minimal_and_one_undo_step(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(InterestsPage)
    model = page.model
    assert model.setData(model.index(0, 1), "a\nb\nc")
    steps_before = context.undo_stack.count()
    ids_before = [i.id for i in model.items(0, 1)]
    assert model.setData(model.index(0, 1), "a\nB\nc\nd")
    assert context.undo_stack.count() == steps_before + 1
    items = model.items(0, 1)
    assert [i.text for i in items] == ["a", "B", "c", "d"]
    assert [i.id for i in items[:3]] == ids_before  # updated in place, not replaced
    context.undo_stack.undo()
    assert columns(context)["Aa en Hunze"] == ("a", "b", "c")
    assert model.setData(model.index(0, 1), "")
    assert "Aa en Hunze" not in columns(context)
    context.undo_stack.undo()
    assert columns(context)["Aa en Hunze"] == ("a", "b", "c")


def test_categories_add_rename_move_remove(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(InterestsPage)
    typing(page.category_entry, "Cultuur & identiteit")
    qtbot.keyClick(page.category_entry, Qt.Key.Key_Return)
    names = lambda: [c.name for c in load_tree(context.doc).interests]  # noqa: E731
    assert names() == ["Visie en kernwaarden", "Organisatiebelang", "Cultuur & identiteit"]
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert names()[1] == "Cultuur & identiteit"
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    typing(editor, "Cultuur")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: names()[1] == "Cultuur")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert names() == ["Visie en kernwaarden", "Organisatiebelang"]
    context.undo_stack.undo()
    assert names()[1] == "Cultuur"


def test_tab_skips_the_category_names(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(InterestsPage)
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, 3))  # Noordenveld, the last municipality
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    typing(editor, "Open")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.currentIndex().row() == 1)
    assert view.currentIndex().column() == 1  # the next row's first municipality, not its name
    assert [c.name for c in load_tree(context.doc).interests] == ["Visie en kernwaarden", "Organisatiebelang"]
