"""Read-only views of a document for the capture screens, with the ids that edits need.

:func:`~staan_desktop.services.interchange.load_tree` speaks in names (it is what the JSON and
the PDF read); a screen that edits needs the ids of what it shows. Every function here opens
one short read transaction and returns plain frozen dataclasses, never SQLModel rows, so that
nothing expires or detaches in the GUI.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from sqlmodel import Session, col, select

from staan_desktop.domain import tables as t
from staan_desktop.domain.classification import ClassRule, CriterionRule, Rules, ScoreSummary
from staan_desktop.domain.document import OptionStatus

from .rows import grouped, read_back
from .store import Document


@dataclass(frozen=True)
class Item:
    """One entry of an ordered list of texts (statement, rule, question, responsibility…)."""

    id: int
    text: str


@dataclass(frozen=True)
class Municipality:
    id: int
    name: str


@dataclass(frozen=True)
class Motive:
    id: int
    letter: str
    name: str
    explanation: str


@dataclass(frozen=True)
class Participant:
    id: int
    name: str
    municipality_id: int | None
    function: str
    #: ``None``: the default for the role (domain/publication.py).
    public_function: bool | None = None


@dataclass(frozen=True)
class Conference:
    id: int
    date: str
    place: str
    theme: str
    participants: tuple[Participant, ...]
    questions: tuple[Item, ...]


@dataclass(frozen=True)
class Block:
    id: int
    kind: str
    text: str


@dataclass(frozen=True)
class Section:
    id: int
    title: str
    parent_id: int | None
    blocks: tuple[Block, ...]
    children: tuple[Section, ...]


@dataclass(frozen=True)
class InterestGrid:
    categories: tuple[Item, ...]
    municipalities: tuple[Municipality, ...]
    #: (category id, municipality id) → the items of that cell, in order.
    cells: dict[tuple[int, int], tuple[Item, ...]]


@dataclass(frozen=True)
class TaskField:
    id: int
    name: str
    description: str
    footnote: str
    shortlisted: bool
    overridden: bool
    override_key: str | None
    override_reason: str


@dataclass(frozen=True)
class Owner:
    id: int
    task_field_id: int
    person: str
    municipality_id: int | None
    role: str
    from_date: str
    public_function: bool | None = None


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    municipality_id: int | None
    public_function: bool | None = None


@dataclass(frozen=True)
class Responsibility(Item):
    footnote: str = ""


@dataclass(frozen=True)
class Role:
    id: int
    name: str
    description: str
    responsibilities_title: str
    responsibilities: tuple[Responsibility, ...]
    members: tuple[Member, ...]


@dataclass(frozen=True)
class Criterion:
    id: int
    name: str
    weight: float
    scale_min: int
    scale_max: int


@dataclass(frozen=True)
class ClassDef:
    id: int
    key: str
    name: str
    min_ratio: float
    note: str = ""


@dataclass(frozen=True)
class ScoringGrid:
    """Everything the scoring grid shows, loaded in one read transaction."""

    task_fields: tuple[TaskField, ...]
    criteria: tuple[Criterion, ...]
    municipalities: tuple[Municipality, ...]
    classes: tuple[ClassDef, ...]
    #: (task field id, criterion id) → summary; cells nobody scored are absent, and task
    #: fields off the short list may be present (the grid ignores them).
    summaries: dict[tuple[int, int], ScoreSummary]
    #: The municipality whose own scores ``entered`` holds (``None``: only the summaries).
    municipality_id: int | None = None
    #: (task field id, criterion id) → that municipality's score.
    entered: dict[tuple[int, int], int] | None = None

    @cached_property
    def rules(self) -> Rules:
        """The classification rule's view of the criteria (by id) and classes."""
        return Rules(
            tuple(CriterionRule(c.id, c.weight, c.scale_min, c.scale_max) for c in self.criteria),
            tuple(ClassRule(c.key, c.name, c.min_ratio) for c in self.classes),
        )


def _stored(row_id: int | None) -> int:
    """The id of a row read back from the file, which always has one (SQLModel types it Optional)."""
    if row_id is None:
        raise TypeError("a stored row without an id")
    return row_id


