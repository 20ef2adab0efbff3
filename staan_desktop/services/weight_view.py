"""Reading the municipalities' weight sets for a screen: the grid of criteria × municipalities
with ids, and the comparison of each set with the shared weights as the domain computes it
(:mod:`staan_desktop.domain.weight_sets`), for the short-listed task fields or the options."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlmodel import select

from staan_desktop.domain.classification import ScoreSummary
from staan_desktop.domain.weight_sets import WeightComparison, compare, compare_options
from staan_desktop.domain.weight_tables import CriterionWeightRow

from . import queries
from .interchange import load_tree
from .store import Document


@dataclass(frozen=True)
class WeightGrid:
    criteria: tuple[queries.Criterion, ...]
    municipalities: tuple[queries.Municipality, ...]
    #: (criterion id, municipality id) → that municipality's own weight; absent: the shared one counts.
    weights: dict[tuple[int, int], float]

    def sets(self) -> dict[str, dict[int, float]]:
        """Municipality name → criterion id → own weight, for the municipalities that have any."""
        result: dict[str, dict[int, float]] = {}
        for municipality in self.municipalities:
            own = {c.id: self.weights[c.id, municipality.id] for c in self.criteria if (c.id, municipality.id) in self.weights}
            if own:
                result[municipality.name] = own
        return result


def weight_grid(doc: Document) -> WeightGrid:
    criteria = queries.criteria(doc)
    municipalities = queries.municipalities(doc)
    with doc.reading() as session:
        weights = {
            (row.criterion_id, row.municipality_id): row.weight
            for row in session.exec(select(CriterionWeightRow))
            if row.criterion_id is not None and row.municipality_id is not None
        }
    return WeightGrid(criteria, municipalities, weights)


def task_field_comparison(doc: Document, grid: WeightGrid | None = None, *, scoring: queries.ScoringGrid | None = None,
                          only: Collection[int] | None = None) -> WeightComparison[str]:
    """The short-listed task fields (by name) under the shared weights and each weight set,
    from SQLite's summaries of the scores (as the scoring grid reads them: a large trajectory's
    255,000 scores are never loaded one by one). ``scoring``: the grid already read;
    ``only``: the ids of the task fields to compare (the projector's revealed ones), ranked
    among themselves, so that nothing about the others enters the result."""
    grid = grid or weight_grid(doc)
    scoring = scoring or queries.scoring_grid(doc)
    items: dict[str, dict[int, ScoreSummary]] = {
        tf.name: {} for tf in scoring.task_fields if only is None or tf.id in only}
    names = {tf.id: tf.name for tf in scoring.task_fields if only is None or tf.id in only}
    for (task_field_id, criterion_id), summary in scoring.summaries.items():
        if task_field_id in names:
            items[names[task_field_id]][criterion_id] = summary
    return compare(scoring.rules, items, grid.sets())


def option_comparison(doc: Document) -> WeightComparison[str]:
    """The options (by name) likewise; an option a knock-out excluded has no place."""
    return compare_options(load_tree(doc))
