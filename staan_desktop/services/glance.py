"""A first look at a document with nothing but :mod:`sqlite3`: what the window shows in its
first frame (the title and the overview), read before the database layer is imported.

Importing SQLAlchemy, SQLModel and pydantic takes four times as long as starting Qt; the
window shows the document with this and opens it properly (lock, checks, migrations, the
edit services) right after. A look never writes: the file is opened read-only, and anything
unexpected — a foreign or damaged file, an older schema, a crash's journal — is simply no
look (``None``); the proper opening then says what is wrong. Its records are named tuples:
the dataclasses module and the making of each dataclass cost milliseconds before the first frame.

The look at the document last closed can also be kept (:func:`remember`, in the settings) and
given back at the next start while the file is unchanged (:func:`recall`), without loading
:mod:`sqlite3` at all.
"""

from __future__ import annotations

import ast
import time
from pathlib import Path
from typing import NamedTuple

from staan_desktop.domain.status import Status

from .file_format import APPLICATION_ID

#: The look runs on the GUI thread: a bound on its time and on the file it is taken of.
_LOOK_SECONDS = 0.15
_MAX_BYTES = 1 << 30


def _no_look(path: Path) -> bool:
    """A WAL-mode file, or side files SQLite would block on (a FIFO as journal): no look."""
    import os
    import stat

    for side in ("-journal", "-wal", "-shm"):
        try:
            if not stat.S_ISREG(os.lstat(f"{path}{side}").st_mode):
                return True
        except OSError:
            pass
    with path.open("rb") as handle:
        header = handle.read(20)
    return len(header) == 20 and 2 in (header[18], header[19])


class ContentCounts(NamedTuple):
    """How far the content has come, counted in SQL (the overview's summary): the same numbers
    as the lengths in :func:`~staan_desktop.services.interchange.load_tree`, without reading it."""

    municipalities: int
    conferences: int
    statements: int
    motives: int
    task_fields: int
    shortlisted: int
    roles: int


COUNTS_SQL = (
    "SELECT (SELECT count(*) FROM municipality), (SELECT count(*) FROM conference), "
    "(SELECT count(*) FROM statement), (SELECT count(*) FROM motive), (SELECT count(*) FROM task_field), "
    "(SELECT count(*) FROM task_field WHERE shortlisted), (SELECT count(*) FROM role)"
)

#: The trajectory's own fields the overview shows, as named in the tree and the table.
INFO_FIELDS = ("title", "subtitle", "short_name", "procesmanager", "document_date", "version_label")


class Glance(NamedTuple):
    path: Path
    #: field of :data:`INFO_FIELDS` → its text
    info: dict[str, str]
    status: Status
    counts: ContentCounts

    @property
    def title(self) -> str:
        return self.info["title"]


def glance(path: Path) -> Glance | None:
    """The title, status and content counts of the document at ``path``, or ``None``."""
    import sqlite3  # here: a recalled look needs none of it

    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size > _MAX_BYTES or _no_look(path):
            return None  # WAL: a read-only look would leave -shm beside the file; FIFOs block
        connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        # A file's schema is not trusted, and the look runs before the window can answer:
        # every statement is stopped after a moment (a recursive view must not hang it).
        connection.execute("PRAGMA trusted_schema=OFF")
        started = time.monotonic()
        connection.set_progress_handler(lambda: int(time.monotonic() - started > _LOOK_SECONDS), 1000)
    except (OSError, sqlite3.Error):
        return None
    try:
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return None
        kinds = dict(connection.execute(
            "SELECT name, type FROM sqlite_master WHERE name IN ('trajectory', 'municipality', 'conference', "
            "'statement', 'motive', 'task_field', 'role') LIMIT 8"
        ).fetchall())
        if len(kinds) != 7 or set(kinds.values()) != {"table"}:
            return None  # a view in a table's place: the proper opening says what is wrong
        row = connection.execute(f"SELECT {', '.join(INFO_FIELDS)}, status FROM trajectory").fetchone()
        if row is None:
            return None
        counts = ContentCounts(*connection.execute(COUNTS_SQL).fetchone())
        return Glance(path, dict(zip(INFO_FIELDS, map(str, row[:-1]))), Status(row[-1]), counts)
    except (sqlite3.Error, ValueError, TypeError, OverflowError, MemoryError):
        return None  # a hot journal (never applied here), damage, or a look that took too long
    finally:
        connection.close()


def stamp(path: Path) -> tuple[int, int, int] | None:
    """What changes whenever the document may have: the file's size and modification time, and
    the size of its write-ahead log (-1 when there is none: closed cleanly); ``None`` if absent."""
    try:
        main = Path(path).stat()
    except OSError:
        return None
    try:
        log = Path(f"{path}-wal").stat().st_size
    except OSError:
        log = -1
    return main.st_size, main.st_mtime_ns, log


def remember(path: Path) -> str:
    """A look at the closed document at ``path`` as text to keep until the next start, with the
    file's stamp; ``""`` when there is no look to keep."""
    before = stamp(path)
    seen = glance(path)
    if seen is None or before is None or stamp(path) != before:
        return ""
    return repr((str(Path(path).resolve()), before, seen.info, seen.status.value, tuple(seen.counts)))


def recall(kept: str, path: Path) -> Glance | None:
    """The look kept by :func:`remember` if it is of ``path`` and the file has not changed since;
    else ``None`` (then :func:`glance` looks again)."""
    if not kept:
        return None
    try:
        where, when, info, status, counts = ast.literal_eval(kept)
        if where != str(Path(path).resolve()) or tuple(when) != stamp(path):
            return None
        if set(info) != set(INFO_FIELDS) or not all(isinstance(text, str) for text in info.values()):
            return None
        return Glance(Path(path), dict(info), Status(status), ContentCounts(*(int(count) for count in counts)))
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError, AttributeError):
        return None  # not a kept look (the settings file was edited by hand)
