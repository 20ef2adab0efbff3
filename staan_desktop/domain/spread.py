"""The spread per municipality of scored items (task fields and options alike): for each item
the weighted score of every municipality's own scores and the score that counts, best first.
A dot plot of these rows is how the PDF and the projector show whether the room agrees; one
rule for both kinds of item, so the two pictures cannot tell different stories."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .classification import Rules, ScoreSummary, ratio
from .document import Option, TaskField, Trajectory
from .outcomes import rules_of


@dataclass(frozen=True)
class SpreadRow:
    name: str
    #: The weighted score that counts (0 … 1): agreed, or taken from the municipalities'.
    counted: float | None
    #: Per municipality of the tree, in its order: the weighted score of its own scores alone.
    own: tuple[float | None, ...]
    #: Left out of a ranking (an option that failed a knock-out): shown, but muted.
    excluded: bool = False


def ratios_per_municipality(tree: Trajectory, item: TaskField | Option, rules: Rules | None = None) -> dict[str, float | None]:
    """Municipality → the weighted score of ``item`` on that municipality's own scores alone
    (the same rule, as if its scores were the agreed ones), for every municipality of the tree;
    ``None`` where it scored nothing."""
    rules = rules or rules_of(tree)
    ids = {c.name: i for i, c in enumerate(tree.criteria)}
    own: dict[str, dict[int, int]] = defaultdict(dict)
    for score in item.scores:
        criterion = ids.get(score.criterion)
        if score.municipality is not None and criterion is not None:
            own[score.municipality][criterion] = score.value
    return {
        municipality: ratio(rules, {i: ScoreSummary(value) for i, value in own[municipality].items()})
        if municipality in own else None
        for municipality in tree.municipalities
    }


def has_spread(items: Iterable[TaskField | Option]) -> bool:
    """Whether any of ``items`` has a municipality's own scores (else there is no spread)."""
    return any(s.municipality is not None for item in items for s in item.scores)


def spread_rows(tree: Trajectory, items: Iterable[tuple[TaskField | Option, float | None, bool]]) -> list[SpreadRow]:
    """(item, the score that counts, excluded) → the rows of a dot plot, highest counted score
    first (ties in the given order; items without a score last)."""
    rules = rules_of(tree)
    rows = []
    for item, counted, excluded in items:
        own = ratios_per_municipality(tree, item, rules)
        rows.append(SpreadRow(item.name, counted, tuple(own[m] for m in tree.municipalities), excluded))
    return sorted(rows, key=lambda r: -(r.counted if r.counted is not None else -1.0))
