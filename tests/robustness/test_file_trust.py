"""The file-level trust of a ``.staan`` file, case by case: schema inspection, journals, WAL,
bounds and what ``check`` reports. Each test failed on the code before this was built (the
reason is in its docstring)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from staan_desktop.domain import document as domain
from staan_desktop.domain import option_tables, room_rules
from staan_desktop.domain.status import Status
from staan_desktop.services import inspection
from staan_desktop.services.backups import backup_dir
from staan_desktop.services.checks import check_document
from staan_desktop.services.errors import DocumentError
from staan_desktop.services.file_admission import inspect_file
from staan_desktop.services.interchange import create_demo, load_tree
from staan_desktop.services.store import open_document

from .helpers import assert_user_message, integrity, sha
from .hostile_corpus import BY_NAME, real_document
from .test_hostile_corpus import folder_state


def _build(name: str, tmp_path: Path) -> Path:
    folder = tmp_path / "map"
    folder.mkdir()
    return BY_NAME[name].build(folder, real_document())


def test_every_connection_distrusts_the_schema(tmp_path: Path) -> None:
    """Before: the plain sqlite3 connections (inspection, backups, copies) kept SQLite's
    default ``trusted_schema=ON``."""
    path = tmp_path / "demo.staan"
    with create_demo(path) as doc:
        with doc.reading() as session:
            assert session.connection().exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
    for connection in (inspection.connect(path), inspection.connect(path, mode="ro"), inspection.connect_read_only(path)):
        assert connection.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        connection.close()


def test_a_runaway_statement_is_stopped_with_a_dutch_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: no progress handler; a recursive query ran until memory or patience ran out."""
    monkeypatch.setattr(inspection, "STATEMENT_SECONDS", 0.3)
    with create_demo(tmp_path / "demo.staan") as doc:
        started = time.monotonic()
        with pytest.raises(DocumentError) as stopped:
            with doc.reading() as session:
                session.connection().exec_driver_sql(
                    "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r"
                ).scalar()
        assert time.monotonic() - started < 3
        assert "te lang" in stopped.value.message
        assert_user_message(stopped.value.message)


def test_the_reference_schema_names_the_domain_values() -> None:
    """The literals kept in inspection (so that it loads no pydantic) are the domain's."""
    assert inspection.MAX_TEXT == domain.MAX_TEXT
    assert set(inspection.ENUM_COLUMNS[("trajectory", "status")]) == {s.value for s in Status}
    assert set(inspection.ENUM_COLUMNS[("block", "kind")]) == {k.value for k in domain.BlockKind}
    assert set(inspection.ENUM_COLUMNS[("owner", "role")]) == {r.value for r in domain.OwnerRole}
    assert set(inspection.ENUM_COLUMNS[("option", "decision_status")]) == {s.value for s in domain.OptionStatus}
    assert set(inspection.ENUM_COLUMNS[("knock_out_verdict", "verdict")]) == {v.value for v in domain.Verdict}
    assert inspection.ENUM_COLUMNS[("option_swot", "quadrant")] == option_tables.QUADRANTS
    assert set(inspection.ENUM_COLUMNS[("municipality", "kind")]) == {k.value for k in domain.PartyKind}
    assert set(inspection.ENUM_COLUMNS[("action_item", "kind")]) == {k.value for k in domain.ActionKind}
    assert set(inspection.ENUM_COLUMNS[("action_item", "status")]) == {s.value for s in domain.ActionStatus}
    for table in ("knowledge_question", "open_question", "mandate"):
        assert set(inspection.ENUM_COLUMNS[(table, "status")]) == {s.value for s in domain.QuestionStatus}
    assert set(inspection.ENUM_COLUMNS[("mandate", "kind")]) == {k.value for k in domain.MandateKind}
    assert inspection.ENUM_COLUMNS[("room_round", "kind")] == room_rules.ROUND_KINDS
    assert inspection.ENUM_COLUMNS[("room_round", "rule")] == room_rules.RULES
    assert inspection.ENUM_COLUMNS[("room_round", "state")] == room_rules.ROUND_STATES
    assert inspection.ENUM_COLUMNS[("room_contribution", "status")] == room_rules.CONTRIBUTION_STATES
    assert inspection.ENUM_COLUMNS[("room_round", "anonymity")] == room_rules.ANONYMITY
    assert inspection.ENUM_COLUMNS[("room_contribution", "quadrant")] == ("", *option_tables.QUADRANTS)


def test_a_foreign_journal_is_set_aside_and_the_document_kept(tmp_path: Path) -> None:
    """Before: ``info`` (read-only) rolled the other document's journal into this one, which was
    then malformed; no copy was taken."""
    path = _build("journal-van-ander-document", tmp_path)
    document_before, journal_before = sha(path), sha(Path(f"{path}-journal"))
    with pytest.raises(DocumentError, match="onderbroken"):
        open_document(path, read_only=True)
    with open_document(path) as doc:
        assert any("hoort" in notice for notice in doc.notices)
        tree = load_tree(doc)
    assert sha(path) == document_before and tree.trajectory.title != "Een ander traject"
    aside = list(path.parent.glob("x.staan-journal.opzij-*"))
    assert len(aside) == 1 and sha(aside[0]) == journal_before


