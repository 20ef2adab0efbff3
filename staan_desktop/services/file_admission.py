"""Whether a file may be opened as a STAAN document, read without changing a byte of it: its
kind from the first 100 bytes (:func:`check_kind`), then its schema, health, counts and values
against what this version's migrations make (:func:`inspect_file`). A foreign file is refused
here, before SQLAlchemy or the migrations ever see it."""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from staan_desktop.domain.messages import Message, lines, msg, worded

from . import inspection, journal
from .errors import RESCUE_HINT, DocumentError, RescuableError
from .file_format import APPLICATION_ID, SQLITE_HEADER
from .revisions import head_revision, known_revisions


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


def _check_path(path: Path) -> None:
    if path.is_symlink() and not path.exists():
        raise DocumentError(msg("store.dangling_link", name=path.name))
    if not path.exists():
        raise DocumentError(msg("interchange.no_such_file", name=path.name))
    if path.is_dir():
        raise DocumentError(msg("store.folder", name=path.name))
    if not path.is_file():
        raise DocumentError(msg("interchange.not_regular", name=path.name))


def _check_length(path: Path, header: bytes) -> None:
    """A file shorter than its header says was cut off (an interrupted copy or download).
    SQLite reads the missing bytes as zeros, which can silently change the last texts, and
    ``quick_check`` does not always notice: refuse it. (With a journal beside it the file may
    be mid-commit; the journal decides, see :func:`_repair_for_editing`.)"""
    if header[92:96] != header[24:28] or path.with_name(path.name + "-journal").exists():
        return  # the page count in the header is not maintained (very old writer)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    expected = int.from_bytes(header[28:32], "big") * page_size
    size = path.stat().st_size
    if size < expected:
        raise DocumentError(
            msg("store.truncated", name=path.name),
            f"{size} bytes, volgens de kop {expected}",
        )


def check_kind(path: Path) -> bytes:
    """Whether ``path`` is a STAAN document at all, from its first 100 bytes (no SQLite, no
    integrity check): raise :class:`DocumentError` for a missing, foreign, cut-off or too
    large file. Returns the header. Cheap enough to run before anything is written beside it."""
    path = Path(path)
    _check_path(path)
    try:
        # Non-blocking: a FIFO put in the document's place must not hang the open.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            status = os.fstat(fd)
            if not stat.S_ISREG(status.st_mode):
                raise DocumentError(msg("interchange.not_regular", name=path.name))
            header = os.read(fd, 100)
        finally:
            os.close(fd)
    except OSError as exc:
        raise DocumentError(msg("rescue.unreadable", name=path.name), str(exc)) from exc
    if not header:
        raise DocumentError(msg("store.empty", name=path.name))
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise DocumentError(msg("store.not_sqlite", name=path.name))
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise DocumentError(
            msg("store.other_application", name=path.name),
            f"application_id = {app_id:#x}, verwacht {APPLICATION_ID:#x}",
        )
    if status.st_size > inspection.MAX_FILE_BYTES:
        raise DocumentError(
            msg("store.too_large", name=path.name),
            f"{status.st_size} bytes",
        )
    if not inspection.schema_entries_at_most(path, header):
        raise inspection.too_many_objects(path.name)
    odd = journal.odd_side_file(path)
    if odd is not None:
        raise DocumentError(
            msg("store.odd_side_file", name=path.name, side=odd.name)
        )
    _check_length(path, header)
    return header


def _refuse_wal(path: Path) -> None:
    raise DocumentError(
        msg("store.wal_mode", name=path.name)
    )


def inspect_schema(path: Path, *, collect: bool) -> tuple[FileReport, dict[str, bool]]:
    """Read a file's schema, health and counts without changing a byte. A file that is not a
    STAAN document at all, damaged or from a newer version raises :class:`DocumentError`; with
    ``collect`` the rest (foreign schema objects, counts) is returned as problems, otherwise
    raised too. Also returns which tables may be read further: exactly as the migrations make
    them and within the row limits."""
    path = Path(path)
    header = check_kind(path)
    if journal.is_wal(header):
        _refuse_wal(path)
    conn = inspection.connect_read_only(path)
    try:
        objects = inspection.schema_objects(conn, path.name)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchmany(21)
        except sqlite3.Error as exc:
            raise inspection.read_error(path.name, exc) from exc
        problems = [r[0] if isinstance(r[0], str) else repr(r[0]) for r in rows if r[0] != "ok"]
        if problems:
            raise DocumentError(msg("store.damaged", name=path.name), "\n".join(problems[:20]))
        expected_version = ("table", "alembic_version", "alembic_version")
        stored = {o[:3]: o for o in objects}
        reference = {o[:3]: o for o in inspection.reference_schema()[head_revision()]}
        if stored.get(expected_version) != reference[expected_version]:
            raise DocumentError(
                msg("store.no_schema_version", name=path.name),
            )
        try:
            versions = conn.execute("SELECT version_num FROM alembic_version LIMIT 2").fetchall()
        except sqlite3.Error as exc:
            raise inspection.read_error(path.name, exc) from exc
        revision = versions[0][0] if len(versions) == 1 else None
        if revision not in known_revisions():
            if not versions:
                raise DocumentError(msg("store.no_schema_version", name=path.name))
            raise DocumentError(
                msg("store.newer", name=path.name),
                f"schemaversie {str(revision)[:40]!r}; deze versie kent {sorted(known_revisions())}",
            )
        problems = inspection.schema_problems(objects, revision)
        expected = {(o[0], o[1]): o for o in inspection.reference_schema()[revision]}
        actual = {(o[0], o[1]): o for o in objects}
        trusted = {
            table: actual.get(("table", table)) == expected[("table", table)]
            for table in inspection.tables_of(revision)
        }
        if problems and not collect:
            raise _foreign(path, problems)
        problems += inspection.count_problems(conn, revision, path.name, trusted, empty_ok=not collect)
        if problems and not collect:
            raise _foreign(path, problems)
        # Values the tree cannot hold (a number where text belongs, an unknown status, a text
        # longer than allowed): one bounded scan per table, before any of them is read.
        problems += inspection.value_problems(conn, revision, path.name, trusted)
        if problems and not collect:
            raise _foreign(path, problems)
    finally:
        conn.close()
    return FileReport(path, revision, problems, needs_migration=revision != head_revision()), trusted


class ForeignDocument(RescuableError):
    """A file whose schema or content differs from what the migrations make; ``problems``
    lists each difference in Dutch. What validates in it can still be rescued."""

    def __init__(self, text: Message, problems: list[str], path: Path) -> None:
        # The details list the differences: Dutch for the log, each in the window's language there.
        super().__init__(text, worded(msg("verbatim", text=lines(problems[:50]))), path=path)
        self.problems = problems


def _foreign(path: Path, problems: list[str]) -> ForeignDocument:
    more = msg("store.more_differences", count=len(problems) - 1) if len(problems) > 1 else ""
    return ForeignDocument(
        msg("store.foreign", name=path.name, problem=problems[0], more=more, rescue_hint=RESCUE_HINT),
        problems,
        path,
    )


def inspect_file(path: Path) -> FileReport:
    """Check a file without changing a byte of it: raise :class:`DocumentError` if it is not a
    STAAN document as this version's migrations make it (or is damaged, too large, or holds an
    interrupted edit); return the report of one that is."""
    return inspect_schema(path, collect=False)[0]
