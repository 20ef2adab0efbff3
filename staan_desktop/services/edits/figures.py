"""Key figures per municipality and the cost keys defined over them: typed edits, each one
transaction returning a :class:`Change`; removal, moving and undo of whole items are the
generic ones of :mod:`.core`, a figure's value and the choice of key undo through their own
inverse records (:class:`FormerFigureValue`, :class:`FormerChoice`)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, select

from staan_desktop.domain import tables as t
from staan_desktop.domain.messages import msg, phrase
from staan_desktop.domain.register_tables import CostKeyRow, CostKeyTermRow, FigureValueRow, KeyFigureRow

from ..changes import Action, Change, FormerChoice, FormerFigureValue, Table, added, changed
from ..errors import ValidationError
from ..store import Document
from . import core
from .core import clean_name, clean_text, editing, ensure_unique, get, insert, reverts, update_fields
from .register import clean_date

# The figures and keys join the generic lists: ordered, removed with what belongs to them
# (a figure with its values and the key terms over it), named in messages.
core.ROW_TYPES.update({
    Table.KEY_FIGURE: KeyFigureRow,
    Table.FIGURE_VALUE: FigureValueRow,
    Table.COST_KEY: CostKeyRow,
    Table.COST_KEY_TERM: CostKeyTermRow,
})
core.SCOPES.update({Table.KEY_FIGURE: (), Table.COST_KEY: (), Table.COST_KEY_TERM: ("cost_key_id",)})
core.LABELS.update({
    Table.KEY_FIGURE: "Het kerngetal",
    Table.FIGURE_VALUE: "De waarde",
    Table.COST_KEY: "De verdeelsleutel",
    Table.COST_KEY_TERM: "Het onderdeel van de verdeelsleutel",
})

MAX_VALUE = 1e15


def clean_value(value: object, what: str = "Een kerngetal") -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError(msg("figures.not_number", what=phrase(what)))
    if not math.isfinite(value) or not 0 <= value <= MAX_VALUE:
        raise ValidationError(msg("figures.number_range", what=phrase(what), maximum=MAX_VALUE))
    return float(value)


def clean_weight(value: object) -> float:
    weight = clean_value(value, "Het gewicht")
    if weight == 0 or weight > 1000:
        raise ValidationError(msg("figures.weight_range"))
    return weight


def _clean_figure(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - {"name", "unit", "source", "as_of"}
    if unknown:
        raise ValidationError(msg("figures.figure_no_field", field=sorted(unknown)[0]))
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key == "name":
            clean[key] = clean_name(value, "De naam van het kerngetal")
        elif key == "as_of":
            try:
                clean[key] = clean_date(value)
            except ValidationError:
                raise ValidationError(msg("figures.invalid_date", value=value)) from None
        else:
            clean[key] = clean_text(value, "De eenheid" if key == "unit" else "De bron")
    return clean


def add_figure(doc: Document, *, name: str, unit: str = "", source: str = "", as_of: dt.date | str | None = None,
               position: int | None = None) -> Change:
    clean = _clean_figure({"name": name, "unit": unit, "source": source, "as_of": as_of})
    with editing(doc) as session:
        ensure_unique(session, KeyFigureRow, "name", clean["name"], None, "Het kerngetal")
        row = insert(session, KeyFigureRow(position=0, **clean), position)
        return added(Table.KEY_FIGURE, row.id)


def update_figure(doc: Document, *, figure_id: int, **values: Any) -> Change:
    clean = _clean_figure(values)

    def check(session: Session, row: KeyFigureRow, new: Mapping[str, Any]) -> None:
        if "name" in new:
            ensure_unique(session, KeyFigureRow, "name", new["name"], row.id, "Het kerngetal")

    return update_fields(doc, KeyFigureRow, figure_id, clean, check)


def set_figure_value(doc: Document, *, figure_id: int, municipality_id: int, value: float | None) -> Change:
    """Set, change or (``None``) clear one municipality's value of a figure."""
    number = None if value is None else clean_value(value)
    with editing(doc) as session:
        get(session, KeyFigureRow, figure_id)
        if get(session, t.MunicipalityRow, municipality_id).kind != "gemeente":
            raise ValidationError(msg("figures.only_municipalities"))
        row = session.exec(
            select(FigureValueRow).where(FigureValueRow.figure_id == figure_id, FigureValueRow.municipality_id == municipality_id)
        ).first()
        previous = FormerFigureValue(figure_id, municipality_id, None if row is None else row.value)
        if number is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(FigureValueRow(figure_id=figure_id, municipality_id=municipality_id, value=number))
        else:
            row.value = number
            session.add(row)
        session.flush()
        return changed(Table.FIGURE_VALUE, Action.UPDATED, figure_id, previous)


