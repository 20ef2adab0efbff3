"""The register of results and actions: add and change items, each edit one transaction
that returns a :class:`Change` (removal, moving and undo are the generic ones of :mod:`.core`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session

from staan_desktop.domain import tables as t
from staan_desktop.domain.document import ActionKind, ActionStatus
from staan_desktop.domain.messages import msg
from staan_desktop.domain.option_tables import OptionRow
from staan_desktop.domain.register_tables import ActionItemRow

from ..changes import Action, Change, FormerValues, Table, added, changed
from ..errors import ValidationError
from ..store import Document
from . import core
from .core import clean_choice, clean_text, editing, get, insert

# The register joins the generic lists: one ordered list, named in messages.
core.ROW_TYPES[Table.ACTION_ITEM] = ActionItemRow
core.SCOPES[Table.ACTION_ITEM] = ()
core.LABELS[Table.ACTION_ITEM] = "Het resultaat of de actie"

FIELDS = {
    "kind", "description", "owner_person", "owner_party_id", "target_date", "status",
    "task_field_id", "option_id", "section_id",
}
#: The links an item may have, and what they point at.
LINKS: dict[str, type[Any]] = {
    "owner_party_id": t.MunicipalityRow,
    "task_field_id": t.TaskFieldRow,
    "option_id": OptionRow,
    "section_id": t.SectionRow,
}


def clean_date(value: object) -> dt.date | None:
    """A real date: a ``date`` or ISO text (2008-01-01); empty means no target date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        raise ValidationError(msg("register.date_not_time"))
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    shown = str(value)[:40]
    raise ValidationError(msg("register.invalid_date", value=shown))


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - FIELDS
    if unknown:
        raise ValidationError(msg("register.no_field", field=sorted(unknown)[0]))
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key == "kind":
            clean[key] = clean_choice(ActionKind, value, "De soort")
        elif key == "status":
            clean[key] = clean_choice(ActionStatus, value, "De status")
        elif key == "description":
            clean[key] = clean_text(value, "De omschrijving", required=True)
        elif key == "owner_person":
            clean[key] = clean_text(value, "De eigenaar")
        elif key == "target_date":
            clean[key] = clean_date(value)
        elif value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValidationError(msg("register.link_within"))
        else:
            clean[key] = value
    return clean


def _check_links(session: Session, values: dict[str, Any]) -> None:
    for key, row_type in LINKS.items():
        if values.get(key) is not None:
            get(session, row_type, values[key])


def add_action(doc: Document, *, description: str, position: int | None = None, **values: Any) -> Change:
    clean = _clean({"description": description, **values})
    with editing(doc) as session:
        _check_links(session, clean)
        row = insert(session, ActionItemRow(position=0, **clean), position)
        return added(Table.ACTION_ITEM, row.id)


def update_action(doc: Document, *, action_id: int, **values: Any) -> Change:
    clean = _clean(values)
    with editing(doc) as session:
        row = get(session, ActionItemRow, action_id)
        _check_links(session, clean)
        previous = {key: getattr(row, key) for key in clean}
        for key, value in clean.items():
            setattr(row, key, value)
        session.flush()
        return changed(Table.ACTION_ITEM, Action.UPDATED, action_id, FormerValues(previous))
