"""Changes are typed records: every table an edit can touch is a :class:`Table`, every change
carries an inverse record, and every kind of inverse record has a reverter registered."""

from __future__ import annotations

import typing

import pytest
from sqlmodel import SQLModel

from staan_desktop.domain import option_tables, register_tables, weight_tables
from staan_desktop.domain import tables as t
from staan_desktop.services import changes, edits, queries
from staan_desktop.services.edits import core
from staan_desktop.services.store import Document


@pytest.fixture
def doc(new_doc: Document) -> Document:
    for name in ("Aa en Hunze", "Assen"):
        edits.add_municipality(new_doc, name=name)
    return new_doc


def test_every_content_table_is_a_table_member() -> None:
    names = {
        str(cls.__tablename__)
        for module in (t, option_tables, register_tables, weight_tables)
        for cls in vars(module).values()
        if isinstance(cls, type) and issubclass(cls, SQLModel) and hasattr(cls, "__table__")
    }
    assert names <= {member.value for member in changes.Table}
    assert set(core.ROW_TYPES) == {changes.Table(name) for name in names}


def test_every_kind_of_inverse_record_can_be_reverted() -> None:
    kinds = set(typing.get_args(changes.Inverse))
    assert kinds == set(core._REVERTERS)


def test_an_unknown_inverse_record_is_refused_plainly(doc: Document) -> None:
    change = edits.add_statement(doc, text="Samen sterker.")
    odd = changes.Change(change.table, change.action, change.item_id, object(), change.tables)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="cannot revert"):
        edits.revert(doc, odd)


def test_each_edit_says_what_it_did_with_typed_values(doc: Document) -> None:
    tf = edits.add_task_field(doc, name="ICT", shortlisted=True)
    assert tf.item_id is not None
    assert (tf.table, tf.action, tf.inverse) == (changes.Table.TASK_FIELD, changes.Action.ADDED, changes.AddedRows((tf.item_id,)))
    crit = edits.add_criterion(doc, name="draagvlak").item_id
    assert crit is not None
    score = edits.set_score(doc, task_field_id=tf.item_id, criterion_id=crit, municipality_id=None, value=4)
    assert score.inverse == changes.FormerScore(tf.item_id, crit, None, None, "")
    moved = edits.move(doc, changes.Table.MUNICIPALITY, 2, 0)
    assert (moved.action, moved.inverse) == (changes.Action.MOVED, changes.FormerPosition(1))
    renamed = edits.rename_municipality(doc, municipality_id=1, name="Tynaarlo")
    assert renamed.inverse == changes.FormerValues({"name": "Aa en Hunze"})
    titled = edits.update_trajectory(doc, subtitle="Verkenning")
    assert isinstance(titled.inverse, changes.FormerTrajectory) and titled.table is changes.Table.TRAJECTORY


def test_a_pasted_list_is_undone_and_redone_as_one_step(doc: Document) -> None:
    pasted = edits.add_task_fields(doc, names=["Archief", "Post", "Inkoop"])
    assert len(pasted.added_ids) == 3 and pasted.item_id is None
    undone = edits.revert(doc, pasted)
    assert undone.action is changes.Action.REMOVED and isinstance(undone.inverse, changes.Removals)
    assert len(undone.inverse.changes) == 3
    redone = edits.revert(doc, undone)
    assert redone.action is changes.Action.ADDED
    assert sorted(redone.added_ids) == sorted(pasted.added_ids)
    assert [tf.name for tf in queries.task_fields(doc)] == ["Archief", "Post", "Inkoop"]


def test_a_removal_carries_what_cascaded_and_is_restored_with_it(doc: Document) -> None:
    tf = edits.add_task_field(doc, name="ICT", shortlisted=True).item_id
    crit = edits.add_criterion(doc, name="draagvlak").item_id
    assert tf is not None and crit is not None
    edits.set_score(doc, task_field_id=tf, criterion_id=crit, municipality_id=1, value=3)
    gone = edits.remove(doc, changes.Table.MUNICIPALITY, 1)
    assert gone.removed is not None and changes.Table.SCORE in gone.tables
    back = edits.revert(doc, gone)
    assert back.action is changes.Action.RESTORED and back.inverse == changes.AddedRows((1,))
    assert edits.revert(doc, back).removed is not None
