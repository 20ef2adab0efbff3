"""The live session: the agenda's planned minutes, and how far the scoring has come.

The planned minutes are stored in the document because they are part of preparing the
session (a secretary who opens the file sees the plan). They are not content of the
startdocument, so changing them is allowed on a signed-off version too, and never touches the
undo history or a fingerprint. Only a read-only document refuses them.
"""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import col, select

from staan_desktop.domain import agenda as rules
from staan_desktop.domain import register as register_rules
from staan_desktop.domain import tables as t
from staan_desktop.domain.agenda import AgendaStep
from staan_desktop.domain.agenda_tables import AgendaStepRow
from staan_desktop.domain.document import Method
from staan_desktop.domain.messages import message_of, msg
from staan_desktop.domain.register_tables import ActionItemRow
from staan_desktop.domain.row_rules import RowError

from .errors import ValidationError
from .method_tree import read_method
from .store import Document


def agenda(doc: Document) -> tuple[AgendaStep, ...]:
    """The steps of the session in order, as the document's method has them (a verkenning has
    no task fields to score), with the minutes planned for this trajectory; it starts with
    "Terugblik acties" while the register has results or actions still to do."""
    active = [status.value for status in register_rules.ACTIVE]
    with doc.reading() as session:
        planned = {row.key: row.minutes for row in session.exec(select(AgendaStepRow))}
        open_items = session.exec(
            select(func.count()).select_from(ActionItemRow).where(col(ActionItemRow.status).in_(active))
        ).one()
        try:
            method = read_method(session)
        except RowError:
            # The agenda is only a plan: a method this version cannot read leaves the session
            # its STAAN-werkwijze steps rather than no agenda at all.
            method = None
    return rules.with_minutes(planned, review=open_items > 0,
                              steps=rules.default_agenda(method, own_words=not _shipped_words(method)))


def _shipped_words(method: Method | None) -> bool:
    """Whether ``method`` speaks a shipped method's words (then the window translates them);
    a method the user saved speaks theirs."""
    from . import methods  # the shipped methods are read from the resources only when asked

    return method is None or any(m.key == method.key and m.terms == method.terms for m in methods.shipped())


def set_planned_minutes(doc: Document, *, key: str, minutes: int) -> tuple[AgendaStep, ...]:
    """Plan ``minutes`` for the step ``key``, durably; returns the whole agenda as it now is."""
    if key not in rules.PLANNABLE_KEYS:
        raise ValidationError(msg("agenda.no_such_step", key=key))
    try:
        minutes = rules.check_minutes(minutes)
    except ValueError as exc:
        raise ValidationError(message_of(exc)) from None
    with doc.transaction() as session:
        row = session.exec(select(AgendaStepRow).where(AgendaStepRow.key == key)).first()
        if row is None:
            session.add(AgendaStepRow(key=key, minutes=minutes))
        else:
            row.minutes = minutes
            session.add(row)
    return agenda(doc)


def scoring_progress(doc: Document) -> dict[tuple[int, int], int]:
    """(task field id, municipality id) → on how many criteria that municipality has scored
    that task field. Says *who* has scored, never *what*: this is all a projector may show
    while the scores are hidden."""
    score = t.ScoreRow
    query = (
        select(score.task_field_id, score.municipality_id, func.count())
        .where(col(score.municipality_id).is_not(None))
        .group_by(col(score.task_field_id), col(score.municipality_id))
    )
    with doc.reading() as session:
        # Neither is NULL (the column is NOT NULL, the query leaves the others out); the model types both Optional.
        return {(tf, m): count for tf, m, count in session.exec(query) if tf is not None and m is not None}


def trajectory_heading(doc: Document) -> tuple[str, str]:
    """(title, subtitle) of the trajectory, for the session's title screen; cheaper than
    reading the whole tree when only the heading is shown."""
    with doc.reading() as session:
        row = session.exec(select(t.TrajectoryRow)).first()
        return (row.title, row.subtitle) if row is not None else ("", "")
