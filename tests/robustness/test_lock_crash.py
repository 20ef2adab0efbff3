"""One writer per document, also when things go wrong: a second opener gets the document
read-only and is told who holds it and since when; the lock of an instance that was killed
(``kill -9``, while editing) is taken over safely, with every acknowledged edit in place."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path

import pytest

from staan_desktop.services import edits, locking
from staan_desktop.services.errors import ReadOnlyError
from staan_desktop.services.interchange import create_demo, load_tree
from staan_desktop.services.store import open_document

from .helpers import assert_user_message, integrity, sha

ROOT = Path(__file__).resolve().parents[2]

#: A second instance: takes the lock, opens for writing, edits until killed, acknowledging
#: each edit after the service returned.
HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from staan_desktop.services import edits, locking
    from staan_desktop.services.store import open_document
    path = Path(sys.argv[1])
    lock = locking.acquire(path)
    doc = open_document(path)
    print("HELD", flush=True)
    n = 0
    while sys.argv[2] == "edit" or n == 0:
        n += 1
        edits.add_statement(doc, text=f"van de andere instantie {n}")
        print(f"ACK {n}", flush=True)
    sys.stdin.read()
    """
)


def _start_holder(path: Path, mode: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), mode],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "HELD"
    return child


def _kill(child: subprocess.Popen[str]) -> list[str]:
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    assert child.stdout is not None
    return child.stdout.read().splitlines()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    create_demo(tmp_path / "traject.staan").close()
    return tmp_path / "traject.staan"


def test_second_opener_gets_read_only_and_is_told_who_and_since_when(path: Path) -> None:
    holder = _start_holder(path, "once")
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ACK 1"
    try:
        with pytest.raises(locking.DocumentLocked) as raised:
            locking.acquire(path)
        info = raised.value.holder
        assert info.pid == holder.pid and info.host == socket.gethostname()
        assert abs((datetime.now() - datetime.fromisoformat(info.since)).total_seconds()) < 120
        message = raised.value.message
        assert_user_message(message)
        assert info.user in message and info.host in message
        assert datetime.fromisoformat(info.since).strftime("%H:%M") in message
        before = sha(path)
        with open_document(path, read_only=True, read_only_reason=message) as doc:
            assert doc.read_only
            assert "van de andere instantie 1" in load_tree(doc).statements
            with pytest.raises(ReadOnlyError) as refused:
                edits.add_statement(doc, text="mag niet")
            assert refused.value.message == message
        assert sha(path) == before
        assert locking.read_lock(path).pid == holder.pid  # the holder's lock is untouched
    finally:
        _kill(holder)


def test_lock_of_an_instance_killed_while_editing_is_taken_over(path: Path) -> None:
    holder = _start_holder(path, "edit")
    time.sleep(0.3)
    acknowledged = [line for line in _kill(holder) if line.startswith("ACK ")]
    assert acknowledged, "the killed instance never got an edit done"
    assert locking.read_lock(path).pid == holder.pid  # left behind by the crash

    with locking.acquire(path) as lock:
        assert locking.read_lock(path) == lock.info and lock.info.pid == os.getpid()
        with open_document(path) as doc:
            statements = load_tree(doc).statements
            for line in acknowledged:
                assert f"van de andere instantie {line.split()[1]}" in statements
            edits.add_statement(doc, text="na de overname")
    assert integrity(path) == []
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no lock, no journal, no stale copy


TAKEOVER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from staan_desktop.services import locking
    path, start = Path(sys.argv[1]), float(sys.argv[2])
    time.sleep(max(0.0, start - time.time()))
    try:
        lock = locking.acquire(path)
    except locking.LockError:
        print("READONLY", flush=True)
        sys.stdin.read()
    else:
        print("WRITER", flush=True)
        sys.stdin.read()
        lock.release()
    """
)


@pytest.mark.parametrize("contenders", [2, 4])
def test_only_one_of_several_instances_takes_over_a_stale_lock(path: Path, contenders: int) -> None:
    for _round in range(5):
        dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
        stale = {"user": "marieke", "host": socket.gethostname(), "pid": int(dead.stdout), "since": "2024-03-01T09:15:00"}
        locking.lock_path(path).write_text(json.dumps(stale), encoding="utf-8")
        start = time.time() + 0.6
        children = [
            subprocess.Popen([sys.executable, "-c", TAKEOVER, str(path), str(start)], cwd=ROOT,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            for _ in range(contenders)
        ]
        try:
            answers = [c.stdout.readline().strip() for c in children]  # type: ignore[union-attr]
            assert sorted(answers) == ["READONLY"] * (contenders - 1) + ["WRITER"], answers
            writer = children[answers.index("WRITER")]
            assert locking.read_lock(path).pid == writer.pid
        finally:
            for c in children:
                c.communicate("", timeout=30)
        assert not locking.lock_path(path).exists()
        assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


@pytest.mark.skipif(os.name != "posix", reason="pid 1 is alive on every Unix")
def test_lock_from_before_the_last_reboot_is_taken_over_although_its_pid_lives(path: Path) -> None:
    """After a crash and a reboot the lock's pid may belong to another process; judging by
    'is that pid alive' alone would leave the document read-only for good."""
    stale = {"user": "marieke", "host": socket.gethostname(), "pid": 1, "since": "2001-01-01T09:00:00"}
    locking.lock_path(path).write_text(json.dumps(stale), encoding="utf-8")
    locking.acquire(path).release()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process start times are read on Linux")
def test_lock_whose_pid_now_belongs_to_a_younger_process_is_taken_over(path: Path) -> None:
    since = datetime.fromtimestamp(time.time() - 600).isoformat(timespec="seconds")
    younger = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        stale = {"user": "marieke", "host": socket.gethostname(), "pid": younger.pid, "since": since}
        locking.lock_path(path).write_text(json.dumps(stale), encoding="utf-8")
        with locking.acquire(path) as lock:
            assert lock.info.pid == os.getpid()
    finally:
        younger.communicate(b"")
