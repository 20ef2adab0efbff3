"""How robust a classification is: the smallest change that moves an item's class or rank.

For every scored item (a task field or an option) this answers two questions the room asks:
*how much would one score have to change* and *how much would one weight have to change* before
this item lands in another class, or in another place of the ranking? An item whose class flips
when any single score moves by one point is *fragiel*.

Definitions (the brute-force check in the tests uses exactly these):

- A **score change** replaces one existing score by another whole value on the criterion's
  scale. When an agreed score exists only that one counts, so only it is changed; otherwise one
  municipality's score is changed, which moves the mean by ``delta / count``. Scores are not
  added or removed. The size of a change is ``|delta|`` in points.
- A **weight change** sets one criterion's weight to ``weight + steps × WEIGHT_STEP`` for a whole
  number of steps, at most :data:`WEIGHT_SEARCH_STEPS` either way, never below zero. It changes
  every item's ratio at once.
- The **rank** of an item is one plus the number of other items whose ratio is higher (by more
  than :data:`RANK_TOLERANCE`); items without a ratio have no rank.
- Among changes of equal size the first criterion (in the document's order) wins, and a
  decrease before an increase.

The class is the *computed* class: a facilitator's override is a decision and is not moved by
scores, so the caller shows sensitivity beside it rather than instead of it.

Only :class:`~.classification.ScoreSummary` values are read: the lowest score of a criterion
can rise the furthest and the highest can fall the furthest, so the summary bounds every single
score change without the individual scores.
"""

from __future__ import annotations

import bisect
from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass, replace
from enum import Enum
from typing import TypeVar

from .classification import CriterionRule, Rules, ScoreSummary, classify, pick_class

#: What names an item (a task field's id, an option's name).
K = TypeVar("K", bound=Hashable)

WEIGHT_STEP = 0.1
#: How far a weight is moved at most when searching: 100 steps of 0.1 is ten weight units.
WEIGHT_SEARCH_STEPS = 100
RANK_TOLERANCE = 1e-9


class ChangeKind(str, Enum):
    SCORE = "score"
    WEIGHT = "weight"


@dataclass(frozen=True)
class Change:
    """One change: of a score on ``criterion`` by ``delta`` points, or of its weight by
    ``steps × WEIGHT_STEP``."""

    kind: ChangeKind
    criterion: int
    #: Points for a score change; steps of :data:`WEIGHT_STEP` for a weight change.
    steps: int

    @property
    def delta(self) -> float:
        return self.steps * WEIGHT_STEP if self.kind is ChangeKind.WEIGHT else float(self.steps)

    @property
    def size(self) -> int:
        return abs(self.steps)


@dataclass(frozen=True)
class Sensitivity:
    """The smallest changes that move one item; ``None`` where no change in range does."""

    class_by_score: Change | None = None
    class_by_weight: Change | None = None
    rank_by_score: Change | None = None
    rank_by_weight: Change | None = None

    @property
    def fragile(self) -> bool:
        """*Fragiel*: one point on one score flips the class."""
        return self.class_by_score is not None and self.class_by_score.size <= 1


def _order(change: Change) -> tuple[int, int, int]:
    return (change.size, change.criterion, 0 if change.steps < 0 else 1)


def score_deltas(criterion: CriterionRule, summary: ScoreSummary) -> list[int]:
    """Every change of one existing score on this criterion, in points, smallest first
    (decrease before increase)."""
    lo, hi = criterion.scale_min, criterion.scale_max
    if summary.agreed is not None:
        values = [summary.agreed]
    elif summary.count and summary.low is not None and summary.high is not None:
        values = [summary.low, summary.high]
    else:
        return []
    deltas = {v2 - v for v in values for v2 in range(lo, hi + 1) if v2 != v}
    return sorted(deltas, key=lambda d: (abs(d), d > 0))


