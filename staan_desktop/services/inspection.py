"""Inspect before trusting: what a ``.staan`` file holds, read with plain :mod:`sqlite3`, before
anything reads it through SQLAlchemy.

A file travels (mailed, copied to shares, sent back), so its schema is data from a stranger.
SQLite runs what a file's schema says: a trigger ``BEFORE INSERT … RAISE(IGNORE)`` silently drops
edits, an AFTER trigger rewrites text, a table replaced by a recursive view never answers. So the
schema as stored (``sqlite_master``: tables with their columns and types, indexes, triggers,
views) is compared with the schema the migrations make for the file's revision, object by object,
before the ORM sees the file. The reference is kept in ``resources/schema/sqlite_schema.json``:
building it per process would import Alembic and run every migration (a quarter of a second on
every open); a test builds it from the migrations and fails when the file is out of date
(``python -m staan_desktop.services.inspection`` writes it).

Every read here is bounded: the number of schema objects and of rows per table is limited, and
every connection has a progress handler that stops a statement running longer than
:data:`STATEMENT_SECONDS`. Connections are read-only, with ``trusted_schema=OFF``, and never roll
a journal back: SQLite refuses a read-only connection that finds one (``SQLITE_READONLY_ROLLBACK``),
which is reported as an interrupted edit.
"""

from __future__ import annotations

import functools
import json
import sqlite3
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from staan_desktop.domain.messages import Message, msg, phrase, worded

from .errors import DocumentError
from .file_format import APPLICATION_ID

#: A STAAN document is far smaller (the large benchmark trajectory: 255,000 scores, 30 MB).
MAX_FILE_BYTES = 1 << 30
#: The migrations make about 80 objects; a file with thousands is not ours.
MAX_SCHEMA_OBJECTS = 400
#: Rows per table. Scores are municipalities × task fields × criteria (50 × 500 × 10 in the
#: large benchmark); nothing else comes near 20,000 in a real trajectory.
MAX_ROWS_DEFAULT = 20_000
MAX_ROWS = {"score": 300_000, "interest_item": 100_000, "review_comment": 50_000, "room_ballot": 300_000}
#: Longest text per column, in characters (``domain.document.MAX_TEXT``, kept literal so that
#: this module need not load pydantic); snapshots of signed-off versions hold a whole trajectory.
MAX_TEXT = 200_000
MAX_TEXT_COLUMNS = {("version", "content"): 64 << 20, ("version", "canonical_form"): 64 << 20}
#: The longest any single statement may run before it is stopped.
STATEMENT_SECONDS = 4.0
#: SQLite calls the progress handler every this many virtual-machine steps (about 1 ms).
PROGRESS_STEPS = 10_000

#: Extended result code of a read-only connection that finds a hot journal.
SQLITE_READONLY_ROLLBACK = 776
#: Result code of a statement stopped by the progress handler.
SQLITE_INTERRUPT = 9


