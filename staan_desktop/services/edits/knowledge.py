"""The knowledge agenda, a session's challenges and open questions, the councils' mandates and
the inventory of existing cooperations: typed edits, each one transaction returning a
:class:`Change`; removal, moving and undo are the generic ones of :mod:`.core`."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, SQLModel

from staan_desktop.domain import register_tables as r
from staan_desktop.domain import tables as t
from staan_desktop.domain.document import MandateKind, QuestionStatus
from staan_desktop.domain.messages import msg, phrase
from staan_desktop.domain.option_tables import OptionRow

from ..changes import Action, Change, FormerValues, Table, added, changed
from ..errors import ValidationError
from ..store import Document
from . import core
from .core import clean_choice, clean_name, clean_text, editing, ensure_unique, get, insert, table_of

# These parts join the generic lists: ordered (a question within its rubric), removed with what
# belongs to them, named in messages.
core.ROW_TYPES.update({
    Table.KNOWLEDGE_RUBRIC: r.KnowledgeRubricRow,
    Table.KNOWLEDGE_QUESTION: r.KnowledgeQuestionRow,
    Table.OPEN_QUESTION: r.OpenQuestionRow,
    Table.MANDATE: r.MandateRow,
    Table.COOPERATION: r.CooperationRow,
})
core.SCOPES.update({
    Table.KNOWLEDGE_RUBRIC: (),
    Table.KNOWLEDGE_QUESTION: ("rubric_id",),
    Table.OPEN_QUESTION: (),
    Table.MANDATE: (),
    Table.COOPERATION: (),
})
core.LABELS.update({
    Table.KNOWLEDGE_RUBRIC: "De rubriek",
    Table.KNOWLEDGE_QUESTION: "De kennisvraag",
    Table.OPEN_QUESTION: "De open vraag",
    Table.MANDATE: "Het kader of de vraag",
    Table.COOPERATION: "De samenwerking",
})


def _names(value: object, what: str) -> list[str]:
    if not isinstance(value, (list, tuple)):
        raise ValidationError(msg("edit.not_a_list", what=phrase(what)))
    names = [clean_name(v, what) for v in value]
    if len(set(names)) != len(names):
        raise ValidationError(msg("edit.name_twice", what=phrase(what)))
    return names


def _texts(value: object, what: str) -> list[str]:
    if not isinstance(value, (list, tuple)):
        raise ValidationError(msg("edit.not_a_list", what=phrase(what)))
    return [clean_text(v, what, required=True) for v in value]


#: field → how it is cleaned (the same for every kind of item that has it).
_CLEAN: dict[str, Any] = {
    "name": lambda v: clean_name(v, "De naam"),
    "text": lambda v: clean_text(v, "De tekst", required=True),
    "theme": lambda v: clean_text(v, "Het thema"),
    "answered_in": lambda v: clean_text(v, "Waar beantwoord"),
    "owner": lambda v: clean_text(v, "De eigenaar"),
    "field": lambda v: clean_text(v, "Het domein"),
    "legal_form": lambda v: clean_text(v, "De rechtsvorm"),
    "status": lambda v: clean_choice(QuestionStatus, v, "De status"),
    "kind": lambda v: clean_choice(MandateKind, v, "De soort"),
    "products": lambda v: _texts(v, "De producten"),
    "parties": lambda v: _names(v, "De deelnemers"),
}
_LINKS: dict[str, type[SQLModel]] = {"owner_party_id": t.MunicipalityRow, "municipality_id": t.MunicipalityRow, "rubric_id": r.KnowledgeRubricRow}


def _clean(values: dict[str, Any], allowed: set[str], what: str) -> dict[str, Any]:
    unknown = set(values) - allowed
    if unknown:
        raise ValidationError(msg("edit.no_field", what=phrase(what), field=sorted(unknown)[0]))
    return {k: _CLEAN[k](v) if k in _CLEAN else v for k, v in values.items()}


#: Lists of ids a cooperation links to, and what they point at.
_ID_LISTS: dict[str, tuple[type[SQLModel], str]] = {
    "task_field_ids": (t.TaskFieldRow, "De taakvelden"),
    "option_ids": (OptionRow, "De opties"),
}


def _linked(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` with every link checked against the document; a list of ids without repeats."""
    for key, row_type in _LINKS.items():
        if values.get(key) is not None:
            get(session, row_type, values[key])
    if values.get("municipality_id") is not None:
        # A council's, or the councils' of the municipalities an organisation acts for (the
        # raden of Dinkelland and Tubbergen that share Noaberkracht give one joint assignment).
        source = get(session, t.MunicipalityRow, values["municipality_id"])
        if source.kind != "gemeente" and not (source.kind == "organisatie" and source.acts_for):
            raise ValidationError(
                msg("knowledge.mandate_council")
            )
    linked = dict(values)
    for key, (row_type, what) in _ID_LISTS.items():
        if key in values:
            ids = values[key]
            if not isinstance(ids, (list, tuple)):
                raise ValidationError(msg("edit.not_a_list", what=phrase(what)))
            for item_id in ids:
                get(session, row_type, item_id)
            linked[key] = list(dict.fromkeys(ids))
    return linked


