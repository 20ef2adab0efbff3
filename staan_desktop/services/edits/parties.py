"""Parties around the table that are not municipalities: an organisation acting for some of
them, an adviser, a funder, the province, a prospective partner.

They share the municipality table (with a ``kind``), so a participant, owner, member or interest
can belong to them through the existing references; undo is the generic one of :mod:`.core`.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from staan_desktop.domain import tables as t
from staan_desktop.domain.document import PartyKind
from staan_desktop.domain.messages import listed, msg, phrase

from ..changes import Action, Change, FormerValues, Table, added, changed
from ..errors import ValidationError
from ..store import Document
from .core import clean_name, clean_text, editing, ensure_unique, get, insert

GEMEENTE = PartyKind.GEMEENTE.value

#: Each kind a party other than a municipality may be, with its article, as the refusal lists
#: them ("Een partij is een organisatie, een extern of een toekomstig."): whole words the
#: window translates, not an article glued on in Dutch.
_KINDS_SAID = {
    PartyKind.ORGANISATIE: "een organisatie",
    PartyKind.EXTERN: "een extern",
    PartyKind.TOEKOMSTIG: "een toekomstig",
}


def clean_kind(kind: object) -> str:
    values = [k.value for k in PartyKind if k is not PartyKind.GEMEENTE]
    value = kind.value if isinstance(kind, PartyKind) else kind
    if value not in values:
        said = [phrase(_KINDS_SAID[k]) for k in PartyKind if k is not PartyKind.GEMEENTE]
        raise ValidationError(msg("parties.kind_values", choices=listed(said[:-1]), last=said[-1]))
    return str(value)


def _acts_for(session: Session, kind: str, ids: Any) -> list[int]:
    if ids is None:
        return []
    if not isinstance(ids, (list, tuple)) or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        raise ValidationError(msg("parties.acts_for_list"))
    if ids and kind != PartyKind.ORGANISATIE.value:
        raise ValidationError(msg("parties.only_organisation_acts"))
    for municipality_id in ids:
        row = session.get(t.MunicipalityRow, municipality_id)
        if row is None or row.kind != GEMEENTE:
            raise ValidationError(msg("parties.acts_for_own"))
    return list(dict.fromkeys(ids))


def add_party(
    doc: Document,
    *,
    name: str,
    kind: str | PartyKind,
    acts_for: list[int] | None = None,
    description: str = "",
    position: int | None = None,
) -> Change:
    name = clean_name(name, "De naam van de partij")
    kind = clean_kind(kind)
    description = clean_text(description, "De omschrijving")
    with editing(doc) as session:
        ensure_unique(session, t.MunicipalityRow, "name", name, None, "De partij")
        ids = _acts_for(session, kind, acts_for)
        row = insert(
            session,
            t.MunicipalityRow(name=name, kind=kind, acts_for=ids, description=description, position=0),
            position,
        )
        return added(Table.MUNICIPALITY, row.id)


def update_party(doc: Document, *, party_id: int, **values: Any) -> Change:
    unknown = set(values) - {"name", "kind", "acts_for", "description"}
    if unknown:
        raise ValidationError(msg("parties.no_field", field=sorted(unknown)[0]))
    clean: dict[str, Any] = {}
    if "name" in values:
        clean["name"] = clean_name(values["name"], "De naam van de partij")
    if "kind" in values:
        clean["kind"] = clean_kind(values["kind"])
    if "description" in values:
        clean["description"] = clean_text(values["description"], "De omschrijving")

    with editing(doc) as session:
        row = get(session, t.MunicipalityRow, party_id)
        if row.kind == GEMEENTE:
            raise ValidationError(msg("parties.municipality_kind"))
        if "name" in clean:
            ensure_unique(session, t.MunicipalityRow, "name", clean["name"], row.id, "De partij")
        kind = clean.get("kind", row.kind)
        if "acts_for" in values:
            clean["acts_for"] = _acts_for(session, kind, values["acts_for"])
        elif kind != PartyKind.ORGANISATIE.value and row.acts_for:
            clean["acts_for"] = []  # only an organisation acts for municipalities
        previous = {key: getattr(row, key) for key in clean}
        for key, value in clean.items():
            setattr(row, key, value)
        session.flush()
        return changed(Table.MUNICIPALITY, Action.UPDATED, party_id, FormerValues(previous))


def party_kinds(doc: Document) -> dict[int, str]:
    """id → kind of every party, municipalities included."""
    with doc.reading() as session:
        return {row.id: row.kind for row in session.exec(select(t.MunicipalityRow))}  # type: ignore[misc]
