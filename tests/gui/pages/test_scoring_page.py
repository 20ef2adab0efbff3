"""Scoring from the keyboard: digits store and move on, Ctrl+PgDn switches municipality,
the classification follows, Ctrl+K overrides with a reason, headers sort."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from staan_desktop.gui.pages.scoring import ScoringPage
from staan_desktop.services import edits, queries
from staan_desktop.services.interchange import load_tree


def prepare(context, *names: str) -> None:  # type: ignore[no-untyped-def]
    edits.add_task_fields(context.doc, names=names)
    for field in queries.task_fields(context.doc):
        edits.update_task_field(context.doc, task_field_id=field.id, shortlisted=True)


def scores(context, field: int = 0) -> dict:  # type: ignore[no-untyped-def]
    return {(s.criterion[:6], s.municipality): s.value for s in load_tree(context.doc).task_fields[field].scores}


def test_digits_store_agreed_scores_and_move_on(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    prepare(context, "Belastingen", "Inkoop")
    page = open_page(ScoringPage)
    view = page.view
    view.setFocus()
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == 1
    qtbot.keyClicks(view, "54444")  # Belastingen: five criteria, then on to Inkoop
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == 1
    qtbot.keyClicks(view, "32")
    tree = load_tree(context.doc)
    assert [s.value for s in tree.task_fields[0].scores] == [5, 4, 4, 4, 4]
    assert all(s.municipality is None for s in tree.task_fields[0].scores)
    assert [s.value for s in tree.task_fields[1].scores] == [3, 2]
    classification = page.proxy.index(0, page.model.classification_column)
    assert classification.data() == "zeer kansrijk"


def test_out_of_range_and_delete(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    prepare(context, "ICT")
    page = open_page(ScoringPage)
    view = page.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_7)
    assert "buiten de schaal" in page.message.text()
    assert scores(context) == {}
    qtbot.keyClick(view, Qt.Key.Key_3)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert scores(context) == {}
    context.undo_stack.undo()
    assert scores(context) == {("gedeel", None): 3}
    assert page.proxy.index(0, 1).data() == "3"


def test_switch_municipality_by_keyboard(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    prepare(context, "Inkoop")
    page = open_page(ScoringPage)
    view = page.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.source_combo.currentText() == "Aa en Hunze"
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.source_combo.currentText() == "Assen"
    assert page.proxy.index(0, 1).data() == ""
    qtbot.keyClick(view, Qt.Key.Key_5)
    assert scores(context) == {("gedeel", "Aa en Hunze"): 1, ("gedeel", "Assen"): 5}
    assert page.proxy.index(0, page.model.dissent_column).data() == "⚠"
    qtbot.keyClick(view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.source_combo.currentIndex() == 0  # back to the agreed score


def test_override_by_keyboard_and_back(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    prepare(context, "Repro")
    page = open_page(ScoringPage)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    from staan_desktop.gui.widgets.override_dialog import OverrideDialog

    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), OverrideDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog.ok_button.isEnabled() is False  # a reason is required
    dialog.class_combo.setFocus()
    qtbot.keyClick(dialog.class_combo, Qt.Key.Key_Down)  # zeer kansrijk → kansrijk
    qtbot.keyClick(dialog.class_combo, Qt.Key.Key_Tab)
    typing(dialog.reason_edit, "Project is al gestart")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    override = load_tree(context.doc).task_fields[0].override
    assert override is not None and override.class_key == "kansrijk" and override.reason == "Project is al gestart"
    assert page.proxy.index(0, page.model.classification_column).data() == "kansrijk (besluit)"
    context.undo_stack.undo()
    assert load_tree(context.doc).task_fields[0].override is None
    assert page.proxy.index(0, page.model.classification_column).data() == "niet gescoord"


def test_sorting_by_classification(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    prepare(context, "Laag", "Hoog")
    page = open_page(ScoringPage)
    page.view.setFocus()
    qtbot.keyClicks(page.view, "1111155555")
    page.view.sortByColumn(page.model.classification_column, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, 0).data() == "Hoog"
    page.document_order()
    assert page.proxy.index(0, 0).data() == "Laag"


def test_read_only_document_takes_no_scores(qtbot, context, open_page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    prepare(context, "ICT")
    monkeypatch.setattr(context.doc, "read_only", True)
    page = open_page(ScoringPage)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_4)
    assert scores(context) == {} and not context.refusals
