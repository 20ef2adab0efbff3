from __future__ import annotations

from staan_desktop.gui.models.text_list_model import ListSpec, TextListModel
from staan_desktop.services import edits, queries


def test_statement_list_model_passes_the_model_tester(qtmodeltester, context) -> None:  # type: ignore[no-untyped-def]
    for text in ("één", "twee <b>", "drie & 🚀"):
        edits.add_statement(context.doc, text=text)
    spec = ListSpec(
        "statement",
        queries.statements,
        lambda doc, text, position: edits.add_statement(doc, text=text, position=position),
        lambda doc, item_id, text: edits.update_statement(doc, statement_id=item_id, text=text),
        "toevoegen",
        "wijzigen",
        "verplaatsen",
        "verwijderen",
    )
    model = TextListModel(context, spec)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 3
