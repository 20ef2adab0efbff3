"""Edits of task fields, criteria, classes, scores, overrides and owners."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypedDict

from sqlmodel import Session, select

from staan_desktop.domain import tables as t
from staan_desktop.domain.document import OwnerRole
from staan_desktop.domain.messages import msg

from ..changes import Action, AddedRows, Change, FormerScore, Table, added, changed
from ..errors import ValidationError
from ..store import Document
from .core import clean_name, clean_text, editing, ensure_unique, get, insert, require, reverts, update_fields

# Task fields ------------------------------------------------------------------------------


def add_task_field(
    doc: Document,
    *,
    name: str,
    description: str = "",
    footnote: str = "",
    shortlisted: bool = False,
    position: int | None = None,
) -> Change:
    name = clean_name(name, "De naam van het taakveld")
    row = t.TaskFieldRow(
        name=name,
        description=clean_text(description, "De omschrijving"),
        footnote=clean_text(footnote, "De voetnoot"),
        shortlisted=bool(shortlisted),
        position=0,
    )
    with editing(doc) as session:
        ensure_unique(session, t.TaskFieldRow, "name", name, None, "Het taakveld")
        insert(session, row, position)
        return added(Table.TASK_FIELD, row.id)


def add_task_fields(doc: Document, *, names: Iterable[str]) -> Change:
    """Add a pasted long list, one name per line, in one transaction. Empty lines and names
    already on the list are skipped, so pasting the same list twice does no harm."""
    with editing(doc) as session:
        existing = set(session.exec(select(t.TaskFieldRow.name)).all())
        ids: list[int] = []
        for raw in names:
            if not raw.strip():
                continue
            name = clean_name(raw.strip().lstrip("-•*").strip() or raw, "De naam van het taakveld")
            if name in existing:
                continue
            existing.add(name)
            row = insert(session, t.TaskFieldRow(name=name, position=0))
            assert row.id is not None
            ids.append(row.id)
        return changed(Table.TASK_FIELD, Action.ADDED, None, AddedRows(tuple(ids)))


def update_task_field(doc: Document, *, task_field_id: int, **values: object) -> Change:
    clean: dict[str, object] = {}
    for key, value in values.items():
        if key == "name":
            clean[key] = clean_name(value, "De naam van het taakveld")
        elif key in ("description", "footnote"):
            clean[key] = clean_text(value, "De tekst")
        elif key == "shortlisted":
            clean[key] = bool(value)
        else:
            raise ValidationError(msg("scoring.task_field_no_field", field=key))

    def check(session, row, v):  # type: ignore[no-untyped-def]
        if "name" in v:
            ensure_unique(session, t.TaskFieldRow, "name", v["name"], row.id, "Het taakveld")

    return update_fields(doc, t.TaskFieldRow, task_field_id, clean, check)


def set_override(doc: Document, *, task_field_id: int, class_key: str | None, reason: str) -> Change:
    """Place a task field in a class (or, with ``None``, in *niet geselecteerd*) by decision,
    whatever the scores say. The reason is required and stays visible."""
    reason = clean_text(reason, "De reden", required=True)

    def check(session, _row, _v):  # type: ignore[no-untyped-def]
        if class_key is not None and session.exec(select(t.ClassRow).where(t.ClassRow.key == class_key)).first() is None:
            raise ValidationError(msg("scoring.no_such_class", key=class_key))

    return update_fields(
        doc,
        t.TaskFieldRow,
        task_field_id,
        {"overridden": True, "override_key": class_key, "override_reason": reason},
        check,
    )


def clear_override(doc: Document, *, task_field_id: int) -> Change:
    return update_fields(
        doc, t.TaskFieldRow, task_field_id, {"overridden": False, "override_key": None, "override_reason": ""}
    )


# Criteria and classes ---------------------------------------------------------------------


class _CriterionValues(TypedDict):
    name: str
    weight: float
    scale_min: int
    scale_max: int


def _criterion_values(name: str, weight: float, scale_min: int, scale_max: int) -> _CriterionValues:
    name = clean_name(name, "De naam van het criterium")
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 <= weight <= 1000:
        raise ValidationError(msg("scoring.weight_range"))
    for bound in (scale_min, scale_max):
        if isinstance(bound, bool) or not isinstance(bound, int) or not -1000 <= bound <= 1000:
            raise ValidationError(msg("scoring.scale_bounds"))
    if scale_min >= scale_max:
        raise ValidationError(msg("scoring.scale_order"))
    return {"name": name, "weight": float(weight), "scale_min": scale_min, "scale_max": scale_max}


def add_criterion(
    doc: Document, *, name: str, weight: float = 1.0, scale_min: int = 1, scale_max: int = 5, position: int | None = None
) -> Change:
    values = _criterion_values(name, weight, scale_min, scale_max)
    with editing(doc) as session:
        ensure_unique(session, t.CriterionRow, "name", values["name"], None, "Het criterium")
        row = insert(session, t.CriterionRow(position=0, **values), position)
        return added(Table.CRITERION, row.id)


def update_criterion(
    doc: Document, *, criterion_id: int, name: str, weight: float, scale_min: int, scale_max: int
) -> Change:
    values = _criterion_values(name, weight, scale_min, scale_max)

    def check(session, row, v):  # type: ignore[no-untyped-def]
        ensure_unique(session, t.CriterionRow, "name", v["name"], row.id, "Het criterium")
        outside = session.exec(
            select(t.ScoreRow).where(
                t.ScoreRow.criterion_id == row.id,
                (t.ScoreRow.value < v["scale_min"]) | (t.ScoreRow.value > v["scale_max"]),
            )
        ).first()
        if outside is not None:
            raise ValidationError(msg("scoring.scores_outside"))

    return update_fields(doc, t.CriterionRow, criterion_id, values, check)


class _ClassValues(TypedDict):
    key: str
    name: str
    note: str
    min_ratio: float


def _class_values(key: str, name: str, note: str, min_ratio: float) -> _ClassValues:
    if isinstance(min_ratio, bool) or not isinstance(min_ratio, (int, float)) or not 0 <= min_ratio <= 1:
        raise ValidationError(msg("scoring.class_bound"))
    return {
        "key": clean_name(key, "De sleutel van de klasse"),
        "name": clean_name(name, "De naam van de klasse"),
        "note": clean_text(note, "De voetnoot"),
        "min_ratio": float(min_ratio),
    }


def add_class(
    doc: Document, *, key: str, name: str, note: str = "", min_ratio: float = 0.0, position: int | None = None
) -> Change:
    values = _class_values(key, name, note, min_ratio)
    with editing(doc) as session:
        ensure_unique(session, t.ClassRow, "key", values["key"], None, "De klasse")
        row = insert(session, t.ClassRow(position=0, **values), position)
        return added(Table.CLASSIFICATION_CLASS, row.id)


def update_class(doc: Document, *, class_id: int, name: str, note: str, min_ratio: float) -> Change:
    with doc.reading() as session:
        key = get(session, t.ClassRow, class_id).key
    values = _class_values(key, name, note, min_ratio)
    return update_fields(doc, t.ClassRow, class_id, {k: v for k, v in values.items() if k != "key"})


# Scores -----------------------------------------------------------------------------------


def check_score(criterion: t.CriterionRow, value: int) -> None:
    """A score is a whole number on the criterion's scale (task fields and options alike)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(msg("scoring.whole_number"))
    if not criterion.scale_min <= value <= criterion.scale_max:
        raise ValidationError(
            msg("scoring.out_of_scale", name=criterion.name, low=criterion.scale_min, high=criterion.scale_max)
        )


