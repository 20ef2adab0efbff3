"""Edits of the written parts: sections and their blocks, the shared-ambition statements,
the motives (5 K's), the interests per municipality and the rules of the game."""

from __future__ import annotations

from typing import TypedDict

from staan_desktop.domain import tables as t
from staan_desktop.domain.document import BlockKind
from staan_desktop.domain.messages import msg

from ..changes import Change, Table, added
from ..errors import ValidationError
from ..store import Document
from .core import clean_name, clean_text, editing, ensure_unique, get, insert, update_fields

# Sections and blocks ----------------------------------------------------------------------


def add_section(doc: Document, *, title: str, parent_id: int | None = None, position: int | None = None) -> Change:
    title = clean_name(title, "De titel van het hoofdstuk")
    with editing(doc) as session:
        if parent_id is not None:
            get(session, t.SectionRow, parent_id)
        row = insert(session, t.SectionRow(parent_id=parent_id, title=title, position=0), position)
        return added(Table.SECTION, row.id)


def rename_section(doc: Document, *, section_id: int, title: str) -> Change:
    return update_fields(doc, t.SectionRow, section_id, {"title": clean_name(title, "De titel van het hoofdstuk")})


def _kind(kind: object) -> str:
    try:
        return BlockKind(kind).value
    except ValueError:
        raise ValidationError(msg("text.no_such_block_kind", kind=kind)) from None


def add_block(
    doc: Document, *, section_id: int, kind: str = "text", text: str = "", position: int | None = None
) -> Change:
    kind = _kind(kind)
    text = clean_text(text, "De tekst")
    with editing(doc) as session:
        get(session, t.SectionRow, section_id)
        row = insert(session, t.BlockRow(section_id=section_id, kind=kind, text=text, position=0), position)
        return added(Table.BLOCK, row.id)


def update_block(doc: Document, *, block_id: int, text: str) -> Change:
    return update_fields(doc, t.BlockRow, block_id, {"text": clean_text(text, "De tekst")})


# Statements, motives, rules ---------------------------------------------------------------


def add_statement(doc: Document, *, text: str, position: int | None = None) -> Change:
    text = clean_text(text, "De uitspraak", required=True)
    with editing(doc) as session:
        row = insert(session, t.StatementRow(text=text, position=0), position)
        return added(Table.STATEMENT, row.id)


def update_statement(doc: Document, *, statement_id: int, text: str) -> Change:
    return update_fields(doc, t.StatementRow, statement_id, {"text": clean_text(text, "De uitspraak", required=True)})


class _MotiveValues(TypedDict):
    letter: str
    name: str
    explanation: str


def _motive_values(letter: str, name: str, explanation: str) -> _MotiveValues:
    letter = clean_name(letter, "De letter")
    if len(letter) > 8:
        raise ValidationError(msg("text.letter_length"))
    return {"letter": letter, "name": clean_name(name, "De naam van het motief"), "explanation": clean_text(explanation, "De toelichting")}


def add_motive(doc: Document, *, letter: str, name: str, explanation: str = "", position: int | None = None) -> Change:
    values = _motive_values(letter, name, explanation)
    with editing(doc) as session:
        row = insert(session, t.MotiveRow(position=0, **values), position)
        return added(Table.MOTIVE, row.id)


def update_motive(doc: Document, *, motive_id: int, letter: str, name: str, explanation: str) -> Change:
    return update_fields(doc, t.MotiveRow, motive_id, _motive_values(letter, name, explanation))


def add_rule(doc: Document, *, text: str, position: int | None = None) -> Change:
    text = clean_text(text, "De spelregel", required=True)
    with editing(doc) as session:
        row = insert(session, t.RuleRow(text=text, position=0), position)
        return added(Table.RULE, row.id)


def update_rule(doc: Document, *, rule_id: int, text: str) -> Change:
    return update_fields(doc, t.RuleRow, rule_id, {"text": clean_text(text, "De spelregel", required=True)})


# Interests --------------------------------------------------------------------------------


def add_interest_category(doc: Document, *, name: str, position: int | None = None) -> Change:
    name = clean_name(name, "De naam van de categorie")
    with editing(doc) as session:
        ensure_unique(session, t.InterestCategoryRow, "name", name, None, "De categorie")
        row = insert(session, t.InterestCategoryRow(name=name, position=0), position)
        return added(Table.INTEREST_CATEGORY, row.id)


def rename_interest_category(doc: Document, *, category_id: int, name: str) -> Change:
    name = clean_name(name, "De naam van de categorie")
    return update_fields(
        doc,
        t.InterestCategoryRow,
        category_id,
        {"name": name},
        lambda s, r, _v: ensure_unique(s, t.InterestCategoryRow, "name", name, r.id, "De categorie"),
    )


def add_interest(
    doc: Document, *, category_id: int, municipality_id: int, text: str, position: int | None = None
) -> Change:
    text = clean_text(text, "Het belang", required=True)
    with editing(doc) as session:
        get(session, t.InterestCategoryRow, category_id)
        get(session, t.MunicipalityRow, municipality_id)
        row = t.InterestItemRow(category_id=category_id, municipality_id=municipality_id, text=text, position=0)
        insert(session, row, position)
        return added(Table.INTEREST_ITEM, row.id)


def update_interest(doc: Document, *, item_id: int, text: str) -> Change:
    return update_fields(doc, t.InterestItemRow, item_id, {"text": clean_text(text, "Het belang", required=True)})
