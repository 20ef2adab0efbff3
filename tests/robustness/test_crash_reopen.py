"""After a crash in the middle of an edit, the document opens again (SQLite's journal is
rolled back) and holds exactly what was committed; nothing calls it damaged."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from staan_desktop.services import edits
from staan_desktop.services.checks import check_document
from staan_desktop.services.errors import DocumentError
from staan_desktop.services.file_admission import inspect_file
from staan_desktop.services.interchange import create_demo, load_tree
from staan_desktop.services.store import open_document

from .helpers import assert_user_message, integrity, sha

ROOT = Path(__file__).resolve().parents[2]


def _crash_in_the_middle_of_a_big_edit(path: Path) -> None:
    """A child starts a transaction large enough to spill into the file, then is killed."""
    code = textwrap.dedent(
        f"""
        import sqlite3, sys, time
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA cache_size=10")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE statement SET text = text || hex(randomblob(3000))")
        conn.execute("INSERT INTO rule(text, position) SELECT hex(randomblob(2000)), 100 + value FROM "
                     "(WITH RECURSIVE r(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM r WHERE value < 500) SELECT value FROM r)")
        print("ready", flush=True)
        time.sleep(60)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()


def test_reopen_after_a_crash_mid_transaction(tmp_path: Path) -> None:
    path = tmp_path / "traject.staan"
    with create_demo(path) as doc:
        edits.add_statement(doc, text="bevestigd vóór de crash")
        committed = load_tree(doc)
    _crash_in_the_middle_of_a_big_edit(path)
    journal = Path(str(path) + "-journal")
    assert journal.exists(), "the crash must leave a journal for this test to mean anything"

    # Checking is read-only: it says what is going on, does not call the file damaged, and
    # leaves every byte (including the journal) as it is.
    before = sha(path), sha(journal)
    try:
        report = check_document(path)
    except Exception as exc:  # a refusal is fine, as long as it says the right thing
        assert_user_message(str(exc))
        assert "beschadigd" not in str(exc)
    else:
        assert report.ok
    assert (sha(path), sha(journal)) == before

    with open_document(path) as doc:
        assert load_tree(doc) == committed
        edits.add_statement(doc, text="verder na de crash")
    assert not journal.exists()
    assert integrity(path) == [] and inspect_file(path).ok


def test_a_reader_after_a_crash_changes_nothing_and_editing_repairs(tmp_path: Path) -> None:
    """Read-only, the journal is never applied (it might not belong to the file): the reader is
    told to open the document for editing, which copies file and journal first and rolls back."""
    path = tmp_path / "traject.staan"
    with create_demo(path) as doc:
        committed = load_tree(doc)
    _crash_in_the_middle_of_a_big_edit(path)
    journal = Path(str(path) + "-journal")
    before = sha(path), sha(journal)
    with pytest.raises(DocumentError) as refused:
        open_document(path, read_only=True)
    assert "onderbroken" in refused.value.message and "bewerken" in refused.value.message
    assert_user_message(refused.value.message)
    assert (sha(path), sha(journal)) == before
    with open_document(path) as doc:
        assert load_tree(doc) == committed
        assert any("teruggedraaid" in notice for notice in doc.notices)
    assert integrity(path) == []
    from staan_desktop.services.backups import backup_dir

    copies = list(backup_dir(path).rglob("traject.staan-journal"))
    assert len(copies) == 1 and sha(copies[0]) == before[1], "file and journal are copied before the rollback"
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM rule WHERE position >= 100").fetchone()[0] == 0
    conn.close()
