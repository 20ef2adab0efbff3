from collections.abc import Mapping, Sequence

import pytest

from staan_desktop.domain import classification as c
from staan_desktop.domain.classification import NOT_SCORED, NOT_SELECTED, ClassRule, CriterionRule, Outcome

NAMES = {"a": 0, "b": 1}
CRITERIA = [CriterionRule(NAMES["a"], 1.0, 1, 5), CriterionRule(NAMES["b"], 3.0, 1, 5)]
CLASSES = [ClassRule("zk", "zeer kansrijk", 0.75), ClassRule("k", "kansrijk", 0.5), ClassRule("t", "kansrijk op termijn", 0.25)]


def classify(
    criteria: Sequence[CriterionRule],
    classes: Sequence[ClassRule],
    agreed: Mapping[str, int],
    per_municipality: Mapping[str, Sequence[int]],
    override: tuple[str | None, str] | None = None,
) -> Outcome:
    """The rule applied to scores written per criterion name, as a reader of these tests would."""
    scores = {NAMES[name]: c.ScoreSummary.of(agreed.get(name), per_municipality.get(name, ())) for name in NAMES}
    decision = c.Decision(*override) if override is not None else None
    return c.classify(c.Rules(tuple(criteria), tuple(classes)), scores, decision)


@pytest.mark.parametrize(
    ("agreed", "expected"),
    [({"a": 5, "b": 5}, "zk"), ({"a": 4, "b": 4}, "zk"), ({"a": 3, "b": 4}, "k"), ({"a": 3, "b": 3}, "k"), ({"a": 5, "b": 2}, "t"), ({"a": 1, "b": 1}, None)],
)
def test_weighted_ratio_picks_the_class(agreed: dict[str, int], expected: str | None) -> None:
    assert classify(CRITERIA, CLASSES, agreed, {}).class_key == expected


def test_weights_matter() -> None:
    # a=5 (weight 1), b=1 (weight 3): (1*1 + 3*0)/4 = 0.25 → op termijn; swapped → 0.75
    assert classify(CRITERIA, CLASSES, {"a": 5, "b": 1}, {}).class_key == "t"
    assert classify(CRITERIA, CLASSES, {"a": 1, "b": 5}, {}).class_key == "zk"


def test_agreed_score_wins_over_the_mean_of_municipalities() -> None:
    outcome = classify(CRITERIA, CLASSES, {"a": 5, "b": 5}, {"a": [1, 1], "b": [1, 1]})
    assert outcome.class_key == "zk"
    assert classify(CRITERIA, CLASSES, {}, {"a": [1, 1], "b": [1, 1]}).label == NOT_SELECTED


def test_nothing_scored_is_not_scored() -> None:
    assert classify(CRITERIA, CLASSES, {}, {}).label == NOT_SCORED


def test_override_is_kept_with_reason_and_visible() -> None:
    outcome = classify(CRITERIA, CLASSES, {"a": 1, "b": 1}, {}, override=("zk", "al gestart"))
    assert (outcome.class_key, outcome.overridden, outcome.reason) == ("zk", True, "al gestart")
    assert outcome.ratio == 0.0


def test_dissent_when_scores_lie_half_the_scale_apart() -> None:
    assert classify(CRITERIA, CLASSES, {}, {"a": [1, 3]}).dissent  # 2 of 4 points
    assert not classify(CRITERIA, CLASSES, {}, {"a": [2, 3], "b": [4, 5]}).dissent