def counted_after(summary: ScoreSummary, delta: int) -> float:
    """The score that counts once one score on the criterion moved by ``delta``."""
    if summary.agreed is not None:
        return float(summary.agreed + delta)
    return (summary.total + delta) / summary.count


def weight_steps(weight: float) -> list[int]:
    """The weight changes searched for one criterion, in steps, smallest first."""
    steps = [s for k in range(1, WEIGHT_SEARCH_STEPS + 1) for s in (-k, k)]
    return [s for s in steps if weight + s * WEIGHT_STEP >= -RANK_TOLERANCE]


def new_weight(weight: float, steps: int) -> float:
    # Rounded so that 0.3 − 3 × 0.1 is zero, not a float's remainder.
    return max(0.0, round(weight + steps * WEIGHT_STEP, 9))


@dataclass
class _Item:
    """An item's weighted sum and weight total, and per criterion its normalised score."""

    normalised: dict[int, float]
    total: float
    weights: float

    def ratio(self) -> float | None:
        return self.total / self.weights if self.weights > 0 else None


def _item(rules: Rules, scores: Mapping[int, ScoreSummary]) -> _Item:
    normalised: dict[int, float] = {}
    total = weights = 0.0
    for criterion in rules.criteria:
        summary = scores.get(criterion.id)
        value = summary.counted if summary is not None else None
        if value is None:
            continue
        normalised[criterion.id] = criterion.normalise(value)
        total += criterion.weight * normalised[criterion.id]
        weights += criterion.weight
    return _Item(normalised, total, weights)


def _rank(ratio: float | None, others_sorted: list[float]) -> int | None:
    """One plus the number of values in ``others_sorted`` (ascending) above ``ratio``."""
    if ratio is None:
        return None
    return 1 + len(others_sorted) - bisect.bisect_right(others_sorted, ratio + RANK_TOLERANCE)


def sensitivities(rules: Rules, items: Mapping[K, Mapping[int, ScoreSummary]]) -> dict[K, Sensitivity]:
    """Item key → its sensitivity, the rank taken among ``items``. Items without any counted
    score get an empty :class:`Sensitivity`."""
    data = {key: _item(rules, scores) for key, scores in items.items()}
    ratios = {key: item.ratio() for key, item in data.items()}
    classes = {key: pick_class(r, rules)[0] for key, r in ratios.items()}
    ranked = sorted(r for r in ratios.values() if r is not None)

    def others_of(key: K) -> list[float]:
        own = ratios[key]
        if own is None:
            return ranked
        others = list(ranked)
        del others[bisect.bisect_left(others, own)]
        return others

    ranks = {key: _rank(ratios[key], others_of(key)) for key in data}
    found: dict[K, dict[str, Change]] = {key: {} for key in data}

    # Score changes move one item's ratio only.
    for key, item in data.items():
        if ratios[key] is None:
            continue
        others = others_of(key)
        best = found[key]
        for change, value in _score_changes(rules, items[key], item):
            if "class_by_score" not in best and pick_class(value, rules)[0] != classes[key]:
                best["class_by_score"] = change
            if "rank_by_score" not in best and _rank(value, others) != ranks[key]:
                best["rank_by_score"] = change
            if len(best) == 2:
                break

    # A weight change moves every ratio; each setting is ranked once for all items.
    for criterion in rules.criteria:
        for steps in weight_steps(criterion.weight):
            shift = new_weight(criterion.weight, steps) - criterion.weight
            moved: dict[K, float | None] = {}
            for key, item in data.items():
                x = item.normalised.get(criterion.id)
                if x is None:
                    moved[key] = ratios[key]
                else:
                    weights = item.weights + shift
                    moved[key] = (item.total + shift * x) / weights if weights > RANK_TOLERANCE else None
            order = sorted(r for r in moved.values() if r is not None)
            change = Change(ChangeKind.WEIGHT, criterion.id, steps)
            for key in data:
                best = found[key]
                moved_ratio = moved[key]
                if pick_class(moved_ratio, rules)[0] != classes[key]:
                    _keep(best, "class_by_weight", change)
                # The item's own ratio is never above itself, so ranking it in the full order
                # counts only the others.
                if _rank(moved_ratio, order) != ranks[key]:
                    _keep(best, "rank_by_weight", change)
    return {key: Sensitivity(**found[key]) if ratios[key] is not None else Sensitivity() for key in data}


