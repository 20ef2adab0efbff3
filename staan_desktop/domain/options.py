"""How options (forms of cooperation) are weighed: the same classification as task fields,
a ranking by weighted score, and the sensitivity of both.

Options are scored on the document's criteria with the document's classes, so the one rule of
:mod:`.classification` applies; an option has no override (a decision about options is the
decision of the verkenning, not a class). The ranking orders the options by ratio, best first;
an option without scores has no place in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .classification import Outcome, classify
from .document import Option, Trajectory
from .outcomes import rules_of, summaries_of
from .sensitivity import RANK_TOLERANCE, Sensitivity, sensitivities


@dataclass(frozen=True)
class OptionResult:
    option: Option
    outcome: Outcome
    #: The score that counts per criterion, in the order of ``tree.criteria``.
    counted: tuple[float | None, ...]
    #: 1 for the best ratio (ties share a place); ``None`` when not ranked.
    rank: int | None
    sensitivity: Sensitivity


def weigh_options(tree: Trajectory, excluded: frozenset[str] = frozenset()) -> list[OptionResult]:
    """Every option of the tree in document order, classified, ranked among the options that
    are not ``excluded`` (by name), with its sensitivity within that ranking."""
    rules = rules_of(tree)
    summaries = {o.name: summaries_of(tree, o) for o in tree.options}
    ranked = {name: s for name, s in summaries.items() if name not in excluded}
    sensitivity = sensitivities(rules, ranked)
    outcomes = {name: classify(rules, s) for name, s in summaries.items()}
    ratios = [outcomes[name].ratio for name in ranked if outcomes[name].ratio is not None]
    results = []
    for option in tree.options:
        outcome = outcomes[option.name]
        rank = None
        if option.name in ranked and outcome.ratio is not None:
            rank = 1 + sum(1 for r in ratios if r is not None and r > outcome.ratio + RANK_TOLERANCE)
        scores = summaries[option.name]
        counted = tuple(scores[c.id].counted if c.id in scores else None for c in rules.criteria)
        results.append(OptionResult(option, outcome, counted, rank, sensitivity.get(option.name, Sensitivity())))
    return results
