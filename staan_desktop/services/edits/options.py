"""Edits of options (forms of cooperation): name and description, SWOT points, reference
cases and scores. Each is one durable transaction that returns its :class:`Change`; removing
and moving go through :func:`.core.remove` and :func:`.core.move` like every other list."""

from __future__ import annotations

from sqlmodel import select

from staan_desktop.domain import tables as t
from staan_desktop.domain.messages import msg
from staan_desktop.domain.option_tables import (
    QUADRANTS,
    OptionReferenceRow,
    OptionRow,
    OptionScoreRow,
    OptionSwotRow,
)

from ..changes import Action, Change, FormerOptionScore, Table, added, changed
from ..errors import ValidationError
from ..store import Document
from . import core
from .core import (
    clean_name,
    clean_text,
    editing,
    ensure_unique,
    get,
    insert,
    require,
    reverts,
    update_fields,
)
from .scoring import check_score, require_scorer

# The option tables join the generic lists: ordered within their option (a SWOT point within
# its quadrant), removed with everything that belongs to them, named in messages.
core.ROW_TYPES.update({
    Table.OPTION: OptionRow,
    Table.OPTION_SWOT: OptionSwotRow,
    Table.OPTION_REFERENCE: OptionReferenceRow,
    Table.OPTION_SCORE: OptionScoreRow,
})
core.SCOPES.update({
    Table.OPTION: (),
    Table.OPTION_SWOT: ("option_id", "quadrant"),
    Table.OPTION_REFERENCE: ("option_id",),
})
core.LABELS.update({
    Table.OPTION: "De optie",
    Table.OPTION_SWOT: "Het SWOT-punt",
    Table.OPTION_REFERENCE: "De referentie",
    Table.OPTION_SCORE: "De score",
})

#: The quadrants as the room names them, for messages.
QUADRANT_NAMES = {"strengths": "sterkten", "weaknesses": "zwakten", "opportunities": "kansen", "threats": "bedreigingen"}
#: What a refusal calls a point of each list: whole words the window translates.
_POINT_OF = {
    "strengths": "Het punt bij sterkten",
    "weaknesses": "Het punt bij zwakten",
    "opportunities": "Het punt bij kansen",
    "threats": "Het punt bij bedreigingen",
}


# Options ----------------------------------------------------------------------------------


def add_option(doc: Document, *, name: str, description: str = "", position: int | None = None) -> Change:
    name = clean_name(name, "De naam van de optie")
    row = OptionRow(name=name, description=clean_text(description, "De omschrijving"), position=0)
    with editing(doc) as session:
        ensure_unique(session, OptionRow, "name", name, None, "De optie")
        insert(session, row, position)
        return added(Table.OPTION, row.id)


def update_option(doc: Document, *, option_id: int, name: str | None = None, description: str | None = None) -> Change:
    values: dict[str, str] = {}
    if name is not None:
        values["name"] = clean_name(name, "De naam van de optie")
    if description is not None:
        values["description"] = clean_text(description, "De omschrijving")

    def check(session, row, new) -> None:  # type: ignore[no-untyped-def]
        if "name" in new:
            ensure_unique(session, OptionRow, "name", new["name"], row.id, "De optie")

    return update_fields(doc, OptionRow, option_id, values, check)


# SWOT -------------------------------------------------------------------------------------


def _quadrant(value: object) -> str:
    if value not in QUADRANTS:
        raise ValidationError(msg("options.swot_kind"))
    assert isinstance(value, str)
    return value


def add_swot_item(doc: Document, *, option_id: int, quadrant: str, text: str, position: int | None = None) -> Change:
    """Add a point to one of the option's four lists (``quadrant``: strengths, weaknesses,
    opportunities or threats) at ``position`` (``None``: at the end)."""
    quadrant = _quadrant(quadrant)
    text = clean_text(text, _POINT_OF[quadrant], required=True)
    with editing(doc) as session:
        require(session, OptionRow, option_id)
        row = insert(session, OptionSwotRow(option_id=option_id, quadrant=quadrant, text=text, position=0), position)
        return added(Table.OPTION_SWOT, row.id)


def update_swot_item(doc: Document, *, item_id: int, text: str) -> Change:
    return update_fields(doc, OptionSwotRow, item_id, {"text": clean_text(text, "Het SWOT-punt", required=True)})


# Reference cases --------------------------------------------------------------------------


def add_reference(doc: Document, *, option_id: int, name: str, description: str = "", position: int | None = None) -> Change:
    name = clean_name(name, "De naam van de referentie")
    description = clean_text(description, "De omschrijving van de referentie")
    with editing(doc) as session:
        require(session, OptionRow, option_id)
        row = insert(session, OptionReferenceRow(option_id=option_id, name=name, description=description, position=0), position)
        return added(Table.OPTION_REFERENCE, row.id)


def update_reference(doc: Document, *, item_id: int, name: str | None = None, description: str | None = None) -> Change:
    values: dict[str, str] = {}
    if name is not None:
        values["name"] = clean_name(name, "De naam van de referentie")
    if description is not None:
        values["description"] = clean_text(description, "De omschrijving van de referentie")
    return update_fields(doc, OptionReferenceRow, item_id, values)


# Scores -----------------------------------------------------------------------------------


def set_option_score(
    doc: Document, *, option_id: int, criterion_id: int, municipality_id: int | None, value: int | None, note: str = ""
) -> Change:
    """Set, change or (``value=None``) clear one score of an option, as :func:`.scoring.set_score`
    does for a task field; ``municipality_id=None`` is the agreed score."""
    note = clean_text(note, "De toelichting")
    with editing(doc) as session:
        require(session, OptionRow, option_id)
        criterion = get(session, t.CriterionRow, criterion_id)
        if municipality_id is not None:
            require_scorer(session, municipality_id)
        if value is not None:
            check_score(criterion, value)
        mun_filter = (
            OptionScoreRow.municipality_id.is_(None)  # type: ignore[union-attr]
            if municipality_id is None
            else OptionScoreRow.municipality_id == municipality_id
        )
        row = session.exec(
            select(OptionScoreRow).where(
                OptionScoreRow.option_id == option_id, OptionScoreRow.criterion_id == criterion_id, mun_filter
            )
        ).first()
        previous = FormerOptionScore(option_id, criterion_id, municipality_id, row.value if row else None, row.note if row else "")
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            row = OptionScoreRow(option_id=option_id, criterion_id=criterion_id, municipality_id=municipality_id,
                                 value=value, note=note)
            session.add(row)
        else:
            row.value = value
            row.note = note
        session.flush()
        return changed(Table.OPTION_SCORE, Action.UPDATED, row.id if row else None, previous)


@reverts(FormerOptionScore)
def _set_option_score_back(doc: Document, _change: Change, former: FormerOptionScore) -> Change:
    return set_option_score(
        doc, option_id=former.option_id, criterion_id=former.criterion_id,
        municipality_id=former.municipality_id, value=former.value, note=former.note,
    )
