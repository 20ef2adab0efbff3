"""A first look at a document with nothing but :mod:`sqlite3`: what the window shows in its
first frame (the title and the overview), read before the database layer is imported.

Importing SQLAlchemy, SQLModel and pydantic takes four times as long as starting Qt; the
window shows the document with this and opens it properly (lock, checks, migrations, the
edit services) right after. A look never writes: the file is opened read-only, and anything
unexpected — a foreign or damaged file, an older schema, a crash's journal — is simply no
look (``None``); the proper opening then says what is wrong. Its records are named tuples:
the dataclasses module and the making of each dataclass cost milliseconds before the first frame.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

from staan_desktop.domain.status import Status

from .file_format import APPLICATION_ID


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
    path = Path(path)
    try:
        if not path.is_file():
            return None
        connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return None
        row = connection.execute(f"SELECT {', '.join(INFO_FIELDS)}, status FROM trajectory").fetchone()
        if row is None:
            return None
        counts = ContentCounts(*connection.execute(COUNTS_SQL).fetchone())
        return Glance(path, dict(zip(INFO_FIELDS, map(str, row[:-1]))), Status(row[-1]), counts)
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        connection.close()