def require_scorer(session: Session, municipality_id: int) -> None:
    """The one who gives a score is a municipality of the trajectory: other parties around the
    table (an adviser, a shared service organisation) share the table but do not score."""
    require(session, t.MunicipalityRow, municipality_id)
    kind = session.connection().exec_driver_sql("SELECT kind FROM municipality WHERE id = ?", (municipality_id,)).scalar_one()
    if kind != "gemeente":
        raise ValidationError(msg("scoring.only_municipalities"))


def set_score(
    doc: Document,
    *,
    task_field_id: int,
    criterion_id: int,
    municipality_id: int | None,
    value: int | None,
    note: str = "",
) -> Change:
    """Set, change or (with ``value=None``) clear one score. ``municipality_id=None`` is the
    agreed score. The change's ``inverse`` holds the old value and note for undo."""
    note = clean_text(note, "De toelichting")
    with editing(doc) as session:
        require(session, t.TaskFieldRow, task_field_id)
        criterion = get(session, t.CriterionRow, criterion_id)
        if municipality_id is not None:
            require_scorer(session, municipality_id)
        if value is not None:
            check_score(criterion, value)
        mun_filter = (
            t.ScoreRow.municipality_id.is_(None)  # type: ignore[union-attr]
            if municipality_id is None
            else t.ScoreRow.municipality_id == municipality_id
        )
        row = session.exec(
            select(t.ScoreRow).where(
                t.ScoreRow.task_field_id == task_field_id, t.ScoreRow.criterion_id == criterion_id, mun_filter
            )
        ).first()
        previous = FormerScore(
            task_field_id, criterion_id, municipality_id, row.value if row else None, row.note if row else ""
        )
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            row = t.ScoreRow(
                task_field_id=task_field_id,
                criterion_id=criterion_id,
                municipality_id=municipality_id,
                value=value,
                note=note,
            )
            session.add(row)
        else:
            row.value = value
            row.note = note
        session.flush()
        return changed(Table.SCORE, Action.UPDATED, row.id if row else None, previous)


