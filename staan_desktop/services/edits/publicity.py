"""Marking a person as having a public function or not (the public version's rule:
:mod:`staan_desktop.domain.publication`). Undone like any field edit: the change holds the
value it replaced."""

from __future__ import annotations

from staan_desktop.domain import tables as t
from staan_desktop.domain.messages import msg

from ..changes import Change, Table
from ..errors import ValidationError
from ..store import Document
from .core import update_fields
from .trajectory import update_trajectory

_ROWS: dict[Table, type[t.ParticipantRow] | type[t.OwnerRow] | type[t.MemberRow]] = {
    Table.PARTICIPANT: t.ParticipantRow,
    Table.OWNER: t.OwnerRow,
    Table.MEMBER: t.MemberRow,
}


def set_public_function(doc: Document, *, table: Table, item_id: int, value: bool | None) -> Change:
    """``value``: ``True`` public function, ``False`` not, ``None`` the default for the role."""
    if value is not None and not isinstance(value, bool):
        raise ValidationError(msg("publicity.choice"))
    row_type = _ROWS.get(table)
    if row_type is None:
        raise ValidationError(msg("publicity.who"))
    return update_fields(doc, row_type, item_id, {"public_function": value})


def set_procesmanager_public(doc: Document, value: bool | None) -> Change:
    return update_trajectory(doc, procesmanager_public=value)
