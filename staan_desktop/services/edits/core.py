"""What every edit shares: one durable transaction, validation, ordered lists, removal that
can be undone exactly (the removed rows and everything that cascaded with them), and
:func:`revert`, which undoes a change through the reverter registered for its inverse record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import Table as SqlTable
from sqlalchemy import func, update
from sqlmodel import Session, SQLModel, select

from staan_desktop.domain import tables as t
from staan_desktop.domain.document import MAX_NAME, MAX_TEXT
from staan_desktop.domain.messages import listed, msg, phrase
from staan_desktop.domain.schema import metadata

from ..changes import Action, AddedRows, Change, FormerPosition, FormerValues, Removals, Removed, Table, changed
from ..errors import ValidationError
from ..store import Document
from ..versions import content_transaction

Row = TypeVar("Row", bound=SQLModel)
Record = TypeVar("Record")

#: For each ordered table, the columns that say which list an item belongs to.
SCOPES: dict[Table, tuple[str, ...]] = {
    Table.MUNICIPALITY: (),
    Table.CONFERENCE: (),
    Table.PARTICIPANT: ("conference_id",),
    Table.QUESTION: ("conference_id",),
    Table.SECTION: ("parent_id",),
    Table.BLOCK: ("section_id",),
    Table.STATEMENT: (),
    Table.MOTIVE: (),
    Table.INTEREST_CATEGORY: (),
    Table.INTEREST_ITEM: ("category_id", "municipality_id"),
    Table.CRITERION: (),
    Table.CLASSIFICATION_CLASS: (),
    Table.TASK_FIELD: (),
    Table.OWNER: ("task_field_id",),
    Table.ROLE: (),
    Table.RESPONSIBILITY: ("role_id",),
    Table.MEMBER: ("role_id",),
    Table.RULE: (),
}


def table_of(row_type: type[SQLModel]) -> Table:
    name = row_type.__tablename__
    assert isinstance(name, str)  # every table class here names its table
    return Table(name)


ROW_TYPES: dict[Table, type[SQLModel]] = {
    table_of(cls): cls
    for cls in vars(t).values()
    if isinstance(cls, type) and issubclass(cls, SQLModel) and hasattr(cls, "__table__")
}

#: What the items are called in messages.
LABELS: dict[Table, str] = {
    Table.MUNICIPALITY: "De gemeente",
    Table.CONFERENCE: "De werkconferentie",
    Table.PARTICIPANT: "De deelnemer",
    Table.QUESTION: "De vraag",
    Table.SECTION: "Het hoofdstuk",
    Table.BLOCK: "Het tekstblok",
    Table.STATEMENT: "De uitspraak",
    Table.MOTIVE: "Het motief",
    Table.INTEREST_CATEGORY: "De categorie",
    Table.INTEREST_ITEM: "Het belang",
    Table.CRITERION: "Het criterium",
    Table.CLASSIFICATION_CLASS: "De klasse",
    Table.TASK_FIELD: "Het taakveld",
    Table.SCORE: "De score",
    Table.OWNER: "De eigenaar",
    Table.ROLE: "De rol",
    Table.RESPONSIBILITY: "De verantwoordelijkheid",
    Table.MEMBER: "Het lid",
    Table.RULE: "De spelregel",
    Table.TRAJECTORY: "Het traject",
}


@contextmanager
def editing(doc: Document) -> Iterator[Session]:
    # A signed-off version is frozen and a reviewer may only comment: content_transaction
    # refuses inside the transaction, so that no sign-off slips in between check and write.
    with content_transaction(doc) as session:
        yield session


def clean_name(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(msg("edit.not_text", what=phrase(what)))
    name = value.strip()
    if not name:
        raise ValidationError(msg("edit.empty", what=phrase(what)))
    if len(name) > MAX_NAME:
        raise ValidationError(msg("edit.too_long", what=phrase(what), maximum=MAX_NAME))
    if any(ch in name for ch in "\x00\n\r"):
        raise ValidationError(msg("edit.line_breaks", what=phrase(what)))
    return name


def clean_choice(enum: type[Enum], value: object, what: str) -> str:
    """``value`` as one of ``enum``'s stored words; the refusal lists them, each a word the
    window translates (``VALUE_WORDS``), so that the English window does not list Dutch."""
    allowed = [str(e.value) for e in enum]
    value = value.value if isinstance(value, enum) else value
    if value not in allowed:
        raise ValidationError(msg("edit.one_of", what=phrase(what), choices=listed(map(phrase, allowed[:-1])),
                                  last=phrase(allowed[-1])))
    return str(value)


def clean_text(value: object, what: str, *, required: bool = False, max_length: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise ValidationError(msg("edit.not_text", what=phrase(what)))
    if "\x00" in value:
        raise ValidationError(msg("edit.invalid_character", what=phrase(what)))
    if len(value) > max_length:
        raise ValidationError(msg("edit.too_long", what=phrase(what), maximum=max_length))
    if required and not value.strip():
        raise ValidationError(msg("edit.empty", what=phrase(what)))
    return value


def get(session: Session, row_type: type[Row], item_id: object) -> Row:
    row = session.get(row_type, item_id) if isinstance(item_id, int) and not isinstance(item_id, bool) else None
    if row is None:
        label = LABELS.get(table_of(row_type), "Het onderdeel")
        raise ValidationError(msg("edit.gone", label=phrase(label)))
    return row


def require(session: Session, row_type: type[Row], item_id: object) -> None:
    """What :func:`get` checks, for a row that is only referred to: one indexed SELECT instead of
    loading the row into the session (a task field with its long texts, for every score typed)."""
    table = table_of(row_type)
    exists = isinstance(item_id, int) and not isinstance(item_id, bool) and session.connection().exec_driver_sql(
        f"SELECT 1 FROM {table.value} WHERE id = ?", (item_id,)
    ).first() is not None
    if not exists:
        raise ValidationError(msg("edit.gone", label=phrase(LABELS.get(table, 'Het onderdeel'))))


def _scope_filter(row_type: type[SQLModel], values: dict[str, Any]) -> list[Any]:
    conditions = []
    for column in SCOPES[table_of(row_type)]:
        col = getattr(row_type, column)
        value = values.get(column)
        conditions.append(col.is_(None) if value is None else col == value)
    return conditions


def siblings(session: Session, row_type: type[Row], scope: dict[str, Any]) -> list[Row]:
    statement = select(row_type).where(*_scope_filter(row_type, scope)).order_by(row_type.position, row_type.id)  # type: ignore[attr-defined]
    return list(session.exec(statement))


def _scope_of(row: SQLModel) -> dict[str, Any]:
    return {c: getattr(row, c) for c in SCOPES[table_of(type(row))]}


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
        raise ValidationError(msg("edit.no_such_place"))
    if position < count:
        _shift(session, row_type, scope, position, 1)
    row.position = position
    session.add(row)
    session.flush()
    return row


def move(doc: Document, table: Table, item_id: int, position: int) -> Change:
    """Move an item to ``position`` within its own list."""
    table = Table(table)  # a caller may name it by its text; an unknown name is a ValueError
    row_type = ROW_TYPES[table]
    with editing(doc) as session:
        row = get(session, row_type, item_id)
        items = siblings(session, row_type, _scope_of(row))
        if not 0 <= position < len(items):
            raise ValidationError(msg("edit.no_such_place"))
        old = row.position  # type: ignore[attr-defined]
        ordered = [r for r in items if r.id != item_id]  # type: ignore[attr-defined]
        ordered.insert(position, row)
        for index, r in enumerate(ordered):
            r.position = index
        return changed(table, Action.MOVED, item_id, FormerPosition(old))


def _dependents(session: Session, table: SqlTable, ids: list[int]) -> Iterator[tuple[SqlTable, str, str, list[int]]]:
    for other in metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table:
                rows = session.execute(select(other.c.id).where(fk.parent.in_(ids))).scalars().all()
                if rows:
                    yield other, fk.parent.name, fk.ondelete or "", list(rows)


def remove(doc: Document, table: Table, item_id: int) -> Change:
    """Remove an item and everything that belongs to it; the change carries all of it."""
    table = Table(table)  # a caller may name it by its text; an unknown name is a ValueError
    row_type = ROW_TYPES[table]
    with editing(doc) as session:
        row = get(session, row_type, item_id)
        rows: list[tuple[str, dict[str, object]]] = []
        cleared: list[tuple[str, int, str, int]] = []
        touched = {table}

        def collect(tbl: SqlTable, ids: list[int]) -> None:
            for record in session.execute(tbl.select().where(tbl.c.id.in_(ids))).mappings():
                rows.append((tbl.name, dict(record)))
            for other, column, ondelete, dep_ids in _dependents(session, tbl, ids):
                touched.add(Table(other.name))
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
        return changed(table, Action.REMOVED, item_id, removed, frozenset(touched))


def restore(doc: Document, removed: Removed) -> Change:
    """Put back what :func:`remove` took out, with the same ids and places."""
    with editing(doc) as session:
        first_table, first = removed.rows[0]
        row_type = ROW_TYPES[Table(first_table)]
        position = first.get("position")
        if isinstance(position, int) and first_table in SCOPES:
            _shift(session, row_type, {c: first[c] for c in SCOPES[Table(first_table)]}, position, 1)
        for table_name, values in removed.rows:
            session.execute(metadata.tables[table_name].insert().values(**values))
        for table_name, row_id, column, value in removed.cleared_links:
            tbl = metadata.tables[table_name]
            session.execute(update(tbl).where(tbl.c.id == row_id).values({column: value}))
        touched = {Table(name) for name, _ in removed.rows} | {Table(name) for name, *_ in removed.cleared_links}
        return changed(removed.table, Action.RESTORED, removed.item_id, AddedRows((removed.item_id,)), frozenset(touched))


def update_fields(
    doc: Document,
    row_type: type[Row],
    item_id: int,
    values: Mapping[str, Any],
    check: Callable[[Session, Row, Mapping[str, Any]], None] | None = None,
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
        return changed(table_of(row_type), Action.UPDATED, item_id, FormerValues(previous))


def ensure_unique(session: Session, row_type: type[SQLModel], column: str, value: str, item_id: int | None, what: str) -> None:
    existing = session.exec(select(row_type).where(getattr(row_type, column) == value)).first()
    if existing is not None and existing.id != item_id:  # type: ignore[attr-defined]
        raise ValidationError(msg("edit.exists", what=phrase(what), value=value))


# Undo ------------------------------------------------------------------------------------

#: The function that undoes a change, by the type of its inverse record. Each edit module
#: registers the records it makes (scores and the trajectory in their own modules), so that
#: this module needs none of them.
_REVERTERS: dict[type[object], Callable[[Document, Change, Any], Change]] = {}


def reverts(
    kind: type[Record],
) -> Callable[[Callable[[Document, Change, Record], Change]], Callable[[Document, Change, Record], Change]]:
    """Register the function that undoes changes whose inverse record is a ``kind``."""

    def register(function: Callable[[Document, Change, Record], Change]) -> Callable[[Document, Change, Record], Change]:
        _REVERTERS[kind] = function
        return function

    return register


def revert(doc: Document, change: Change) -> Change:
    """Undo ``change`` and return the change that undoes *this* one, so that undo and redo
    are the same operation applied to each other's result."""
    reverter = _REVERTERS.get(type(change.inverse))
    if reverter is None:
        raise ValueError(f"cannot revert a change with {type(change.inverse).__name__}")
    return reverter(doc, change, change.inverse)