@reverts(FormerScore)
def _set_score_back(doc: Document, _change: Change, former: FormerScore) -> Change:
    return set_score(
        doc,
        task_field_id=former.task_field_id,
        criterion_id=former.criterion_id,
        municipality_id=former.municipality_id,
        value=former.value,
        note=former.note,
    )


# Owners -----------------------------------------------------------------------------------


class _OwnerValues(TypedDict):
    person: str
    role: str
    from_date: str


def _owner_values(person: str, role: str, from_date: str) -> _OwnerValues:
    try:
        role_value = OwnerRole(role).value
    except ValueError:
        raise ValidationError(msg("scoring.no_such_role", role=role)) from None
    return {
        "person": clean_name(person, "De naam van de eigenaar"),
        "role": role_value,
        "from_date": clean_text(from_date, "De datum"),
    }


def add_owner(
    doc: Document,
    *,
    task_field_id: int,
    person: str,
    municipality_id: int | None = None,
    role: str = "eigenaar",
    from_date: str = "",
    position: int | None = None,
) -> Change:
    values = _owner_values(person, role, from_date)
    with editing(doc) as session:
        get(session, t.TaskFieldRow, task_field_id)
        if municipality_id is not None:
            get(session, t.MunicipalityRow, municipality_id)
        row = t.OwnerRow(task_field_id=task_field_id, municipality_id=municipality_id, position=0, **values)
        insert(session, row, position)
        return added(Table.OWNER, row.id)


def update_owner(
    doc: Document, *, owner_id: int, person: str, municipality_id: int | None, role: str, from_date: str = ""
) -> Change:
    values = {**_owner_values(person, role, from_date), "municipality_id": municipality_id}

    def check(session, _row, v):  # type: ignore[no-untyped-def]
        if v["municipality_id"] is not None:
            get(session, t.MunicipalityRow, v["municipality_id"])

    return update_fields(doc, t.OwnerRow, owner_id, values, check)
