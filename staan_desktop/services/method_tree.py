"""Between the ``method`` table and the ``method`` of the :class:`Trajectory` tree; called by
:mod:`.tree` when a whole tree is read or written."""

from __future__ import annotations

import pydantic
from sqlmodel import Session, delete, select

from staan_desktop.domain import document as d
from staan_desktop.domain.messages import msg, worded
from staan_desktop.domain.method_tables import MethodRow
from staan_desktop.domain.row_rules import RowError


def read_method(session: Session) -> d.Method | None:
    if not _has_method_table(session):
        return None  # a file of an older schema, read before it is migrated
    row = session.exec(select(MethodRow)).first()
    if row is None:
        return None
    try:
        method = d.Method.model_validate_json(row.definition)
    except pydantic.ValidationError:
        raise RowError("method", row.id, "definition", worded(msg("rows.not_a_method"))) from None
    if (method.key, method.name) != (row.key, row.name):
        raise RowError("method", row.id, "definition", worded(msg("rows.other_method")))
    return method


def _has_method_table(session: Session) -> bool:
    # Content is also written into files of an older schema (the starting point of a migration
    # test, made with that schema's tables only); they have no method to clear.
    return session.connection().exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'method'"
    ).first() is not None


def clear_method(session: Session) -> None:
    if _has_method_table(session):
        session.exec(delete(MethodRow))


def write_method(session: Session, method: d.Method | None) -> None:
    if method is not None:
        session.add(MethodRow(key=method.key, name=method.name, definition=method.model_dump_json()))