def add_cost_key(doc: Document, *, name: str, description: str = "", position: int | None = None) -> Change:
    name = clean_name(name, "De naam van de verdeelsleutel")
    description = clean_text(description, "De omschrijving")
    with editing(doc) as session:
        ensure_unique(session, CostKeyRow, "name", name, None, "De verdeelsleutel")
        row = insert(session, CostKeyRow(name=name, description=description, position=0), position)
        return added(Table.COST_KEY, row.id)


def update_cost_key(doc: Document, *, cost_key_id: int, **values: Any) -> Change:
    unknown = set(values) - {"name", "description", "reasons"}
    if unknown:
        raise ValidationError(msg("figures.key_no_field", field=sorted(unknown)[0]))
    clean = {k: clean_name(v, "De naam van de verdeelsleutel") if k == "name" else clean_text(v, "De tekst")
             for k, v in values.items()}

    def check(session: Session, row: CostKeyRow, new: Mapping[str, Any]) -> None:
        if "name" in new:
            ensure_unique(session, CostKeyRow, "name", new["name"], row.id, "De verdeelsleutel")

    return update_fields(doc, CostKeyRow, cost_key_id, clean, check)


def add_cost_key_term(doc: Document, *, cost_key_id: int, figure_id: int, weight: float = 1.0) -> Change:
    weight = clean_weight(weight)
    with editing(doc) as session:
        key = get(session, CostKeyRow, cost_key_id)
        figure = get(session, KeyFigureRow, figure_id)
        exists = session.exec(
            select(CostKeyTermRow).where(CostKeyTermRow.cost_key_id == cost_key_id, CostKeyTermRow.figure_id == figure_id)
        ).first()
        if exists is not None:
            raise ValidationError(msg("figures.key_uses_already", name=key.name, figure=figure.name))
        row = insert(session, CostKeyTermRow(cost_key_id=cost_key_id, figure_id=figure_id, weight=weight, position=0))
        return added(Table.COST_KEY_TERM, row.id)


def update_cost_key_term(doc: Document, *, term_id: int, weight: float) -> Change:
    return update_fields(doc, CostKeyTermRow, term_id, {"weight": clean_weight(weight)})


def choose_cost_key(doc: Document, *, cost_key_id: int | None, reasons: str | None = None) -> Change:
    """Record ``cost_key_id`` as the chosen key (``None``: none chosen), with its reasons;
    any other key stops being the chosen one."""
    clean = None if reasons is None else clean_text(reasons, "De motivering")
    return _choose(doc, cost_key_id, {} if clean is None or cost_key_id is None else {cost_key_id: clean})


def _choose(doc: Document, cost_key_id: int | None, reasons: dict[int, str]) -> Change:
    with editing(doc) as session:
        if cost_key_id is not None:
            get(session, CostKeyRow, cost_key_id)
        rows = list(session.exec(select(CostKeyRow)))
        previous_id = next((r.id for r in rows if r.chosen), None)
        previous_reasons: dict[int, str] = {}
        for row in rows:
            row.chosen = row.id == cost_key_id
            if row.id is not None and row.id in reasons:
                previous_reasons[row.id] = row.reasons
                row.reasons = reasons[row.id]
            session.add(row)
        session.flush()
        return changed(Table.COST_KEY, Action.UPDATED, cost_key_id, FormerChoice(previous_id, previous_reasons))


@reverts(FormerFigureValue)
def _set_figure_value_back(doc: Document, _change: Change, former: FormerFigureValue) -> Change:
    return set_figure_value(doc, figure_id=former.figure_id, municipality_id=former.municipality_id, value=former.value)


@reverts(FormerChoice)
def _choose_back(doc: Document, _change: Change, former: FormerChoice) -> Change:
    return _choose(doc, former.chosen_id, dict(former.reasons))
