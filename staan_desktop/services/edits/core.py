"""What every edit shares: one durable transaction, validation, ordered lists, and removal
that can be undone exactly (the removed rows and everything that cascaded with them)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Table, func, update
from sqlmodel import Session, SQLModel, select

from staan_desktop.domain import tables as t
from staan_desktop.domain.document import MAX_NAME, MAX_TEXT

from ..errors import ValidationError
from ..store import Document
from ..versions import content_transaction

Row = TypeVar("Row", bound=SQLModel)

#: For each ordered table, the columns that say which list an item belongs to.
SCOPES: dict[str, tuple[str, ...]] = {
    "municipality": (),
    "conference": (),
    "participant": ("conference_id",),
    "question": ("conference_id",),
    "section": ("parent_id",),
    "block": ("section_id",),
    "statement": (),
    "motive": (),
    "interest_category": (),
    "interest_item": ("category_id", "municipality_id"),
    "criterion": (),
    "classification_class": (),
    "task_field": (),
    "owner": ("task_field_id",),
    "role": (),
    "responsibility": ("role_id",),
    "member": ("role_id",),
    "rule": (),
}

ROW_TYPES: dict[str, type[SQLModel]] = {
    cls.__tablename__: cls  # type: ignore[misc]
    for cls in vars(t).values()
    if isinstance(cls, type) and issubclass(cls, SQLModel) and hasattr(cls, "__table__")
}

#: What the items are called in messages.
LABELS: dict[str, str] = {
    "municipality": "De gemeente",
    "conference": "De werkconferentie",
    "participant": "De deelnemer",
    "question": "De vraag",
    "section": "Het hoofdstuk",
    "block": "Het tekstblok",
    "statement": "De uitspraak",
    "motive": "Het motief",
    "interest_category": "De categorie",
    "interest_item": "Het belang",
    "criterion": "Het criterium",
    "classification_class": "De klasse",
    "task_field": "Het taakveld",
    "score": "De score",
    "owner": "De eigenaar",
    "role": "De rol",
    "responsibility": "De verantwoordelijkheid",
    "member": "Het lid",
    "rule": "De spelregel",
    "trajectory": "Het traject",
}


@dataclass(frozen=True)
class Removed:
    """Rows taken out by a removal, parents first, and links that were cleared, so that
    :func:`restore` can put everything back as it was."""

    table: str
    item_id: int
    rows: tuple[tuple[str, dict[str, Any]], ...]
    cleared_links: tuple[tuple[str, int, str, int], ...]


@dataclass(frozen=True)
class Change:
    """What an edit did. ``previous`` holds the values it replaced (for undo); ``tables`` is
    every table it touched, so that a screen can decide whether to redraw."""

    table: str
    action: str
    item_id: int | None = None
    previous: dict[str, Any] = field(default_factory=dict)
    removed: Removed | None = None
    tables: frozenset[str] = frozenset()


def changed(table: str, action: str, item_id: int | None = None, **kw: Any) -> Change:
    tables = kw.pop("tables", frozenset({table}))
    return Change(table, action, item_id, tables=frozenset(tables), **kw)


@contextmanager
def editing(doc: Document) -> Iterator[Session]:
    # A signed-off version is frozen and a reviewer may only comment: content_transaction
    # refuses inside the transaction, so that no sign-off slips in between check and write.
    with content_transaction(doc) as session:
        yield session


def clean_name(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{what} moet tekst zijn.")
    name = value.strip()
    if not name:
        raise ValidationError(f"{what} mag niet leeg zijn.")
    if len(name) > MAX_NAME:
        raise ValidationError(f"{what} is te lang (ten hoogste {MAX_NAME} tekens).")
    if any(ch in name for ch in "\x00\n\r"):
        raise ValidationError(f"{what} mag geen regeleinden bevatten.")
    return name


def clean_text(value: object, what: str, *, required: bool = False) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{what} moet tekst zijn.")
    if "\x00" in value:
        raise ValidationError(f"{what} bevat een ongeldig teken.")
    if len(value) > MAX_TEXT:
        raise ValidationError(f"{what} is te lang (ten hoogste {MAX_TEXT} tekens).")
    if required and not value.strip():
        raise ValidationError(f"{what} mag niet leeg zijn.")
    return value


def get(session: Session, row_type: type[Row], item_id: object) -> Row:
    row = session.get(row_type, item_id) if isinstance(item_id, int) and not isinstance(item_id, bool) else None
    if row is None:
        label = LABELS.get(row_type.__tablename__, "Het onderdeel")  # type: ignore[attr-defined]
        raise ValidationError(f"{label} bestaat niet (meer).")
    return row


def require(session: Session, row_type: type[Row], item_id: object) -> None:
    """What :func:`get` checks, for a row that is only referred to: one indexed SELECT instead of
    loading the row into the session (a task field with its long texts, for every score typed)."""
    table = row_type.__tablename__  # type: ignore[attr-defined]
    exists = isinstance(item_id, int) and not isinstance(item_id, bool) and session.connection().exec_driver_sql(
        f"SELECT 1 FROM {table} WHERE id = ?", (item_id,)
    ).first() is not None
    if not exists:
        raise ValidationError(f"{LABELS.get(table, 'Het onderdeel')} bestaat niet (meer).")


def _scope_filter(row_type: type[SQLModel], values: dict[str, Any]) -> list:
    table = row_type.__tablename__  # type: ignore[attr-defined]
    conditions = []
    for column in SCOPES[table]:
        col = getattr(row_type, column)
        value = values.get(column)
        conditions.append(col.is_(None) if value is None else col == value)
    return conditions


def siblings(session: Session, row_type: type[Row], scope: dict[str, Any]) -> list[Row]:
    statement = select(row_type).where(*_scope_filter(row_type, scope)).order_by(row_type.position, row_type.id)  # type: ignore[attr-defined]
    return list(session.exec(statement))


def _scope_of(row: SQLModel) -> dict[str, Any]:
    return {c: getattr(row, c) for c in SCOPES[row.__tablename__]}  # type: ignore[attr-defined]


def _shift(session: Session, row_type: type[SQLModel], scope: dict[str, Any], start: int, delta: int) -> None:
    session.execute(
        update(row_type)
        .where(*_scope_filter(row_type, scope), row_type.position >= start)  # type: ignore[attr-defined]
        .values(position=row_type.position + delta)  # type: ignore[attr-defined]
    )


def insert(session: Session, row: Row, position: int | None = None) -> Row:
    """Add ``row`` to its list at ``position`` (``None``: at the end)."""
    row_type = type(row)
    scope = _scope_of(row)
    # Counting in SQL keeps adding to a long list as cheap as adding to a short one.
    count = session.execute(
        select(func.count()).select_from(row_type).where(*_scope_filter(row_type, scope))
    ).scalar_one()
    if position is None or position > count:
        position = count
    if position < 0:
        raise ValidationError("Die plaats in de lijst bestaat niet.")
    if position < count:
        _shift(session, row_type, scope, position, 1)
    row.position = position  # type: ignore[attr-defined]
    session.add(row)
    session.flush()
    return row


def move(doc: Document, table: str, item_id: int, position: int) -> Change:
    """Move an item to ``position`` within its own list."""
    row_type = ROW_TYPES[table]
    with editing(doc) as session:
        row = get(session, row_type, item_id)
        items = siblings(session, row_type, _scope_of(row))
        if not 0 <= position < len(items):
            raise ValidationError("Die plaats in de lijst bestaat niet.")
        old = row.position  # type: ignore[attr-defined]
        ordered = [r for r in items if r.id != item_id]  # type: ignore[attr-defined]
        ordered.insert(position, row)
        for index, r in enumerate(ordered):
            r.position = index  # type: ignore[attr-defined]
        return changed(table, "moved", item_id, previous={"position": old})


def _dependents(session: Session, table: Table, ids: list[int]) -> Iterator[tuple[Table, str, str, list[int]]]:
    for other in t.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table:
                rows = session.execute(select(other.c.id).where(fk.parent.in_(ids))).scalars().all()
                if rows:
                    yield other, fk.parent.name, fk.ondelete or "", list(rows)


def remove(doc: Document, table: str, item_id: int) -> Change:
    """Remove an item and everything that belongs to it; the change carries all of it."""
    row_type = ROW_TYPES[table]
    with editing(doc) as session:
        row = get(session, row_type, item_id)
        rows: list[tuple[str, dict[str, Any]]] = []
        cleared: list[tuple[str, int, str, int]] = []
        touched = {table}

        def collect(tbl: Table, ids: list[int]) -> None:
            for record in session.execute(select(tbl).where(tbl.c.id.in_(ids))).mappings():
                rows.append((tbl.name, dict(record)))
            for other, column, ondelete, dep_ids in _dependents(session, tbl, ids):
                touched.add(other.name)
                if ondelete.upper() == "SET NULL":
                    for dep in dep_ids:
                        value = session.execute(select(other.c[column]).where(other.c.id == dep)).scalar_one()
                        cleared.append((other.name, dep, column, value))
                else:
                    fresh = [i for i in dep_ids if other is not tbl or i not in ids]
                    if fresh:
                        collect(other, fresh)

        collect(row_type.__table__, [item_id])  # type: ignore[attr-defined]
        scope = _scope_of(row) if table in SCOPES else {}
        position = getattr(row, "position", None)
        session.delete(row)
        session.flush()
        if position is not None:
            _shift(session, row_type, scope, position + 1, -1)
        removed = Removed(table, item_id, tuple(rows), tuple(cleared))
        return changed(table, "removed", item_id, removed=removed, tables=touched)


def restore(doc: Document, removed: Removed) -> Change:
    """Put back what :func:`remove` took out, with the same ids and places."""
    with editing(doc) as session:
        first_table, first = removed.rows[0]
        row_type = ROW_TYPES[first_table]
        if "position" in first and first_table in SCOPES:
            _shift(session, row_type, {c: first[c] for c in SCOPES[first_table]}, first["position"], 1)
        for table_name, values in removed.rows:
            session.execute(t.metadata.tables[table_name].insert().values(**values))
        for table_name, row_id, column, value in removed.cleared_links:
            tbl = t.metadata.tables[table_name]
            session.execute(update(tbl).where(tbl.c.id == row_id).values({column: value}))
        touched = {name for name, _ in removed.rows} | {name for name, *_ in removed.cleared_links}
        return changed(removed.table, "restored", removed.item_id, tables=touched)


def update_fields(
    doc: Document,
    row_type: type[Row],
    item_id: int,
    values: dict[str, Any],
    check: Callable[[Session, Row, dict[str, Any]], None] | None = None,
) -> Change:
    """Set validated ``values`` on one row; the change holds the values they replaced."""
    with editing(doc) as session:
        row = get(session, row_type, item_id)
        if check is not None:
            check(session, row, values)
        previous = {key: getattr(row, key) for key in values}
        for key, value in values.items():
            setattr(row, key, value)
        session.flush()
        return changed(row_type.__tablename__, "updated", item_id, previous=previous)  # type: ignore[attr-defined]


def ensure_unique(session: Session, row_type: type[SQLModel], column: str, value: str, item_id: int | None, what: str) -> None:
    existing = session.exec(select(row_type).where(getattr(row_type, column) == value)).first()
    if existing is not None and existing.id != item_id:  # type: ignore[attr-defined]
        raise ValidationError(f"{what} ‘{value}’ bestaat al.")


def revert(doc: Document, change: Change) -> Change:
    """Undo ``change`` and return the change that undoes *this* one, so that undo and redo
    are the same operation applied to each other's result."""
    if change.action == "added":
        ids = change.previous.get("ids") if change.item_id is None else [change.item_id]
        removals = [remove(doc, change.table, item_id) for item_id in reversed(ids or [])]
        if len(removals) == 1:
            return removals[0]
        return changed(change.table, "removed", None, previous={"removals": removals})
    if change.action == "removed":
        if change.removed is None:
            restored = [revert(doc, r) for r in reversed(change.previous.get("removals", []))]
            return changed(change.table, "added", None, previous={"ids": [r.item_id for r in restored]})
        return restore(doc, change.removed)
    if change.action == "restored":
        return remove(doc, change.table, change.item_id)  # type: ignore[arg-type]
    if change.action == "moved":
        return move(doc, change.table, change.item_id, change.previous["position"])  # type: ignore[arg-type]
    if change.action == "updated":
        if change.table == "score":
            from .scoring import set_score

            return set_score(doc, **change.previous)
        if change.table == "trajectory":
            from .trajectory import update_trajectory

            return update_trajectory(doc, **change.previous)
        # The previous values came out of the database, so they are valid as they are.
        return update_fields(doc, ROW_TYPES[change.table], change.item_id, dict(change.previous))  # type: ignore[arg-type]
    raise ValueError(f"cannot revert {change.action!r}")
