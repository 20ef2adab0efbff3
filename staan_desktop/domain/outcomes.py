"""The classification of every task field of a trajectory tree (see :mod:`.classification`)."""

from __future__ import annotations

from collections import defaultdict

from .classification import ClassRule, CriterionRule, Outcome, classify
from .document import Trajectory


def criterion_rules(tree: Trajectory) -> list[CriterionRule]:
    return [CriterionRule(c.name, c.weight, c.scale_min, c.scale_max) for c in tree.criteria]


def class_rules(tree: Trajectory) -> list[ClassRule]:
    return [ClassRule(c.key, c.name, c.min_ratio) for c in tree.classes]


def classify_all(tree: Trajectory, shortlisted_only: bool = True) -> dict[str, Outcome]:
    """Task field name → outcome, in the tree's order."""
    criteria = criterion_rules(tree)
    classes = class_rules(tree)
    outcomes: dict[str, Outcome] = {}
    for tf in tree.task_fields:
        if shortlisted_only and not tf.shortlisted:
            continue
        agreed: dict[object, float] = {}
        per_municipality: dict[object, list[float]] = defaultdict(list)
        for score in tf.scores:
            if score.municipality is None:
                agreed[score.criterion] = score.value
            else:
                per_municipality[score.criterion].append(score.value)
        override = (tf.override.class_key, tf.override.reason) if tf.override else None
        outcomes[tf.name] = classify(criteria, classes, agreed, per_municipality, override)
    return outcomes
