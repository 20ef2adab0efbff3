"""The hostile corpus's files *beside* a document (see :mod:`.hostile_corpus`): rollback journals,
WAL files and lock files, healthy, crashed, forged and special."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from .hostile_case import NAME, Builder, Case, _cached
from .test_hostile_files import GB

# Journals ------------------------------------------------------------------------------------


def _crash_copy(work: Path, source: Path, statement: str, target_journal: Path | None = None) -> None:
    """The files of ``source`` as a power cut would leave them in the middle of ``statement``:
    copied while the transaction is open (its pages already spilled into the file)."""
    conn = sqlite3.connect(source, isolation_level=None)
    try:
        conn.execute("PRAGMA cache_size=10")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(statement)
        journal = source.with_name(source.name + "-journal")
        assert journal.stat().st_size > 0
        if target_journal is None:
            shutil.copyfile(source, work / NAME)
            shutil.copyfile(journal, work / (NAME + "-journal"))
        else:
            shutil.copyfile(journal, target_journal)
        conn.execute("ROLLBACK")
    finally:
        conn.close()


BIG_EDIT = "UPDATE statement SET text = text || hex(randomblob(3000))"


def _own_hot_journal(work: Path, real: bytes) -> None:
    source = work / "bron.staan"
    source.write_bytes(real)
    _crash_copy(work, source, BIG_EDIT)
    source.unlink()


def _own_hot_journal_in_segments(work: Path, real: bytes) -> None:
    """A crash in a transaction so large that the page cache spilled into the file more than
    once: a journal of several segments, each with its own header."""
    source = work / "bron.staan"
    source.write_bytes(real)
    conn = sqlite3.connect(source, isolation_level=None)
    try:
        conn.execute("PRAGMA cache_size=5")
        conn.execute("BEGIN IMMEDIATE")
        for n in range(6):
            conn.execute("INSERT INTO rule(text, position) VALUES (hex(randomblob(20000)), ?)", (100 + n,))
            conn.execute("UPDATE statement SET text = text || 'x'")
        conn.execute("UPDATE trajectory SET title = 'nooit bevestigd'")
        journal = source.with_name(source.name + "-journal")
        assert journal.read_bytes().count(bytes.fromhex("d9d505f920a163d7")) > 1, "one segment only"
        shutil.copyfile(source, work / NAME)
        shutil.copyfile(journal, work / (NAME + "-journal"))
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    source.unlink()


def _own_hot_journal_with(*statements: str) -> Callable[[Path, bytes], None]:
    """The hot journal of a document that also holds something foreign: the rollback succeeds,
    the check after it fails, so the copies must be put back."""

    def make(work: Path, real: bytes) -> None:
        changed = work / "veranderd.staan"
        changed.write_bytes(real)
        conn = sqlite3.connect(changed, isolation_level=None)
        for statement in statements:
            conn.execute(statement)
        conn.close()
        _own_hot_journal(work, changed.read_bytes())
        changed.unlink()

    return make


def _journal_of(statements: tuple[str, ...], base: Callable[[bytes], bytes] | None = None) -> Callable[[Path, bytes], None]:
    """Beside the real document, the hot journal of another document: the real one after
    ``statements`` (another version of it, or another document made from it)."""

    def make(work: Path, real: bytes) -> None:
        other = work / "ander.staan"
        other.write_bytes(base(real) if base else real)
        conn = sqlite3.connect(other, isolation_level=None)
        for statement in statements:
            conn.execute(statement)
        conn.close()
        _crash_copy(work, other, BIG_EDIT, target_journal=work / (NAME + "-journal"))
        other.unlink()

    return make


def _newer_document(make: Callable[[Path, bytes], None]) -> Callable[[Path, bytes], None]:
    """``make``'s journal beside a later version of the document (three edits further): a
    document replaced by a mailed copy while the old journal stayed."""

    def newer(work: Path, real: bytes) -> None:
        make(work, real)
        journal = work / (NAME + "-journal")
        kept = journal.read_bytes()
        journal.unlink()
        conn = sqlite3.connect(work / NAME, isolation_level=None)
        for n in range(3):
            conn.execute("INSERT INTO rule(text, position) VALUES (?, ?)", (f"later {n}", 100 + n))
        conn.close()
        journal.write_bytes(kept)

    return newer


def _patched_journal(patch: Callable[[bytes], bytes]) -> Callable[[Path, bytes], None]:
    def make(work: Path, real: bytes) -> None:
        _own_hot_journal(work, real)
        journal = work / (NAME + "-journal")
        journal.write_bytes(patch(journal.read_bytes()))

    return make


def _sparse_journal(size: int) -> Builder:
    """The file's own journal header, then holes up to ``size`` bytes."""

    def build(directory: Path, real: bytes) -> Path:
        path = _cached("journal-eigen-onderbroken-wijziging", _own_hot_journal)(directory, real)
        journal = directory / (NAME + "-journal")
        with journal.open("r+b") as handle:
            handle.truncate(512)
            handle.truncate(size)
        return path

    return build


