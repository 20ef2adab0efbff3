"""What one stored row may hold, column by column: the rules a row must meet before anything
reads it.

A ``.staan`` file comes from elsewhere; SQLite stores whatever it is given (a text in an
integer column, a 600-character name, a status nobody knows). The content columns take their
rule from the field of the :class:`~staan_desktop.domain.document.Trajectory` tree they become,
so that a rule lives in one place; the other columns (ids, positions, review and version
tables) take theirs from their column type. :func:`install` makes every row that SQLAlchemy
loads pass these rules (raising :class:`RowError`), and the rescue of a refused file keeps only
the rows that pass them.
"""

from __future__ import annotations

import functools
import math
from enum import Enum
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Strict,
    StrictBool,
    StrictInt,
    StringConstraints,
    create_model,
)
from pydantic import ValidationError as PydanticError
from sqlalchemy import JSON, Boolean, Float, Integer, String, Table

from . import document as d
from .messages import msg, worded
from .problems import describe_problem

#: A snapshot of a whole trajectory is one text; as large as a JSON file may be.
MAX_SNAPSHOT = 128 * 1024 * 1024


class RowError(ValueError):
    """A stored row that breaks its rules: which table, which row, which column, and why."""

    def __init__(self, table: str, row_id: object, column: str, reason: str) -> None:
        super().__init__(f"{table} {row_id} {column}: {reason}")
        self.table = table
        self.row_id = row_id
        self.column = column
        self.reason = reason


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError("not finite")
    return value


StrictText = Annotated[str, Strict()]
Number = Annotated[float, AfterValidator(_finite)]

#: Content columns → (domain model, field) whose rule they follow. A column absent here
#: follows its column type (:func:`_generic`).
_FROM_DOMAIN: dict[str, dict[str, tuple[type[BaseModel], str]]] = {
    "trajectory": {
        name: (d.TrajectoryInfo, name)
        for name in (
            "title", "subtitle", "short_name", "procesmanager", "author_role", "document_date",
            "version_label", "status", "character_keywords", "differences",
        )
    },
    "municipality": {
        "name": (d.Member, "name"),
        "kind": (d.Party, "kind"),
        "description": (d.Party, "description"),
    },
    "conference": {name: (d.Conference, name) for name in ("date", "place", "theme")},
    "participant": {"name": (d.Participant, "name"), "function": (d.Participant, "function")},
    "question": {"text": (d.Block, "text")},
    "section": {"title": (d.Section, "title")},
    "block": {"kind": (d.Block, "kind"), "text": (d.Block, "text")},
    "statement": {"text": (d.Block, "text")},
    "motive": {name: (d.Motive, name) for name in ("letter", "name", "explanation")},
    "interest_category": {"name": (d.InterestCategory, "name")},
    "interest_item": {"text": (d.Block, "text")},
    "criterion": {name: (d.Criterion, name) for name in ("name", "weight", "scale_min", "scale_max")},
    "classification_class": {name: (d.ClassDef, name) for name in ("key", "name", "note", "min_ratio")},
    "task_field": {
        "name": (d.TaskField, "name"),
        "description": (d.TaskField, "description"),
        "footnote": (d.TaskField, "footnote"),
        "shortlisted": (d.TaskField, "shortlisted"),
        "override_key": (d.Override, "class_key"),
        "override_reason": (d.Block, "text"),  # empty while not overridden
    },
    "score": {"value": (d.Score, "value"), "note": (d.Score, "note")},
    "owner": {name: (d.Owner, name) for name in ("person", "role", "from_date")},
    "role": {name: (d.Role, name) for name in ("name", "description", "responsibilities_title")},
    "responsibility": {"text": (d.Responsibility, "text"), "footnote": (d.Responsibility, "footnote")},
    "member": {"name": (d.Member, "name")},
    "rule": {"text": (d.Block, "text")},
    "option": {
        "name": (d.Option, "name"),
        "description": (d.Option, "description"),
        "decision_status": (d.OptionChoice, "status"),  # None while the decision says nothing
        "decision_reason": (d.OptionChoice, "reason"),
    },
    "option_swot": {"text": (d.Block, "text")},
    "option_reference": {name: (d.ReferenceCase, name) for name in ("name", "description")},
    "option_score": {"value": (d.Score, "value"), "note": (d.Score, "note")},
    "options_decision": {name: (d.OptionsDecision, name) for name in ("decided_on", "reasons")},
    "frame_step": {name: (d.FrameStep, name) for name in ("title", "description")},
    "knock_out": {"condition": (d.KnockOut, "condition")},
    "action_item": {
        name: (d.ActionItem, name) for name in ("kind", "description", "owner_person", "target_date", "status")
    },
    "key_figure": {name: (d.KeyFigure, name) for name in ("name", "unit", "source", "as_of")},
    "figure_value": {"value": (d.FigureValue, "value")},
    "cost_key": {name: (d.CostKey, name) for name in ("name", "description", "chosen", "reasons")},
    "cost_key_term": {"weight": (d.CostKeyTerm, "weight")},
    "knowledge_rubric": {name: (d.KnowledgeRubric, name) for name in ("name", "owner")},
    "knowledge_question": {name: (d.KnowledgeQuestion, name) for name in ("text", "status", "answered_in")},
    "open_question": {name: (d.OpenQuestion, name) for name in ("theme", "text", "status", "answered_in")},
    "mandate": {name: (d.Mandate, name) for name in ("kind", "text", "answered_in", "status")},
    "cooperation": {name: (d.Cooperation, name) for name in ("name", "field", "legal_form")},
    "knock_out_verdict": {name: (d.KnockOutVerdict, name) for name in ("verdict", "reason")},
    "method": {"key": (d.Method, "key"), "name": (d.Method, "name")},
    "criterion_weight": {"weight": (d.CriterionWeight, "weight")},
}