def _municipalities(session: Session) -> tuple[Municipality, ...]:
    # Only municipalities score and fill the grids; other parties are listed by services/parties.py.
    return tuple(Municipality(m.id, m.name) for m in read_back(session, t.MunicipalityRow) if m.kind == "gemeente")


def _task_field(row: t.TaskFieldRow) -> TaskField:
    return TaskField(
        row.id, row.name, row.description, row.footnote,  # type: ignore[arg-type]
        bool(row.shortlisted), bool(row.overridden), row.override_key, row.override_reason,
    )  # fmt: skip


def municipalities(doc: Document) -> tuple[Municipality, ...]:
    with doc.reading() as session:
        return _municipalities(session)


def _texts(doc: Document, row_type: type) -> tuple[Item, ...]:
    with doc.reading() as session:
        return tuple(Item(r.id, r.text) for r in read_back(session, row_type))


def statements(doc: Document) -> tuple[Item, ...]:
    return _texts(doc, t.StatementRow)


def rules(doc: Document) -> tuple[Item, ...]:
    return _texts(doc, t.RuleRow)


def motives(doc: Document) -> tuple[Motive, ...]:
    with doc.reading() as session:
        return tuple(Motive(m.id, m.letter, m.name, m.explanation) for m in read_back(session, t.MotiveRow))


def conferences(doc: Document) -> tuple[Conference, ...]:
    with doc.reading() as session:
        participants = grouped(read_back(session, t.ParticipantRow), "conference_id")
        questions = grouped(read_back(session, t.QuestionRow), "conference_id")
        return tuple(
            Conference(
                c.id, c.date, c.place, c.theme,  # fmt: skip
                tuple(Participant(p.id, p.name, p.municipality_id, p.function, p.public_function) for p in participants[c.id]),
                tuple(Item(q.id, q.text) for q in questions[c.id]),
            )
            for c in read_back(session, t.ConferenceRow)
        )


def sections(doc: Document) -> tuple[Section, ...]:
    """The chapters as a tree, each with its blocks in order."""
    with doc.reading() as session:
        blocks = grouped(read_back(session, t.BlockRow), "section_id")
        by_parent = grouped(read_back(session, t.SectionRow), "parent_id")

    def tree(parent_id: int | None) -> tuple[Section, ...]:
        return tuple(
            Section(s.id, s.title, s.parent_id, tuple(Block(b.id, b.kind, b.text) for b in blocks[s.id]), tree(s.id))
            for s in by_parent[parent_id]
        )

    return tree(None)


def interest_grid(doc: Document) -> InterestGrid:
    with doc.reading() as session:
        categories = tuple(Item(c.id, c.name) for c in read_back(session, t.InterestCategoryRow))
        cells: dict[tuple[int, int], list[Item]] = defaultdict(list)
        for row in read_back(session, t.InterestItemRow):
            cells[(row.category_id, row.municipality_id)].append(Item(row.id, row.text))
        return InterestGrid(categories, _municipalities(session), {k: tuple(v) for k, v in cells.items()})


def interest_cell(doc: Document, category_id: int, municipality_id: int) -> tuple[Item, ...]:
    """One cell of the interests grid, to redraw it alone after an edit."""
    with doc.reading() as session:
        rows = session.exec(
            select(t.InterestItemRow)
            .where(t.InterestItemRow.category_id == category_id, t.InterestItemRow.municipality_id == municipality_id)
            .order_by(col(t.InterestItemRow.position), col(t.InterestItemRow.id))
        )
        return tuple(Item(_stored(r.id), r.text) for r in rows)


def interest_item_place(doc: Document, item_id: int) -> tuple[int, int] | None:
    """(category id, municipality id) of an interest item, or ``None`` when it is gone."""
    with doc.reading() as session:
        row = session.get(t.InterestItemRow, item_id)
        return None if row is None else (row.category_id, row.municipality_id)  # type: ignore[return-value]


