"""Backups: consistent snapshots in the user's data folder, the newest N kept, listed and
restorable; a failure leaves nothing half-written behind."""

from __future__ import annotations

import os
import stat
import threading
from datetime import UTC, datetime
from pathlib import Path

import platformdirs
import pytest

from staan_desktop.services import backups, edits
from staan_desktop.services.errors import DocumentError
from staan_desktop.services.interchange import create_demo, load_tree
from staan_desktop.services.store import open_document

from .helpers import assert_user_message, integrity, sha


@pytest.fixture
def demo(tmp_path: Path):
    doc = create_demo(tmp_path / "traject.staan")
    yield doc
    doc.close()


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith(".")) if directory.exists() else []


def test_backup_is_a_checked_private_copy_in_the_user_data_folder(demo) -> None:
    info = backups.backup_now(demo, reason="openen")
    root = Path(platformdirs.user_data_dir("STAAN Desktop", appauthor=False)) / "backups"
    assert info.path.parent.parent == root
    assert info.path.parent.name.startswith("traject-")
    assert info.reason == "openen" and info.reason_label == "bij het openen"
    assert info.size == info.path.stat().st_size > 0
    assert abs((datetime.now(UTC) - info.created).total_seconds()) < 60
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    assert integrity(info.path) == []
    with open_document(info.path, read_only=True) as copy:
        assert load_tree(copy) == load_tree(demo)
    assert _leftovers(info.path.parent) == []


def test_list_is_newest_first_and_only_the_last_n_are_kept(demo) -> None:
    made = []
    for i in range(13):
        edits.add_statement(demo, text=f"uitspraak {i}")
        made.append(backups.backup_now(demo, reason="interval", keep=10))
    listed = backups.list_backups(demo.path)
    assert [b.path for b in listed] == [b.path for b in reversed(made[-10:])]
    assert all(a.created > b.created for a, b in zip(listed, listed[1:]))
    assert not any(b.path.exists() for b in made[:3])
    assert backups.prune(demo.path, keep=3) == [b.path for b in listed[3:]]
    assert len(backups.list_backups(demo.path)) == 3


def test_unchanged_document_gets_no_new_backup_when_asked(demo) -> None:
    first = backups.backup_now(demo, reason="interval", skip_unchanged=True)
    again = backups.backup_now(demo, reason="interval", skip_unchanged=True)
    assert again == first and len(backups.list_backups(demo.path)) == 1
    edits.add_statement(demo, text="nieuw")
    third = backups.backup_now(demo, reason="interval", skip_unchanged=True)
    assert third != first and len(backups.list_backups(demo.path)) == 2
    assert _leftovers(first.path.parent) == []


