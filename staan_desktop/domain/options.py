"""How options (forms of cooperation) are weighed: the same classification as task fields,
a ranking by weighted score, and the sensitivity of both.

Options are scored on the document's criteria with the document's classes, so the one rule of
:mod:`.classification` applies; an option has no override (a decision about options is the
decision of the verkenning, not a class). The knock-outs of the toetsingskader come first: an
option that fails one is excluded from the ranking. The ranking orders the other options by
ratio, best first; an option without scores has no place in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .classification import Outcome, classify
from .document import Option, Trajectory, Verdict
from .outcomes import rules_of, summaries_of
from .sensitivity import RANK_TOLERANCE, Sensitivity, sensitivities
from .spread import ratios_per_municipality  # noqa: F401 - one rule for task fields and options


@dataclass(frozen=True)
class Screening:
    """How one option comes through the knock-outs of the toetsingskader."""

    #: FAIL when any knock-out is failed; UNKNOWN when none failed but one is not (yet)
    #: judged; PASS when every knock-out is met (also when there are none).
    verdict: Verdict
    #: The conditions it failed, each with the reason given.
    failed: tuple[tuple[str, str], ...] = ()

    @property
    def excluded(self) -> bool:
        return self.verdict is Verdict.FAIL


def screen(tree: Trajectory) -> dict[str, Screening]:
    """Option name → its screening by every knock-out of every step. A knock-out without a
    verdict for an option counts as *onbekend* for it."""
    result = {}
    knock_outs = [k for step in tree.frame for k in step.knock_outs]
    for option in tree.options:
        failed: list[tuple[str, str]] = []
        unknown = False
        for knock_out in knock_outs:
            verdict = next((v for v in knock_out.verdicts if v.option == option.name), None)
            if verdict is None or verdict.verdict is Verdict.UNKNOWN:
                unknown = True
            elif verdict.verdict is Verdict.FAIL:
                failed.append((knock_out.condition, verdict.reason))
        overall = Verdict.FAIL if failed else Verdict.UNKNOWN if unknown else Verdict.PASS
        result[option.name] = Screening(overall, tuple(failed))
    return result


@dataclass(frozen=True)
class OptionResult:
    option: Option
    outcome: Outcome
    #: The score that counts per criterion, in the order of ``tree.criteria``.
    counted: tuple[float | None, ...]
    #: 1 for the best ratio (ties share a place); ``None`` when not ranked.
    rank: int | None
    sensitivity: Sensitivity
    screening: Screening = Screening(Verdict.PASS)

    @property
    def excluded(self) -> bool:
        return self.screening.excluded


def weigh_options(tree: Trajectory) -> list[OptionResult]:
    """Every option of the tree in document order, classified, screened by the knock-outs,
    and ranked among the options that no knock-out excluded, with its sensitivity within that
    ranking (an excluded option has neither)."""
    screenings = screen(tree)
    excluded = {name for name, s in screenings.items() if s.excluded}
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
        results.append(OptionResult(option, outcome, counted, rank, sensitivity.get(option.name, Sensitivity()),
                                    screenings[option.name]))
    return results
