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
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from .hostile_case import MB, NAME, Builder, Case, _cached, _sql, document, real_document
from .hostile_side_files import _journal_cases, _lock_cases, _wal_cases
from .test_hostile_files import GB, JSON_CASES, STAAN_CASES


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


def _older_cases() -> list[Case]:
    return [Case(name, build) for name, build in STAAN_CASES.items()] + [
        Case(name, build, kind="json") for name, build in JSON_CASES.items()
    ]


CASES: list[Case] = _schema_cases() + _content_cases() + _journal_cases() + _wal_cases() + _lock_cases() + _older_cases()
CORPUS: list[tuple[str, Builder]] = [(case.name, case.build) for case in CASES]
BY_NAME = {case.name: case for case in CASES}
assert len(BY_NAME) == len(CASES), "two cases share a name"
