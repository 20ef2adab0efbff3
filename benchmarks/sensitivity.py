"""Figure 5: sensitivity of every option of a large verkenning, beside one classification pass.

20 options × 10 criteria × 50 municipalities, every municipal score filled in and no agreed
scores (so every score change moves a mean). The baseline is the floor any sensitivity must pay:
classifying every item once from the same summaries, timed in the same process and run.
"""

from __future__ import annotations

import random

from staan_desktop.domain.classification import (
    ClassRule,
    CriterionRule,
    Rules,
    ScoreSummary,
    classify,
)
from staan_desktop.domain.sensitivity import sensitivities

from .measure import Row, alternate, median, value_at_most

GOAL = value_at_most(0.5, "s")
OPTIONS, CRITERIA, MUNICIPALITIES = 20, 10, 50


def inputs(seed: int = 19) -> tuple[Rules, dict[str, dict[int, ScoreSummary]]]:
    rng = random.Random(seed)
    rules = Rules(
        tuple(CriterionRule(c, 1.0 + c % 3, 1, 5) for c in range(CRITERIA)),
        (ClassRule("zk", "zeer kansrijk", 0.75), ClassRule("k", "kansrijk", 0.5), ClassRule("t", "kansrijk op termijn", 0.25)),
    )
    items = {
        f"Optie {o + 1}": {
            c: ScoreSummary.of(None, [rng.randint(1, 5) for _ in range(MUNICIPALITIES)]) for c in range(CRITERIA)
        }
        for o in range(OPTIONS)
    }
    return rules, items


def run(repeats: int) -> list[Row]:
    rules, items = inputs()
    samples = alternate(
        repeats,
        sensitivity=lambda: sensitivities(rules, items),
        baseline=lambda: [classify(rules, scores) for scores in items.values()],
    )
    result = sensitivities(rules, items)
    fragile = sum(1 for s in result.values() if s.fragile)
    return [Row(
        f"sensitivity of {OPTIONS} options × {CRITERIA} criteria × {MUNICIPALITIES} municipalities",
        median(samples["sensitivity"]), "s", median(samples["baseline"]), "classify every option once",
        GOAL, note=f"median of {repeats}; class and rank, by score and by weight; {fragile} fragiel",
    )]
