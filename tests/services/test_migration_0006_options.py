"""A document of schema 0003 (before the typing drafts, comment parties and options) opens in this
version: backed up, migrated to the head, its content intact, and options can then be stored in it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from staan_desktop.domain import document as d
from staan_desktop.services import checks, file_admission, revisions, store
from staan_desktop.services.interchange import load_tree


def document_at_0003(path: Path) -> None:
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
            command.upgrade(config, "0003")
            connection.commit()
    finally:
        engine.dispose()
    # Content as version 0003 wrote it, with the tables of that schema only.
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO trajectory (id, title, subtitle, short_name, procesmanager, author_role, document_date, "
                 "version_label, status, character_keywords, differences) "
                 "VALUES (1, 'Verkenning Noaberkracht', '', '', '', 'procesmanager', '', '', 'concept', '[]', '')")
    conn.executemany("INSERT INTO municipality (name, position) VALUES (?, ?)", [("Dinkelland", 0), ("Tubbergen", 1)])
    conn.execute("INSERT INTO criterion (name, weight, scale_min, scale_max, position) VALUES ('Bestuurlijke eenvoud', 1.0, 1, 5, 0)")
    conn.commit()
    conn.close()


def test_0003_document_migrates_and_takes_options(tmp_path: Path) -> None:
    path = tmp_path / "verkenning.staan"
    document_at_0003(path)
    assert file_admission.inspect_file(path).revision == "0003"
    with store.open_document(path) as doc:
        tree = load_tree(doc)
        assert tree.trajectory.title == "Verkenning Noaberkracht"
        assert tree.municipalities == ("Dinkelland", "Tubbergen")
        assert tree.options == ()
        from staan_desktop.services.edits import options as option_edits

        change = option_edits.add_option(doc, name="Ambtelijke fusie")
        option_edits.set_option_score(doc, option_id=change.item_id, criterion_id=1, municipality_id=None, value=4)
        assert load_tree(doc).options == (
            d.Option(name="Ambtelijke fusie", scores=(d.Score(criterion="Bestuurlijke eenvoud", value=4),)),
        )
    report = checks.check_document(path)
    assert report.revision == revisions.head_revision() and report.problems == []