def _with_journal(data: bytes | Callable[[], bytes]) -> Callable[[Path, bytes], None]:
    def make(work: Path, _real: bytes) -> None:
        (work / (NAME + "-journal")).write_bytes(data() if callable(data) else data)

    return make


def _at(offset: int, value: bytes) -> Callable[[bytes], bytes]:
    return lambda data: data[:offset] + value + data[offset + len(value):]


def _special_beside(suffix: str, kind: str) -> Builder:
    def build(directory: Path, real: bytes) -> Path:
        path = directory / NAME
        path.write_bytes(real)
        side = directory / (NAME + suffix)
        if kind == "fifo":
            os.mkfifo(side)
        elif kind == "map":
            side.mkdir()
        elif kind == "dev-zero":
            side.symlink_to("/dev/zero")
        elif kind == "link":
            side.symlink_to(path)
        return path

    return build


def _noise(size: int, seed: int, first: int = 0xD9) -> bytes:
    data = random.Random(seed).randbytes(size)
    return bytes([first]) + data[1:]


def _journal_cases() -> list[Case]:
    def journal(name: str, make: Callable[[Path, bytes], None], **expect: str) -> Case:
        return Case(name, _cached(name, make), kind="journal", **expect)  # type: ignore[arg-type]

    def header_only(data: bytes) -> bytes:
        return data[:512]

    return [
        journal("journal-eigen-onderbroken-wijziging", _own_hot_journal, editing="repaired"),
        journal("journal-van-ander-document", _journal_of(("UPDATE trajectory SET title = 'Een ander traject'",
                                                         "INSERT INTO rule(text, position) VALUES ('x', 99)")), editing="repaired"),
        journal("journal-van-dezelfde-staat", _journal_of(()), editing="repaired"),
        journal("journal-van-oudere-versie", _newer_document(_journal_of(())), editing="repaired"),
        journal("journal-van-vacuum-kopie", _journal_of(("VACUUM",)), editing="repaired"),
        journal("journal-van-andere-toepassing", _journal_of(("PRAGMA application_id = 1234",)), editing="repaired"),
        journal("journal-andere-paginagrootte", _patched_journal(_at(24, (1024).to_bytes(4, "big"))), editing="repaired"),
        journal("journal-ongeldige-sectorgrootte", _patched_journal(_at(20, (3).to_bytes(4, "big"))), editing="repaired"),
        journal("journal-grotere-begingrootte", _patched_journal(_at(16, (999_999).to_bytes(4, "big"))), editing="repaired"),
        journal("journal-eerste-pagina-ander-id", _patched_journal(_at(512 + 4 + 68, b"\x00\x00\x00\x01")), editing="repaired"),
        journal("journal-eerste-pagina-andere-teller", _patched_journal(_at(512 + 4 + 24, b"\x00\x01\x00\x00")), editing="repaired"),
        Case("journal-eigen-kop-2gb-ijl", _sparse_journal(2 * GB), kind="journal", editing="repaired"),
        journal("journal-alleen-kop", _patched_journal(header_only)),
        journal("journal-afgekapt-in-kop", _patched_journal(lambda d: d[:20])),
        journal("journal-afgekapt-halverwege", _patched_journal(lambda d: d[: len(d) // 2])),
        journal("journal-eerste-record-ruis", _patched_journal(lambda d: d[:516] + _noise(len(d) - 516, 3)), editing="repaired-or-refused"),
        journal("journal-eigen-in-segmenten", _own_hot_journal_in_segments, editing="repaired"),
        journal("journal-eigen-en-vreemde-trigger", _own_hot_journal_with(
            "CREATE TRIGGER t_ignore BEFORE INSERT ON statement BEGIN SELECT RAISE(IGNORE); END"
        )),
        journal("journal-ruis", _with_journal(_noise(20_000, 1)), editing="repaired"),
        journal("journal-ruis-met-magie", _with_journal(lambda: bytes.fromhex("d9d505f920a163d7") + _noise(20_000, 2)), editing="repaired"),
        journal("journal-tekst", _with_journal(b"dit is geen logboek\n" * 100), editing="repaired"),
        journal("journal-leeg", _with_journal(b""), read_only="accepted", editing="accepted"),
        journal("journal-nullen", _with_journal(bytes(8192)), read_only="accepted", editing="accepted"),
        Case("journal-fifo", _special_beside("-journal", "fifo"), kind="journal"),
        Case("journal-map", _special_beside("-journal", "map"), kind="journal"),
        Case("journal-link-naar-dev-zero", _special_beside("-journal", "dev-zero"), kind="journal"),
        Case("journal-link-naar-document", _special_beside("-journal", "link"), kind="journal"),
        Case("wal-bestand-fifo", _special_beside("-wal", "fifo"), kind="journal"),
        Case("shm-bestand-fifo", _special_beside("-shm", "fifo"), kind="journal"),
    ]


# WAL -----------------------------------------------------------------------------------------


def _wal(statements: tuple[str, ...] = (), keep_log: bool = False) -> Callable[[Path, bytes], None]:
    """The real document switched to write-ahead logging by another program; with
    ``keep_log`` its last changes are still only in the ``-wal`` file."""

    def make(work: Path, _real: bytes) -> None:
        source = work / "bron.staan"
        os.replace(work / NAME, source)
        conn = sqlite3.connect(source, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA wal_autocheckpoint=0")
        for statement in statements:
            conn.execute(statement)
        if keep_log:
            shutil.copyfile(source, work / NAME)
            shutil.copyfile(f"{source}-wal", work / (NAME + "-wal"))
            conn.close()
        else:
            conn.close()
            shutil.copyfile(source, work / NAME)
        for leftover in work.glob("bron.staan*"):
            leftover.unlink()

    return make


def _wal_cases() -> list[Case]:
    def wal(name: str, make: Callable[[Path, bytes], None], **expect: str) -> Case:
        return Case(name, _cached(name, make), kind="wal", **expect)  # type: ignore[arg-type]

    return [
        wal("wal-modus", _wal(), editing="repaired"),
        wal("wal-modus-met-log", _wal(("INSERT INTO rule(text, position) VALUES ('alleen in het log', 99)",), keep_log=True), editing="repaired"),
        wal("wal-modus-met-vreemde-trigger", _wal(("CREATE TRIGGER t_ignore BEFORE INSERT ON statement BEGIN SELECT RAISE(IGNORE); END",))),
        wal("wal-modus-log-met-vreemde-trigger", _wal(("CREATE TRIGGER t_ignore BEFORE INSERT ON statement BEGIN SELECT RAISE(IGNORE); END",), keep_log=True)),
        wal("wal-modus-met-ruis-als-log", lambda work, real: (_wal()(work, real), (work / (NAME + "-wal")).write_bytes(_noise(9000, 4)))[0], editing="repaired"),
    ]


# Lock files ----------------------------------------------------------------------------------


def _lock(kind: str) -> Builder:
    def build(directory: Path, real: bytes) -> Path:
        path = directory / NAME
        path.write_bytes(real)
        lock = directory / (NAME + ".lock")
        if kind == "fifo":
            os.mkfifo(lock)
        elif kind == "dev-zero":
            lock.symlink_to("/dev/zero")
        elif kind == "link-naar-document":
            lock.symlink_to(path)
        elif kind == "gebroken-link":
            lock.symlink_to(directory / "nergens")
        elif kind == "map":
            lock.mkdir()
        elif kind == "groot":
            with lock.open("wb") as handle:
                handle.truncate(GB)
        elif kind == "4kb-plus-1":
            lock.write_bytes(b" " * 4097)
        elif kind == "diep-json":
            lock.write_bytes(b"[" * 4000)
        elif kind == "ruis":
            lock.write_bytes(_noise(300, 5))
        elif kind == "ongeldige-utf8":
            lock.write_bytes(b'{"user": "\xff\xfe", "host": "h", "pid": 1, "since": ""}')
        elif kind == "enorme-pid":
            lock.write_text(json.dumps({"user": "u", "host": os.uname().nodename, "pid": 10**400, "since": "2026-01-01T00:00:00"}))
        elif kind == "negatieve-pid":
            lock.write_text(json.dumps({"user": "u", "host": os.uname().nodename, "pid": -5, "since": "2026-01-01T00:00:00"}))
        elif kind == "andere-computer":
            lock.write_text(json.dumps({"user": "u", "host": "elders", "pid": 1, "since": "2026-01-01T00:00:00"}))
        elif kind == "lijst":
            lock.write_text("[1, 2, 3]")
        if LOCK_KINDS[kind] and lock.is_file():
            # Left by a crash an hour ago, not being written right now.
            an_hour_ago = time.time() - 3600
            os.utime(lock, (an_hour_ago, an_hour_ago))
        return path

    return build


#: Lock kinds and whether an editing command may write (the lock is taken over) — all others
#: leave the document to read only, never block, and leave the lock file as it is.
LOCK_KINDS = {
    "fifo": False, "dev-zero": False, "link-naar-document": False, "gebroken-link": False, "map": False,
    "groot": False, "4kb-plus-1": False, "andere-computer": False,
    "diep-json": True, "ruis": True, "ongeldige-utf8": True, "enorme-pid": True, "negatieve-pid": True, "lijst": True,
}


def _lock_cases() -> list[Case]:
    return [
        Case(f"slot-{kind}", _lock(kind), kind="lock", read_only="accepted", editing="accepted" if writes else "refused")
        for kind, writes in LOCK_KINDS.items()
    ]
