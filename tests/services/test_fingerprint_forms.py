"""Versions signed off before the fingerprint covered the sign-off (form ``staan-canonical-json/1``)
still open, export, verify and check; new ones (form ``/2``) carry date, meeting and members."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from staan_desktop.domain.fingerprint import CANONICAL_FORM, SIGNED_FORM, canonical_text, sha256_hex
from staan_desktop.services import versions
from staan_desktop.services.checks import check_document
from staan_desktop.services.interchange import create_demo, load_tree
from staan_desktop.services.pdf_export import export_pdf
from staan_desktop.services.signoff import sign_off
from staan_desktop.services.store import open_document
from staan_desktop.services.text_compare import first_differences
from staan_desktop.services.verification import verify_pdf
from staan_desktop.services.version_check import version_problems


def _as_form_1(path: Path) -> str:
    """Rewrite version 1 as the release before form /2 stored it: the tree alone."""
    conn = sqlite3.connect(path)
    content, = conn.execute("SELECT content FROM version WHERE number = 1").fetchone()
    old = canonical_text(json.loads(content)["content"])
    digest = sha256_hex(old.encode("utf-8"))
    triggers = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'trg_version_no_update'").fetchone()
    with conn:
        conn.execute("DROP TRIGGER trg_version_no_update")
        conn.execute("UPDATE version SET content = ?, content_sha256 = ?, canonical_form = ?", (old, digest, CANONICAL_FORM))
        conn.execute(triggers[0])
    conn.close()
    return digest


def test_a_version_of_form_1_still_opens_exports_verifies_and_checks(tmp_path: Path) -> None:
    path = tmp_path / "oud.staan"
    create_demo(path).close()
    with open_document(path) as doc:
        sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"], meeting="Stuurgroep 3")
    digest = _as_form_1(path)
    assert check_document(path).problems == []
    with open_document(path) as doc:
        info = versions.signoff_info(doc, 1)
        assert info.fingerprint == digest and info.canonical_form == CANONICAL_FORM
        assert versions.version_tree(doc, 1) == load_tree(doc)
        export_pdf(doc, tmp_path / "v1.pdf")
        report = verify_pdf(tmp_path / "v1.pdf", doc)
        assert report.ok and "Tekst: elke pagina toont wat versie 1 toont." in report.text, report.text
        versions.start_new_draft(doc)
    # Form 1 holds no sign-off facts: rewriting them cannot be seen, and is not claimed to be.
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP TRIGGER trg_signoff_no_update")
        conn.execute("UPDATE signoff SET meeting = 'Stuurgroep 2'")
    conn.close()
    assert [p for p in version_problems(path) if "trigger" not in p] == []


def test_a_new_sign_off_is_form_2_with_its_facts(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.staan"
    create_demo(path).close()
    with open_document(path) as doc:
        info = sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker", "Jan de Vries"], meeting="Stuurgroep 3")
    conn = sqlite3.connect(path)
    content, stored, form = conn.execute("SELECT content, content_sha256, canonical_form FROM version").fetchone()
    conn.close()
    assert form == SIGNED_FORM and stored == info.fingerprint == sha256_hex(content.encode("utf-8"))
    assert json.loads(content)["signoff"] == {
        "version": 1, "decided_on": "2026-12-01", "meeting": "Stuurgroep 3", "members": ["Anna Bakker", "Jan de Vries"]
    }
    assert check_document(path).problems == []


def test_first_differences_names_page_and_lines() -> None:
    actual = [(1, "Titel"), (2, "Tonnie Vis, Tynaarlo"), (2, "pagina 2 van 2")]
    expected = [(1, "Titel"), (2, "Tonnie Vos, Tynaarlo"), (2, "pagina 2 van 2")]
    assert first_differences(expected, expected) == []
    assert first_differences(actual, expected) == [
        "pagina 2, in de PDF: ‘Tonnie Vis, Tynaarlo’",
        "volgens het document: ‘Tonnie Vos, Tynaarlo’",
    ]
    assert first_differences(actual[:1], expected) == [
        "pagina 2, in de PDF: (niets)",  # the page where the document has the lines
        "volgens het document: ‘Tonnie Vos, Tynaarlo’ ‘pagina 2 van 2’",
    ]


def test_check_of_the_history_is_bounded_in_time(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.services import version_check

    path = tmp_path / "traag.staan"
    create_demo(path).close()
    with open_document(path) as doc:
        sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"])
    monkeypatch.setattr(version_check, "TIME_LIMIT", 0.2)
    # A history that takes for ever to read (as a crafted file could make it): a query without end.
    endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    monkeypatch.setattr(version_check, "history_problems", lambda query: query(endless))
    [problem] = version_problems(path)
    assert problem == "de geschiedenis van vastgestelde versies kan niet worden gelezen (het lezen duurde te lang)"


def test_check_of_a_signed_off_document_of_an_older_schema(tmp_path: Path) -> None:
    """Before migration the content is not read through the models: the history is checked as it
    is, and nothing is reported that only the migration would settle."""
    from alembic import command
    from sqlalchemy import create_engine

    from staan_desktop.services import store

    path = tmp_path / "0002.staan"
    create_demo(path).close()
    with open_document(path) as doc:
        sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"])
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            config = store.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0002")
            connection.commit()
    finally:
        engine.dispose()
    report = check_document(path)
    assert report.needs_migration and report.problems == []
