"""A document made at schema 0001 opens in this version: backed up, migrated, content intact,
schema equal to the models, and the insert-only triggers in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine
from sqlmodel import Session

from staan_desktop.domain.fingerprint import fingerprint
from staan_desktop.services import checks, file_admission, revisions, store
from staan_desktop.services.interchange import demo_tree, load_tree
from staan_desktop.services.signoff import sign_off
from staan_desktop.services.tree import write_tree
from staan_desktop.services.versions import state


def document_at_0001(path: Path, revision: str = "0001") -> None:
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
            command.upgrade(config, revision)
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
    assert file_admission.inspect_file(path).revision == "0001"
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
    assert report.revision == revisions.head_revision() and report.problems == []
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


def test_0006_document_gets_parties_register_and_figures(tmp_path: Path) -> None:
    """The version before 0007_parties (the options of 0006): its municipalities stay municipalities, and every new part
    (parties, register, key figures, knowledge agenda) can be used right after opening."""
    from staan_desktop.services import edits, queries

    path = tmp_path / "vorige.staan"
    document_at_0001(path, "0006_options")
    assert file_admission.inspect_file(path).revision == "0006_options"
    before = demo_tree()
    with store.open_document(path) as doc:
        tree = load_tree(doc)
        assert tree.municipalities == before.municipalities and tree.parties == ()
        assert fingerprint(tree) == fingerprint(before)
        party = edits.add_party(doc, name="Provincie Drenthe", kind="extern").item_id
        edits.add_action(doc, description="Opdracht formuleren", owner_party_id=party, target_date="2027-01-01")
        figure = edits.add_figure(doc, name="inwoners").item_id
        edits.set_figure_value(doc, figure_id=figure, municipality_id=queries.municipalities(doc)[0].id, value=1000)
        edits.add_open_question(doc, text="Hoe houden we de mensen erbij?")
        tree = load_tree(doc)
        assert [p.name for p in tree.parties] == ["Provincie Drenthe"]
        assert tree.actions[0].owner_party == "Provincie Drenthe"
        assert len(tree.municipalities) == len(before.municipalities)
    report = checks.check_document(path)
    assert report.revision == revisions.head_revision() and report.problems == []


def test_a_signed_off_document_of_0006_keeps_its_fingerprint_after_migration(tmp_path: Path) -> None:
    """Signed off before parties and the register existed (schema 0006): after the migration
    to 0007 the stored snapshot still verifies and the content's fingerprint is unchanged,
    because the new parts are empty and left out of the canonical value."""
    from staan_desktop.services import versions

    path = tmp_path / "vastgesteld.staan"
    document_at_0001(path, "0006_options")
    with store.open_document(path) as doc:
        info = sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"])
        before = fingerprint(load_tree(doc))
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            config = store.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0006_options")
            connection.commit()
    finally:
        engine.dispose()
    assert file_admission.inspect_file(path).revision == "0006_options"
    with store.open_document(path) as doc:
        assert state(doc).frozen
        assert fingerprint(load_tree(doc)) == before
        assert versions.version_tree(doc, 1) == load_tree(doc)
    report = checks.check_document(path)
    assert report.revision == revisions.head_revision() and report.problems == []
    assert info.version == 1
