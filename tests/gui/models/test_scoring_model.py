"""The scoring model: passes the model tester, shows one source at a time, classifies live
and redraws one cell per edit (also after undo and redo)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from staan_desktop.gui.models.scoring_model import SCALE_ROLE, ScoringModel
from staan_desktop.services import edits, queries


def ids(doc):  # type: ignore[no-untyped-def]
    grid = queries.scoring_grid(doc)
    return grid


def shortlist(doc, *names: str) -> list[int]:  # type: ignore[no-untyped-def]
    edits.add_task_fields(doc, names=names)
    fields = queries.task_fields(doc)
    for field in fields:
        edits.update_task_field(doc, task_field_id=field.id, shortlisted=True)
    return [f.id for f in fields]


def test_scoring_model_passes_the_model_tester(qtmodeltester, demo_doc) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.gui.context import WorkspaceContext

    model = ScoringModel(WorkspaceContext(demo_doc))
    model.reload()
    assert model.rowCount() == 13
    qtmodeltester.check(model)
    model.set_source(queries.municipalities(demo_doc)[0].id)
    qtmodeltester.check(model)


def test_empty_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(ScoringModel())


def test_scores_per_source_classification_and_dissent(context) -> None:  # type: ignore[no-untyped-def]
    doc = context.doc
    belasting, inkoop = shortlist(doc, "Belastingen", "Inkoop")
    model = ScoringModel(context)
    context.changed.connect(model.refresh)
    model.reload()
    criteria = len(queries.criteria(doc))
    assert model.columnCount() == criteria + 3
    assert model.index(0, 1).data(SCALE_ROLE) == (1, 5)
    assert model.index(0, model.classification_column).data() == "niet gescoord"

    for column in range(1, criteria + 1):
        assert model.setData(model.index(0, column), 5)
    assert model.index(0, 1).data() == "5"
    assert model.index(0, model.classification_column).data() == "zeer kansrijk"

    aa, assen, _noordenveld = queries.municipalities(doc)
    model.set_source(aa.id)
    assert model.index(0, 1).data() == ""  # Aa en Hunze has not scored yet
    assert model.setData(model.index(1, 1), 1)
    model.set_source(assen.id)
    assert model.setData(model.index(1, 1), 5)
    assert model.index(1, model.dissent_column).data() == "⚠"
    assert model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    model.set_source(None)
    # No agreed score on Inkoop yet: the mean of the municipalities guides the room.
    assert model.index(1, 1).data() == "⌀ 3,0" or model.index(1, 1).data() == "⌀ 3.0"

    stored = {(s.criterion, s.municipality): s.value for s in _tree(doc).task_fields[1].scores}
    assert stored == {("gedeeld ambitieniveau", "Aa en Hunze"): 1, ("gedeeld ambitieniveau", "Assen"): 5}

    context.undo_stack.undo()  # Assen's 5 goes
    assert model.index(1, model.dissent_column).data() == ""
    context.undo_stack.redo()
    assert model.index(1, model.dissent_column).data() == "⚠"
    assert inkoop and belasting


def test_clearing_and_refusing(context) -> None:  # type: ignore[no-untyped-def]
    shortlist(context.doc, "ICT")
    refused: list[str] = []
    context.refused.connect(lambda message, _details: refused.append(message))
    model = ScoringModel(context)
    context.changed.connect(model.refresh)
    model.reload()
    assert model.setData(model.index(0, 1), 3)
    assert model.setData(model.index(0, 1), None)
    assert model.index(0, 1).data() == ""
    assert not model.setData(model.index(0, 1), 9)  # outside the scale: the service refuses
    assert refused


def test_override_shows_in_the_classification(context) -> None:  # type: ignore[no-untyped-def]
    (field,) = shortlist(context.doc, "Repro")
    model = ScoringModel(context)
    context.changed.connect(model.refresh)
    model.reload()
    context.edit("x", lambda: edits.set_override(context.doc, task_field_id=field, class_key="kansrijk", reason="<b>Besloten</b> & ‘al gestart’"))
    index = model.index(0, model.classification_column)
    assert index.data() == "kansrijk (besluit)"
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Besloten&lt;/b&gt; &amp; ‘al gestart’" in tooltip  # shown as typed, not bold


def _tree(doc):  # type: ignore[no-untyped-def]
    from staan_desktop.services.interchange import load_tree

    return load_tree(doc)


def test_a_class_that_hangs_on_one_point_is_marked_fragiel(context) -> None:  # type: ignore[no-untyped-def]
    shortlist(context.doc, "Belastingen")
    model = ScoringModel(context)
    context.changed.connect(model.refresh)
    model.reload()
    criteria = len(queries.criteria(context.doc))
    for column in range(1, criteria + 1):
        assert model.setData(model.index(0, column), 5)
    index = model.index(0, model.classification_column)
    assert index.data() == "zeer kansrijk"  # every score 5: one point less changes nothing
    for column in range(1, criteria + 1):
        assert model.setData(model.index(0, column), 4)
    # Every score 4 makes exactly 75 %: one point less on any criterion drops the class.
    assert index.data() == "zeer kansrijk · fragiel"
    assert "-1 verschuift" in index.data(Qt.ItemDataRole.ToolTipRole)