#: Values of the columns that hold an enumeration (``domain``: Status, BlockKind, OwnerRole,
#: OptionStatus, Verdict; option_tables.QUADRANTS),
#: literal for the same reason as MAX_TEXT; a test compares them with the enums.
ENUM_COLUMNS: dict[tuple[str, str], tuple[str, ...]] = {
    ("trajectory", "status"): ("concept", "vastgesteld"),
    ("block", "kind"): (
        "text", "statements", "motives", "interests", "differences", "criteria",
        "classification", "scores", "owners", "roles", "rules", "options", "frame", "decision",
        "parties", "actions", "key_figures", "cost_keys", "mandates", "open_questions", "knowledge_agenda", "cooperations",
    ),
    ("owner", "role"): ("eigenaar", "projectleider"),
    ("option", "decision_status"): ("gekozen", "niet gekozen", "later", "uitgesloten"),
    ("knock_out_verdict", "verdict"): ("voldoet", "voldoet niet", "onbekend"),
    ("option_swot", "quadrant"): ("strengths", "weaknesses", "opportunities", "threats"),
    ("municipality", "kind"): ("gemeente", "organisatie", "extern", "toekomstig"),
    ("action_item", "kind"): ("resultaat", "actie"),
    ("action_item", "status"): ("open", "in uitvoering", "gereed", "vervallen"),
    ("knowledge_question", "status"): ("open", "in behandeling", "beantwoord"),
    ("open_question", "status"): ("open", "in behandeling", "beantwoord"),
    ("mandate", "status"): ("open", "in behandeling", "beantwoord"),
    ("mandate", "kind"): ("kader", "vraag"),
    # domain.room_rules
    ("room_round", "kind"): ("task_fields", "options", "statements", "poll", "interests", "swot", "ideas"),
    ("room_round", "anonymity"): ("anonymous", "municipality", "named"),
    ("room_contribution", "quadrant"): ("", "strengths", "weaknesses", "opportunities", "threats"),
    ("room_round", "rule"): ("mean", "median"),
    ("room_round", "state"): ("open", "closed"),
    ("room_contribution", "status"): ("pending", "accepted", "rejected"),
}

#: JSON columns that hold a list of row ids instead of a list of texts.
JSON_ID_COLUMNS = {("municipality", "acts_for"), ("cooperation", "task_field_ids"), ("cooperation", "option_ids")}


def reference_path() -> Path:
    from staan_desktop.resources import resource_path

    return resource_path("schema/sqlite_schema.json")


def bound(connection: sqlite3.Connection, seconds: float | None = None) -> list[float]:
    """Stop any statement on ``connection`` that runs longer than ``seconds`` (by default
    :data:`STATEMENT_SECONDS`); returns the holder of the current statement's start (monotonic
    time), for callers that run several statements (set ``holder[0] = time.monotonic()``)."""
    limit = STATEMENT_SECONDS if seconds is None else seconds
    holder = [time.monotonic()]
    connection.set_progress_handler(lambda: int(time.monotonic() - holder[0] > limit), PROGRESS_STEPS)
    return holder


def uri(path: Path, mode: str) -> str:
    """An SQLite URI for exactly ``path``: ``#``, ``?`` and ``%`` in a file name are escaped
    (unescaped, SQLite reads them as URI syntax and opens another file)."""
    return f"{Path(path).absolute().as_uri()}?mode={mode}"


def connect(target: Path | str, *, mode: str | None = None, unbounded: bool = False, seconds: float | None = None) -> sqlite3.Connection:
    """Every plain :mod:`sqlite3` connection of the services: ``trusted_schema=OFF`` (functions
    and virtual tables named in a file's schema do not run) and, unless ``unbounded`` (copying
    a whole file), a bound on each statement (:func:`bound`). ``mode`` ``ro``/``rw`` opens
    exactly ``target`` as a URI."""
    if mode is None:
        connection = sqlite3.connect(target, check_same_thread=False)
    else:
        connection = sqlite3.connect(uri(Path(target), mode), uri=True, check_same_thread=False)
    try:
        connection.execute("PRAGMA trusted_schema=OFF")
    except sqlite3.Error:
        connection.close()
        raise
    if not unbounded:
        bound(connection, seconds)
    return connection


def connect_read_only(path: Path, *, seconds: float | None = None) -> sqlite3.Connection:
    """A read-only connection to exactly ``path`` that trusts nothing in its schema and stops
    runaway statements. It never writes, never creates a file beside it, never rolls back."""
    try:
        connection = connect(path, mode="ro", seconds=seconds)
        connection.execute("PRAGMA query_only=ON")
    except sqlite3.Error as exc:
        raise DocumentError(msg("inspection.cannot_open", name=Path(path).name), str(exc)) from exc
    return connection


def interrupted_edit(name: str, details: str = "") -> DocumentError:
    return DocumentError(
        msg("inspection.interrupted_change", name=name),
        details,
    )