def test_documents_with_the_same_name_keep_their_own_backups(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with create_demo(tmp_path / "a" / "traject.staan") as a, create_demo(tmp_path / "b" / "traject.staan") as b:
        backups.backup_now(a)
        assert len(backups.list_backups(a.path)) == 1
        assert backups.list_backups(b.path) == []


def test_restore_to_a_new_path_leaves_the_document_alone(demo, tmp_path: Path) -> None:
    edits.add_statement(demo, text="voor de kopie")
    before = load_tree(demo)
    info = backups.backup_now(demo)
    edits.add_statement(demo, text="na de kopie")
    current = sha(demo.path)
    target = backups.restore_backup(info, tmp_path / "terug.staan")
    with open_document(target, read_only=True) as restored:
        assert load_tree(restored) == before
    assert sha(demo.path) == current
    assert integrity(target) == []


def test_restore_over_the_document_first_backs_it_up(demo) -> None:
    old = backups.backup_now(demo)
    edits.add_statement(demo, text="wordt teruggedraaid, maar niet verloren")
    latest = load_tree(demo)
    backups.restore_backup(old, demo.path)
    assert "wordt teruggedraaid, maar niet verloren" not in load_tree(demo).statements
    safety = backups.list_backups(demo.path)[0]
    assert safety.reason == "herstel"
    with open_document(safety.path, read_only=True) as saved:
        assert load_tree(saved) == latest
    edits.add_statement(demo, text="verder werken na het terugzetten")
    assert integrity(demo.path) == []


def test_restoring_the_oldest_of_a_full_set_over_the_document(demo) -> None:
    """The safety backup of the current state must not make its room by deleting the oldest
    backup, when that is the one being restored."""
    edits.add_statement(demo, text="de oudste stand")
    oldest = backups.backup_now(demo, keep=3)
    for i in range(2):
        edits.add_statement(demo, text=f"later {i}")
        backups.backup_now(demo, keep=3)
    backups.restore_backup(oldest, demo.path, keep=3)
    statements = load_tree(demo).statements
    assert "de oudste stand" in statements and "later 0" not in statements
    assert backups.list_backups(demo.path)[0].reason == "herstel"
    backups.backup_now(demo, reason="openen", keep=3)
    assert len(backups.list_backups(demo.path)) == 3, "the next backup prunes to the user's number again"


def test_restore_over_a_damaged_document_sets_it_aside_untouched(demo) -> None:
    info = backups.backup_now(demo)
    data = bytearray(demo.path.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    demo.path.write_bytes(bytes(data))
    assert backups.newest_verified_backup(demo.path) == info
    backups.restore_backup(info, demo.path)
    aside = demo.path.with_name("traject.staan.damaged")
    assert aside.read_bytes() == bytes(data)
    assert integrity(demo.path) == []


def test_restore_never_overwrites_a_file_that_is_not_a_document(demo, tmp_path: Path) -> None:
    info = backups.backup_now(demo)
    other = tmp_path / "notities.txt"
    other.write_text("niet overschrijven")
    with pytest.raises(DocumentError) as caught:
        backups.restore_backup(info, other)
    assert_user_message(caught.value.message)
    assert other.read_text() == "niet overschrijven"


def test_a_damaged_backup_is_not_offered_or_restored(demo, tmp_path: Path) -> None:
    good = backups.backup_now(demo)
    edits.add_statement(demo, text="x")
    bad = backups.backup_now(demo)
    bad.path.write_bytes(bad.path.read_bytes()[:3000])
    assert backups.newest_verified_backup(demo.path) == good
    with pytest.raises(DocumentError) as caught:
        backups.restore_backup(bad, tmp_path / "x.staan")
    assert_user_message(caught.value.message)
    assert not (tmp_path / "x.staan").exists()


def test_failure_raises_a_dutch_message_and_leaves_nothing(demo, tmp_path: Path) -> None:
    blocker = tmp_path / "geen-map"
    blocker.write_text("")  # the backup root is a file: every write below it fails
    with pytest.raises(DocumentError) as caught:
        backups.backup_now(demo, root=blocker)
    assert_user_message(caught.value.message)
    assert "reservekopie" in caught.value.message
    assert blocker.read_text() == ""


def test_failure_during_the_snapshot_leaves_no_temporary_file(demo, monkeypatch) -> None:
    def broken(_source: Path, target: Path) -> None:
        target.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "_snapshot", broken)
    with pytest.raises(DocumentError) as caught:
        backups.backup_now(demo)
    assert "de schijf is vol" in caught.value.message
    assert_user_message(caught.value.message)
    directory = backups.backup_dir(demo.path)
    assert list(directory.iterdir()) == []


def test_backups_taken_during_edits_are_consistent(demo) -> None:
    """The backup API copies a consistent state even while another connection commits."""
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        i = 0
        try:
            while not stop.is_set():
                edits.add_statement(demo, text=f"tijdens de kopie {i}")
                i += 1
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        made = [backups.backup_now(demo, keep=50) for _ in range(8)]
    finally:
        stop.set()
        thread.join()
    assert not errors
    for info in made:
        assert integrity(info.path) == []
        with open_document(info.path, read_only=True) as copy:
            statements = load_tree(copy).statements
        ours = [s for s in statements if s.startswith("tijdens de kopie ")]
        # A consistent snapshot holds a gap-free prefix of the writer's statements.
        assert ours == [f"tijdens de kopie {i}" for i in range(len(ours))]


def test_stale_temporary_files_are_cleaned_up(demo) -> None:
    info = backups.backup_now(demo)
    stale = info.path.parent / ".abc123.tmp"
    stale.write_bytes(b"x")
    os.utime(stale, (0, 0))
    fresh = info.path.parent / ".def456.tmp"
    fresh.write_bytes(b"x")
    assert stale in backups.prune(demo.path)
    assert not stale.exists() and fresh.exists()
