"""The hostile corpus: every kind of file a careless or hostile sender can put where a ``.staan``
document is expected, as ``(name, builder)`` cases that any test can iterate (the services, the
command line, the window's open path).

A builder gets an empty folder and the bytes of a healthy document (the demo, see
:func:`real_document`) and returns the path to open; it may put a journal, WAL or lock file
beside it. Each :class:`Case` says what must happen:

* ``read_only`` — what read-only commands (check, info, history, export) do: ``"refused"`` (one
  Dutch line) or ``"accepted"`` (they work); in both cases no byte in the folder changes;
* ``editing`` — what opening for editing does: ``"refused"`` (nothing changed), ``"accepted"``
  (opened, nothing changed), ``"repaired"`` (a journal rolled back, a journal set aside or a
  WAL file converted — after copies went into the backups), or ``"repaired-or-refused"``.

The categories of the older corpus (``test_hostile_files``: noise, truncations, foreign
databases, special files, sparse giants, JSON imports) are part of it.
"""

from __future__ import annotations

import functools
import json
import os
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .test_hostile_files import GB, JSON_CASES, STAAN_CASES

Builder = Callable[[Path, bytes], Path]
NAME = "x.staan"
MB = 1 << 20


@dataclass(frozen=True)
class Case:
    name: str
    build: Builder
    #: "document", "journal", "wal", "lock" or "json"
    kind: str = "document"
    read_only: str = "refused"
    editing: str = "refused"
    #: For accepted documents: whether ``check`` reports problems (exit 1) all the same.
    check_problems: bool = False


@functools.cache
def real_document() -> bytes:
    """The demo document's bytes, made once per process."""
    from staan_desktop.services.interchange import create_demo

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.staan"
        create_demo(path).close()
        return path.read_bytes()


_built: dict[str, dict[str, bytes]] = {}


def _cached(key: str, make: Callable[[Path, bytes], None]) -> Builder:
    """A builder whose files are made once per process (some take a second) and then copied:
    ``make`` gets a folder holding ``x.staan`` (the demo) and changes it and what lies beside."""

    def build(directory: Path, real: bytes) -> Path:
        if key not in _built:
            with tempfile.TemporaryDirectory() as folder:
                work = Path(folder)
                (work / NAME).write_bytes(real)
                make(work, real)
                _built[key] = {p.name: p.read_bytes() for p in work.iterdir() if p.is_file() and not p.is_symlink()}
        for name, data in _built[key].items():
            (directory / name).write_bytes(data)
        return directory / NAME

    return build


def _sql(*statements: str, writable_schema: bool = False) -> Callable[[Path, bytes], None]:
    def make(work: Path, _real: bytes) -> None:
        conn = sqlite3.connect(work / NAME, isolation_level=None)
        try:
            if writable_schema:
                conn.execute("PRAGMA writable_schema=ON")
            for statement in statements:
                conn.execute(statement)
        finally:
            conn.close()

    return make


def document(key: str, *statements: str, writable_schema: bool = False, **expect: object) -> Case:
    return Case(key, _cached(key, _sql(*statements, writable_schema=writable_schema)), **expect)  # type: ignore[arg-type]