def _score_changes(rules: Rules, scores: Mapping[int, ScoreSummary], item: _Item) -> Iterator[tuple[Change, float]]:
    """Every single score change with the item's ratio after it, smallest change first."""
    candidates: list[tuple[tuple[int, int, int], Change, CriterionRule, ScoreSummary]] = []
    for criterion in rules.criteria:
        summary = scores.get(criterion.id)
        if summary is None or criterion.id not in item.normalised:
            continue
        for delta in score_deltas(criterion, summary):
            change = Change(ChangeKind.SCORE, criterion.id, delta)
            candidates.append((_order(change), change, criterion, summary))
    candidates.sort(key=lambda c: c[0])
    for _, change, criterion, summary in candidates:
        moved = criterion.normalise(counted_after(summary, change.steps))
        yield change, (item.total + criterion.weight * (moved - item.normalised[criterion.id])) / item.weights


def class_change_by_score(rules: Rules, scores: Mapping[int, ScoreSummary]) -> Change | None:
    """The smallest single score change that moves this item's class; it depends on the item
    alone, so a grid can ask it row by row."""
    item = _item(rules, scores)
    current = item.ratio()
    if current is None:
        return None
    own = pick_class(current, rules)[0]
    return next((change for change, value in _score_changes(rules, scores, item) if pick_class(value, rules)[0] != own), None)


def is_fragile(rules: Rules, scores: Mapping[int, ScoreSummary]) -> bool:
    change = class_change_by_score(rules, scores)
    return change is not None and change.size <= 1


def _keep(best: dict[str, Change], slot: str, change: Change) -> None:
    if slot not in best or _order(change) < _order(best[slot]):
        best[slot] = change


def with_weights(rules: Rules, weights: Mapping[int, float]) -> Rules:
    """The same rules with some criteria's weights replaced (criterion id → weight)."""
    return Rules(
        tuple(replace(c, weight=weights.get(c.id, c.weight)) for c in rules.criteria),
        rules.classes,
    )


def compare_weight_sets(
    rules: Rules,
    items: Mapping[Hashable, Mapping[int, ScoreSummary]],
    weight_sets: Mapping[str, Mapping[int, float]],
) -> dict[Hashable, dict[str, str | None]]:
    """Item key → weight set name (e.g. a municipality's own weights) → the class key the item
    earns under that set; the room compares where the sets disagree."""
    per_set = {name: with_weights(rules, weights) for name, weights in weight_sets.items()}
    return {key: {name: classify(r, scores).class_key for name, r in per_set.items()} for key, scores in items.items()}


def disagreeing(classes_per_set: Mapping[str, str | None]) -> bool:
    return len(set(classes_per_set.values())) > 1


def describe(change: Change | None, criterion_names: Mapping[int, str]) -> str:
    """One Dutch phrase for a change, e.g. ``'−1 op Draagvlak'`` or ``'gewicht Vertrouwen +0,3'``."""
    if change is None:
        return "robuust"
    name = criterion_names.get(change.criterion, "?")
    sign = "+" if change.steps > 0 else "−"
    if change.kind is ChangeKind.SCORE:
        return f"{sign}{change.size} op {name}"
    amount = f"{change.size * WEIGHT_STEP:.1f}".replace(".", ",")
    return f"gewicht {name} {sign}{amount}"


def iter_changes(sensitivity: Sensitivity) -> Iterator[Change]:
    for change in (sensitivity.class_by_score, sensitivity.class_by_weight, sensitivity.rank_by_score, sensitivity.rank_by_weight):
        if change is not None:
            yield change
