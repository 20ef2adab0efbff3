"""Marking a person as public or not: stored, undone, refused on a signed-off version."""

from __future__ import annotations

from pathlib import Path

import pytest

from staan_desktop.services import edits
from staan_desktop.services.edits import Table
from staan_desktop.services.errors import ReadOnlyError, StaanError, ValidationError
from staan_desktop.services.interchange import create_demo, load_tree
from staan_desktop.services.signoff import sign_off


def owner_id(doc, person: str) -> int:  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from staan_desktop.domain import tables as t

    with doc.reading() as session:
        return session.exec(select(t.OwnerRow).where(t.OwnerRow.person == person)).one().id


def test_mark_store_undo(tmp_path: Path) -> None:
    doc = create_demo(tmp_path / "demo.staan")
    try:
        item = owner_id(doc, "Tonnie Vos")
        change = edits.set_public_function(doc, table=Table.OWNER, item_id=item, value=True)
        owners = [o for tf in load_tree(doc).task_fields for o in tf.owners if o.person == "Tonnie Vos"]
        assert owners[0].public_function is True
        edits.revert(doc, change)
        owners = [o for tf in load_tree(doc).task_fields for o in tf.owners if o.person == "Tonnie Vos"]
        assert owners[0].public_function is None
        edits.set_procesmanager_public(doc, False)
        assert load_tree(doc).trajectory.procesmanager_public is False
        with pytest.raises(ValidationError):
            edits.set_public_function(doc, table=Table.ROLE, item_id=1, value=True)
        with pytest.raises(ValidationError):
            edits.set_public_function(doc, table=Table.OWNER, item_id=item, value="ja")  # type: ignore[arg-type]
    finally:
        doc.close()


def test_refused_when_signed_off(tmp_path: Path) -> None:
    doc = create_demo(tmp_path / "demo.staan")
    try:
        sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"])
        with pytest.raises((ReadOnlyError, StaanError)):
            edits.set_public_function(doc, table=Table.OWNER, item_id=owner_id(doc, "Tonnie Vos"), value=True)
    finally:
        doc.close()
