"""Reading the register of results and actions for a screen or a file: plain data with ids,
each item marked overdue against a given day, and the `.ics` export of the target dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from staan_desktop.domain import register as rules
from staan_desktop.domain import tables as t
from staan_desktop.domain.document import ActionItem, ActionKind, ActionStatus
from staan_desktop.domain.messages import msg
from staan_desktop.domain.option_tables import OptionRow
from staan_desktop.domain.register_tables import ActionItemRow
from staan_desktop.reports.ics import to_ics

from .errors import DocumentError
from .interchange import load_tree
from .store import Document


@dataclass(frozen=True)
class ActionView:
    id: int
    item: ActionItem
    overdue: bool
    owner_party_id: int | None
    task_field_id: int | None
    section_id: int | None
    option_id: int | None


def actions(doc: Document, *, today: dt.date) -> tuple[ActionView, ...]:
    with doc.reading() as session:
        parties = {r.id: r.name for r in session.exec(select(t.MunicipalityRow))}
        task_fields = {r.id: r.name for r in session.exec(select(t.TaskFieldRow))}
        options = {r.id: r.name for r in session.exec(select(OptionRow))}
        sections = {r.id: r.title for r in session.exec(select(t.SectionRow))}
        rows = list(session.exec(select(ActionItemRow).order_by(ActionItemRow.position, ActionItemRow.id)))  # type: ignore[arg-type]
        out = []
        for r in rows:
            item = ActionItem(
                kind=ActionKind(r.kind), description=r.description, owner_person=r.owner_person,
                owner_party=parties.get(r.owner_party_id), target_date=r.target_date, status=ActionStatus(r.status),
                task_field=task_fields.get(r.task_field_id), option=options.get(r.option_id), chapter=sections.get(r.section_id),
            )  # fmt: skip
            out.append(ActionView(
                r.id, item, rules.is_overdue(item, today), r.owner_party_id, r.task_field_id, r.section_id,  # type: ignore[arg-type]
                r.option_id,
            ))
        return tuple(out)


def export_ics(doc: Document, path: Path, *, today: dt.date, stamp: dt.datetime | None = None) -> int:
    """Write the dated items as an iCalendar file; returns how many were written."""
    tree = load_tree(doc)
    data = to_ics(tree, today=today, stamp=stamp or dt.datetime.now(dt.UTC))
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise DocumentError(msg("register.calendar_not_written", name=Path(path).name, reason=exc.strerror)) from None
    return sum(1 for a in tree.actions if a.target_date is not None)


@dataclass(frozen=True)
class PartyRef:
    id: int
    name: str
    kind: str


def other_parties(doc: Document) -> tuple[PartyRef, ...]:
    """The parties that are not municipalities, in order (an owner may belong to any)."""
    with doc.reading() as session:
        rows = session.exec(select(t.MunicipalityRow).order_by(t.MunicipalityRow.position, t.MunicipalityRow.id))  # type: ignore[arg-type]
        return tuple(PartyRef(r.id, r.name, r.kind) for r in rows if r.kind != "gemeente")  # type: ignore[arg-type]


@dataclass(frozen=True)
class OptionRef:
    id: int
    name: str


def option_names(doc: Document) -> tuple[OptionRef, ...]:
    """The options an item of the register can belong to, in order."""
    with doc.reading() as session:
        rows = session.exec(select(OptionRow).order_by(OptionRow.position, OptionRow.id))  # type: ignore[arg-type]
        return tuple(OptionRef(r.id, r.name) for r in rows if r.id is not None)