@reverts(AddedRows)
def _remove_added(doc: Document, change: Change, added: AddedRows) -> Change:
    removals = [remove(doc, change.table, item_id) for item_id in reversed(added.ids)]
    if len(removals) == 1:
        return removals[0]
    touched = frozenset({change.table}.union(*(r.tables for r in removals)))
    return changed(change.table, Action.REMOVED, None, Removals(tuple(removals)), touched)


@reverts(Removed)
def _restore_removed(doc: Document, _change: Change, removed: Removed) -> Change:
    return restore(doc, removed)


@reverts(Removals)
def _restore_removals(doc: Document, change: Change, removals: Removals) -> Change:
    restored = [revert(doc, removal) for removal in reversed(removals.changes)]
    ids = tuple(r.item_id for r in restored if r.item_id is not None)
    touched = frozenset({change.table}.union(*(r.tables for r in restored)))
    return changed(change.table, Action.ADDED, None, AddedRows(ids), touched)


@reverts(FormerPosition)
def _move_back(doc: Document, change: Change, former: FormerPosition) -> Change:
    assert change.item_id is not None
    return move(doc, change.table, change.item_id, former.position)


@reverts(FormerValues)
def _update_back(doc: Document, change: Change, former: FormerValues) -> Change:
    assert change.item_id is not None
    # The previous values came out of the database, so they are valid as they are.
    return update_fields(doc, ROW_TYPES[change.table], change.item_id, dict(former.values))
