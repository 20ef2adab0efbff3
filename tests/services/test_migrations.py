"""A document made at schema 0001 opens in this version: backed up, migrated, content intact,
schema equal to the models, and the insert-only triggers in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine
from sqlmodel import Session

from staan_desktop.domain.fingerprint import fingerprint
from staan_desktop.services import checks, store
from staan_desktop.services.interchange import demo_tree, load_tree
from staan_desktop.services.signoff import sign_off
from staan_desktop.services.tree import write_tree
from staan_desktop.services.versions import state


def document_at_0001(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {store.APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.commit()
    conn.close()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            config = store.alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0001")
            connection.commit()
    finally:
        engine.dispose()
    # Content as 0001 held it: written by today's models into a head document, then copied
    # column by column into the 0001 tables (columns added by later migrations are left out).
    head = path.with_name("head.staan")
    store.create_document(head).close()
    engine = create_engine(f"sqlite:///{head}")
    try:
        with Session(engine) as session:
            write_tree(session, demo_tree())
            session.commit()
    finally:
        engine.dispose()
    conn = sqlite3.connect(path)
    try:
        conn.execute("ATTACH DATABASE ? AS head", (str(head),))
        tables = [r[0] for r in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
            listed = ", ".join(columns)
            conn.execute(f"INSERT INTO main.{table} ({listed}) SELECT {listed} FROM head.{table}")
        conn.commit()
        conn.execute("DETACH DATABASE head")
    finally:
        conn.close()
    head.unlink()


def test_0001_document_migrates_to_head(tmp_path: Path) -> None:
    path = tmp_path / "oud.staan"
    document_at_0001(path)
    assert store.inspect_file(path).revision == "0001"
    before = fingerprint(demo_tree())

    with store.open_document(path) as doc:
        assert fingerprint(load_tree(doc)) == before
        assert not state(doc).frozen
        sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"])

    from staan_desktop.services.backups import list_backups

    # The backup before migrating: beside the file, or (newer store) in the backup folder.
    assert "migratie" in [b.reason for b in list_backups(path)]
    assert not list(tmp_path.glob("oud.staan*.bak")), "no stray copy beside the document"
    report = checks.check_document(path)
    assert report.revision == store.head_revision() and report.problems == []
    conn = sqlite3.connect(path)
    try:
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    finally:
        conn.close()
    for table in ("version", "signoff", "signoff_member", "draft", "version_export"):
        assert {f"trg_{table}_no_update", f"trg_{table}_no_delete"} <= triggers


def test_new_document_schema_equals_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from staan_desktop.domain.schema import metadata

    store.create_document(tmp_path / "nieuw.staan").close()
    engine = create_engine(f"sqlite:///{tmp_path / 'nieuw.staan'}")
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, metadata) == []
    finally:
        engine.dispose()
    # ``check`` compares with the migrations' schema as kept in resources/schema (see
    # services/inspection.py), which must be what the migrations make.
    from staan_desktop.services import inspection

    assert inspection._build_reference() == inspection.reference_schema_json()