@functools.cache
def _tables() -> list[tuple[str, str]]:
    """Each table of a healthy document with one of its ordinary columns (read from the demo
    itself, so that the corpus depends on nothing it tests)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / NAME
        path.write_bytes(real_document())
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version' ORDER BY name"
            ).fetchall()
        finally:
            conn.close()
    return [(table, sql.split("(", 1)[1].split(",")[1].split()[0].strip('"')) for table, sql in rows]


INSERT_ONLY = ("version", "signoff", "signoff_member", "draft", "version_export")
RECURSIVE = "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT i FROM r"


def _schema_cases() -> list[Case]:
    cases = []
    for table, column in _tables():
        quoted = f'"{column}"'
        cases += [
            document(f"trigger-voor-invoegen-negeren-{table}", f"CREATE TRIGGER t_ignore BEFORE INSERT ON {table} BEGIN SELECT RAISE(IGNORE); END"),
            document(f"trigger-na-wijzigen-{table}", f"CREATE TRIGGER t_after AFTER UPDATE ON {table} BEGIN SELECT 1; END"),
            document(f"extra-kolom-{table}", f"ALTER TABLE {table} ADD COLUMN extra TEXT"),
            document(f"extra-index-{table}", f"CREATE INDEX ix_extra ON {table}({quoted})"),
        ]
    for table in INSERT_ONLY:
        for event in ("update", "delete"):
            cases.append(document(f"beveiliging-weg-{table}-{event}", f"DROP TRIGGER trg_{table}_no_{event}"))
    cases += [
        document("beveiliging-allemaal-weg", *[f"DROP TRIGGER trg_{t}_no_{e}" for t in INSERT_ONLY for e in ("update", "delete")]),
        document(
            "beveiliging-negeert-in-plaats-van-weigert",
            "DROP TRIGGER trg_version_no_update",
            "CREATE TRIGGER trg_version_no_update BEFORE UPDATE ON version BEGIN SELECT RAISE(IGNORE); END",
        ),
        document(
            "beveiliging-andere-naam",
            "DROP TRIGGER trg_signoff_no_delete",
            "CREATE TRIGGER trg_signoff_no_delete2 BEFORE DELETE ON signoff BEGIN SELECT RAISE(ABORT, 'x'); END",
        ),
        document("trigger-na-invoegen-herschrijft-tekst", "CREATE TRIGGER t_rewrite AFTER INSERT ON statement BEGIN UPDATE statement SET text = 'x' WHERE id = new.id; END"),
        document("trigger-voor-verwijderen-negeren", "CREATE TRIGGER t_keep BEFORE DELETE ON municipality BEGIN SELECT RAISE(IGNORE); END"),
        document("trigger-op-schemaversie", "CREATE TRIGGER t_v BEFORE UPDATE ON alembic_version BEGIN SELECT RAISE(IGNORE); END"),
        document("view-extra", "CREATE VIEW v_extra AS SELECT * FROM statement"),
        document("view-recursief-extra", f"CREATE VIEW v_loop AS {RECURSIVE}"),
        document(
            "view-met-in-plaats-van-trigger",
            "CREATE VIEW v_extra AS SELECT * FROM statement",
            "CREATE TRIGGER t_instead INSTEAD OF INSERT ON v_extra BEGIN SELECT 1; END",
        ),
        document("extra-tabel", "CREATE TABLE extra(a, b)"),
        document("extra-tabel-met-gegevens", "CREATE TABLE extra(a)", "INSERT INTO extra VALUES (randomblob(1000))"),
        document("virtuele-tabel-fts", "CREATE VIRTUAL TABLE zoek USING fts5(tekst)"),
        document("statistiek-analyze", "ANALYZE"),
        document("index-uniek-titel", "CREATE UNIQUE INDEX ix_title ON trajectory(title)"),
        document("index-gedeeltelijk", "CREATE INDEX ix_part ON statement(position) WHERE position > 3"),
        document("index-expressie", "CREATE INDEX ix_expr ON statement(lower(text))"),
        document("index-op-schemaversie", "CREATE INDEX ix_v ON alembic_version(version_num)"),
        document("index-ontbreekt", "DROP INDEX ix_score_task_field_id"),
        document("tabel-ontbreekt", "DROP TABLE rule"),
        document("tabel-ontbreekt-agenda", "DROP TABLE agenda_step"),
        document(
            "type-veranderd-tekst-naar-blob",
            "UPDATE sqlite_master SET sql = replace(sql, 'text VARCHAR NOT NULL', 'text BLOB NOT NULL') WHERE name = 'statement'",
            writable_schema=True,
        ),
        document(
            "type-veranderd-waarde-naar-real",
            "UPDATE sqlite_master SET sql = replace(sql, 'value INTEGER NOT NULL', 'value REAL NOT NULL') WHERE name = 'score'",
            writable_schema=True,
        ),
        document(
            "check-beperking-toegevoegd",
            "UPDATE sqlite_master SET sql = replace(sql, 'position INTEGER NOT NULL,', 'position INTEGER NOT NULL CHECK (position < 0),') WHERE name = 'statement'",
            writable_schema=True,
        ),
        document(
            "standaardwaarde-toegevoegd",
            "UPDATE sqlite_master SET sql = replace(sql, 'text VARCHAR NOT NULL', 'text VARCHAR NOT NULL DEFAULT (random())') WHERE name = 'rule'",
            writable_schema=True,
        ),
        document(
            "trigger-tekst-veranderd",
            "UPDATE sqlite_master SET sql = replace(sql, 'RAISE(ABORT', 'RAISE(IGNORE); SELECT RAISE(ABORT') WHERE name = 'trg_version_no_delete'",
            writable_schema=True,
        ),
    ]
    # A table replaced by a view, and by a recursive one that never ends.
    for table in ("statement", "trajectory", "score", "municipality", "alembic_version", "version"):
        cases.append(document(f"tabel-vervangen-door-view-{table}", f"DROP TABLE {table}", f"CREATE VIEW {table} AS SELECT * FROM rule"))
    for table in ("statement", "trajectory", "task_field", "alembic_version"):
        cases.append(document(f"tabel-vervangen-door-recursieve-view-{table}", f"DROP TABLE {table}", f"CREATE VIEW {table} AS {RECURSIVE}"))
    cases += [
        Case("500-extra-tabellen", _cached("500-extra-tabellen", _many_tables(500))),
        Case("30000-extra-tabellen", _cached("30000-extra-tabellen", _many_tables(30_000))),
        document("30000-extra-views", *_many_views(30_000), writable_schema=True),
        document("schemaversie-twee-rijen", "INSERT INTO alembic_version VALUES ('0002')"),
        document("schemaversie-getal", "UPDATE alembic_version SET version_num = 3"),
    ]
    return cases


def _many_tables(count: int) -> Callable[[Path, bytes], None]:
    """``count`` extra tables, written straight into the schema table (creating them one by one
    takes SQLite a minute for 30,000); they share one root page, which only a full integrity
    check would notice — the count is refused long before."""

    def make(work: Path, _real: bytes) -> None:
        conn = sqlite3.connect(work / NAME, isolation_level=None)
        try:
            conn.execute("CREATE TABLE extra_0(a)")
            (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'extra_0'").fetchone()
            conn.execute("PRAGMA writable_schema=ON")
            conn.execute(
                "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < ?) "
                "INSERT INTO sqlite_master SELECT 'table', 'extra_' || i, 'extra_' || i, ?, "
                "'CREATE TABLE extra_' || i || '(a)' FROM r",
                (count - 1, root),
            )
        finally:
            conn.close()

    return make


def _many_views(count: int) -> tuple[str, ...]:
    statement = (
        "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < "
        f"{count}) INSERT INTO sqlite_master SELECT 'view', 'v_' || i, 'v_' || i, 0, "
        "'CREATE VIEW v_' || i || ' AS SELECT ' || i FROM r"
    )
    return (statement,)


def _content_cases() -> list[Case]:
    big = 100 * MB
    return [
        document("geen-traject", "DELETE FROM trajectory", read_only="accepted", editing="accepted", check_problems=True),
        document("twee-trajecten", "INSERT INTO trajectory SELECT id + 1, title, subtitle, short_name, procesmanager, author_role, document_date, version_label, status, character_keywords, differences, procesmanager_public FROM trajectory"),
        document("tekst-te-lang-uitspraak", "UPDATE statement SET text = printf('%.*c', 200001, 'x') WHERE id = (SELECT min(id) FROM statement)"),
        document("tekst-te-lang-titel", "UPDATE trajectory SET title = printf('%.*c', 300000, 'x')"),
        document("tekst-100mb", f"UPDATE statement SET text = hex(zeroblob({big // 2})) WHERE id = (SELECT min(id) FROM statement)"),
        document("blob-100mb", f"UPDATE trajectory SET differences = zeroblob({big})"),
        document("blob-in-titel", "UPDATE trajectory SET title = x'00ff00ff'"),
        # SQLite stores a number in a text column as text: a correct document.
        document("getal-in-tekstkolom", "UPDATE statement SET text = 42", read_only="accepted", editing="accepted"),
        document("tekst-als-positie", "UPDATE statement SET position = 'eerste'"),
        document("breuk-als-positie", "UPDATE municipality SET position = 1.5"),
        document("tekst-als-score", "UPDATE score SET value = 'hoog' WHERE id = (SELECT min(id) FROM score)"),
        document("blob-als-score", "UPDATE score SET value = x'01' WHERE id = (SELECT min(id) FROM score)"),
        document("tekst-als-gewicht", "UPDATE criterion SET weight = 'zwaar'"),
        document("tekst-als-preferent", "UPDATE task_field SET shortlisted = 'ja'"),
        document("null-in-verplichte-kolom", "UPDATE sqlite_master SET sql = replace(sql, 'text VARCHAR NOT NULL', 'text VARCHAR') WHERE name = 'rule'", writable_schema=True),
        document("onbekende-status", "UPDATE trajectory SET status = 'klaar'"),
        document("status-hoofdletters", "UPDATE trajectory SET status = 'CONCEPT'"),
        document("onbekende-bloksoort", "UPDATE block SET kind = 'video' WHERE id = (SELECT min(id) FROM block)"),
        document("onbekende-eigenaarsrol", "UPDATE owner SET role = 'baas' WHERE id = (SELECT min(id) FROM owner)"),
        document("trefwoorden-geen-json", "UPDATE trajectory SET character_keywords = '[niet, json'"),
        document("trefwoorden-object", "UPDATE trajectory SET character_keywords = '{\"a\": 1}'"),
        document("trefwoorden-getallen", "UPDATE trajectory SET character_keywords = '[1, 2, 3]'"),
        document("trefwoorden-diep-genest", f"UPDATE trajectory SET character_keywords = '{'[' * 100_000}{']' * 100_000}'"),
        document("trefwoorden-genest-1000", f"UPDATE trajectory SET character_keywords = '[{'[' * 999}{']' * 999}]'"),
        Case("een-miljoen-uitspraken", _cached("een-miljoen-uitspraken", _sql(
            "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 1000000) "
            "INSERT INTO statement(text, position) SELECT 'uitspraak', 100 + i FROM r"
        ))),
        Case("1gb-ijl-na-document", _sparse_tail(GB - 4096), read_only="accepted", editing="accepted"),
        Case("1gb-ijl-paginatelling-in-kop", _sparse_counted(GB)),
        Case("net-boven-1gb-ijl", _sparse_tail(GB + 4096)),
    ]


def _sparse_tail(size: int) -> Builder:
    """The real document followed by holes up to ``size`` bytes: SQLite reads only the pages
    its header counts, so this is a healthy document in a 1 GB file (written in a moment)."""

    def build(directory: Path, real: bytes) -> Path:
        path = directory / NAME
        with path.open("wb") as handle:
            handle.write(real)
            handle.truncate(size)
        return path

    return build


def _sparse_counted(size: int) -> Builder:
    """As :func:`_sparse_tail`, with the header saying the holes are pages of the database."""

    def build(directory: Path, real: bytes) -> Path:
        path = _sparse_tail(size)(directory, real)
        with path.open("r+b") as handle:
            handle.seek(28)
            handle.write((size // 4096).to_bytes(4, "big"))
        return path

    return build


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


def _older_cases() -> list[Case]:
    return [Case(name, build) for name, build in STAAN_CASES.items()] + [
        Case(name, build, kind="json") for name, build in JSON_CASES.items()
    ]


CASES: list[Case] = _schema_cases() + _content_cases() + _journal_cases() + _wal_cases() + _lock_cases() + _older_cases()
CORPUS: list[tuple[str, Builder]] = [(case.name, case.build) for case in CASES]
BY_NAME = {case.name: case for case in CASES}
assert len(BY_NAME) == len(CASES), "two cases share a name"
