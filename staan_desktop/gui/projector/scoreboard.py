"""What the projector may show of the scoring: the one place where hidden scores are left out.

Blind scoring: the municipalities score one after another, and a municipality that sees the
scores before it must not be anchored by them. So until the facilitator reveals a task field
(or the whole matrix), the projector learns only *who* has scored it. :func:`build_board` takes
the full scoring data, and the :class:`Board` it returns holds no value, mean, spread, dissent
mark or computed class that depends on a hidden score — not even in a field nobody draws. The
projector's widgets are built from a Board only, so a hidden score cannot reach them; the dot
plot of the spread after the matrix (:mod:`.dot_plot`) holds only the task fields the Board
says are revealed.

Shown before reveal: the agreed score (the room decided it together, aloud), a class that
follows from agreed scores or from the facilitator's decision alone, and per municipality a
mark that says whether it has scored. The row order is always the document's: sorting by
score would give the scores away.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

from staan_desktop.domain.classification import CriterionRule, Decision, ScoreSummary, classify, criterion_dissent
from staan_desktop.services.queries import ScoringGrid


class Mark(str, Enum):
    """How far one municipality is with one task field (the symbols are shown as they are)."""

    DONE = "✓"
    BUSY = "…"
    NONE = "○"


@dataclass(frozen=True)
class Reveal:
    """Which scores the facilitator has revealed on the projector (state of one sitting)."""

    everything: bool = False
    task_fields: frozenset[int] = field(default_factory=frozenset)

    def shows(self, task_field_id: int) -> bool:
        return self.everything or task_field_id in self.task_fields

    def toggled(self, task_field_id: int, every_id: Iterable[int]) -> Reveal:
        """Reveal or hide one task field; hiding one of a revealed matrix keeps the others."""
        shown = set(every_id) if self.everything else set(self.task_fields)
        return Reveal(False, frozenset(shown ^ {task_field_id}))


@dataclass(frozen=True)
class Cell:
    #: The score as shown: ``4`` (agreed, or all equal), ``3,4`` (a mean), empty when hidden or
    #: when nobody scored.
    text: str = ""
    #: The shown score on 0 … 1 over the criterion's scale, for the colour; ``None``: no colour.
    level: float | None = None
    #: A second line: the spread of a mean, ``3–4``, or ``≠ 1–5`` when it is dissent.
    detail: str = ""
    hidden: bool = False


@dataclass(frozen=True)
class Row:
    task_field_id: int
    name: str
    revealed: bool
    cells: tuple[Cell, ...]
    #: The class as text; empty while it would give hidden scores away.
    class_label: str = ""
    #: 0 for the highest class, 1 for the next …; ``None``: no class (hidden or not reached).
    class_rank: int | None = None
    overridden: bool = False
    #: Whether the municipalities lie far apart; only ever true once revealed.
    dissent: bool = False
    #: One mark per municipality of the board, in its order.
    progress: tuple[Mark, ...] = ()

    @property
    def hides_something(self) -> bool:
        return any(cell.hidden for cell in self.cells)


@dataclass(frozen=True)
class Board:
    criteria: tuple[str, ...]
    municipalities: tuple[str, ...]
    #: The class names from the highest down.
    classes: tuple[str, ...]
    rows: tuple[Row, ...]
    everything_revealed: bool = False


def number(value: float) -> str:
    """Dutch notation: ``4`` or ``3,4``."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}".replace(".", ",")


def _cell(summary: ScoreSummary | None, rule: CriterionRule, revealed: bool) -> Cell:
    if summary is None or (summary.agreed is None and summary.count == 0):
        return Cell()
    if summary.agreed is not None:
        return Cell(str(summary.agreed), rule.normalise(summary.agreed))
    if not revealed:
        return Cell(hidden=True)
    mean = summary.total / summary.count
    spread = "" if summary.low == summary.high else f"{summary.low}–{summary.high}"
    if spread and criterion_dissent(rule, summary):
        spread = f"≠ {spread}"  # where the dissent mark of the row comes from
    return Cell(number(mean), rule.normalise(mean), spread)


def _progress(grid: ScoringGrid, progress: dict[tuple[int, int], int], task_field_id: int) -> tuple[Mark, ...]:
    needed = len(grid.criteria)
    marks = []
    for municipality in grid.municipalities:
        count = progress.get((task_field_id, municipality.id), 0)
        marks.append(Mark.DONE if needed and count >= needed else Mark.BUSY if count else Mark.NONE)
    return tuple(marks)


def build_board(grid: ScoringGrid, progress: dict[tuple[int, int], int], reveal: Reveal) -> Board:
    """The projector's view of ``grid``: everything hidden by ``reveal`` left out."""
    rules = grid.rules
    rows = []
    for task_field in grid.task_fields:
        revealed = reveal.shows(task_field.id)
        summaries = [grid.summaries.get((task_field.id, c.id)) for c in grid.criteria]
        cells = tuple(_cell(s, rule, revealed) for s, rule in zip(summaries, rules.criteria))
        scores = {rule.id: s for s, rule in zip(summaries, rules.criteria) if s is not None}
        decision = Decision(task_field.override_key, "") if task_field.overridden else None  # the reason: never
        outcome = classify(rules, scores, decision)
        shown = revealed or task_field.overridden or not any(cell.hidden for cell in cells)
        label = outcome.label if shown else ""
        rank = rules.rank(outcome.class_key) if shown else None
        rows.append(
            Row(
                task_field.id, task_field.name, revealed, cells, label, rank, task_field.overridden,
                outcome.dissent and revealed, _progress(grid, progress, task_field.id),
            )  # fmt: skip
        )
    return Board(
        tuple(c.name for c in grid.criteria),
        tuple(m.name for m in grid.municipalities),
        tuple(c.name for c in rules.ranked),
        tuple(rows),
        reveal.everything,
    )