def read_error(name: str, exc: sqlite3.Error) -> DocumentError:
    """The Dutch line for an error while reading a file with plain sqlite3."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code == SQLITE_READONLY_ROLLBACK:
        return interrupted_edit(name, str(exc))
    if code == SQLITE_INTERRUPT or "interrupted" in str(exc):
        return DocumentError(
            msg("inspection.too_slow", name=name, seconds=STATEMENT_SECONDS),
            str(exc),
        )
    return DocumentError(msg("inspection.damaged_or_incomplete", name=name), str(exc))


def normalize_sql(sql: str | None) -> str | None:
    return None if sql is None else " ".join(sql.split())


SchemaObject = tuple[str, str, str, "str | None"]


#: The migrations' schema fills a handful of pages; a walk of the schema's b-tree stops here.
_MAX_SCHEMA_PAGES = 64


def schema_entries_at_most(path: Path, header: bytes, limit: int = MAX_SCHEMA_OBJECTS) -> bool:
    """Whether the schema table holds at most ``limit`` entries, counted from the file's pages
    before SQLite opens it: SQLite parses the whole schema at the first statement, and 30,000
    objects take it seconds. Walks the schema's b-tree (page 1) for at most
    :data:`_MAX_SCHEMA_PAGES` pages; a page it cannot make sense of leaves the answer to SQLite
    (which refuses a damaged file), so only a clearly oversized schema returns ``False``."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return True
    entries, seen, todo = 0, set(), [1]
    try:
        with open(path, "rb") as handle:
            while todo:
                number = todo.pop()
                if number in seen or number < 1:
                    return True
                seen.add(number)
                if len(seen) > _MAX_SCHEMA_PAGES:
                    return False
                handle.seek((number - 1) * page_size)
                page = handle.read(page_size)
                start = 100 if number == 1 else 0
                if len(page) < start + 12:
                    return True
                kind, cells = page[start], int.from_bytes(page[start + 3 : start + 5], "big")
                if kind == 0x0D:  # table leaf: one cell per schema entry
                    entries += cells
                    if entries > limit:
                        return False
                elif kind == 0x05:  # table interior: child pointers, then the right-most one
                    todo.append(int.from_bytes(page[start + 8 : start + 12], "big"))
                    for i in range(cells):
                        at = start + 12 + 2 * i
                        offset = int.from_bytes(page[at : at + 2], "big")
                        if offset + 4 > len(page):
                            return True
                        todo.append(int.from_bytes(page[offset : offset + 4], "big"))
                else:
                    return True
    except OSError:
        return True
    return True


def too_many_objects(name: str) -> DocumentError:
    return DocumentError(
        msg("inspection.too_many_objects", name=name, maximum=MAX_SCHEMA_OBJECTS),
    )


def schema_objects(connection: sqlite3.Connection, name: str) -> list[SchemaObject]:
    """Every object of the schema as (type, name, table, normalized SQL), bounded in number.
    Reading ``sqlite_master`` runs nothing of the file's own."""
    try:
        rows = connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master LIMIT ?", (MAX_SCHEMA_OBJECTS + 1,)
        ).fetchall()
    except sqlite3.Error as exc:
        raise read_error(name, exc) from exc
    if len(rows) > MAX_SCHEMA_OBJECTS:
        raise too_many_objects(name)
    objects = []
    for kind, object_name, table, sql in rows:
        if not all(isinstance(v, str) for v in (kind, object_name, table)) or not isinstance(sql, (str, type(None))):
            raise DocumentError(msg("inspection.schema_unreadable", name=name))
        objects.append((kind, object_name, table, normalize_sql(sql)))
    return sorted(objects, key=lambda o: (o[0], o[1]))