#: JSON columns that hold row ids (the municipalities an organisation acts for), not texts.
_JSON_IDS = {("municipality", "acts_for"), ("cooperation", "task_field_ids"), ("cooperation", "option_ids")}

#: Columns whose texts are longer than any single text of the tree.
_LONG_TEXT = {("version", "content"): MAX_SNAPSHOT}


def _generic(table: str, column: Any) -> Any:
    kind = column.type
    kind = getattr(kind, "impl_instance", kind)  # SQLModel's AutoString decorates a String
    if isinstance(kind, Boolean):
        rule: Any = StrictBool
    elif isinstance(kind, Integer):
        rule = StrictInt
    elif isinstance(kind, Float):
        rule = Number
    elif isinstance(kind, JSON):
        rule = list[StrictInt] if (table, column.name) in _JSON_IDS else list[d.Name]
    elif isinstance(kind, String):
        limit = _LONG_TEXT.get((table, column.name), d.MAX_TEXT)
        rule = Annotated[str, Strict(), StringConstraints(max_length=limit)]
    else:
        rule = Any
    return rule | None if column.nullable else rule


def _domain(model: type[BaseModel], field: str, nullable: bool) -> tuple[Any, Any]:
    info = model.model_fields[field]
    annotation: Any = info.annotation
    if info.metadata:
        annotation = Annotated[(annotation, *info.metadata)]  # the field's constraints
    if isinstance(info.annotation, type) and issubclass(info.annotation, Enum):
        annotation = Annotated[annotation, Strict(False)]  # stored as its value, e.g. "concept"
    if field == "character_keywords":
        annotation = list[d.Name]  # a JSON array in the column, a tuple in the tree
    if nullable:
        annotation = annotation | None
    # No default: a missing value is an error, not the tree's default.
    return annotation, ...


@functools.cache
def row_model(table: Table) -> type[BaseModel]:
    """The pydantic model one row of ``table`` is checked against (strict: a text is never
    taken for a number, nor bytes for a text)."""
    domain = _FROM_DOMAIN.get(table.name, {})
    fields: dict[str, Any] = {}
    for column in table.columns:
        if column.name in domain:
            model, field = domain[column.name]
            fields[column.name] = _domain(model, field, bool(column.nullable))
        else:
            fields[column.name] = (_generic(table.name, column), ...)
    config = ConfigDict(strict=True, extra="ignore", frozen=True)
    return create_model(f"{table.name}_row", __config__=config, **fields)


def row_problem(table: Table, values: dict[str, Any]) -> tuple[str, str] | None:
    """``(column, Dutch reason)`` of the first rule ``values`` break, or ``None``."""
    try:
        row_model(table).model_validate(values)
    except PydanticError as exc:
        first = exc.errors()[0]
        column = str(first["loc"][0]) if first["loc"] else ""
        return column, describe_problem(first)
    except RecursionError:
        return "", worded(msg("rows.too_deep"))
    return None


def check_row(table: Table, values: dict[str, Any]) -> None:
    problem = row_problem(table, values)
    if problem is not None:
        raise RowError(table.name, values.get("id", values.get("number")), *problem)


def _on_load(target: Any, _context: object) -> None:
    table = target.__table__
    check_row(table, {column.key: target.__dict__.get(column.key) for column in table.columns})


def install() -> None:
    """Check every row SQLAlchemy loads from a document (once per process)."""
    from sqlalchemy import event
    from sqlalchemy.orm import Mapper

    if not event.contains(Mapper, "load", _on_load):
        event.listen(Mapper, "load", _on_load)
