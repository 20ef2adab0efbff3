"""Before a window shows a document: every row it may read meets its rules.

The window's pages read a document piece by piece, on the GUI thread, as the user moves
through it; a hostile row found there could only end in an error dialog halfway. So opening a
document for the window reads all of it once, off the GUI thread, through the same checks as
every read (:mod:`staan_desktop.domain.row_rules`): the content as the tree the PDF is made
of, the review notes, the agenda, and the stored snapshots of signed-off versions. A document
that fails is refused with the Dutch line of :func:`~.errors.as_refusal`, and can be rescued.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import SQLModel, select

from staan_desktop.domain import review_tables
from staan_desktop.domain import tables as t
from staan_desktop.domain.document import Trajectory
from staan_desktop.domain.fingerprint import snapshot_parts
from staan_desktop.domain.messages import msg, worded
from staan_desktop.domain.row_rules import RowError, check_row

from .errors import RescuableError
from .store import Document
from .tree import check_counts, check_placement

# A large trajectory has 255,000 scores, too many to load one by one. The rules see every score
# stored with another type than a number (or with a note: the agreed scores, 5,000), and the
# lowest and the highest: a score within its bounds lies between those two.
_SCORES_TO_CHECK = (
    "SELECT * FROM score WHERE typeof(value) != 'integer' OR typeof(note) != 'text' OR note != '' "
    "OR typeof(task_field_id) != 'integer' OR typeof(criterion_id) != 'integer' "
    "OR typeof(municipality_id) NOT IN ('integer', 'null') "
    "OR id = (SELECT id FROM score ORDER BY value LIMIT 1) OR id = (SELECT id FROM score ORDER BY value DESC LIMIT 1)"
)


def ensure_readable(doc: Document) -> None:
    """Raise a :class:`RescuableError` (or another refusal) when any row of ``doc`` breaks its
    rules or points at nothing; return quietly otherwise. Reads only."""
    with doc.reading() as session:
        check_counts(session)
        loaded: dict[type[SQLModel], list[Any]] = {}
        for mapper in SQLModel._sa_registry.mappers:  # every table of the document
            row_type = mapper.class_
            if row_type is not t.ScoreRow:
                loaded[row_type] = list(session.exec(select(row_type)))  # checked as they load
        connection = session.connection()
        score = t.sql_table(t.ScoreRow)
        for values in connection.exec_driver_sql(_SCORES_TO_CHECK).mappings():
            check_row(score, dict(values))
        dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
        if dangling is not None:
            raise RowError(str(dangling[0]), dangling[1], "", worded(msg("rows.dangling")))
        sections: dict[int | None, list[t.SectionRow]] = {}
        for row in loaded[t.SectionRow]:
            sections.setdefault(row.parent_id, []).append(row)
        blocks: dict[int | None, list[t.BlockRow]] = {}
        for row in loaded[t.BlockRow]:
            blocks.setdefault(row.section_id, []).append(row)
        check_placement(sections, blocks)
        for version in loaded[review_tables.VersionRow]:
            _snapshot_readable(version, doc)


def _snapshot_readable(version: review_tables.VersionRow, doc: Document) -> None:
    """A signed-off version's snapshot must parse as a trajectory; whether it still has its
    fingerprint is for ``check`` and ``verify`` to say, not a reason to refuse the file."""
    try:
        content, _signoff = snapshot_parts(version.content, version.canonical_form)
        Trajectory.model_validate(content)
    except (ValueError, TypeError, RecursionError):  # CanonicalError and pydantic's are ValueErrors
        raise RescuableError(
            msg("readable.version_unreadable", name=doc.path.name, number=version.number),
            path=doc.path,
        ) from None
