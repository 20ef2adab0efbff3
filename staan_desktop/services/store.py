"""The ``.staan`` file: an SQLite database used as an application file format.

Creating, opening (after the checks of :mod:`.file_admission`, which keep a foreign or damaged
file untouched) and copying documents. Every edit elsewhere runs through :meth:`Document.transaction`, one
short transaction that is durable when it returns.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool
from sqlmodel import Session

from staan_desktop.domain import row_rules
from staan_desktop.domain.messages import Message, msg, phrase

from . import inspection, journal
from .errors import DocumentError, ValidationError, read_only_refusal, refusing
from .file_admission import ForeignDocument, check_kind, inspect_file
from .file_format import APPLICATION_ID
from .files import write_failure_reason
from .revisions import alembic_config

# Every row SQLAlchemy loads from a document meets the rules of its columns first, so that a
# hostile value is refused where it is read, not wherever it would break something later.
row_rules.install()

def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in (
        "foreign_keys=ON",
        "journal_mode=DELETE",
        "synchronous=FULL",
        "secure_delete=ON",
        "trusted_schema=OFF",
        "busy_timeout=5000",
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


_uri = inspection.uri


def _bound_statements(dbapi_connection: sqlite3.Connection, record: ConnectionPoolEntry) -> None:
    # A statement that runs longer than a bound is stopped (a runaway query cannot hang the
    # window); the clock restarts at every statement, see _statement_starts.
    record.info["statement_started"] = inspection.bound(dbapi_connection)


def _statement_starts(conn: Connection, *_args: object) -> None:
    holder = conn.connection.info.get("statement_started")
    if holder is not None:
        holder[0] = time.monotonic()


def _engine(path: Path, read_only: bool = False, write: bool = True) -> Engine:
    # ``ro`` makes SQLite refuse every write at the lowest level; ``rw`` never creates a new,
    # empty file when the document has disappeared from under an open window.
    uri = _uri(path, "ro" if read_only else "rw")
    # Connections are kept (one per thread at a time) rather than opened per edit: opening one
    # and setting its pragmas cost more than the durable commit. A kept connection would follow
    # a file that was deleted or replaced meanwhile, so Document checks the file's identity
    # before every transaction.
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),  # pragmas: _set_pragmas
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        pool_reset_on_return="rollback",
    )
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "connect", _bound_statements)
    event.listen(engine, "before_cursor_execute", _statement_starts)
    # SQLite's driver opens transactions lazily and never for DDL; take control so that a
    # transaction starts exactly at BEGIN and ends at COMMIT.
    event.listen(engine, "connect", lambda conn, _rec: setattr(conn, "isolation_level", None))
    # A writer takes the write lock at the start, so two writers never deadlock halfway.
    begin = "BEGIN IMMEDIATE" if write and not read_only else "BEGIN"
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql(begin))
    return engine


def _storage_error(exc: DBAPIError, what: str) -> DocumentError:
    text = str(exc.orig).lower()
    reason: str | Message
    if "full" in text:
        reason = "de schijf is vol"
    elif "readonly" in text or "read-only" in text:
        reason = "het bestand of de schijf is alleen-lezen"
    elif "locked" in text or "busy" in text:
        reason = "een ander programma houdt het bestand bezet"
    elif "malformed" in text or "not a database" in text:
        reason = "het bestand is beschadigd"
    elif "interrupted" in text:
        reason = msg("store.took_too_long", seconds=inspection.STATEMENT_SECONDS)
    else:
        reason = "het bestand kon niet worden geschreven"
    said = reason if isinstance(reason, Message) else phrase(reason)
    return DocumentError(msg("store.storage", what=phrase(what), reason=said), str(exc.orig))


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


class Document:
    """One open ``.staan`` file, with its connections kept open between transactions."""

    def __init__(self, path: Path, *, read_only: bool = False, read_only_reason: Message | str = "") -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        #: What opening repaired and the user should be told (a rollback, a journal set aside).
        self.notices: list[str] = []
        self._identity = _identity(self.path)
        self.engine = _engine(self.path, read_only)
        self.read_engine = _engine(self.path, read_only, write=False)

    def _ensure_same_file(self) -> None:
        """Kept connections still point at the file as it was opened. When another file now
        stands under the name (a backup restored over it), reconnect to that one, as opening
        the name afresh would; when none does, refuse: the edit would land nowhere visible."""
        current = _identity(self.path)
        if current == self._identity:
            return
        self.engine.dispose()
        self.read_engine.dispose()
        if current is None:
            raise DocumentError(
                msg("store.moved", name=self.path.name)
            )
        self._identity = current

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed (durably) when the block ends without error."""
        if self.read_only:
            raise read_only_refusal(self.read_only_reason)
        self._ensure_same_file()
        try:
            with refusing(self.path), Session(self.engine, expire_on_commit=False) as session:
                with session.begin():
                    yield session
        except DBAPIError as exc:
            raise _storage_error(exc, "Deze wijziging kon niet worden bewaard") from exc
        except UnicodeEncodeError:
            # A lone surrogate (half a character, e.g. pasted from a broken program) cannot
            # be stored as UTF-8; SQLite's driver raises before anything is written.
            raise ValidationError(
                msg("store.half_character")
            ) from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        self._ensure_same_file()
        try:
            with refusing(self.path), Session(self.read_engine, expire_on_commit=False) as session:
                with session.begin():
                    yield session
        except DBAPIError as exc:
            raise _storage_error(exc, "Het document kon niet worden gelezen") from exc

    def close(self) -> None:
        self.engine.dispose()
        self.read_engine.dispose()

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _migrate(engine: Engine) -> None:
    from alembic import command

    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        # A migration copies whole tables (batch mode): not bounded like a read.
        connection.connection.dbapi_connection.set_progress_handler(None, 0)  # type: ignore[union-attr]
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")


