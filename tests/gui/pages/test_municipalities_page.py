"""Municipalities: add, rename, reorder by keyboard; removing one with data asks first and
names what goes; undo brings everything back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from staan_desktop.gui.pages.municipalities import MunicipalitiesPage
from staan_desktop.services import edits, queries
from staan_desktop.services.interchange import load_tree


def names(context) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    return load_tree(context.doc).municipalities


def test_add_rename_reorder(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(MunicipalitiesPage)
    editor = page.municipalities
    typing(editor.entry, "Tynaarlo")
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
    assert names(context) == ("Aa en Hunze", "Assen", "Noordenveld", "Tynaarlo")
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert names(context)[2] == "Tynaarlo"
    qtbot.keyClick(editor.view, Qt.Key.Key_F2)
    field = QApplication.focusWidget()
    field.selectAll()
    typing(field, "Tynaarlo (gemeente) ‘t Ïs")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: names(context)[2] == "Tynaarlo (gemeente) ‘t Ïs")
    typing(editor.entry, "Assen")
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
    assert context.refusals and "bestaat al" in context.refusals[-1][0]


def test_removing_a_municipality_with_data_asks_and_is_undoable(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    doc = context.doc
    assen = queries.municipalities(doc)[1]
    category = queries.interest_grid(doc).categories[0]
    edits.add_interest(doc, category_id=category.id, municipality_id=assen.id, text="Vertrouwen")
    edits.add_task_fields(doc, names=["ICT"])
    field = queries.task_fields(doc)[0]
    criterion = queries.criteria(doc)[0]
    edits.set_score(doc, task_field_id=field.id, criterion_id=criterion.id, municipality_id=assen.id, value=4)
    edits.add_owner(doc, task_field_id=field.id, person="Judith Jansen", municipality_id=assen.id)

    page = open_page(MunicipalitiesPage)
    questions: list[str] = []
    answer = [False]
    page.confirm = lambda _title, text: questions.append(text) or answer[0]
    view = page.municipalities.view
    view.setFocus()
    view.setCurrentIndex(page.municipalities.model.index(1))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "1 belang, 1 score, 1 eigenaar of projectleider" in questions[0]
    assert names(context) == ("Aa en Hunze", "Assen", "Noordenveld")  # kept: the answer was no

    answer[0] = True
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    tree = load_tree(doc)
    assert tree.municipalities == ("Aa en Hunze", "Noordenveld")
    assert tree.task_fields[0].owners[0].municipality is None and not tree.task_fields[0].scores
    context.undo_stack.undo()
    tree = load_tree(doc)
    assert tree.municipalities == ("Aa en Hunze", "Assen", "Noordenveld")
    assert tree.task_fields[0].owners[0].municipality == "Assen"
    assert tree.task_fields[0].scores[0].value == 4
    assert tree.interests[0].columns[0].items == ("Vertrouwen",)


def test_removing_an_unused_municipality_does_not_ask(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(MunicipalitiesPage)
    page.confirm = lambda *_: (_ for _ in ()).throw(AssertionError("asked"))
    page.municipalities.view.setCurrentIndex(page.municipalities.model.index(2))
    page.municipalities.remove_current()
    assert names(context) == ("Aa en Hunze", "Assen")


def test_enter_in_the_question_keeps_the_data(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    page = open_page(MunicipalitiesPage)
    seen: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(100, press_enter)
    assert page._ask("Gemeente verwijderen", "Gemeente ‘<Assen>’ verwijderen?") is False
    assert seen == ["Gemeente ‘<Assen>’ verwijderen?"]
