"""Gewichten per gemeente on the scoring pages: Ctrl+G opens the grid, a number typed is a
municipality's own weight, Delete gives the shared weight back, Ctrl+Z undoes; the comparison
beside it marks who moves what; nothing is editable on a signed-off version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from staan_desktop.gui.models.weight_sets_model import FIXED
from staan_desktop.gui.pages.option_scores import OptionScoresPage
from staan_desktop.gui.pages.scoring import ScoringPage
from staan_desktop.services import edits, queries
from staan_desktop.services.edits import options as option_edits
from staan_desktop.services.interchange import load_tree


def scored(doc) -> list[queries.Criterion]:  # type: ignore[no-untyped-def]
    """Two short-listed task fields that swap places when the first criterion weighs heavily."""
    criteria = list(queries.criteria(doc))
    for name, first, rest in (("ICT", 5, 1), ("Inkoop", 1, 5)):
        tf = edits.add_task_field(doc, name=name, shortlisted=True).item_id
        for i, c in enumerate(criteria):
            edits.set_score(doc, task_field_id=tf, criterion_id=c.id, municipality_id=None, value=first if i == 0 else rest)
    return criteria


def test_weights_typed_compared_cleared_and_undone(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    criteria = scored(context.doc)
    page = open_page(ScoringPage)
    panel = page.weight_sets
    assert not panel.isVisible()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert panel.isVisible() and panel.editor.hasFocus()
    grid, comparison = panel.grid_model, panel.comparison_model
    assert grid.rowCount() == len(criteria) and grid.columnCount() == FIXED + 3
    assert grid.headerData(FIXED + 1, Qt.Orientation.Horizontal) == "Assen"
    assert comparison.rowCount() == 0 and "Nog geen gemeente" in panel.summary.text()

    # Keyboard only: to Assen's column of the first criterion, type a weight, Enter.
    panel.editor.setCurrentIndex(grid.index(0, FIXED + 1))
    for key in "1000":  # the first digit opens the cell's editor, which takes the rest
        qtbot.keyClicks(QApplication.focusWidget(), key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.editor.isPersistentEditorOpen(grid.index(0, FIXED + 1)) and grid.index(0, FIXED + 1).data() == "1000")
    tree = load_tree(context.doc)
    assert [(s.municipality, [(w.criterion, w.weight) for w in s.weights]) for s in tree.weight_sets] == [
        ("Assen", [(criteria[0].name, 1000.0)])]
    assert grid.index(0, FIXED + 1).data() == "1000" and grid.index(0, FIXED).data(Qt.ItemDataRole.EditRole) == ""
    # Under Assen's weights the two task fields swap places: both cells marked, and said in words.
    assert comparison.columnCount() == 3 and comparison.headerData(2, Qt.Orientation.Horizontal) == "Assen"
    rows = {comparison.index(r, 0).data(): r for r in range(comparison.rowCount())}
    assert comparison.index(rows["Inkoop"], 1).data().startswith("1 · ")
    assert comparison.index(rows["ICT"], 2).data().startswith("1 · ")
    assert comparison.index(rows["ICT"], 2).data(Qt.ItemDataRole.FontRole).bold()
    assert "plaats: 2 → 1" in comparison.index(rows["ICT"], 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "Assen: " in panel.summary.text() and "2 op een andere plaats" in panel.summary.text()

    # A weight outside 0 … 1000 is refused in Dutch and changes no byte.
    before = context.doc.path.read_bytes()
    assert not grid.setData(grid.index(1, FIXED), "-2")
    assert context.refusals[-1][0] == "Een gewicht is een getal van 0 tot en met 1000."
    assert context.doc.path.read_bytes() == before

    # Delete gives the shared weight back; Ctrl+Z brings the own weight back.
    panel.editor.setCurrentIndex(grid.index(0, FIXED + 1))
    qtbot.keyClick(panel.editor, Qt.Key.Key_Delete)
    assert load_tree(context.doc).weight_sets == () and comparison.rowCount() == 0
    context.undo_stack.undo()
    assert load_tree(context.doc).weight_sets[0].weights[0].weight == 1000.0
    assert comparison.rowCount() == 2
    context.undo_stack.undo()
    assert load_tree(context.doc).weight_sets == ()
    qtbot.keyClick(panel.editor, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert not panel.isVisible()
    # Redo while the panel is closed opens it on what came back.
    context.undo_stack.redo()
    assert panel.isVisible() and panel.toggle_button.isChecked() and grid.index(0, FIXED + 1).data() == "1000"


def test_the_options_page_compares_options_and_signed_off_weights_are_frozen(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    criteria = list(queries.criteria(context.doc))
    for name, first in (("Netwerk", 5), ("Fusie", 1)):
        option = option_edits.add_option(context.doc, name=name).item_id
        option_edits.set_option_score(context.doc, option_id=option, criterion_id=criteria[0].id, municipality_id=None, value=first)
        option_edits.set_option_score(context.doc, option_id=option, criterion_id=criteria[1].id, municipality_id=None, value=6 - first)
    assunta = queries.municipalities(context.doc)[0].id
    edits.set_criterion_weight(context.doc, criterion_id=criteria[1].id, municipality_id=assunta, weight=0)
    page = open_page(OptionScoresPage)
    page.weight_sets.toggle_button.click()
    comparison = page.weight_sets.comparison_model
    assert comparison.headerData(0, Qt.Orientation.Horizontal) == "Optie"
    assert [comparison.index(r, 0).data() for r in range(2)] == ["Netwerk", "Fusie"]

    from staan_desktop.services.signoff import sign_off

    sign_off(context.doc, decided_on="2026-12-01", members=["Anna Bakker"])
    context.refresh_read_only()
    page.weight_sets.refresh()
    grid = page.weight_sets.grid_model
    assert not grid.flags(grid.index(0, FIXED)) & Qt.ItemFlag.ItemIsEditable


def test_models_pass_the_model_tester_and_only_what_moves_can_be_shown(qtbot, qtmodeltester, context, open_page) -> None:  # type: ignore[no-untyped-def]
    criteria = scored(context.doc)
    # Equal scores on every criterion: no weight moves its ratio (0.5), nor here its place.
    even = edits.add_task_field(context.doc, name="Gelijk", shortlisted=True).item_id
    for c in criteria:
        edits.set_score(context.doc, task_field_id=even, criterion_id=c.id, municipality_id=None, value=3)
    edits.set_criterion_weight(context.doc, criterion_id=criteria[0].id, municipality_id=queries.municipalities(context.doc)[2].id,
                               weight=2.5)
    page = open_page(ScoringPage)
    page.weight_sets.toggle_button.click()
    qtmodeltester.check(page.weight_sets.grid_model)
    qtmodeltester.check(page.weight_sets.comparison_model)
    assert page.weight_sets.grid_model.index(0, FIXED + 2).data() == "2,5"
    shown = page.weight_sets.moved_filter
    assert shown.rowCount() == 3
    qtbot.keyClick(page.weight_sets.only_moved, Qt.Key.Key_Space)
    assert sorted(shown.index(r, 0).data() for r in range(shown.rowCount())) == ["ICT", "Inkoop"]
