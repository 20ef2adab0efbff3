"""The classification of every task field of a tree, for the PDF and the chart.

Applies :mod:`staan_desktop.domain.classification` to the plain tree. Scores that refer to an
unknown criterion are ignored rather than refused: a report must render whatever it is given.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from staan_desktop.domain.classification import ClassRule, CriterionRule, Outcome, classify, counted_score
from staan_desktop.domain.document import TaskField, Trajectory


@dataclass(frozen=True)
class TaskFieldResult:
    task_field: TaskField
    outcome: Outcome
    #: The score that counts per criterion, in the order of ``tree.criteria``.
    counted: tuple[float | None, ...]


def criterion_rules(tree: Trajectory) -> list[CriterionRule]:
    return [CriterionRule(c.name, c.weight, c.scale_min, c.scale_max) for c in tree.criteria]


def class_rules(tree: Trajectory) -> list[ClassRule]:
    return [ClassRule(c.key, c.name, c.min_ratio) for c in tree.classes]


def classify_task_field(
    task_field: TaskField, criteria: list[CriterionRule], classes: list[ClassRule]
) -> TaskFieldResult:
    known = {c.key for c in criteria}
    agreed: dict[object, float] = {}
    per_municipality: dict[object, list[float]] = defaultdict(list)
    for score in task_field.scores:
        if score.criterion not in known:
            continue
        if score.municipality is None:
            agreed[score.criterion] = score.value
        else:
            per_municipality[score.criterion].append(score.value)
    override = None
    if task_field.override is not None:
        override = (task_field.override.class_key, task_field.override.reason)
    outcome = classify(criteria, classes, agreed, per_municipality, override)
    counted = tuple(counted_score(agreed.get(c.key), per_municipality.get(c.key, ())) for c in criteria)
    return TaskFieldResult(task_field, outcome, counted)


def classify_tree(tree: Trajectory, *, shortlisted_only: bool = True) -> list[TaskFieldResult]:
    """Every (shortlisted) task field with its outcome, in document order."""
    criteria = criterion_rules(tree)
    classes = class_rules(tree)
    return [
        classify_task_field(tf, criteria, classes)
        for tf in tree.task_fields
        if tf.shortlisted or not shortlisted_only
    ]


def by_class(tree: Trajectory, results: list[TaskFieldResult]) -> dict[str, list[TaskFieldResult]]:
    """The results per class key of the document, in document order; unclassed ones left out."""
    groups: dict[str, list[TaskFieldResult]] = {c.key: [] for c in tree.classes}
    for result in results:
        key = result.outcome.class_key
        if key in groups:
            groups[key].append(result)
    return groups
