"""The ``.staan`` file: an SQLite database used as an application file format.

Creating, opening (with every check that keeps a foreign or damaged file untouched), copying
and checking documents. Every edit elsewhere runs through :meth:`Document.transaction`, one
short transaction that is durable when it returns.
"""

from __future__ import annotations

import ast
import functools
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from .errors import DocumentError, ReadOnlyError, ValidationError, refusing
from .file_format import APPLICATION_ID, SQLITE_HEADER, SUFFIX
from .files import write_failure_reason

if TYPE_CHECKING:
    from alembic.config import Config

_MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


# Alembic is imported only to migrate: importing it adds about 0.2 s to the start-up, and
# opening a current document needs no more than the revision ids below.


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def _literals(script: Path) -> dict[str, object]:
    """The module-level ``name = literal`` assignments of a migration script."""
    values: dict[str, object] = {}
    for node in ast.parse(script.read_text("utf-8")).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names, value = [node.target.id], node.value
        elif isinstance(node, ast.Assign):
            names, value = [t.id for t in node.targets if isinstance(t, ast.Name)], node.value
        else:
            continue
        try:
            values.update(dict.fromkeys(names, ast.literal_eval(value)))
        except ValueError:
            pass  # not a literal, so not a revision id
    return values


@functools.cache
def _revisions() -> dict[str, tuple[str, ...]]:
    """Each migration's ``revision`` → its ``down_revision``s, read once per process from the
    scripts' text: the same literals Alembic reads when it loads them."""
    graph: dict[str, tuple[str, ...]] = {}
    for script in sorted((_MIGRATIONS / "versions").glob("*.py")):
        values = _literals(script)
        revision, down = values.get("revision"), values.get("down_revision")
        if isinstance(revision, str):
            graph[revision] = () if down is None else (down,) if isinstance(down, str) else tuple(down)  # type: ignore[arg-type]
    return graph


def head_revision() -> str:
    followed = {down for downs in _revisions().values() for down in downs}
    heads = [revision for revision in _revisions() if revision not in followed]
    assert len(heads) == 1, f"migrations have {len(heads)} heads: {heads}"
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revisions())


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


def _uri(path: Path, mode: str) -> str:
    """An SQLite URI for exactly ``path``: ``#``, ``?`` and ``%`` in a file name are escaped
    (unescaped, SQLite and SQLAlchemy read them as URI syntax and open another file)."""
    return f"{Path(path).absolute().as_uri()}?mode={mode}"


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
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        pool_reset_on_return="rollback",
    )
    event.listen(engine, "connect", _set_pragmas)
    # SQLite's driver opens transactions lazily and never for DDL; take control so that a
    # transaction starts exactly at BEGIN and ends at COMMIT.
    event.listen(engine, "connect", lambda conn, _rec: setattr(conn, "isolation_level", None))
    # A writer takes the write lock at the start, so two writers never deadlock halfway.
    begin = "BEGIN IMMEDIATE" if write and not read_only else "BEGIN"
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql(begin))
    return engine


@dataclass
class FileReport:
    """What :func:`inspect_file` found; ``problems`` is empty for a healthy document."""

    path: Path
    revision: str | None
    problems: list[str]
    needs_migration: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def _storage_error(exc: DBAPIError, what: str) -> DocumentError:
    text = str(exc.orig).lower()
    if "full" in text:
        reason = "de schijf is vol"
    elif "readonly" in text or "read-only" in text:
        reason = "het bestand of de schijf is alleen-lezen"
    elif "locked" in text or "busy" in text:
        reason = "een ander programma houdt het bestand bezet"
    elif "malformed" in text or "not a database" in text:
        reason = "het bestand is beschadigd"
    else:
        reason = "het bestand kon niet worden geschreven"
    return DocumentError(f"{what}: {reason}. Het document is onveranderd.", str(exc.orig))


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


