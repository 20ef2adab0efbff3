"""How a task field earns *zeer kansrijk*, *kansrijk* or *kansrijk op termijn*.

The rule, configurable through the classes and criteria of the document:

1. Per criterion, the score that counts is the agreed score when there is one, otherwise the
   mean of the municipalities' scores. A criterion nobody scored does not count.
2. Each counted score is normalised onto 0 … 1 over the criterion's declared scale, and the
   normalised scores are averaged with the criteria's weights: the *ratio*.
3. The class is the one with the highest ``min_ratio`` that the ratio reaches. A task field
   whose ratio reaches no class is *niet geselecteerd*; one that has no score at all is
   *niet gescoord*.
4. A facilitator's override (with its reason) replaces the computed class, and stays visible
   as an override.

Dissent: when the municipalities' scores for one criterion lie at least
:data:`DISSENT_THRESHOLD` of the scale apart (on a 1 … 5 scale: two points or more), the task
field is marked as one where the municipalities disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

DISSENT_THRESHOLD = 0.5

NOT_SELECTED = "niet geselecteerd"
NOT_SCORED = "niet gescoord"


@dataclass(frozen=True)
class CriterionRule:
    key: object
    weight: float
    scale_min: int
    scale_max: int

    def normalise(self, value: float) -> float:
        span = self.scale_max - self.scale_min
        if span <= 0:
            return 1.0
        return min(1.0, max(0.0, (value - self.scale_min) / span))


@dataclass(frozen=True)
class ClassRule:
    key: str
    name: str
    min_ratio: float


@dataclass(frozen=True)
class Outcome:
    """The classification of one task field."""

    class_key: str | None
    label: str
    ratio: float | None
    overridden: bool = False
    reason: str = ""
    dissent: bool = False


def counted_score(agreed: float | None, per_municipality: Sequence[float]) -> float | None:
    if agreed is not None:
        return float(agreed)
    if per_municipality:
        return sum(per_municipality) / len(per_municipality)
    return None


def ratio(
    criteria: Sequence[CriterionRule],
    agreed: Mapping[object, float],
    per_municipality: Mapping[object, Sequence[float]],
) -> float | None:
    total = 0.0
    weights = 0.0
    for criterion in criteria:
        value = counted_score(agreed.get(criterion.key), per_municipality.get(criterion.key, ()))
        if value is None:
            continue
        total += criterion.weight * criterion.normalise(value)
        weights += criterion.weight
    if weights == 0:
        return None
    return total / weights


def dissent(criteria: Sequence[CriterionRule], per_municipality: Mapping[object, Sequence[float]]) -> bool:
    for criterion in criteria:
        values = per_municipality.get(criterion.key, ())
        if len(values) < 2:
            continue
        span = criterion.scale_max - criterion.scale_min
        if span > 0 and (max(values) - min(values)) / span >= DISSENT_THRESHOLD - 1e-9:
            return True
    return False


def pick_class(value: float | None, classes: Iterable[ClassRule]) -> tuple[str | None, str]:
    if value is None:
        return None, NOT_SCORED
    for rule in sorted(classes, key=lambda c: c.min_ratio, reverse=True):
        if value >= rule.min_ratio - 1e-9:
            return rule.key, rule.name
    return None, NOT_SELECTED


def classify(
    criteria: Sequence[CriterionRule],
    classes: Sequence[ClassRule],
    agreed: Mapping[object, float],
    per_municipality: Mapping[object, Sequence[float]],
    override: tuple[str | None, str] | None = None,
) -> Outcome:
    value = ratio(criteria, agreed, per_municipality)
    disagree = dissent(criteria, per_municipality)
    if override is not None:
        key, reason = override
        names = {c.key: c.name for c in classes}
        return Outcome(key, names.get(key, NOT_SELECTED) if key else NOT_SELECTED, value, True, reason, disagree)
    key, label = pick_class(value, classes)
    return Outcome(key, label, value, dissent=disagree)