def task_fields(doc: Document) -> tuple[TaskField, ...]:
    with doc.reading() as session:
        return tuple(_task_field(r) for r in read_back(session, t.TaskFieldRow))


def shortlisted_names(doc: Document) -> list[tuple[int, str]]:
    """(id, name) of the short-listed task fields in document order: what the session panel
    lists, without reading 500 long descriptions into rows."""
    row = t.TaskFieldRow
    query = select(row.id, row.name).where(row.shortlisted).order_by(col(row.position), col(row.id))
    with doc.reading() as session:
        return [(_stored(task_id), name) for task_id, name in session.exec(query)]


def task_field(doc: Document, task_field_id: int) -> TaskField | None:
    with doc.reading() as session:
        row = session.get(t.TaskFieldRow, task_field_id)
        return None if row is None else _task_field(row)


def owners(doc: Document) -> tuple[Owner, ...]:
    """Every owner and project leader, grouped by task field in the order of the task fields."""
    with doc.reading() as session:
        order = {tf_id: i for i, tf_id in enumerate(r.id for r in read_back(session, t.TaskFieldRow))}
        rows = sorted(read_back(session, t.OwnerRow), key=lambda o: order.get(o.task_field_id, len(order)))
        return tuple(Owner(o.id, o.task_field_id, o.person, o.municipality_id, o.role, o.from_date, o.public_function)
                     for o in rows)


def roles(doc: Document) -> tuple[Role, ...]:
    with doc.reading() as session:
        responsibilities = grouped(read_back(session, t.ResponsibilityRow), "role_id")
        members = grouped(read_back(session, t.MemberRow), "role_id")
        return tuple(
            Role(
                r.id,
                r.name,
                r.description,
                r.responsibilities_title,
                tuple(Responsibility(x.id, x.text, x.footnote) for x in responsibilities[r.id]),
                tuple(Member(m.id, m.name, m.municipality_id, m.public_function) for m in members[r.id]),
            )
            for r in read_back(session, t.RoleRow)
        )


def criteria(doc: Document) -> tuple[Criterion, ...]:
    with doc.reading() as session:
        return tuple(
            Criterion(c.id, c.name, c.weight, c.scale_min, c.scale_max) for c in read_back(session, t.CriterionRow)
        )


def classification_classes(doc: Document) -> tuple[ClassDef, ...]:
    """The classes of the classification, with their footnotes, in the document's order."""
    with doc.reading() as session:
        return tuple(ClassDef(c.id, c.key, c.name, c.min_ratio, c.note) for c in read_back(session, t.ClassRow))


def criterion_score_count(doc: Document, criterion_id: int) -> int:
    """How many scores (agreed and municipal) a criterion has: what goes when it is removed."""
    with doc.reading() as session:
        return len(session.exec(select(t.ScoreRow.id).where(t.ScoreRow.criterion_id == criterion_id)).all())


# Grouped in the order of the unique index on (task field, criterion, municipality), so that
# SQLite streams the groups instead of sorting 255,000 rows in a temporary B-tree (4× faster).
_SPREAD = (
    "SELECT task_field_id, criterion_id, count(*), sum(value), min(value), max(value) FROM score "
    "WHERE municipality_id IS NOT NULL {where} GROUP BY task_field_id, criterion_id"
)
_AGREED = "SELECT task_field_id, criterion_id, value FROM score WHERE municipality_id IS NULL {where}"


def _summaries(session: Session, where: str = "", params: tuple[object, ...] = ()) -> dict[tuple[int, int], ScoreSummary]:
    connection = session.connection()
    agreed = {(tf, crit): value for tf, crit, value in connection.exec_driver_sql(_AGREED.format(where=where), params)}
    summaries = {
        (tf, crit): ScoreSummary(agreed.pop((tf, crit), None), count, total, low, high)
        for tf, crit, count, total, low, high in connection.exec_driver_sql(_SPREAD.format(where=where), params)
    }
    summaries.update((key, ScoreSummary(value)) for key, value in agreed.items())
    return summaries


