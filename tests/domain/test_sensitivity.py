"""Sensitivity against a brute force that changes every single score and weight for real."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from staan_desktop.domain import sensitivity as s
from staan_desktop.domain.classification import (
    ClassRule,
    CriterionRule,
    Rules,
    ScoreSummary,
    classify,
)
from staan_desktop.domain.sensitivity import Change, ChangeKind

SCALE = (1, 5)


def _rank(ratios: dict[str, float | None], key: str) -> int | None:
    own = ratios[key]
    if own is None:
        return None
    return 1 + sum(1 for k, r in ratios.items() if k != key and r is not None and r > own + s.RANK_TOLERANCE)


def _summaries(raw: dict[int, tuple[int | None, list[int]]]) -> dict[int, ScoreSummary]:
    return {cid: ScoreSummary.of(agreed, values) for cid, (agreed, values) in raw.items()}


def _order(change: Change) -> tuple[int, int, int]:
    return (change.size, change.criterion, 0 if change.steps < 0 else 1)


def brute_force(rules: Rules, raw_items: dict[str, dict[int, tuple[int | None, list[int]]]]) -> dict[str, s.Sensitivity]:
    """Try every single change of one real score and of one weight, classify everything anew."""
    items = {k: _summaries(v) for k, v in raw_items.items()}
    outcomes = {k: classify(rules, v) for k, v in items.items()}
    ratios = {k: o.ratio for k, o in outcomes.items()}
    found: dict[str, dict[str, list[Change]]] = {k: {"cs": [], "rs": [], "cw": [], "rw": []} for k in items}
    for key, raw in raw_items.items():
        if ratios[key] is None:
            continue
        for criterion in rules.criteria:
            if criterion.id not in raw:
                continue
            agreed, values = raw[criterion.id]
            variants: list[tuple[int, tuple[int | None, list[int]]]] = []
            if agreed is not None:
                variants = [(v - agreed, (v, values)) for v in range(criterion.scale_min, criterion.scale_max + 1) if v != agreed]
            else:
                for i, old in enumerate(values):
                    for v in range(criterion.scale_min, criterion.scale_max + 1):
                        if v != old:
                            variants.append((v - old, (None, values[:i] + [v] + values[i + 1:])))
            for delta, new_raw in variants:
                changed = dict(raw)
                changed[criterion.id] = new_raw
                outcome = classify(rules, _summaries(changed))
                change = Change(ChangeKind.SCORE, criterion.id, delta)
                if outcome.class_key != outcomes[key].class_key:
                    found[key]["cs"].append(change)
                if _rank({**ratios, key: outcome.ratio}, key) != _rank(ratios, key):
                    found[key]["rs"].append(change)
    for criterion in rules.criteria:
        for steps in range(-s.WEIGHT_SEARCH_STEPS, s.WEIGHT_SEARCH_STEPS + 1):
            if steps == 0 or criterion.weight + steps * s.WEIGHT_STEP < -s.RANK_TOLERANCE:
                continue
            changed_rules = s.with_weights(rules, {criterion.id: s.new_weight(criterion.weight, steps)})
            new = {k: classify(changed_rules, v) for k, v in items.items()}
            new_ratios = {k: o.ratio for k, o in new.items()}
            change = Change(ChangeKind.WEIGHT, criterion.id, steps)
            for key in items:
                if ratios[key] is None:
                    continue
                if new[key].class_key != outcomes[key].class_key:
                    found[key]["cw"].append(change)
                if _rank(new_ratios, key) != _rank(ratios, key):
                    found[key]["rw"].append(change)

    def smallest(changes: list[Change]) -> Change | None:
        return min(changes, key=_order) if changes else None

    return {
        k: s.Sensitivity(smallest(f["cs"]), smallest(f["cw"]), smallest(f["rs"]), smallest(f["rw"]))
        for k, f in found.items()
    }


@st.composite
def documents(draw: st.DrawFn) -> tuple[Rules, dict[str, dict[int, tuple[int | None, list[int]]]]]:
    n_criteria = draw(st.integers(1, 3))
    criteria = tuple(
        CriterionRule(i, draw(st.integers(0, 30)) / 10, *SCALE) for i in range(n_criteria)
    )
    bounds = draw(st.lists(st.integers(0, 100), min_size=1, max_size=3, unique=True))
    classes = tuple(ClassRule(f"c{b}", f"klasse {b}", b / 100) for b in bounds)
    items = {}
    for i in range(draw(st.integers(1, 4))):
        raw = {}
        for criterion in criteria:
            if draw(st.booleans()) or not raw:
                agreed = draw(st.one_of(st.none(), st.integers(*SCALE)))
                values = draw(st.lists(st.integers(*SCALE), max_size=3))
                if agreed is not None or values:
                    raw[criterion.id] = (agreed, values)
        items[f"item {i}"] = raw
    return Rules(criteria, classes), items


@settings(max_examples=120, deadline=None)
@given(documents())
def test_matches_brute_force_on_random_small_documents(document) -> None:
    rules, raw_items = document
    summaries = {k: _summaries(v) for k, v in raw_items.items()}
    assert s.sensitivities(rules, summaries) == brute_force(rules, raw_items)


CLASSES = (ClassRule("zk", "zeer kansrijk", 0.75), ClassRule("k", "kansrijk", 0.5))


def test_fragile_when_one_point_flips_the_class() -> None:
    rules = Rules((CriterionRule(0, 1.0, 1, 5), CriterionRule(1, 1.0, 1, 5)), CLASSES)
    # (3 + 4) → ratio (0.5 + 0.75) / 2 = 0.625: kansrijk; the 3 → 4 makes it 0.75, zeer kansrijk.
    edge = {0: ScoreSummary.of(3, ()), 1: ScoreSummary.of(4, ())}
    # (5 + 5) → 1.0: 3 + 5 still makes 0.75; it takes three points down to leave zeer kansrijk.
    safe = {0: ScoreSummary.of(5, ()), 1: ScoreSummary.of(5, ())}
    result = s.sensitivities(rules, {"edge": edge, "safe": safe})
    assert result["edge"].fragile
    # 2 + 4 gives exactly 0.5 and stays kansrijk: only the increase moves it.
    assert result["edge"].class_by_score == Change(ChangeKind.SCORE, 0, 1)
    assert not result["safe"].fragile
    assert result["safe"].class_by_score == Change(ChangeKind.SCORE, 0, -3)


def test_a_municipal_score_moves_the_mean_by_a_share() -> None:
    rules = Rules((CriterionRule(0, 1.0, 1, 5),), CLASSES)
    # Four municipalities at 4: mean 4 → 0.75. One of them down by one: mean 3.75 → 0.6875.
    result = s.sensitivities(rules, {"x": {0: ScoreSummary.of(None, [4, 4, 4, 4])}})
    assert result["x"].class_by_score == Change(ChangeKind.SCORE, 0, -1)


def test_unscored_items_have_no_sensitivity() -> None:
    rules = Rules((CriterionRule(0, 1.0, 1, 5),), CLASSES)
    assert s.sensitivities(rules, {"x": {}})["x"] == s.Sensitivity()


def test_weight_sets_per_municipality_are_compared() -> None:
    rules = Rules((CriterionRule(0, 1.0, 1, 5), CriterionRule(1, 1.0, 1, 5)), CLASSES)
    items = {"x": {0: ScoreSummary.of(5, ()), 1: ScoreSummary.of(2, ())}}
    result = s.compare_weight_sets(rules, items, {"Losser": {0: 3.0}, "Oldenzaal": {1: 3.0}})
    # Losser: (3·1 + 1·0.25)/4 = 0.8125; Oldenzaal: (1 + 3·0.25)/4 = 0.4375.
    assert result["x"] == {"Losser": "zk", "Oldenzaal": None}
    assert s.disagreeing(result["x"])


def test_describe_in_dutch() -> None:
    names = {0: "Draagvlak"}
    assert s.describe(Change(ChangeKind.SCORE, 0, -1), names) == "−1 op Draagvlak"
    assert s.describe(Change(ChangeKind.WEIGHT, 0, 3), names) == "gewicht Draagvlak +0,3"
    assert s.describe(None, names) == "robuust"


@settings(max_examples=60, deadline=None)
@given(documents())
def test_row_by_row_question_agrees_with_the_whole(document) -> None:
    rules, raw_items = document
    summaries = {k: _summaries(v) for k, v in raw_items.items()}
    whole = s.sensitivities(rules, summaries)
    for key, scores in summaries.items():
        assert s.class_change_by_score(rules, scores) == whole[key].class_by_score
        assert s.is_fragile(rules, scores) == whole[key].fragile
