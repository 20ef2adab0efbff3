"""Read-only views of the options, the toetsingskader and the decision for the capture pages,
with the ids that edits need (as :mod:`.queries` does for the other parts).

Each function opens one short read transaction and returns plain frozen dataclasses.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlmodel import Session, select

from staan_desktop.domain import tables as t
from staan_desktop.domain.option_tables import (
    QUADRANTS,
    FrameCriterionRow,
    FrameStepRow,
    KnockOutRow,
    OptionReferenceRow,
    OptionRow,
    OptionsDecisionRow,
    OptionSwotRow,
    VerdictRow,
)

from .queries import Item
from .rows import read_back
from .store import Document


@dataclass(frozen=True)
class Reference:
    id: int
    name: str
    description: str


@dataclass(frozen=True)
class OptionView:
    id: int
    name: str
    description: str
    #: Quadrant (one of :data:`QUADRANTS`) → its points in order.
    swot: dict[str, tuple[Item, ...]]
    references: tuple[Reference, ...]
    #: What the decision says of it (an ``OptionStatus`` value), or ``None``; with its reason.
    decision_status: str | None = None
    decision_reason: str = ""


@dataclass(frozen=True)
class VerdictView:
    """One option's verdict on one knock-out; ``id`` is the option's id (a row per option)."""

    id: int
    option: str
    #: A ``Verdict`` value; ``onbekend`` when nobody judged it yet (``stored`` is then False).
    verdict: str
    reason: str
    stored: bool


@dataclass(frozen=True)
class KnockOutView:
    id: int
    condition: str
    verdicts: tuple[VerdictView, ...]


@dataclass(frozen=True)
class StepCriterion:
    #: The id of the step's link to the criterion (what moves and is removed).
    id: int
    criterion_id: int
    name: str


@dataclass(frozen=True)
class StepView:
    id: int
    title: str
    description: str
    knock_outs: tuple[KnockOutView, ...]
    criteria: tuple[StepCriterion, ...]


@dataclass(frozen=True)
class DecisionView:
    #: ``False`` while no decision has been recorded.
    recorded: bool
    decided_on: str = ""
    reasons: str = ""
    options: tuple[OptionView, ...] = field(default=())


def _options(session: Session) -> tuple[OptionView, ...]:
    swot: dict[int, dict[str, list[Item]]] = defaultdict(lambda: {q: [] for q in QUADRANTS})
    for row in read_back(session, OptionSwotRow):
        swot[row.option_id][row.quadrant].append(Item(row.id, row.text))
    references: dict[int, list[Reference]] = defaultdict(list)
    for row in read_back(session, OptionReferenceRow):
        references[row.option_id].append(Reference(row.id, row.name, row.description))
    return tuple(
        OptionView(
            row.id, row.name, row.description,
            {q: tuple(swot[row.id][q]) for q in QUADRANTS},
            tuple(references[row.id]), row.decision_status, row.decision_reason,
        )  # fmt: skip
        for row in read_back(session, OptionRow)
    )


def options(doc: Document) -> tuple[OptionView, ...]:
    """Every option in order, with its SWOT, reference cases and what the decision says of it."""
    with doc.reading() as session:
        return _options(session)


def frame(doc: Document) -> tuple[StepView, ...]:
    """The steps of the toetsingskader in order, each with its knock-outs (a verdict for every
    option, ``onbekend`` where none is stored) and the criteria it weighs."""
    with doc.reading() as session:
        option_rows = read_back(session, OptionRow)
        verdicts: dict[int | None, dict[int | None, VerdictRow]] = defaultdict(dict)
        for verdict in session.exec(select(VerdictRow)):
            verdicts[verdict.knock_out_id][verdict.option_id] = verdict
        knock_outs: dict[int, list[KnockOutView]] = defaultdict(list)
        for row in read_back(session, KnockOutRow):
            judged = verdicts[row.id]
            knock_outs[row.step_id].append(KnockOutView(row.id, row.condition, tuple(
                VerdictView(o.id, o.name, judged[o.id].verdict, judged[o.id].reason, True) if o.id in judged
                else VerdictView(o.id, o.name, "onbekend", "", False)
                for o in option_rows
            )))  # fmt: skip
        names = {c.id: c.name for c in session.exec(select(t.CriterionRow))}
        criteria: dict[int, list[StepCriterion]] = defaultdict(list)
        for row in read_back(session, FrameCriterionRow):
            criteria[row.step_id].append(StepCriterion(row.id, row.criterion_id, names.get(row.criterion_id, "")))
        return tuple(
            StepView(row.id, row.title, row.description, tuple(knock_outs[row.id]), tuple(criteria[row.id]))
            for row in read_back(session, FrameStepRow)
        )


def decision(doc: Document) -> DecisionView:
    """The decision's date and reasons, and every option with what the decision says of it."""
    with doc.reading() as session:
        row = session.exec(select(OptionsDecisionRow)).first()
        found = _options(session)
        if row is None:
            return DecisionView(False, options=found)
        return DecisionView(True, row.decided_on, row.reasons, found)