class Document:
    """One open ``.staan`` file, with its connections kept open between transactions."""

    def __init__(self, path: Path, *, read_only: bool = False, read_only_reason: str = "") -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.read_only_reason = read_only_reason
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
                f"Het document ‘{self.path.name}’ is verplaatst of verwijderd sinds het werd geopend. "
                "Er is niets gewijzigd; open het document opnieuw."
            )
        self._identity = current

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed (durably) when the block ends without error."""
        if self.read_only:
            raise ReadOnlyError(self.read_only_reason or "Dit document is alleen-lezen geopend.")
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
                "De tekst bevat een ongeldig teken (een half teken, bijvoorbeeld uit een geplakte "
                "tekst). Er is niets veranderd; typ of plak de tekst opnieuw."
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


def _check_path(path: Path) -> None:
    if path.is_symlink() and not path.exists():
        raise DocumentError(f"Het bestand ‘{path.name}’ verwijst naar een bestand dat niet bestaat.")
    if not path.exists():
        raise DocumentError(f"Het bestand ‘{path.name}’ bestaat niet.")
    if path.is_dir():
        raise DocumentError(f"‘{path.name}’ is een map, geen STAAN-document.")
    if not path.is_file():
        raise DocumentError(f"‘{path.name}’ is geen gewoon bestand.")


def _check_length(path: Path, header: bytes) -> None:
    """A file shorter than its header says was cut off (an interrupted copy or download).
    SQLite reads the missing bytes as zeros, which can silently change the last texts, and
    ``quick_check`` does not always notice: refuse it. (With a journal beside it the file may
    be mid-commit; the journal decides, see :func:`_roll_back_interrupted_edit`.)"""
    if header[92:96] != header[24:28] or path.with_name(path.name + "-journal").exists():
        return  # the page count in the header is not maintained (very old writer)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    expected = int.from_bytes(header[28:32], "big") * page_size
    size = path.stat().st_size
    if size < expected:
        raise DocumentError(
            f"Het bestand ‘{path.name}’ is afgekapt: het is onvolledig gekopieerd of opgeslagen.",
            f"{size} bytes, volgens de kop {expected}",
        )


def check_kind(path: Path) -> bytes:
    """Whether ``path`` is a STAAN document at all, from its first 100 bytes (no SQLite, no
    integrity check): raise :class:`DocumentError` for a missing, foreign or cut-off file.
    Returns the header. Cheap enough to run before anything is written beside the file."""
    path = Path(path)
    _check_path(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DocumentError(f"Het bestand ‘{path.name}’ kan niet worden gelezen.", str(exc)) from exc
    if not header:
        raise DocumentError(f"Het bestand ‘{path.name}’ is leeg; het is geen STAAN-document.")
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise DocumentError(f"Het bestand ‘{path.name}’ is geen STAAN-document (geen SQLite-database).")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise DocumentError(
            f"Het bestand ‘{path.name}’ is een database van een andere toepassing, geen STAAN-document.",
            f"application_id = {app_id:#x}, verwacht {APPLICATION_ID:#x}",
        )
    _check_length(path, header)
    return header


def inspect_file(path: Path) -> FileReport:
    """Check a file without changing a byte of it; raise :class:`DocumentError` if it is not
    a STAAN document at all, return the problems of one that is."""
    path = Path(path)
    check_kind(path)
    try:
        conn = sqlite3.connect(_uri(path, "ro"), uri=True)
    except sqlite3.Error as exc:
        raise DocumentError(f"Het bestand ‘{path.name}’ kan niet worden geopend.", str(exc)) from exc
    try:
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", None) == _SQLITE_READONLY_ROLLBACK:
                raise DocumentError(
                    f"In het bestand ‘{path.name}’ is een wijziging onderbroken (bijvoorbeeld door een "
                    "stroomstoring). Open het in STAAN Desktop om die terug te draaien; alle bewaarde "
                    "wijzigingen blijven.",
                    str(exc),
                ) from exc
            raise DocumentError(f"Het bestand ‘{path.name}’ is beschadigd.", str(exc)) from exc
        problems = [r[0] for r in rows if r[0] != "ok"]
        if problems:
            raise DocumentError(f"Het bestand ‘{path.name}’ is beschadigd.", "\n".join(problems[:20]))
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError as exc:
            raise DocumentError(f"Het bestand ‘{path.name}’ is beschadigd of onvolledig.", str(exc)) from exc
    finally:
        conn.close()
    revision = row[0] if row else None
    if revision not in known_revisions():
        raise DocumentError(
            f"Het bestand ‘{path.name}’ is gemaakt met een nieuwere versie van STAAN Desktop. "
            "Werk de toepassing bij om het te openen.",
            f"schemaversie {revision!r}; deze versie kent {sorted(known_revisions())}",
        )
    return FileReport(path, revision, [], needs_migration=revision != head_revision())


def _migrate(engine: Engine) -> None:
    from alembic import command

    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        config = _alembic_config()
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
        raise DocumentError(f"Het bestand ‘{path.name}’ bestaat al.") from None
    except OSError:
        # Some shares have no hard links; the race is then only theoretical.
        if path.exists():
            raise DocumentError(f"Het bestand ‘{path.name}’ bestaat al.") from None
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
    conn = sqlite3.connect(tmp)
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
        raise DocumentError(f"Het bestand ‘{path.name}’ bestaat al.")
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise DocumentError(f"De map ‘{directory}’ bestaat niet.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise DocumentError(f"In de map ‘{directory}’ kan geen document worden gemaakt.", str(exc)) from exc
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
        raise DocumentError(f"Het document ‘{path.name}’ kan niet worden gemaakt.", str(exc)) from exc
    return Document(path)


#: The extended result code of a read-only connection that finds a journal to roll back.
_SQLITE_READONLY_ROLLBACK = 776


def _roll_back_interrupted_edit(path: Path) -> None:
    """After a crash or power loss in the middle of an edit SQLite leaves a *hot* journal; the
    next connection that may write rolls it back, restoring the last committed state. The
    read-only connections of :func:`inspect_file` cannot, so do it first — only for a file
    that carries our application id, and never for a journal that a live writer holds."""
    journal = path.with_name(path.name + "-journal")
    if not journal.is_file():
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return
    if not header.startswith(SQLITE_HEADER) or int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        return
    try:
        conn = sqlite3.connect(_uri(path, "rw"), uri=True)
        try:
            conn.execute("PRAGMA busy_timeout=5000")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a read rolls back
        finally:
            conn.close()
    except sqlite3.Error:
        pass  # read-only media, or busy: inspect_file says what is wrong


def open_document(path: Path, *, read_only: bool = False, read_only_reason: str = "") -> Document:
    """Open an existing document after checking it; an older schema is migrated after a
    backup (reason "migratie"). An edit interrupted by a crash is rolled back."""
    path = Path(path)
    _check_path(path)
    _roll_back_interrupted_edit(path)
    report = inspect_file(path)
    if report.needs_migration:
        if read_only:
            raise DocumentError(
                f"Het bestand ‘{path.name}’ heeft een oudere opmaak en kan alleen-lezen niet worden bijgewerkt."
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
    return Document(path, read_only=read_only, read_only_reason=read_only_reason)


def copy_document(source: Path, target: Path) -> None:
    """Write a consistent copy of ``source`` to ``target`` (SQLite's backup API) and only then
    move it into place, so an existing ``target`` is never replaced by a partial file."""
    source, target = Path(source), Path(target)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
        os.close(fd)
    except OSError as exc:
        raise DocumentError(f"In de map ‘{directory}’ kan niet worden geschreven.", str(exc)) from exc
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(_uri(source, "ro"), uri=True)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            check = dst.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise DocumentError("De kopie is niet in orde en is niet bewaard.", check)
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
        raise DocumentError(f"De kopie ‘{target.name}’ kan niet worden geschreven: {reason}.", str(exc)) from exc


def check_document(path: Path) -> FileReport:
    """Integrity and schema: the full ``integrity_check``, foreign keys, and whether the tables
    match this version's schema. Never writes."""
    report = inspect_file(path)
    conn = sqlite3.connect(_uri(path, "ro"), uri=True)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        report.problems += [f"integriteit: {r[0]}" for r in rows if r[0] != "ok"]
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        report.problems += [f"verwijzing klopt niet in tabel {r[0]} (rij {r[1]})" for r in fk[:20]]
    finally:
        conn.close()
    if not report.needs_migration:
        engine = _engine(Path(path), read_only=True)
        try:
            with engine.connect() as connection:
                from alembic.autogenerate import compare_metadata
                from alembic.runtime.migration import MigrationContext

                from staan_desktop.domain.tables import metadata

                context = MigrationContext.configure(connection, opts={"compare_type": True})
                diffs = compare_metadata(context, metadata)
                report.problems += [f"schema wijkt af: {d}" for d in diffs[:20]]
        finally:
            engine.dispose()
    return report
