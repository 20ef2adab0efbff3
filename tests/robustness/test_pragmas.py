"""The settings that make a commit durable and a crash harmless, on every connection the
services make. A kill -9 cannot tell ``synchronous=FULL`` from ``OFF`` (the operating system
still holds the data); a power cut can — so it is checked here, directly."""

from __future__ import annotations

from pathlib import Path

import pytest

from staan_desktop.services.store import create_document, open_document

EXPECTED = {
    "journal_mode": "delete",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "secure_delete": 1,
    "trusted_schema": 0,
}


@pytest.mark.parametrize("read_only", [False, True])
def test_every_connection_is_durable(tmp_path: Path, read_only: bool) -> None:
    create_document(tmp_path / "a.staan").close()
    with open_document(tmp_path / "a.staan", read_only=read_only) as doc:
        for engine in (doc.engine, doc.read_engine):
            with engine.connect() as conn:
                found = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in EXPECTED}
            assert found == EXPECTED


def test_a_document_is_a_single_file_when_closed(tmp_path: Path) -> None:
    from staan_desktop.services import edits

    with create_document(tmp_path / "a.staan") as doc:
        edits.add_statement(doc, text="x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.staan"]
