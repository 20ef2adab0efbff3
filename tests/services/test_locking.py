"""The lock file that keeps a second instance from writing to a document someone has open."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from staan_desktop.services import locking


@pytest.fixture
def document(tmp_path: Path) -> Path:
    path = tmp_path / "traject.staan"
    path.write_bytes(b"")
    return path


def _write_lock(document: Path, **fields: object) -> None:
    data = {"user": "marieke", "host": socket.gethostname(), "pid": os.getpid(), "since": "2024-03-01T09:15:00"}
    data.update(fields)
    locking.lock_path(document).write_text(json.dumps(data), encoding="utf-8")


def test_acquire_writes_who_holds_it_and_release_removes_it(document: Path) -> None:
    lock = locking.acquire(document)
    data = json.loads(locking.lock_path(document).read_text(encoding="utf-8"))
    assert data["pid"] == os.getpid()
    assert data["host"] == socket.gethostname()
    assert set(data) == {"user", "host", "pid", "since"}
    lock.release()
    assert not locking.lock_path(document).exists()


def test_second_opener_is_told_who_holds_it(document: Path) -> None:
    with locking.acquire(document):
        with pytest.raises(locking.DocumentLocked) as raised:
            locking.acquire(document)
    assert raised.value.message.startswith("Geopend door ")
    assert f"op {socket.gethostname()} sinds " in raised.value.message


def test_lock_from_another_machine_is_respected(document: Path) -> None:
    _write_lock(document, host="laptop-griffie", pid=1)
    with pytest.raises(locking.DocumentLocked) as raised:
        locking.acquire(document)
    assert raised.value.message == "Geopend door marieke op laptop-griffie sinds 01-03-2024 09:15"
    assert locking.read_lock(document).host == "laptop-griffie"  # untouched


def test_stale_lock_of_a_dead_process_on_this_machine_is_taken_over(document: Path) -> None:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(finished.stdout)
    _write_lock(document, pid=dead_pid)
    lock = locking.acquire(document)
    assert locking.read_lock(document).pid == os.getpid()
    lock.release()
    assert list(document.parent.iterdir()) == [document]  # nothing stale left lying around


def test_release_leaves_a_lock_someone_else_took_over(document: Path) -> None:
    lock = locking.acquire(document)
    _write_lock(document, host="laptop-griffie")
    lock.release()
    assert locking.read_lock(document).host == "laptop-griffie"


def test_unreadable_fresh_lock_counts_as_held_and_old_one_as_stale(document: Path) -> None:
    locking.lock_path(document).write_text("", encoding="utf-8")
    with pytest.raises(locking.DocumentLocked):
        locking.acquire(document)
    old = 1_000_000_000
    os.utime(locking.lock_path(document), (old, old))
    locking.acquire(document).release()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a folder we may not write to")
def test_folder_without_write_permission_gives_a_reason(document: Path) -> None:
    document.parent.chmod(0o500)
    try:
        with pytest.raises(locking.LockUnavailable) as raised:
            locking.acquire(document)
    finally:
        document.parent.chmod(0o700)
    assert "alleen-lezen" in raised.value.message


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the boot time from /proc")
def test_lock_from_before_the_last_boot_is_stale_although_its_pid_lives(document: Path) -> None:
    _write_lock(document, pid=1, since="2001-01-01T09:00:00")  # pid 1 lives, as a reused pid would
    locking.acquire(document).release()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads process start times from /proc")
def test_lock_whose_pid_now_belongs_to_a_younger_process_is_stale(document: Path) -> None:
    from datetime import datetime, timedelta

    younger = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        boot = datetime.fromtimestamp(locking._boot_time())  # noqa: SLF001 - the rule under test
        written = max(boot + timedelta(seconds=1), datetime.now() - timedelta(hours=1))
        if written > datetime.now() - timedelta(minutes=10):
            pytest.skip("this machine booted too recently to tell the two apart")
        _write_lock(document, pid=younger.pid, since=written.isoformat(timespec="seconds"))
        locking.acquire(document).release()
        _write_lock(document, pid=younger.pid, since=datetime.now().isoformat(timespec="seconds"))
        with pytest.raises(locking.DocumentLocked):
            locking.acquire(document)  # the same process, written after it started: it holds it
    finally:
        younger.kill()
        younger.wait()


def test_the_user_may_take_over_the_lock_they_were_shown(document: Path) -> None:
    _write_lock(document, host="laptop-griffie", pid=1)
    with pytest.raises(locking.DocumentLocked) as raised:
        locking.acquire(document)
    lock = locking.acquire(document, take_over=raised.value.holder)
    assert locking.read_lock(document) == lock.info and lock.info.host == socket.gethostname()
    lock.release()
    assert list(document.parent.iterdir()) == [document]


def test_taking_over_refuses_a_lock_that_changed_hands_since(document: Path) -> None:
    _write_lock(document, host="laptop-griffie", pid=1)
    with pytest.raises(locking.DocumentLocked) as raised:
        locking.acquire(document)
    shown = raised.value.holder
    _write_lock(document, user="joost", host="laptop-secretaris", pid=7)  # released and taken by Joost
    with pytest.raises(locking.DocumentLocked) as again:
        locking.acquire(document, take_over=shown)
    assert again.value.holder.user == "joost"
    assert locking.read_lock(document).host == "laptop-secretaris"  # untouched


def _fresh_lock_of_another_instance(document: Path) -> None:
    """Another instance's lock as it is between its creation and its first write: empty."""
    fd = os.open(locking.lock_path(document), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def test_a_lock_that_vanishes_and_reappears_while_we_look_is_left_alone(document: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The lock is released just as we fail to create ours, and another instance creates its
    own just before we would move a stale lock aside: that fresh (still empty) lock must stay,
    or two instances would both believe they hold the document."""
    real_create, real_replace = locking._create, os.replace
    calls = {"create": 0, "appeared": False}

    def create(path: Path, me: locking.LockInfo) -> bool:
        calls["create"] += 1
        return False if calls["create"] == 1 else real_create(path, me)

    def replace(source, target):  # type: ignore[no-untyped-def]
        if Path(source) == locking.lock_path(document) and not Path(source).exists():
            _fresh_lock_of_another_instance(document)
            calls["appeared"] = True
        return real_replace(source, target)

    monkeypatch.setattr(locking, "_create", create)
    monkeypatch.setattr(locking.os, "replace", replace)
    try:
        lock = locking.acquire(document)
    except locking.DocumentLocked:
        lock = None
    assert not (lock is not None and calls["appeared"]), "the other instance's fresh lock was removed"
    if lock is not None:
        lock.release()


def test_a_stale_lock_replaced_by_a_fresh_one_before_our_rename_is_given_back(document: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    _write_lock(document, pid=int(dead.stdout))
    real_replace = os.replace

    def replace(source, target):  # type: ignore[no-untyped-def]
        if Path(source) == locking.lock_path(document) and ".stale-" in str(target):
            locking.lock_path(document).unlink()  # the other instance took the stale lock over…
            _fresh_lock_of_another_instance(document)  # …and has not written its own yet
        return real_replace(source, target)

    monkeypatch.setattr(locking.os, "replace", replace)
    with pytest.raises(locking.DocumentLocked):
        locking.acquire(document)
    assert locking.lock_path(document).read_bytes() == b"", "the other instance's lock is back"
    assert sorted(p.name for p in document.parent.iterdir()) == sorted([document.name, locking.lock_path(document).name])
