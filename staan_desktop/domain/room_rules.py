"""The rules of a room round that the server, the window and the tests share: which kinds of
round there are, and how the scores of one municipality's participants become that
municipality's score."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

#: Scoring the short-listed task fields, scoring the options, adding ambition statements,
#: a quick poll (one choice), interests (per municipality), SWOT points for one option or
#: ideas for task fields (new names on the long list).
ROUND_KINDS = ("task_fields", "options", "statements", "poll", "interests", "swot", "ideas")
SCORING_KINDS = ("task_fields", "options")
#: Rounds of texts that wait for the facilitator before they become content.
TEXT_KINDS = ("statements", "interests", "swot", "ideas")
#: What is stored of who sent what, and shown: nothing, the municipality, or the name too.
ANONYMITY = ("anonymous", "municipality", "named")
#: Rounds that count for a municipality by their nature (its score, its interests).
MUNICIPAL_KINDS = ("task_fields", "options", "interests")
#: A poll's bounds: a question and two to ten choices of a line each.
MAX_CHOICES = 10
MAX_CHOICE = 120
MAX_QUESTION = 300
#: The agreed rule that turns participants' scores into their municipality's score.
RULES = ("mean", "median")
ROUND_STATES = ("open", "closed")
CONTRIBUTION_STATES = ("pending", "accepted", "rejected")


def aggregate(values: Sequence[int], rule: str) -> int:
    """The municipality's score from its participants' ``values`` under ``rule``. A score in
    the document is a whole number: a mean (or the median of an even count) that falls between
    two is rounded half away from zero, so 3.5 → 4 (the usual rounding in a meeting, not
    banker's)."""
    if not values:
        raise ValueError("no values")
    if rule == "mean":
        exact = Decimal(sum(values)) / Decimal(len(values))
    elif rule == "median":
        exact = Decimal(str(statistics.median(values)))
    else:
        raise ValueError(f"unknown rule {rule!r}")
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
