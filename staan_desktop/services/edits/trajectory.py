"""Edits of the trajectory itself, its municipalities and its work conferences."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, select

from staan_desktop.domain import tables as t
from staan_desktop.domain.document import MAX_MUNICIPALITIES, MAX_NAME
from staan_desktop.domain.messages import msg
from staan_desktop.domain.status import Status

from ..changes import Action, Change, FormerTrajectory, Table, added, changed
from ..errors import ValidationError
from ..store import Document
from ..tree import trajectory_row
from .core import clean_name, clean_text, editing, ensure_unique, get, insert, reverts, update_fields

TRAJECTORY_TEXT_FIELDS = (
    "subtitle",
    "short_name",
    "procesmanager",
    "author_role",
    "document_date",
    "version_label",
    "differences",
)


def update_trajectory(doc: Document, **values: object) -> Change:
    """Change title, subtitle, short name, procesmanager, dates, status, keywords or the noted
    differences between the municipalities."""
    clean: dict[str, object] = {}
    for key, value in values.items():
        if key == "title":
            clean[key] = clean_name(value, "De titel")
        elif key == "short_name":
            # A name's length, as the document's rules read it back (a longer one would make
            # the file unreadable on the next opening).
            clean[key] = clean_text(value, "De korte naam", max_length=MAX_NAME)
        elif key in TRAJECTORY_TEXT_FIELDS:
            clean[key] = clean_text(value, "De tekst")
        elif key == "status":
            try:
                clean[key] = Status(value).value
            except ValueError:
                raise ValidationError(msg("trajectory.no_such_status", value=value)) from None
        elif key == "procesmanager_public":
            if value is not None and not isinstance(value, bool):
                raise ValidationError(msg("publicity.choice"))
            clean[key] = value
        elif key == "character_keywords":
            if not isinstance(value, (list, tuple)):
                raise ValidationError(msg("trajectory.keywords_list"))
            clean[key] = [clean_name(v, "Een kernwoord") for v in value]
        else:
            raise ValidationError(msg("trajectory.no_field", field=key))
    with editing(doc) as session:
        row = trajectory_row(session)
        previous = {key: getattr(row, key) for key in clean}
        for key, value in clean.items():
            setattr(row, key, value)
        return changed(Table.TRAJECTORY, Action.UPDATED, row.id, FormerTrajectory(previous))


@reverts(FormerTrajectory)
def _update_trajectory_back(doc: Document, _change: Change, former: FormerTrajectory) -> Change:
    return update_trajectory(doc, **former.values)


# Municipalities ---------------------------------------------------------------------------


def add_municipality(doc: Document, *, name: str, position: int | None = None) -> Change:
    name = clean_name(name, "De naam van de gemeente")
    with editing(doc) as session:
        count = len(session.exec(select(t.MunicipalityRow.id).where(t.MunicipalityRow.kind == "gemeente")).all())
        if count >= MAX_MUNICIPALITIES:
            raise ValidationError(msg("trajectory.max_municipalities", maximum=MAX_MUNICIPALITIES))
        ensure_unique(session, t.MunicipalityRow, "name", name, None, "De gemeente")
        row = insert(session, t.MunicipalityRow(name=name, position=0), position)
        return added(Table.MUNICIPALITY, row.id)


def rename_municipality(doc: Document, *, municipality_id: int, name: str) -> Change:
    name = clean_name(name, "De naam van de gemeente")

    def check(session, row, _values):  # type: ignore[no-untyped-def]
        ensure_unique(session, t.MunicipalityRow, "name", name, row.id, "De gemeente")

    return update_fields(doc, t.MunicipalityRow, municipality_id, {"name": name}, check)


def municipality_usage(doc: Document, municipality_id: int) -> dict[str, int]:
    """How much data hangs on a municipality, so that the user can be told before removal."""
    with doc.reading() as session:
        get(session, t.MunicipalityRow, municipality_id)
        counts = {}
        for label, row_type in (
            ("belangen", t.InterestItemRow),
            ("scores", t.ScoreRow),
            ("eigenaren", t.OwnerRow),
            ("deelnemers", t.ParticipantRow),
            ("leden", t.MemberRow),
        ):
            counts[label] = len(session.exec(select(row_type.id).where(row_type.municipality_id == municipality_id)).all())
        return counts


# Work conferences -------------------------------------------------------------------------


def add_conference(
    doc: Document, *, date: str = "", place: str = "", theme: str = "", position: int | None = None
) -> Change:
    row = t.ConferenceRow(
        date=clean_text(date, "De tekst"), place=clean_text(place, "De tekst"), theme=clean_text(theme, "De tekst"), position=0
    )
    with editing(doc) as session:
        row = insert(session, row, position)
        return added(Table.CONFERENCE, row.id)


def update_conference(doc: Document, *, conference_id: int, **values: str) -> Change:
    unknown = set(values) - {"date", "place", "theme"}
    if unknown:
        raise ValidationError(msg("trajectory.conference_no_field", field=sorted(unknown)[0]))
    clean = {k: clean_text(v, "De tekst") for k, v in values.items()}
    return update_fields(doc, t.ConferenceRow, conference_id, clean)


def _municipality_ref(session, municipality_id: int | None) -> int | None:  # type: ignore[no-untyped-def]
    if municipality_id is None:
        return None
    return get(session, t.MunicipalityRow, municipality_id).id


def add_participant(
    doc: Document,
    *,
    conference_id: int,
    name: str,
    municipality_id: int | None = None,
    function: str = "",
    position: int | None = None,
) -> Change:
    name = clean_name(name, "De naam van de deelnemer")
    function = clean_text(function, "De functie")
    with editing(doc) as session:
        get(session, t.ConferenceRow, conference_id)
        row = t.ParticipantRow(
            conference_id=conference_id,
            municipality_id=_municipality_ref(session, municipality_id),
            name=name,
            function=function,
            position=0,
        )
        insert(session, row, position)
        return added(Table.PARTICIPANT, row.id)


def update_participant(
    doc: Document, *, participant_id: int, name: str, municipality_id: int | None, function: str = ""
) -> Change:
    values = {
        "name": clean_name(name, "De naam van de deelnemer"),
        "function": clean_text(function, "De functie"),
        "municipality_id": municipality_id,
    }
    def check(session: Session, _row: t.ParticipantRow, v: Mapping[str, Any]) -> None:
        _municipality_ref(session, v["municipality_id"])

    return update_fields(doc, t.ParticipantRow, participant_id, values, check)


def add_question(doc: Document, *, conference_id: int, text: str, position: int | None = None) -> Change:
    text = clean_text(text, "De vraag", required=True)
    with editing(doc) as session:
        get(session, t.ConferenceRow, conference_id)
        row = insert(session, t.QuestionRow(conference_id=conference_id, text=text, position=0), position)
        return added(Table.QUESTION, row.id)


def update_question(doc: Document, *, question_id: int, text: str) -> Change:
    return update_fields(doc, t.QuestionRow, question_id, {"text": clean_text(text, "De vraag", required=True)})
