"""Municipalities' own weights of the criteria (weight sets): set, change or clear one weight,
or clear a municipality's whole set; each one transaction that returns a :class:`Change` whose
inverse (:class:`FormerWeights`) puts the former weights back. The shared weight of a criterion
is edited with the criterion (:func:`.scoring.update_criterion`)."""

from __future__ import annotations

import math
from collections.abc import Iterable

from sqlmodel import Session, select

from staan_desktop.domain import tables as t
from staan_desktop.domain.messages import msg
from staan_desktop.domain.weight_tables import CriterionWeightRow

from ..changes import Action, Change, FormerWeights, Table, changed
from ..errors import ValidationError
from ..store import Document
from . import core
from .core import editing, get, reverts

core.ROW_TYPES[Table.CRITERION_WEIGHT] = CriterionWeightRow
core.LABELS[Table.CRITERION_WEIGHT] = "Het gewicht"

MAX_WEIGHT = 1000


def clean_weight(value: object) -> float:
    """A weight is a finite number from 0 up to and including 1000 (as a criterion's own)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError(msg("weights.not_a_number"))
    if not math.isfinite(value) or not 0 <= value <= MAX_WEIGHT:
        raise ValidationError(msg("weights.out_of_range", maximum=MAX_WEIGHT))
    return float(value)


def _municipality(session: Session, municipality_id: int) -> None:
    if get(session, t.MunicipalityRow, municipality_id).kind != "gemeente":
        raise ValidationError(msg("weights.only_municipality"))


def _apply(session: Session, entries: Iterable[tuple[int, int, float | None]]) -> FormerWeights:
    """Set each (criterion, municipality) to its weight (``None``: no weight of its own) and
    return what they were."""
    former: list[tuple[int, int, float | None]] = []
    for criterion_id, municipality_id, weight in entries:
        row = session.exec(select(CriterionWeightRow).where(
            CriterionWeightRow.criterion_id == criterion_id, CriterionWeightRow.municipality_id == municipality_id)).first()
        former.append((criterion_id, municipality_id, None if row is None else row.weight))
        if weight is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(CriterionWeightRow(criterion_id=criterion_id, municipality_id=municipality_id, weight=weight))
        else:
            row.weight = weight
            session.add(row)
    session.flush()
    return FormerWeights(tuple(former))


def set_criterion_weight(doc: Document, *, criterion_id: int, municipality_id: int, weight: float | None) -> Change:
    """Give a municipality its own weight of a criterion, change it, or (``None``) clear it so
    that the shared weight counts for that municipality again."""
    clean = None if weight is None else clean_weight(weight)
    with editing(doc) as session:
        get(session, t.CriterionRow, criterion_id)
        _municipality(session, municipality_id)
        former = _apply(session, [(criterion_id, municipality_id, clean)])
        return changed(Table.CRITERION_WEIGHT, Action.UPDATED, criterion_id, former)


def clear_weight_set(doc: Document, *, municipality_id: int) -> Change:
    """Remove a municipality's whole weight set in one step (undone in one step)."""
    with editing(doc) as session:
        _municipality(session, municipality_id)
        criteria = session.exec(select(CriterionWeightRow.criterion_id).where(
            CriterionWeightRow.municipality_id == municipality_id)).all()
        former = _apply(session, [(c, municipality_id, None) for c in criteria if c is not None])
        return changed(Table.CRITERION_WEIGHT, Action.UPDATED, None, former)


@reverts(FormerWeights)
def _weights_back(doc: Document, _change: Change, former: FormerWeights) -> Change:
    with editing(doc) as session:
        return changed(Table.CRITERION_WEIGHT, Action.UPDATED, None, _apply(session, former.entries))
