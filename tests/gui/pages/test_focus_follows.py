"""Focus follows the facilitator: in the scoring grid Ctrl+Home reaches the first score cell
and Ctrl+PgDn / Ctrl+PgUp change municipality while the cursor stays on its row and criterion,
so that the next digits land where they are meant to."""

from __future__ import annotations

from PySide6.QtCore import Qt

from staan_desktop.gui.models.scoring_model import SCALE_ROLE
from staan_desktop.gui.pages.scoring import ScoringPage
from staan_desktop.services import edits, queries
from staan_desktop.services.interchange import load_tree

CTRL = Qt.KeyboardModifier.ControlModifier


def prepare(context, *names: str) -> None:  # type: ignore[no-untyped-def]
    edits.add_task_fields(context.doc, names=names)
    for field in queries.task_fields(context.doc):
        edits.update_task_field(context.doc, task_field_id=field.id, shortlisted=True)


def test_ctrl_home_goes_to_the_first_score_cell(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    prepare(context, "Belastingen", "Inkoop")
    page = open_page(ScoringPage)
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.proxy.index(1, page.model.classification_column))
    qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 1)
    assert view.currentIndex().data(SCALE_ROLE)
    qtbot.keyClicks(view, "4")
    assert [s.value for s in load_tree(context.doc).task_fields[0].scores] == [4]


def test_ctrl_pgdn_keeps_row_and_criterion_and_digits_land(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    prepare(context, "Belastingen", "Inkoop")
    page = open_page(ScoringPage)
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.proxy.index(1, 3))
    qtbot.keyClick(view, Qt.Key.Key_PageDown, CTRL)
    first = queries.municipalities(context.doc)[0]
    assert page.model.source == first.id
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 3)
    assert view.hasFocus()
    qtbot.keyClicks(view, "2")
    entered = [s for s in load_tree(context.doc).task_fields[1].scores if s.municipality == first.name]
    assert [s.value for s in entered] == [2]
    qtbot.keyClick(view, Qt.Key.Key_PageUp, CTRL)
    assert page.model.source is None
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 4), "after the digit: the next criterion"
