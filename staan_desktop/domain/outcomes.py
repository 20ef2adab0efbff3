"""The classification of the task fields of a trajectory tree (see :mod:`.classification`).

The tree names its criteria; the rule keys them by id. Here a criterion's id is its place in
``tree.criteria``. Scores that refer to an unknown criterion are left out rather than refused:
a report must render whatever it is given.
"""

from __future__ import annotations

from collections import defaultdict

from .classification import ClassRule, CriterionRule, Decision, Outcome, Rules, ScoreSummary, classify
from .document import Option, TaskField, Trajectory


def rules_of(tree: Trajectory) -> Rules:
    return Rules(
        tuple(CriterionRule(i, c.weight, c.scale_min, c.scale_max) for i, c in enumerate(tree.criteria)),
        tuple(ClassRule(c.key, c.name, c.min_ratio) for c in tree.classes),
    )


def summaries_of(tree: Trajectory, task_field: TaskField | Option) -> dict[int, ScoreSummary]:
    """Criterion id → the summary of the task field's (or option's) scores on it."""
    ids = {c.name: i for i, c in enumerate(tree.criteria)}
    agreed: dict[int, int] = {}
    scores: dict[int, list[int]] = defaultdict(list)
    for score in task_field.scores:
        criterion = ids.get(score.criterion)
        if criterion is None:
            continue
        if score.municipality is None:
            agreed[criterion] = score.value
        else:
            scores[criterion].append(score.value)
    return {i: ScoreSummary.of(agreed.get(i), scores.get(i, ())) for i in agreed.keys() | scores.keys()}


def decision_of(task_field: TaskField) -> Decision | None:
    override = task_field.override
    return Decision(override.class_key, override.reason) if override is not None else None


def classify_task_field(tree: Trajectory, task_field: TaskField, rules: Rules | None = None) -> Outcome:
    return classify(rules or rules_of(tree), summaries_of(tree, task_field), decision_of(task_field))


def classify_all(tree: Trajectory, shortlisted_only: bool = True) -> dict[str, Outcome]:
    """Task field name → outcome, in the tree's order."""
    document_rules = rules_of(tree)
    return {
        tf.name: classify_task_field(tree, tf, document_rules)
        for tf in tree.task_fields
        if tf.shortlisted or not shortlisted_only
    }