def test_a_journal_of_an_older_version_is_set_aside(tmp_path: Path) -> None:
    """The case of a document replaced by a mailed copy while the old journal stayed."""
    path = _build("journal-van-oudere-versie", tmp_path)
    before = sha(path)
    with open_document(path) as doc:
        assert doc.notices
    assert sha(path) == before and integrity(path) == []


def test_a_rollback_that_leaves_a_foreign_document_is_undone(tmp_path: Path) -> None:
    """The journal belongs, the document does not pass after the rollback (a foreign trigger):
    file and journal are put back byte for byte, and the copies stay in the backups."""
    path = _build("journal-eigen-en-vreemde-trigger", tmp_path)
    before = folder_state(path.parent)
    with pytest.raises(DocumentError) as refused:
        open_document(path)
    assert_user_message(refused.value.message)
    assert folder_state(path.parent) == before
    assert list(backup_dir(path).glob("onderbroken-*/x.staan-journal"))


def test_a_wal_file_is_converted_with_its_log_after_a_copy(tmp_path: Path) -> None:
    """Before: ``check`` left -wal and -shm files beside it, and reading it needed them."""
    path = _build("wal-modus-met-log", tmp_path)
    before = folder_state(path.parent)
    with pytest.raises(DocumentError, match="WAL"):
        inspect_file(path)
    assert folder_state(path.parent) == before
    with open_document(path) as doc:
        assert any("WAL" in notice for notice in doc.notices)
        assert "alleen in het log" in load_tree(doc).rules
    with path.open("rb") as handle:
        assert handle.read(20)[18:20] == b"\x01\x01"
    assert sorted(p.name for p in path.parent.iterdir()) == ["x.staan"]
    copies = sorted(p.name for p in next(backup_dir(path).glob("wal-*")).iterdir())
    assert copies == ["x.staan", "x.staan-wal"]
    assert check_document(path).ok


def test_check_reports_everything_it_sees(tmp_path: Path) -> None:
    """Before: ``check`` said "In orde" for a file with a foreign trigger, dropped insert-only
    triggers, two trajectories, an over-long text, a wrong type and an unknown status."""
    path = tmp_path / "x.staan"
    path.write_bytes(real_document())
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in (
        "CREATE TRIGGER t_ignore BEFORE INSERT ON statement BEGIN SELECT RAISE(IGNORE); END",
        "DROP TRIGGER trg_version_no_update",
        (
            "INSERT INTO trajectory SELECT id + 1, title, subtitle, short_name, procesmanager, author_role, "
            "document_date, version_label, 'klaar', character_keywords, differences, procesmanager_public FROM trajectory"
        ),
        "UPDATE statement SET text = printf('%.*c', 200001, 'x') WHERE id = (SELECT min(id) FROM statement)",
        "UPDATE municipality SET position = 'eerste'",
        "UPDATE trajectory SET character_keywords = '[1]'",
    ):
        conn.execute(statement)
    conn.close()
    before = sha(path)
    problems = check_document(path).problems
    text = "\n".join(problems)
    for expected in (
        "vreemd onderdeel: trigger ‘t_ignore’",
        "beveiliging van een vastgestelde versie ontbreekt: trigger ‘trg_version_no_update’",
        "2 trajecten",
        "langer dan 200.000 tekens in ‘statement.text’",
        "verkeerde soort in ‘municipality.position’",
        "onbekende waarde(n) in ‘trajectory.status’",
        "geen lijst van teksten zijn",
    ):
        assert expected in text, problems
    for problem in problems:
        assert_user_message(problem)
    assert sha(path) == before
    with pytest.raises(DocumentError):
        open_document(path, read_only=True)


def test_opening_a_crashed_document_keeps_a_copy_of_file_and_journal(tmp_path: Path) -> None:
    """Before: SQLite rolled the journal back with no copy of either taken first."""
    path = _build("journal-eigen-onderbroken-wijziging", tmp_path)
    document_before, journal_before = sha(path), sha(Path(f"{path}-journal"))
    with open_document(path) as doc:
        assert load_tree(doc).trajectory.title
    folder = next(backup_dir(path).glob("onderbroken-*"))
    assert sha(folder / "x.staan") == document_before and sha(folder / "x.staan-journal") == journal_before
    assert integrity(path) == [] and not Path(f"{path}-journal").exists()


def test_a_journal_in_several_segments_is_judged_as_the_files_own(tmp_path: Path) -> None:
    """A large edit spills the page cache into the file more than once; the journal's copy of
    the first page is then in a later segment. It is the file's own and is rolled back."""
    path = _build("journal-eigen-in-segmenten", tmp_path)
    with open_document(path) as doc:
        assert any("teruggedraaid" in notice for notice in doc.notices)
        assert load_tree(doc).trajectory.title != "nooit bevestigd"
    assert integrity(path) == []


def test_a_rollback_that_yields_another_trajectory_is_undone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The identity check after a rollback: when the copy taken first names another trajectory
    than the result, the copies are put back byte for byte and the user is told."""
    from staan_desktop.services import journal

    path = _build("journal-eigen-onderbroken-wijziging", tmp_path)
    before = folder_state(path.parent)
    real_ids = journal.trajectory_ids
    monkeypatch.setattr(journal, "trajectory_ids", lambda copy: [99] if copy != path else real_ids(copy))
    with pytest.raises(DocumentError) as refused:
        open_document(path)
    assert "teruggezet" in refused.value.message
    assert_user_message(refused.value.message)
    assert folder_state(path.parent) == before