def _add(doc: Document, row_type: type[SQLModel], values: dict[str, Any], position: int | None, unique: str | None = None) -> Change:
    with editing(doc) as session:
        values = _linked(session, values)
        if unique:
            ensure_unique(session, row_type, "name", values["name"], None, unique)
        row = insert(session, row_type(position=0, **values), position)
        return added(table_of(row_type), getattr(row, "id", None))


def _update(doc: Document, row_type: type[SQLModel], item_id: int, values: dict[str, Any], unique: str | None = None) -> Change:
    with editing(doc) as session:
        row = get(session, row_type, item_id)
        values = _linked(session, values)
        if unique and "name" in values:
            ensure_unique(session, row_type, "name", values["name"], item_id, unique)
        previous = {key: getattr(row, key) for key in values}
        for key, value in values.items():
            setattr(row, key, value)
        session.flush()
        return changed(table_of(row_type), Action.UPDATED, item_id, FormerValues(previous))


RUBRIC = {"name", "products", "owner", "owner_party_id"}
KNOWLEDGE_QUESTION = {"text", "status", "answered_in"}
OPEN_QUESTION = {"theme", "text", "status", "answered_in"}
MANDATE = {"municipality_id", "kind", "text", "answered_in", "status"}
COOPERATION = {"name", "parties", "field", "legal_form", "task_field_ids", "option_ids"}


def add_rubric(doc: Document, *, name: str, position: int | None = None, **values: Any) -> Change:
    return _add(doc, r.KnowledgeRubricRow, _clean({"name": name, **values}, RUBRIC, "Een rubriek"), position, "De rubriek")


def update_rubric(doc: Document, *, rubric_id: int, **values: Any) -> Change:
    return _update(doc, r.KnowledgeRubricRow, rubric_id, _clean(values, RUBRIC, "Een rubriek"), "De rubriek")


def add_knowledge_question(doc: Document, *, rubric_id: int, text: str, position: int | None = None, **values: Any) -> Change:
    clean = _clean({"text": text, **values}, KNOWLEDGE_QUESTION, "Een kennisvraag")
    return _add(doc, r.KnowledgeQuestionRow, {"rubric_id": rubric_id, **clean}, position)


def update_knowledge_question(doc: Document, *, question_id: int, **values: Any) -> Change:
    return _update(doc, r.KnowledgeQuestionRow, question_id, _clean(values, KNOWLEDGE_QUESTION, "Een kennisvraag"))


def add_open_question(doc: Document, *, text: str, position: int | None = None, **values: Any) -> Change:
    return _add(doc, r.OpenQuestionRow, _clean({"text": text, **values}, OPEN_QUESTION, "Een open vraag"), position)


def update_open_question(doc: Document, *, question_id: int, **values: Any) -> Change:
    return _update(doc, r.OpenQuestionRow, question_id, _clean(values, OPEN_QUESTION, "Een open vraag"))


def add_mandate(doc: Document, *, text: str, position: int | None = None, **values: Any) -> Change:
    return _add(doc, r.MandateRow, _clean({"text": text, **values}, MANDATE, "Een kader of vraag"), position)


def update_mandate(doc: Document, *, mandate_id: int, **values: Any) -> Change:
    return _update(doc, r.MandateRow, mandate_id, _clean(values, MANDATE, "Een kader of vraag"))


def add_cooperation(doc: Document, *, name: str, position: int | None = None, **values: Any) -> Change:
    clean = _clean({"name": name, **values}, COOPERATION, "Een samenwerking")
    return _add(doc, r.CooperationRow, clean, position, "De samenwerking")


def update_cooperation(doc: Document, *, cooperation_id: int, **values: Any) -> Change:
    return _update(doc, r.CooperationRow, cooperation_id, _clean(values, COOPERATION, "Een samenwerking"), "De samenwerking")