def _build_reference() -> dict[str, list[list[str | None]]]:
    """What the migrations make, per revision: run them on empty files (needs Alembic)."""
    from alembic import command
    from sqlalchemy import create_engine

    from .revisions import alembic_config, revisions

    reference: dict[str, list[list[str | None]]] = {}
    for revision in sorted(revisions()):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "leeg.staan"
            conn = connect(path, unbounded=True)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.close()
            engine = create_engine(f"sqlite:///{path}")
            try:
                with engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
                    config = alembic_config()
                    config.attributes["connection"] = connection
                    command.upgrade(config, revision)
                    connection.commit()
            finally:
                engine.dispose()
            conn = connect(path, unbounded=True)
            try:
                reference[revision] = [list(o) for o in schema_objects(conn, path.name)]
            finally:
                conn.close()
    return reference


def write_reference() -> Path:
    path = reference_path()
    path.write_text(json.dumps(_build_reference(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def reference_schema_json() -> dict[str, list[list[str | None]]]:
    reference: dict[str, list[list[str | None]]] = json.loads(reference_path().read_text(encoding="utf-8"))
    return reference


@functools.cache
def reference_schema() -> dict[str, frozenset[SchemaObject]]:
    data = reference_schema_json()
    return {revision: frozenset(tuple(o) for o in objects) for revision, objects in data.items()}  # type: ignore[misc]


_KINDS = {"table": "tabel", "index": "index", "trigger": "trigger", "view": "view"}


def _label(obj: SchemaObject) -> Message:
    kind, name, table, _sql = obj
    said = phrase(_KINDS[kind]) if kind in _KINDS else kind  # another kind is SQLite's own word
    if kind in ("index", "trigger") and table != name:
        return msg("schema.label_on", kind=said, name=name, table=table)
    return msg("schema.label", kind=said, name=name)


def schema_problems(objects: Iterable[SchemaObject], revision: str) -> list[str]:
    """What differs between the file's schema and the one the migrations make for
    ``revision``: foreign objects, missing ones, and ones whose definition was changed."""
    expected = {(o[0], o[1]): o for o in reference_schema()[revision]}
    actual = {(o[0], o[1]): o for o in objects}
    problems: list[str] = []
    for key in sorted(actual.keys() - expected.keys()):
        problems.append(worded(msg("schema.foreign_object", label=_label(actual[key]))))
    for key in sorted(expected.keys() - actual.keys()):
        insert_only = key[0] == "trigger" and key[1].startswith("trg_")
        label = _label(expected[key])
        problems.append(worded(msg("schema.missing_protection", label=label) if insert_only
                               else msg("schema.missing", label=label)))
    for key in sorted(actual.keys() & expected.keys()):
        if actual[key] != expected[key]:
            insert_only = key[0] == "trigger" and key[1].startswith("trg_")
            label = _label(actual[key])
            problems.append(worded(msg("schema.changed_protection", label=label) if insert_only
                                   else msg("schema.changed", label=label)))
    return problems


def tables_of(revision: str) -> list[str]:
    return sorted(o[1] for o in reference_schema()[revision] if o[0] == "table" and o[1] != "alembic_version")


def count_problems(
    connection: sqlite3.Connection, revision: str, name: str, trusted: dict[str, bool], *, empty_ok: bool = False
) -> list[str]:
    """Rows per table within the limits, and exactly one trajectory (or none with ``empty_ok``:
    a document just created, before its content was written). Counted with a bound
    (``LIMIT``), so a table of a million rows costs no more than one of the limit."""
    problems: list[str] = []
    try:
        for table in tables_of(revision):
            if not trusted.get(table):
                continue  # missing, altered or a view: reported as such, never read
            limit = MAX_ROWS.get(table, MAX_ROWS_DEFAULT)
            # The table's name comes from the reference, never from the file.
            (count,) = connection.execute(
                f'SELECT count(*) FROM (SELECT 1 FROM "{table}" LIMIT ?)', (limit + 1,)
            ).fetchone()
            if count > limit:
                problems.append(worded(msg("schema.too_many_rows", table=table, count=f"{limit:,}".replace(",", "."))))
                trusted[table] = False  # not read any further: reading it is what the bound prevents
            if table == "trajectory" and count != 1 and not (empty_ok and count == 0):
                problems.append(worded(
                    msg("schema.no_trajectory") if count == 0 else msg("schema.trajectories", count=count)
                ))
    except sqlite3.Error as exc:
        raise read_error(name, exc) from exc
    return problems


_ALLOWED_TYPES = {
    "INTEGER": ("integer",),
    "BOOLEAN": ("integer",),
    "FLOAT": ("real", "integer"),
    "JSON": ("text",),
}


def value_problems(connection: sqlite3.Connection, revision: str, name: str, trusted: dict[str, bool]) -> list[str]:
    """What ``check`` finds in the rows themselves: values of the wrong storage type
    (``typeof``), over-long texts and unknown enumeration values. One scan per table."""
    problems: list[str] = []
    try:
        for table in tables_of(revision):
            if not trusted.get(table):
                continue
            columns = connection.execute(f'PRAGMA table_info("{table}")').fetchall()
            parts: list[str] = []
            checks: list[tuple[str, str, str]] = []  # column, kind, what is allowed
            for _cid, column, declared, notnull, _default, _pk in columns:
                allowed = _ALLOWED_TYPES.get(str(declared).upper().split("(")[0], ("text",))
                types = ", ".join(f"'{t}'" for t in allowed + (() if notnull else ("null",)))
                parts.append(f'sum(typeof("{column}") NOT IN ({types}))')
                checks.append((column, "type", "/".join(allowed)))
                if "text" in allowed:
                    limit = MAX_TEXT_COLUMNS.get((table, column), MAX_TEXT)
                    parts.append(f'sum(typeof("{column}") = \'text\' AND length("{column}") > {limit})')
                    checks.append((column, "length", f"{limit:,}".replace(",", ".")))
                if str(declared).upper() == "JSON":
                    # A list of texts (or of ids), as the tree reads it; json_valid also refuses
                    # nesting deeper than SQLite's parser allows, before Python's parser recurses.
                    item = "integer" if (table, column) in JSON_ID_COLUMNS else "text"
                    parts.append(
                        f'sum(CASE WHEN json_valid("{column}") AND json_type("{column}") = \'array\' '
                        f'THEN (SELECT count(*) FROM json_each("{column}") WHERE type != \'{item}\') > 0 ELSE 1 END)'
                    )
                    checks.append((column, "json", item))
                if str(declared).upper() == "DATE":
                    # A day as SQLAlchemy reads it back (2008-01-01); anything else would fail
                    # inside the ORM instead of being named here.
                    parts.append(f'sum("{column}" IS NOT NULL AND date("{column}") IS NOT "{column}")')
                    checks.append((column, "date", ""))
                values = ENUM_COLUMNS.get((table, column))
                if values is not None:
                    listed = ", ".join(f"'{v}'" for v in values)
                    parts.append(f'sum("{column}" NOT IN ({listed}))')
                    checks.append((column, "enum", ", ".join(values)))
            row = connection.execute(f'SELECT {", ".join(parts)} FROM "{table}"').fetchone()
            for (column, kind, extra), found in zip(checks, row):
                if not found:
                    continue
                # The column, SQLite's type names and the stored values allowed are the file's
                # own words, shown as they are in every language.
                where = f"{table}.{column}"
                if kind == "type":
                    problem = msg("schema.wrong_type", found=found, column=where, expected=extra)
                elif kind == "json":
                    problem = (msg("schema.not_a_list_of_numbers", found=found, column=where) if extra == "integer"
                               else msg("schema.not_a_list_of_texts", found=found, column=where))
                elif kind == "date":
                    problem = msg("schema.not_a_date", found=found, column=where)
                elif kind == "length":
                    problem = msg("schema.text_too_long", found=found, limit=extra, column=where)
                else:
                    problem = msg("schema.unknown_values", found=found, column=where, allowed=extra)
                problems.append(worded(problem))
    except sqlite3.Error as exc:
        raise read_error(name, exc) from exc
    return problems


if __name__ == "__main__":
    print(f"geschreven: {write_reference()}")
