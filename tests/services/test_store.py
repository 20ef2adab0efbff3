"""The .staan file: created with its identity, opened only when it is ours and healthy,
copied consistently, and never changed by a refusal."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from staan_desktop.services import edits
from staan_desktop.services.checks import check_document
from staan_desktop.services.errors import DocumentError, ReadOnlyError
from staan_desktop.services.interchange import load_tree
from staan_desktop.services.revisions import head_revision
from staan_desktop.services.store import (
    APPLICATION_ID,
    copy_document,
    create_document,
    open_document,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_document_carries_identity_and_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "a.staan"
    create_document(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    conn.close()
    assert path.stat().st_mode & 0o077 == 0, "documents hold names: owner only"


def test_connections_use_durable_settings(new_doc) -> None:
    with new_doc.reading() as session:
        connection = session.connection()
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_create_refuses_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "a.staan"
    path.write_text("mijn werk")
    with pytest.raises(DocumentError, match="bestaat al"):
        create_document(path)
    assert path.read_text() == "mijn werk"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "leeg"),
        (b"hello world, this is text" * 10, "geen SQLite"),
        (b"SQLite format 3\x00" + b"\x00" * 10, "geen SQLite"),
    ],
)
def test_refuses_non_documents_unchanged(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "x.staan"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(DocumentError, match=expected):
        open_document(path)
    assert digest(path) == before


def test_refuses_other_applications_database(tmp_path: Path) -> None:
    path = tmp_path / "other.staan"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DocumentError, match="andere toepassing"):
        open_document(path)
    assert digest(path) == before


def test_refuses_newer_schema_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "newer.staan"
    create_document(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DocumentError, match="nieuwere versie"):
        open_document(path)
    assert digest(path) == before


def test_refuses_corrupt_file_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.staan"
    doc = create_document(path)
    for i in range(200):
        edits.add_statement(doc, text=f"uitspraak {i} " * 20)
    doc.close()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = b"\xff" * 8192  # smash pages that hold the statements
    path.write_bytes(bytes(data))
    before = digest(path)
    try:
        problems = check_document(path).problems
    except DocumentError as exc:
        problems = [exc.message]
    assert problems
    with pytest.raises(DocumentError, match="beschadigd"):
        open_document(path)
    assert digest(path) == before


def test_refuses_directory_and_missing_and_broken_link(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="map"):
        open_document(tmp_path)
    with pytest.raises(DocumentError, match="bestaat niet"):
        open_document(tmp_path / "weg.staan")
    link = tmp_path / "link.staan"
    link.symlink_to(tmp_path / "nergens.staan")
    with pytest.raises(DocumentError, match="verwijst"):
        open_document(link)


def test_save_copy_is_consistent_and_atomic(new_doc, tmp_path: Path) -> None:
    edits.add_municipality(new_doc, name="Aa en Hunze")
    target = tmp_path / "kopie.staan"
    target.write_text("oud")
    copy_document(new_doc.path, target)
    with open_document(target) as copy:
        assert load_tree(copy).municipalities == ("Aa en Hunze",)
    assert not list(tmp_path.glob(".*.tmp")), "no temporary files left behind"


def test_failed_copy_leaves_target_untouched(new_doc, tmp_path: Path) -> None:
    target = tmp_path / "missing-dir" / "kopie.staan"
    with pytest.raises(DocumentError):
        copy_document(new_doc.path, target)
    assert not target.exists()


def test_read_only_document_refuses_edits(new_doc) -> None:
    edits.add_municipality(new_doc, name="Assen")
    with open_document(new_doc.path, read_only=True, read_only_reason="Alleen lezen") as ro:
        before = digest(ro.path)
        with pytest.raises(ReadOnlyError, match="Alleen lezen"):
            edits.add_municipality(ro, name="Tynaarlo")
        assert load_tree(ro).municipalities == ("Assen",)
        assert digest(ro.path) == before


def test_check_reports_healthy_document(tmp_path: Path) -> None:
    from staan_desktop.services.interchange import create_demo

    create_demo(tmp_path / "demo.staan").close()
    report = check_document(tmp_path / "demo.staan")
    assert report.ok, report.problems


def test_check_reports_a_document_without_trajectory(new_doc) -> None:
    # A document holds exactly one trajectory; an empty schema (a crash between creating the
    # file and writing its content) opens, but check names what is missing.
    assert check_document(new_doc.path).problems == ["het document heeft geen traject"]