def _fsync_dir(directory: Path) -> None:
    if os.name == "posix":
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _restrict(path: Path) -> None:
    # Documents hold names of people: readable by their owner only.
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass


def _move_into_place_without_replacing(tmp: Path, path: Path) -> None:
    try:
        os.link(tmp, path)  # fails if ``path`` appeared meanwhile: never overwrite a document
    except FileExistsError:
        raise DocumentError(msg("store.exists", name=path.name)) from None
    except OSError:
        # Some shares have no hard links; the race is then only theoretical.
        if path.exists():
            raise DocumentError(msg("store.exists", name=path.name)) from None
        os.replace(tmp, path)
        return
    tmp.unlink()


#: The bytes of an empty document at head, made by the first :func:`create_document` of the
#: process; later ones copy them instead of running every migration again (40 ms → a write).
_empty_image: bytes | None = None


def _build_empty(tmp: Path) -> None:
    global _empty_image
    if _empty_image is not None:
        tmp.write_bytes(_empty_image)
        return
    tmp.unlink()
    conn = inspection.connect(tmp)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.commit()
    conn.close()
    engine = _engine(tmp)
    try:
        _migrate(engine)
    finally:
        engine.dispose()
    _empty_image = tmp.read_bytes()


def create_document(path: Path) -> Document:
    """Create an empty document (schema at head) at ``path``, atomically.

    The schema is built in a temporary file beside the target and renamed into place, so a
    failure never leaves a half-made document behind.
    """
    path = Path(path)
    if path.exists():
        raise DocumentError(msg("store.exists", name=path.name))
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise DocumentError(msg("files.no_such_folder", directory=directory))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise DocumentError(msg("store.cannot_create_in", directory=directory), str(exc)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _build_empty(tmp)
        _restrict(tmp)
        with tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        _move_into_place_without_replacing(tmp, path)
        _fsync_dir(directory)
    except DocumentError:
        tmp.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise DocumentError(msg("store.cannot_create", name=path.name), str(exc)) from exc
    return Document(path)


def _hot_journal(path: Path) -> bool:
    """Whether SQLite would roll a journal into ``path`` at the next connection that may write
    (a journal exists and no live writer holds the file); asked of a read-only connection,
    which refuses instead of rolling back."""
    if not journal.journal_path(path).is_file():
        return False
    try:
        conn = inspection.connect(path, mode="ro")
    except sqlite3.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        return getattr(exc, "sqlite_errorcode", None) == inspection.SQLITE_READONLY_ROLLBACK
    finally:
        conn.close()
    return False


def _let_sqlite_write(path: Path, statement: str) -> None:
    """One connection that may write: SQLite rolls a hot journal back (or, with
    ``journal_mode=DELETE``, ends write-ahead logging) before it answers."""
    conn = inspection.connect(path, mode="rw")
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        conn.execute(statement).fetchall()
    finally:
        conn.close()


def _confirm_document(path: Path, before: Path) -> None:
    """After a rollback or conversion: ``integrity_check`` passes and the file is still this
    document — our application id, the schema of a known revision, at most one trajectory,
    and the same one as in ``before`` (the copy taken first), where that can be read."""
    try:
        inspect_file(path)
    except ForeignDocument as exc:
        raise DocumentError(msg("store.then_foreign", problem=exc.problems[0]), exc.details) from exc
    except DocumentError as exc:
        raise DocumentError(msg("store.then_unhealthy"), exc.details or exc.message) from exc
    ids_before = journal.trajectory_ids(before)
    ids_after = journal.trajectory_ids(path)
    if ids_before is not None and ids_before != ids_after:
        raise DocumentError(msg("store.then_other_document"), f"{ids_before} → {ids_after}")
    conn = inspection.connect_read_only(path)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchmany(21)
    finally:
        conn.close()
    problems = [str(r[0]) for r in rows if r[0] != "ok"]
    if problems:
        raise DocumentError(msg("store.then_damaged"), "\n".join(problems))


def _repair_for_editing(path: Path, header: bytes) -> list[str]:
    """Before a document is opened for editing: end write-ahead logging and roll back an
    interrupted edit, each only after copies went into the backups and checked after; a
    journal that cannot belong to the file is set aside. Returns what the user should know."""
    notices = []
    if journal.is_wal(header):
        side = [side for side in journal.wal_paths(path) if side.is_file()]
        journal.repair(
            path, side, "wal", lambda: _let_sqlite_write(path, "PRAGMA journal_mode=DELETE"),
            lambda before: _confirm_document(path, before),
            failure=msg("store.wal_not_converted", name=path.name),
        )
        notices.append(f"‘{path.name}’ stond in WAL-modus en is omgezet; het origineel staat bij de reservekopieën.")
    if not _hot_journal(path):
        return notices
    log = journal.journal_path(path)
    reason = journal.foreign_reason(path)
    if reason is not None:
        aside = journal.set_aside(log)
        notices.append(
            f"Naast ‘{path.name}’ lag een logboek dat er niet bij hoort ({reason}); het is niet toegepast "
            f"maar opzij gezet als ‘{aside.name}’."
        )
        return notices
    incomplete = journal.incomplete_reason(path)
    if incomplete is not None:
        raise DocumentError(
            msg("store.journal_incomplete", name=path.name, incomplete=incomplete),
        )
    journal.repair(
        path, [log], "onderbroken", lambda: _let_sqlite_write(path, "SELECT count(*) FROM sqlite_master"),
        lambda before: _confirm_document(path, before),
        failure=msg("store.change_not_rolled_back", name=path.name),
    )
    notices.append(f"Een onderbroken wijziging in ‘{path.name}’ is teruggedraaid; een kopie van daarvoor staat bij de reservekopieën.")
    return notices


def open_document(path: Path, *, read_only: bool = False, read_only_reason: Message | str = "") -> Document:
    """Open an existing document after checking it; an older schema is migrated after a
    backup (reason "migratie"). Opened for editing, an edit interrupted by a crash is rolled
    back and a WAL-mode file converted (both after copies, see :func:`_repair_for_editing`);
    read-only, neither happens and the file is refused with a line that says so."""
    path = Path(path)
    header = check_kind(path)
    notices = [] if read_only else _repair_for_editing(path, header)
    report = inspect_file(path)
    if report.needs_migration:
        if read_only:
            raise DocumentError(
                msg("store.older_read_only", name=path.name)
            )
        # Kept with the other backups (user data folder, listed and restorable in the app),
        # not as a stray file beside the document.
        from .backups import backup_now  # backups builds on this module

        backup_now(path, reason="migratie")
        engine = _engine(path)
        try:
            _migrate(engine)
        finally:
            engine.dispose()
    doc = Document(path, read_only=read_only, read_only_reason=read_only_reason)
    doc.notices = notices
    return doc


def copy_document(source: Path, target: Path) -> None:
    """Write a consistent copy of ``source`` to ``target`` (SQLite's backup API) and only then
    move it into place, so an existing ``target`` is never replaced by a partial file."""
    source, target = Path(source), Path(target)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
        os.close(fd)
    except OSError as exc:
        raise DocumentError(msg("store.folder_not_writable", directory=directory), str(exc)) from exc
    tmp = Path(tmp_name)
    try:
        src = inspection.connect(source, mode="ro", unbounded=True)
        dst = inspection.connect(tmp, unbounded=True)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            check = dst.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise DocumentError(msg("store.copy_not_sound"), check)
        finally:
            dst.close()
            src.close()
        _restrict(tmp)
        with tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        _fsync_dir(directory)
    except DocumentError:
        tmp.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        reason = write_failure_reason(exc)
        raise DocumentError(msg("store.copy_not_written", name=target.name, reason=reason), str(exc)) from exc
