"""Criteria en indeling: add a criterion by keyboard, edit weights, scales and classes in place
(the classification on the scoring page follows), refusals, and removal that asks first and
can be undone with its scores."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from staan_desktop.domain.outcomes import classify_all
from staan_desktop.gui import pages
from staan_desktop.gui.pages.criteria import CriteriaPage
from staan_desktop.gui.pages.scoring import ScoringPage
from staan_desktop.services import edits, queries
from staan_desktop.services.interchange import load_tree


def criteria(context) -> list[tuple[str, float, int, int]]:  # type: ignore[no-untyped-def]
    return [(c.name, c.weight, c.scale_min, c.scale_max) for c in load_tree(context.doc).criteria]


def scored_field(context) -> int:  # type: ignore[no-untyped-def]
    """A short-listed task field with agreed scores 5 and 1 on the first two criteria only."""
    doc = context.doc
    edits.add_task_field(doc, name="Belastingen", shortlisted=True)
    field = queries.task_fields(doc)[0]
    first, second = queries.criteria(doc)[:2]
    edits.set_score(doc, task_field_id=field.id, criterion_id=first.id, municipality_id=None, value=5)
    edits.set_score(doc, task_field_id=field.id, criterion_id=second.id, municipality_id=None, value=1)
    return field.id


def edit_cell(qtbot, table, index, text: str, typing) -> None:  # type: ignore[no-untyped-def]
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    typing(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_page_is_registered_after_scoring() -> None:
    keys = [spec.key for spec in pages.PAGES]
    assert keys.index("criteria") == keys.index("scoring") + 1


def test_adding_a_criterion_by_keyboard(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(CriteriaPage)
    before = criteria(context)
    page.criteria_table.setFocus()
    qtbot.keyClick(page.criteria_table, Qt.Key.Key_Insert)
    assert QApplication.focusWidget() is page.name_edit
    typing(page.name_edit, "Financiële ‘winst’")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Tab)
    weight = QApplication.focusWidget()
    assert weight is page.weight_spin
    weight.selectAll()
    typing(weight, "2")
    qtbot.keyClick(weight, Qt.Key.Key_Tab)
    qtbot.keyClick(page.min_spin, Qt.Key.Key_Tab)
    page.max_spin.selectAll()
    typing(page.max_spin, "10")
    qtbot.keyClick(page.max_spin, Qt.Key.Key_Return)
    assert criteria(context) == [*before, ("Financiële ‘winst’", 2.0, 1, 10)]
    assert page.name_edit.text() == "" and QApplication.focusWidget() is page.name_edit
    assert page.criteria_model.rowCount() == len(before) + 1
    last = page.criteria_model.rowCount() - 1
    assert page.criteria_model.index(last, 1).data() == "2"
    # A name that exists is refused, and nothing is added.
    typing(page.name_edit, before[0][0])
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    assert context.refusals and "bestaat al" in context.refusals[-1][0]
    assert len(criteria(context)) == len(before) + 1


def test_changing_a_weight_changes_the_classification(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    scored_field(context)
    scoring = open_page(ScoringPage)
    page = open_page(CriteriaPage)
    # Agreed 5 and 1 on two criteria of 1 … 5, equal weights: ratio 0.5.
    before = classify_all(load_tree(context.doc))["Belastingen"]
    assert before.ratio == 0.5
    edit_cell(qtbot, page.criteria_table, page.criteria_model.index(0, 1), "3", typing)
    qtbot.waitUntil(lambda: criteria(context)[0][1] == 3.0)
    after = classify_all(load_tree(context.doc))["Belastingen"]
    assert after.ratio == 0.75
    assert after.label != before.label
    # The scoring page shows the new class and the weight in its header.
    model = scoring.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Belastingen")
    texts = [str(model.index(row, c).data()) for c in range(model.columnCount())]
    # Exactly 75 % hangs on one point, so the class carries the fragiel mark after it.
    assert after.label + model.fragile_mark() in texts
    assert "3" in str(model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
    context.undo_stack.undo()
    assert criteria(context)[0][1] == 1.0 and page.criteria_model.index(0, 1).data() == "1"


def test_a_scale_that_excludes_scores_is_refused(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    scored_field(context)
    page = open_page(CriteriaPage)
    edit_cell(qtbot, page.criteria_table, page.criteria_model.index(0, 3), "4", typing)  # a 5 was given
    qtbot.waitUntil(lambda: bool(context.refusals))
    assert "buiten de nieuwe schaal" in context.refusals[-1][0]
    assert criteria(context)[0][2:] == (1, 5)
    assert page.criteria_model.index(0, 3).data() == "5"
    # A scale that still holds every score is fine.
    edit_cell(qtbot, page.criteria_table, page.criteria_model.index(0, 3), "7", typing)
    qtbot.waitUntil(lambda: criteria(context)[0][2:] == (1, 7))


def test_reordering_criteria(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(CriteriaPage)
    names = [c[0] for c in criteria(context)]
    table = page.criteria_table
    table.setFocus()
    table.setCurrentIndex(page.criteria_model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [c[0] for c in criteria(context)] == [names[1], names[0], *names[2:]]
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [c[0] for c in criteria(context)] == names


def test_removing_a_scored_criterion_asks_and_undo_restores_scores(qtbot, context, open_page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    scored_field(context)
    municipality = queries.municipalities(context.doc)[0]
    field = queries.task_fields(context.doc)[0]
    first = queries.criteria(context.doc)[0]
    edits.set_score(context.doc, task_field_id=field.id, criterion_id=first.id, municipality_id=municipality.id, value=4)
    page = open_page(CriteriaPage)
    names = [c[0] for c in criteria(context)]

    questions: list[str] = []
    answer = ["Behouden"]

    def exec_(box: QMessageBox) -> int:
        questions.append(box.text())
        next(b for b in box.buttons() if b.text() == answer[0]).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    table = page.criteria_table
    table.setFocus()
    table.setCurrentIndex(page.criteria_model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(questions) == 1 and "2 scores" in questions[0] and names[0] in questions[0]
    assert [c[0] for c in criteria(context)] == names  # kept: the answer was no

    answer[0] = "Verwijderen"
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [c[0] for c in criteria(context)] == names[1:]
    assert {s.criterion for s in load_tree(context.doc).task_fields[0].scores} == {names[1]}
    assert page.criteria_model.rowCount() == len(names) - 1

    context.undo_stack.undo()
    assert [c[0] for c in criteria(context)] == names
    scores = {(s.criterion, s.municipality): s.value for s in load_tree(context.doc).task_fields[0].scores}
    assert scores == {(names[0], None): 5, (names[0], municipality.name): 4, (names[1], None): 1}

    # A criterion without scores goes without a question (and is still undoable).
    questions.clear()
    table.setCurrentIndex(page.criteria_model.index(len(names) - 1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert not questions and [c[0] for c in criteria(context)] == names[:-1]


def test_editing_classes_in_place(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    field_id = scored_field(context)
    page = open_page(CriteriaPage)
    classes = load_tree(context.doc).classes
    keys = [c.key for c in classes]
    table = page.classes_table
    edit_cell(qtbot, table, page.classes_model.index(0, 0), "Heel kansrijk", typing)
    qtbot.waitUntil(lambda: load_tree(context.doc).classes[0].name == "Heel kansrijk")
    edit_cell(qtbot, table, page.classes_model.index(0, 2), "zie bijlage 2", typing)
    qtbot.waitUntil(lambda: load_tree(context.doc).classes[0].note == "zie bijlage 2")
    # Raise "kansrijk" above the field's ratio (0.5): it drops to "kansrijk op termijn".
    assert classify_all(load_tree(context.doc))["Belastingen"].label == "kansrijk"
    edit_cell(qtbot, table, page.classes_model.index(1, 1), f"0{QLocale().decimalPoint()}6", typing)
    qtbot.waitUntil(lambda: load_tree(context.doc).classes[1].min_ratio == 0.6)
    assert classify_all(load_tree(context.doc))["Belastingen"].label == "kansrijk op termijn"
    assert page.classes_model.index(1, 1).data() == QLocale().toString(0.6, "g", 4)
    assert [c.key for c in load_tree(context.doc).classes] == keys  # the keys stay
    # Moving and removing classes is not offered.
    table.setCurrentIndex(page.classes_model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [c.key for c in load_tree(context.doc).classes] == keys
    # A bound outside 0 … 1 is refused through the service.
    assert context.edit("x", lambda: edits.update_class(context.doc, class_id=page.classes_model.records[0].id, name="x", note="", min_ratio=2)) is None
    assert "tussen 0 en 1" in context.refusals[-1][0]
    assert field_id


def test_models_pass_the_model_tester(qtmodeltester, context, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(CriteriaPage)
    assert page.criteria_model.rowCount() == 5 and page.classes_model.rowCount() >= 3
    qtmodeltester.check(page.criteria_model)
    qtmodeltester.check(page.classes_model)


def test_the_page_explains_the_rule(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(CriteriaPage)
    assert "gemiddeld naar gewicht" in page.rule_text.text()
