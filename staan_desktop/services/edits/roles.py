"""Edits of the governance roles (stuurgroep, eigenaar, projectleider, procesmanager, …)."""

from __future__ import annotations

from staan_desktop.domain import tables as t

from ..changes import Change, Table, added
from ..store import Document
from .core import clean_name, clean_text, editing, ensure_unique, get, insert, update_fields


def add_role(
    doc: Document,
    *,
    name: str,
    description: str = "",
    responsibilities_title: str = "",
    position: int | None = None,
) -> Change:
    name = clean_name(name, "De naam van de rol")
    row = t.RoleRow(
        name=name,
        description=clean_text(description, "De beschrijving"),
        responsibilities_title=clean_text(responsibilities_title, "De kop"),
        position=0,
    )
    with editing(doc) as session:
        ensure_unique(session, t.RoleRow, "name", name, None, "De rol")
        insert(session, row, position)
        return added(Table.ROLE, row.id)


def update_role(doc: Document, *, role_id: int, name: str, description: str, responsibilities_title: str) -> Change:
    values = {
        "name": clean_name(name, "De naam van de rol"),
        "description": clean_text(description, "De beschrijving"),
        "responsibilities_title": clean_text(responsibilities_title, "De kop"),
    }
    return update_fields(
        doc,
        t.RoleRow,
        role_id,
        values,
        lambda s, r, v: ensure_unique(s, t.RoleRow, "name", v["name"], r.id, "De rol"),
    )


def add_responsibility(
    doc: Document, *, role_id: int, text: str, footnote: str = "", position: int | None = None
) -> Change:
    text = clean_text(text, "De verantwoordelijkheid", required=True)
    footnote = clean_text(footnote, "De voetnoot")
    with editing(doc) as session:
        get(session, t.RoleRow, role_id)
        row = insert(session, t.ResponsibilityRow(role_id=role_id, text=text, footnote=footnote, position=0), position)
        return added(Table.RESPONSIBILITY, row.id)


def update_responsibility(doc: Document, *, responsibility_id: int, text: str, footnote: str = "") -> Change:
    values = {"text": clean_text(text, "De verantwoordelijkheid", required=True), "footnote": clean_text(footnote, "De voetnoot")}
    return update_fields(doc, t.ResponsibilityRow, responsibility_id, values)


def add_member(
    doc: Document, *, role_id: int, name: str, municipality_id: int | None = None, position: int | None = None
) -> Change:
    name = clean_name(name, "De naam van het lid")
    with editing(doc) as session:
        get(session, t.RoleRow, role_id)
        if municipality_id is not None:
            get(session, t.MunicipalityRow, municipality_id)
        row = insert(session, t.MemberRow(role_id=role_id, municipality_id=municipality_id, name=name, position=0), position)
        return added(Table.MEMBER, row.id)


def update_member(doc: Document, *, member_id: int, name: str, municipality_id: int | None) -> Change:
    values = {"name": clean_name(name, "De naam van het lid"), "municipality_id": municipality_id}

    def check(session, _row, v):  # type: ignore[no-untyped-def]
        if v["municipality_id"] is not None:
            get(session, t.MunicipalityRow, v["municipality_id"])

    return update_fields(doc, t.MemberRow, member_id, values, check)