def _entered(
    session: Session, municipality_id: int, where: str = "", params: tuple[object, ...] = ()
) -> dict[tuple[int, int], int]:
    cursor = session.connection().exec_driver_sql(
        f"SELECT task_field_id, criterion_id, value FROM score WHERE municipality_id = ? {where}",
        (municipality_id, *params),
    )
    return {(tf, crit): value for tf, crit, value in cursor}


def scoring_grid(doc: Document, municipality_id: int | None = None) -> ScoringGrid:
    """The short-listed task fields with, per criterion, a summary of their scores and (when
    asked) one municipality's own scores.

    Why summaries and not every score: 50 municipalities × 500 task fields × 10 criteria are
    255,000 scores, and merely fetching them costs more than the 0.2 s a screen may take to
    open. SQLite aggregates them to 5,000 summaries in C; the one municipality being entered
    costs one indexed query when the facilitator switches to it.
    """
    with doc.reading() as session:
        fields = tuple(
            _task_field(r)
            for r in session.exec(
                select(t.TaskFieldRow)
                .where(t.TaskFieldRow.shortlisted == True)  # noqa: E712 - SQL, not Python
                .order_by(col(t.TaskFieldRow.position), col(t.TaskFieldRow.id))
            )
        )
        crits = tuple(
            Criterion(c.id, c.name, c.weight, c.scale_min, c.scale_max) for c in read_back(session, t.CriterionRow)
        )
        classes = tuple(ClassDef(c.id, c.key, c.name, c.min_ratio) for c in read_back(session, t.ClassRow))
        entered = None if municipality_id is None else _entered(session, municipality_id)
        return ScoringGrid(
            fields, crits, _municipalities(session), classes, _summaries(session), municipality_id, entered
        )


def entered_scores(doc: Document, municipality_id: int) -> dict[tuple[int, int], int]:
    """One municipality's own scores: (task field id, criterion id) → value."""
    with doc.reading() as session:
        return _entered(session, municipality_id)


def score_cell(
    doc: Document, task_field_id: int, criterion_id: int, municipality_id: int | None
) -> tuple[ScoreSummary, int | None]:
    """One cell of the grid after an edit, an undo or a redo: its summary and the score of
    ``municipality_id`` (``None``: the agreed score)."""
    where, params = "AND task_field_id = ? AND criterion_id = ?", (task_field_id, criterion_id)
    with doc.reading() as session:
        summary = _summaries(session, where, params).get((task_field_id, criterion_id), ScoreSummary())
        if municipality_id is None:
            return summary, summary.agreed
        value = _entered(session, municipality_id, where, params)
        return summary, value.get((task_field_id, criterion_id))


@dataclass(frozen=True)
class ContentCounts:
    """How far the content has come, counted in SQL (the overview's summary): the same numbers
    as the lengths in :func:`~staan_desktop.services.interchange.load_tree`, without reading it."""

    municipalities: int
    conferences: int
    statements: int
    motives: int
    task_fields: int
    shortlisted: int
    roles: int
    options: int
    swot_points: int
    frame_steps: int
    knock_outs: int
    chosen_options: int
    results_and_actions: int
    key_figures: int


COUNTS_SQL = (
    # Other parties share the municipality table; only the municipalities are counted.
    "SELECT (SELECT count(*) FROM municipality WHERE kind = 'gemeente'), (SELECT count(*) FROM conference), "
    "(SELECT count(*) FROM statement), (SELECT count(*) FROM motive), (SELECT count(*) FROM task_field), "
    "(SELECT count(*) FROM task_field WHERE shortlisted), (SELECT count(*) FROM role), "
    "(SELECT count(*) FROM option), (SELECT count(*) FROM option_swot), (SELECT count(*) FROM frame_step), "
    "(SELECT count(*) FROM knock_out), "
    f"(SELECT count(*) FROM option WHERE decision_status = '{OptionStatus.CHOSEN.value}'), "
    "(SELECT count(*) FROM action_item), (SELECT count(*) FROM key_figure)"
)


def content_counts(doc: Document) -> ContentCounts:
    with doc.reading() as session:
        return ContentCounts(*session.connection().exec_driver_sql(COUNTS_SQL).one())
