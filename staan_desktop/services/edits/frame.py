"""Edits of the toetsingskader (steps, their criteria, knock-outs and verdicts) and of the
decision on the options. Each is one durable transaction returning its :class:`Change`;
removing and moving go through :func:`.core.remove` and :func:`.core.move`."""

from __future__ import annotations

from sqlmodel import col, select

from staan_desktop.domain import tables as t
from staan_desktop.domain.document import OptionStatus, Verdict
from staan_desktop.domain.messages import listed, msg, phrase
from staan_desktop.domain.option_tables import (
    FrameCriterionRow,
    FrameStepRow,
    KnockOutRow,
    OptionRow,
    OptionsDecisionRow,
    VerdictRow,
)

from ..changes import Change, Table, added
from ..errors import ValidationError
from ..store import Document
from . import core
from .core import clean_name, clean_text, editing, insert, require, update_fields

core.ROW_TYPES.update({
    Table.OPTIONS_DECISION: OptionsDecisionRow,
    Table.FRAME_STEP: FrameStepRow,
    Table.FRAME_CRITERION: FrameCriterionRow,
    Table.KNOCK_OUT: KnockOutRow,
    Table.KNOCK_OUT_VERDICT: VerdictRow,
})
core.SCOPES.update({
    Table.FRAME_STEP: (),
    Table.FRAME_CRITERION: ("step_id",),
    Table.KNOCK_OUT: ("step_id",),
})
core.LABELS.update({
    Table.OPTIONS_DECISION: "Het besluit",
    Table.FRAME_STEP: "De stap",
    Table.FRAME_CRITERION: "Het criterium van de stap",
    Table.KNOCK_OUT: "De knock-out",
    Table.KNOCK_OUT_VERDICT: "Het oordeel",
})


# Steps ------------------------------------------------------------------------------------


def add_frame_step(doc: Document, *, title: str, description: str = "", position: int | None = None) -> Change:
    row = FrameStepRow(title=clean_name(title, "De titel van de stap"),
                       description=clean_text(description, "De toelichting van de stap"), position=0)
    with editing(doc) as session:
        insert(session, row, position)
        return added(Table.FRAME_STEP, row.id)


def update_frame_step(doc: Document, *, step_id: int, title: str | None = None, description: str | None = None) -> Change:
    values: dict[str, str] = {}
    if title is not None:
        values["title"] = clean_name(title, "De titel van de stap")
    if description is not None:
        values["description"] = clean_text(description, "De toelichting van de stap")
    return update_fields(doc, FrameStepRow, step_id, values)


def add_step_criterion(doc: Document, *, step_id: int, criterion_id: int, position: int | None = None) -> Change:
    """Let a step weigh one of the document's criteria."""
    with editing(doc) as session:
        require(session, FrameStepRow, step_id)
        criterion = core.get(session, t.CriterionRow, criterion_id)
        taken = session.exec(select(FrameCriterionRow).where(
            FrameCriterionRow.step_id == step_id, FrameCriterionRow.criterion_id == criterion_id)).first()
        if taken is not None:
            raise ValidationError(msg("frame.step_weighs_already", name=criterion.name))
        row = insert(session, FrameCriterionRow(step_id=step_id, criterion_id=criterion_id, position=0), position)
        return added(Table.FRAME_CRITERION, row.id)


def add_step_criterion_named(doc: Document, *, step_id: int, name: str, position: int | None = None) -> Change:
    """:func:`add_step_criterion` for a criterion typed by its name (case and surrounding
    spaces do not matter), as the toetsingskader page takes it."""
    wanted = clean_name(name, "De naam van het criterium").casefold()
    with doc.reading() as session:
        known = [(row.id, row.name) for row in session.exec(select(t.CriterionRow).order_by(col(t.CriterionRow.position)))]
    criterion_id = next((cid for cid, cname in known if cname.casefold() == wanted), None)
    if criterion_id is None:
        names = listed(f"‘{cname}’" for _cid, cname in known) or phrase("(nog geen criteria)")
        raise ValidationError(msg("frame.no_such_criterion", name=name.strip(), names=names))
    return add_step_criterion(doc, step_id=step_id, criterion_id=criterion_id, position=position)


# Knock-outs -------------------------------------------------------------------------------


def add_knock_out(doc: Document, *, step_id: int, condition: str, position: int | None = None) -> Change:
    condition = clean_text(condition, "De knock-outvoorwaarde", required=True)
    with editing(doc) as session:
        require(session, FrameStepRow, step_id)
        row = insert(session, KnockOutRow(step_id=step_id, condition=condition, position=0), position)
        return added(Table.KNOCK_OUT, row.id)


def update_knock_out(doc: Document, *, knock_out_id: int, condition: str) -> Change:
    return update_fields(doc, KnockOutRow, knock_out_id,
                         {"condition": clean_text(condition, "De knock-outvoorwaarde", required=True)})


def _verdict(value: object) -> str:
    try:
        return Verdict(value).value
    except ValueError:
        raise ValidationError(msg("frame.verdict_values")) from None


def set_verdict(doc: Document, *, knock_out_id: int, option_id: int, verdict: str, reason: str = "") -> Change:
    """Judge one option on one knock-out; a second call changes the verdict. Undone by removing
    the verdict it added, or by putting back the one it replaced."""
    value = _verdict(verdict)
    reason = clean_text(reason, "De reden")
    with editing(doc) as session:
        require(session, KnockOutRow, knock_out_id)
        require(session, OptionRow, option_id)
        existing = session.exec(select(VerdictRow).where(
            VerdictRow.knock_out_id == knock_out_id, VerdictRow.option_id == option_id)).first()
        if existing is None:
            row = VerdictRow(knock_out_id=knock_out_id, option_id=option_id, verdict=value, reason=reason)
            session.add(row)
            session.flush()
            return added(Table.KNOCK_OUT_VERDICT, row.id)
        item_id = existing.id
    assert item_id is not None
    return update_fields(doc, VerdictRow, item_id, {"verdict": value, "reason": reason})


# The decision -----------------------------------------------------------------------------


def set_decision(doc: Document, *, decided_on: str | None = None, reasons: str | None = None) -> Change:
    """Record (or change) the decision's date and reasons; the first call makes the decision."""
    values: dict[str, str] = {}
    if decided_on is not None:
        values["decided_on"] = clean_name(decided_on, "De datum van het besluit") if decided_on.strip() else ""
    if reasons is not None:
        values["reasons"] = clean_text(reasons, "De overwegingen van het besluit")
    with editing(doc) as session:
        existing = session.exec(select(OptionsDecisionRow)).first()
        if existing is None:
            row = OptionsDecisionRow(decided_on=values.get("decided_on", ""), reasons=values.get("reasons", ""))
            session.add(row)
            session.flush()
            return added(Table.OPTIONS_DECISION, row.id)
        item_id = existing.id
    assert item_id is not None
    return update_fields(doc, OptionsDecisionRow, item_id, values)


def set_option_status(doc: Document, *, option_id: int, status: str | None, reason: str = "") -> Change:
    """What the decision says of one option: gekozen (a basisrichting), niet gekozen, later or
    uitgesloten; ``None`` takes the option out of the decision."""
    if status is not None:
        try:
            status = OptionStatus(status).value
        except ValueError:
            raise ValidationError(msg("frame.option_status_values")) from None
    reason = clean_text(reason, "De reden")
    if status is None and reason.strip():
        # Dropping the reason silently would lose what was typed; it belongs to a decision.
        raise ValidationError(msg("frame.decision_first"))
    return update_fields(doc, OptionRow, option_id, {"decision_status": status, "decision_reason": reason if status else ""})
