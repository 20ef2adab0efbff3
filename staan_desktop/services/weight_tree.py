"""Between the ``criterion_weight`` table and the ``weight_sets`` of the :class:`Trajectory`
tree; called by :mod:`.tree` when a whole tree is read, checked or written."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from sqlmodel import Session, delete, select

from staan_desktop.domain import document as d
from staan_desktop.domain.messages import msg, worded
from staan_desktop.domain.row_rules import RowError
from staan_desktop.domain.weight_tables import CriterionWeightRow

from .errors import ValidationError


def _has_table(session: Session) -> bool:
    # Content is also written into files of an older schema (the starting point of a migration
    # test, made with that schema's tables only); they have no weights to read or clear.
    return session.connection().exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'criterion_weight'"
    ).first() is not None


def read_weight_sets(
    session: Session, municipalities: Mapping[int | None, str], criteria: Mapping[int | None, str]
) -> tuple[d.WeightSet, ...]:
    """The weight sets in the order of the municipalities, each weight in the criteria's
    order (both mappings are id → name in the document's order)."""
    if not _has_table(session):
        return ()
    per_municipality: dict[int | None, dict[int | None, float]] = defaultdict(dict)
    for row in session.exec(select(CriterionWeightRow)):
        if row.criterion_id not in criteria or row.municipality_id not in municipalities:
            raise RowError("criterion_weight", row.id, "", worded(msg("rows.score_dangling")))
        per_municipality[row.municipality_id][row.criterion_id] = row.weight
    return tuple(
        d.WeightSet(
            municipality=name,
            weights=tuple(d.CriterionWeight(criterion=criteria[c], weight=weights[c]) for c in criteria if c in weights),
        )
        for m, name in municipalities.items()
        if (weights := per_municipality.get(m))
    )


def validate_weight_sets(tree: d.Trajectory) -> None:
    """Only a municipality has a weight set, at most one, with at most one weight per criterion
    of the document."""
    municipalities = set(tree.municipalities)
    criteria = {c.name for c in tree.criteria}
    seen: set[str] = set()
    for weight_set in tree.weight_sets:
        name = weight_set.municipality
        if name not in municipalities:
            raise ValidationError(msg("weights.not_a_municipality", name=name))
        if name in seen:
            raise ValidationError(msg("weights.two_sets", name=name))
        seen.add(name)
        given: set[str] = set()
        for weight in weight_set.weights:
            if weight.criterion not in criteria:
                raise ValidationError(msg("weights.unknown_criterion", name=name, criterion=weight.criterion))
            if weight.criterion in given:
                raise ValidationError(msg("weights.criterion_twice", name=name, criterion=weight.criterion))
            given.add(weight.criterion)


def clear_weight_sets(session: Session) -> None:
    if _has_table(session):
        session.exec(delete(CriterionWeightRow))


def write_weight_sets(
    session: Session, tree: d.Trajectory, municipalities: Mapping[str, int | None], criteria: Mapping[str, int | None]
) -> None:
    session.add_all(
        CriterionWeightRow(criterion_id=criteria[w.criterion], municipality_id=municipalities[s.municipality], weight=w.weight)
        for s in tree.weight_sets
        for w in s.weights
    )
