"""The key figures and cost keys page: numbers typed the Dutch way, keys compared side by
side, the chosen key starred, undo, and both table models through qtmodeltester."""

from __future__ import annotations

from PySide6.QtCore import Qt

from staan_desktop.domain.cost_keys import parse_dutch_number
from staan_desktop.gui.pages.cost_keys import CostKeysPage
from staan_desktop.services import edits
from staan_desktop.services.interchange import load_tree


def test_dutch_numbers() -> None:
    assert [parse_dutch_number(x) for x in ("26.300", "180,5", "1.234.567,8", "180.5", "12")] == [26300, 180.5, 1234567.8, 180.5, 12]


def test_figures_typed_and_keys_compared(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(CostKeysPage)
    typing(page.figure_edit, "inwoners")
    qtbot.keyClick(page.figure_edit, Qt.Key.Key_Return)
    model = page.figures
    assert model.rowCount() == 1 and model.columnCount() == 3 + 3
    for column, text in zip((3, 4, 5), ("26.300", "21.200", "32.200")):
        assert model.setData(model.index(0, column), text)
    assert [v.value for v in load_tree(context.doc).key_figures[0].values] == [26300, 21200, 32200]
    before = context.doc.path.read_bytes()
    assert not model.setData(model.index(0, 3), "veel")  # refused in Dutch, nothing written
    assert context.doc.path.read_bytes() == before
    typing(page.key_edit, "Inwoneraantal")
    qtbot.keyClick(page.key_edit, Qt.Key.Key_Return)
    page.term_button.click()
    comparison = page.comparison
    assert [comparison.index(r, 0).data() for r in range(3)] == ["33,0 %", "26,6 %", "40,4 %"]
    typing(page.reasons_edit, "eenvoudig")
    page.choose_button.click()
    assert comparison.headerData(0, Qt.Orientation.Horizontal) == "Inwoneraantal ★"
    assert load_tree(context.doc).cost_keys[0].reasons == "eenvoudig"
    context.undo_stack.undo()
    assert comparison.headerData(0, Qt.Orientation.Horizontal) == "Inwoneraantal"


def test_models_pass_the_model_tester(qtmodeltester, context, open_page) -> None:  # type: ignore[no-untyped-def]
    f = edits.add_figure(context.doc, name="inwoners").item_id
    k = edits.add_cost_key(context.doc, name="Inwoners").item_id
    edits.add_cost_key_term(context.doc, cost_key_id=k, figure_id=f)
    edits.add_cost_key(context.doc, name="Leeg")
    page = open_page(CostKeysPage)
    qtmodeltester.check(page.figures)
    qtmodeltester.check(page.comparison)
    assert page.comparison.index(0, 0).data() == "–"
    assert "ontbreekt" in page.comparison.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
