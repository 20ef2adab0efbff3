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

Everything the rule reads of the scores on one criterion is a :class:`ScoreSummary` (agreed
score, count, sum, lowest, highest): the grid gets these from SQLite's aggregates, the PDF and
the command line from the document tree (:mod:`.outcomes`). Criteria are keyed by an integer id
in both: the database id, or the criterion's place in the tree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

DISSENT_THRESHOLD = 0.5

NOT_SELECTED = "niet geselecteerd"
NOT_SCORED = "niet gescoord"

#: Tolerance for comparing ratios with bounds: 0.75 computed from scores must reach 0.75.
_EPSILON = 1e-9


@dataclass(frozen=True)
class CriterionRule:
    id: int
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
class ScoreSummary:
    """The scores on one task field and criterion: the agreed score and, over the
    municipalities, how many scored and their sum, lowest and highest score. That is all the
    classification and the dissent mark need (a mean and a spread)."""

    agreed: int | None = None
    count: int = 0
    total: int = 0
    low: int | None = None
    high: int | None = None

    @classmethod
    def of(cls, agreed: int | None, scores: Iterable[int]) -> ScoreSummary:
        values = list(scores)
        if not values:
            return cls(agreed)
        return cls(agreed, len(values), sum(values), min(values), max(values))

    @property
    def empty(self) -> bool:
        return self.agreed is None and self.count == 0

    @property
    def mean(self) -> float | None:
        """The mean of the municipalities' scores; ``None`` when none scored."""
        return self.total / self.count if self.count else None

    @property
    def counted(self) -> float | None:
        """The score that counts: the agreed one, otherwise the municipalities' mean."""
        return float(self.agreed) if self.agreed is not None else self.mean


@dataclass(frozen=True)
class Decision:
    """A facilitator's override: the class (``None``: *niet geselecteerd*) and why."""

    class_key: str | None
    reason: str


@dataclass(frozen=True)
class Rules:
    """The criteria and classes of one document, as the rule reads them."""

    criteria: tuple[CriterionRule, ...]
    classes: tuple[ClassRule, ...]
    #: The classes from the highest ``min_ratio`` down (ties keep the document's order).
    ranked: tuple[ClassRule, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ranked", tuple(sorted(self.classes, key=lambda c: c.min_ratio, reverse=True)))

    def rank(self, class_key: str | None) -> int | None:
        """0 for the highest class, 1 for the next …; ``None`` for no (known) class."""
        return next((i for i, c in enumerate(self.ranked) if c.key == class_key), None)

    def class_name(self, class_key: str | None) -> str:
        return next((c.name for c in self.classes if c.key == class_key), NOT_SELECTED) if class_key else NOT_SELECTED


@dataclass(frozen=True)
class Outcome:
    """The classification of one task field."""

    class_key: str | None
    label: str
    ratio: float | None
    overridden: bool = False
    reason: str = ""
    dissent: bool = False


def ratio(rules: Rules, scores: Mapping[int, ScoreSummary]) -> float | None:
    total = 0.0
    weights = 0.0
    for criterion in rules.criteria:
        summary = scores.get(criterion.id)
        value = summary.counted if summary is not None else None
        if value is None:
            continue
        total += criterion.weight * criterion.normalise(value)
        weights += criterion.weight
    if weights == 0:
        return None
    return total / weights


def criterion_dissent(criterion: CriterionRule, summary: ScoreSummary | None) -> bool:
    """Whether the municipalities' scores on one criterion lie far apart: the one place that
    says so, for a grid cell, a projector cell and a whole task field."""
    if summary is None or summary.count < 2 or summary.low is None or summary.high is None:
        return False
    span = criterion.scale_max - criterion.scale_min
    return span > 0 and (summary.high - summary.low) / span >= DISSENT_THRESHOLD - _EPSILON


def dissent(rules: Rules, scores: Mapping[int, ScoreSummary]) -> bool:
    return any(criterion_dissent(criterion, scores.get(criterion.id)) for criterion in rules.criteria)


def pick_class(value: float | None, rules: Rules) -> tuple[str | None, str]:
    if value is None:
        return None, NOT_SCORED
    for rule in rules.ranked:
        if value >= rule.min_ratio - _EPSILON:
            return rule.key, rule.name
    return None, NOT_SELECTED


def classify(rules: Rules, scores: Mapping[int, ScoreSummary], decision: Decision | None = None) -> Outcome:
    """The outcome of one task field from its score summaries per criterion id."""
    value = ratio(rules, scores)
    disagree = dissent(rules, scores)
    if decision is not None:
        return Outcome(decision.class_key, rules.class_name(decision.class_key), value, True, decision.reason, disagree)
    key, label = pick_class(value, rules)
    return Outcome(key, label, value, dissent=disagree)
