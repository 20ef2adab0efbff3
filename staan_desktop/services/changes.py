"""What an edit changed, as plain typed data: the tables of a document, what was done to them,
and the record that undoes it.

Every edit service (:mod:`.edits`) returns a :class:`Change`. Screens read ``table``,
``action``, ``item_id`` and ``tables`` to decide what to redraw; :func:`.edits.revert` reads
``inverse`` to undo it, and returns the change that undoes the undo. This module imports
nothing heavy, so that a window can name tables (``Table.SCORE``) before any database code is
loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class Table(StrEnum):
    """The tables an edit can change, by their name in the database."""

    TRAJECTORY = "trajectory"
    MUNICIPALITY = "municipality"
    CONFERENCE = "conference"
    PARTICIPANT = "participant"
    QUESTION = "question"
    SECTION = "section"
    BLOCK = "block"
    STATEMENT = "statement"
    MOTIVE = "motive"
    INTEREST_CATEGORY = "interest_category"
    INTEREST_ITEM = "interest_item"
    CRITERION = "criterion"
    CLASSIFICATION_CLASS = "classification_class"
    TASK_FIELD = "task_field"
    SCORE = "score"
    OWNER = "owner"
    ROLE = "role"
    RESPONSIBILITY = "responsibility"
    MEMBER = "member"
    RULE = "rule"
    #: A reviewer's mark that a section is checked: removed, and restored, with its section.
    SECTION_CHECK = "section_check"
    #: Options (forms of cooperation) and their parts: :mod:`.edits.options`.
    OPTION = "option"
    OPTION_SWOT = "option_swot"
    OPTION_REFERENCE = "option_reference"
    OPTION_SCORE = "option_score"
    OPTIONS_DECISION = "options_decision"
    FRAME_STEP = "frame_step"
    FRAME_CRITERION = "frame_criterion"
    KNOCK_OUT = "knock_out"
    KNOCK_OUT_VERDICT = "knock_out_verdict"
    #: The register of results and actions: :mod:`.edits.register`.
    ACTION_ITEM = "action_item"
    #: Key figures per municipality and the cost keys over them: :mod:`.edits.figures`.
    KEY_FIGURE = "key_figure"
    FIGURE_VALUE = "figure_value"
    COST_KEY = "cost_key"
    COST_KEY_TERM = "cost_key_term"
    #: Knowledge agenda, open questions, mandates, cooperations: :mod:`.edits.knowledge`.
    KNOWLEDGE_RUBRIC = "knowledge_rubric"
    KNOWLEDGE_QUESTION = "knowledge_question"
    OPEN_QUESTION = "open_question"
    MANDATE = "mandate"
    COOPERATION = "cooperation"
    #: What phones sent that refers to content (``domain/room_tables.py``): removed with a
    #: municipality or criterion, its link to an accepted statement cleared with the statement,
    #: and put back on undo like a reviewer's section check.
    #: A municipality's own weight of a criterion: :mod:`.edits.weights`.
    CRITERION_WEIGHT = "criterion_weight"
    ROOM_BALLOT = "room_ballot"
    ROOM_CONTRIBUTION = "room_contribution"
    ROOM_VOTE = "room_vote"


class Action(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    RESTORED = "restored"
    MOVED = "moved"
    UPDATED = "updated"


# The inverse records: what a change replaced, enough to put it back. ------------------------


@dataclass(frozen=True)
class AddedRows:
    """Rows the change brought in (added or restored); undone by removing them."""

    ids: tuple[int, ...]


@dataclass(frozen=True)
class Removed:
    """Rows taken out by a removal, parents first, and links that were cleared, so that
    :func:`.edits.restore` can put everything back as it was."""

    table: Table
    item_id: int
    #: (table name, column → value) of every row taken out.
    rows: tuple[tuple[str, dict[str, object]], ...]
    #: (table name, row id, column, former value) of every link set to NULL.
    cleared_links: tuple[tuple[str, int, str, int], ...]


@dataclass(frozen=True)
class Removals:
    """Several removals made by one undo (of a pasted list); undone by restoring each."""

    changes: tuple[Change, ...]


@dataclass(frozen=True)
class FormerPosition:
    position: int


@dataclass(frozen=True)
class FormerValues:
    """The columns of one row as they were before an update."""

    values: Mapping[str, object]


@dataclass(frozen=True)
class FormerScore:
    """One score as it was (``value=None``: there was none)."""

    task_field_id: int
    criterion_id: int
    municipality_id: int | None
    value: int | None
    note: str


@dataclass(frozen=True)
class FormerOptionScore:
    """One score of an option as it was (``value=None``: there was none)."""

    option_id: int
    criterion_id: int
    municipality_id: int | None
    value: int | None
    note: str


@dataclass(frozen=True)
class FormerTrajectory:
    """The trajectory's fields as they were; put back through the same validation."""

    values: Mapping[str, object]


@dataclass(frozen=True)
class FormerFigureValue:
    """One municipality's value of a key figure as it was (``value=None``: there was none)."""

    figure_id: int
    municipality_id: int
    value: float | None


@dataclass(frozen=True)
class FormerChoice:
    """Which cost key was the chosen one (``None``: none), and the reasons a choice replaced."""

    chosen_id: int | None
    reasons: Mapping[int, str]


@dataclass(frozen=True)
class FormerWeights:
    """Municipalities' own weights as they were: (criterion id, municipality id, weight), the
    weight ``None`` where the criterion had none of its own (the shared weight counted)."""

    entries: tuple[tuple[int, int, float | None], ...]


Inverse = (
    AddedRows | Removed | Removals | FormerPosition | FormerValues | FormerScore | FormerTrajectory | FormerOptionScore
    | FormerFigureValue | FormerChoice | FormerWeights
)


@dataclass(frozen=True)
class Change:
    """What an edit did. ``inverse`` holds what it replaced (for undo); ``tables`` is every
    table it touched, so that a screen can decide whether to redraw."""

    table: Table
    action: Action
    item_id: int | None
    inverse: Inverse
    tables: frozenset[Table]

    @property
    def removed(self) -> Removed | None:
        """The rows a removal took out, or ``None`` when this was no single removal."""
        return self.inverse if isinstance(self.inverse, Removed) else None

    @property
    def added_ids(self) -> tuple[int, ...]:
        """The ids of the rows an addition brought in (several for a pasted list)."""
        return self.inverse.ids if isinstance(self.inverse, AddedRows) else ()


def changed(
    table: Table, action: Action, item_id: int | None, inverse: Inverse, tables: frozenset[Table] | None = None
) -> Change:
    return Change(table, action, item_id, inverse, frozenset({table}) if tables is None else tables)


def added(table: Table, item_id: int | None) -> Change:
    """A row added at its place (``item_id``: its id, known once flushed); undone by removing it."""
    if item_id is None:
        raise ValueError("an added row has an id once it is flushed")
    return changed(table, Action.ADDED, item_id, AddedRows((item_id,)))
