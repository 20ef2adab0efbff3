"""The classification of every task field of a tree, for the PDF and the chart.

Applies :mod:`staan_desktop.domain.outcomes` (the rule on the plain tree) and keeps, for the
score table, the score that counts per criterion.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from staan_desktop.domain.classification import Outcome, Rules, ScoreSummary, classify
from staan_desktop.domain.document import TaskField, Trajectory
from staan_desktop.domain.outcomes import decision_of, rules_of, summaries_of
from staan_desktop.domain.sensitivity import Sensitivity, class_change_by_score


@dataclass(frozen=True)
class TaskFieldResult:
    task_field: TaskField
    outcome: Outcome
    #: The score that counts per criterion, in the order of ``tree.criteria``.
    counted: tuple[float | None, ...]
    #: Criterion id → the summary of its scores, which the outcome was classified from.
    summaries: Mapping[int, ScoreSummary] = field(compare=False, repr=False)


def classify_task_field(tree: Trajectory, task_field: TaskField, rules: Rules) -> TaskFieldResult:
    scores = summaries_of(tree, task_field)
    outcome = classify(rules, scores, decision_of(task_field))
    counted = tuple(scores[c.id].counted if c.id in scores else None for c in rules.criteria)
    return TaskFieldResult(task_field, outcome, counted, scores)


def classify_tree(tree: Trajectory, *, shortlisted_only: bool = True) -> list[TaskFieldResult]:
    """Every (shortlisted) task field with its outcome, in document order."""
    rules = rules_of(tree)
    return [
        classify_task_field(tree, tf, rules)
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


def sensitivity_of(tree: Trajectory, results: list[TaskFieldResult]) -> dict[str, Sensitivity]:
    """Task field name → the smallest single score change that moves its class (and so whether
    it is fragiel). Row by row: a startdocument of 500 task fields prints in the same time. From
    the summaries the results were classified from, not summed again."""
    rules = rules_of(tree)
    return {r.task_field.name: Sensitivity(class_by_score=class_change_by_score(rules, r.summaries)) for r in results}
