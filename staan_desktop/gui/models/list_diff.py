"""The fewest service calls that turn one list of texts into another.

A cell of the interests grid is edited as lines of text; the document stores one item per
line. Rewriting every item on each edit would break undo granularity and churn ids, so the
difference is worked out: unchanged lines stay, a changed line is updated, new lines are
added at their place and vanished lines are removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from staan_desktop.services.queries import Item


@dataclass(frozen=True)
class Update:
    item_id: int
    text: str


@dataclass(frozen=True)
class Add:
    position: int
    text: str


@dataclass(frozen=True)
class Remove:
    item_id: int


Step = Update | Add | Remove


def lines(text: str) -> list[str]:
    """The items of a cell's text: one per non-empty line, surrounding spaces trimmed."""
    return [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]


def plan(old: Sequence[Item], new: Sequence[str]) -> list[Step]:
    """Steps to apply in order. Adds carry their position in the list as it is at that moment:
    everything before them already equals ``new``, so that position is their index in ``new``."""
    steps: list[Step] = []
    matcher = SequenceMatcher(None, [i.text for i in old], list(new), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        paired = min(i2 - i1, j2 - j1)
        steps.extend(Update(old[i1 + k].id, new[j1 + k]) for k in range(paired))
        steps.extend(Remove(old[i].id) for i in range(i1 + paired, i2))
        steps.extend(Add(j, new[j]) for j in range(j1 + paired, j2))
    return steps
