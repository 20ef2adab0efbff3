"""The classification applied to a trajectory tree: criteria by their place, scores by name."""

from __future__ import annotations

from staan_desktop.domain.classification import NOT_SCORED, NOT_SELECTED, ScoreSummary
from staan_desktop.domain.document import ClassDef, Criterion, Override, Score, TaskField, Trajectory, TrajectoryInfo
from staan_desktop.domain.outcomes import classify_all, rules_of, summaries_of

CLASSES = (ClassDef(key="zk", name="zeer kansrijk", min_ratio=0.75), ClassDef(key="k", name="kansrijk", min_ratio=0.5))


def tree(*task_fields: TaskField) -> Trajectory:
    return Trajectory(
        trajectory=TrajectoryInfo(title="T"),
        municipalities=("Assen", "Tynaarlo"),
        criteria=(Criterion(name="ambitie"), Criterion(name="draagvlak", weight=3)),
        classes=CLASSES,
        task_fields=task_fields,
    )


def test_rules_key_criteria_by_their_place_in_the_tree() -> None:
    rules = rules_of(tree())
    assert [(c.id, c.weight) for c in rules.criteria] == [(0, 1.0), (1, 3.0)]
    assert [c.key for c in rules.ranked] == ["zk", "k"]


def test_scores_are_summarised_per_criterion_and_unknown_criteria_left_out() -> None:
    field = TaskField(name="ICT", scores=(
        Score(criterion="draagvlak", value=4),
        Score(criterion="draagvlak", municipality="Assen", value=2),
        Score(criterion="draagvlak", municipality="Tynaarlo", value=5),
        Score(criterion="verdwenen", value=1),
    ))  # fmt: skip
    assert summaries_of(tree(field), field) == {1: ScoreSummary(agreed=4, count=2, total=7, low=2, high=5)}


def test_every_shortlisted_field_is_classified_in_order() -> None:
    fields = (
        TaskField(name="ICT", shortlisted=True, scores=(Score(criterion="ambitie", value=5), Score(criterion="draagvlak", value=5))),
        TaskField(name="Post", shortlisted=False, scores=(Score(criterion="ambitie", value=5),)),
        TaskField(name="Inkoop", shortlisted=True),
        TaskField(name="Archief", shortlisted=True, override=Override(class_key=None, reason="loopt al")),
    )
    outcomes = classify_all(tree(*fields))
    assert list(outcomes) == ["ICT", "Inkoop", "Archief"]
    assert outcomes["ICT"].label == "zeer kansrijk"
    assert outcomes["Inkoop"].label == NOT_SCORED
    assert (outcomes["Archief"].label, outcomes["Archief"].overridden, outcomes["Archief"].reason) == (NOT_SELECTED, True, "loopt al")
    assert "Post" in classify_all(tree(*fields), shortlisted_only=False)


def test_dissent_in_the_tree_marks_the_field() -> None:
    field = TaskField(name="ICT", shortlisted=True, scores=(
        Score(criterion="ambitie", municipality="Assen", value=1),
        Score(criterion="ambitie", municipality="Tynaarlo", value=4),
    ))  # fmt: skip
    assert classify_all(tree(field))["ICT"].dissent
