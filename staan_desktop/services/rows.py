"""Rows of a table in the document's order (``position``, then ``id``), and grouped by a key: the
one place that order is written."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any, TypeVar

from sqlmodel import Session, col, select

from staan_desktop.domain import tables as t

Row = TypeVar("Row", bound=t.PositionedRow)


def ordered(session: Session, row_type: type[Row]) -> list[Row]:
    return list(session.exec(select(row_type).order_by(col(row_type.position), col(row_type.id))))


def grouped(rows: Iterable[Row], key: str) -> dict[Any, list[Row]]:
    groups: dict[Any, list[Row]] = defaultdict(list)
    for row in rows:
        groups[getattr(row, key)].append(row)
    return groups


def read_back(session: Session, row_type: type[t.PositionedRow]) -> list[Any]:
    """The rows of :func:`ordered`, typed as Any for the query views: a row read back always has
    its id, but SQLModel types every id as Optional, and the views are built from these ids in
    many places."""
    return ordered(session, row_type)
