"""An ideas round: participants send names of task fields; the facilitator moderates them and
an accepted idea becomes a task field on the long list (not short-listed) through the edit
service, undoable; nobody sees another's idea before the reveal, and the round's anonymity
decides what is stored and shown of who sent it. A phone's refused or malformed idea stores
nothing and the room keeps serving the others (loopback only)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlmodel import func, select

from staan_desktop.domain import tables as t
from staan_desktop.domain.room_tables import RoomContributionRow
from staan_desktop.services import edits
from staan_desktop.services.errors import ValidationError
from staan_desktop.services.room.room import Room, RoomRefusal
from staan_desktop.services.room.server import OpenRoom
from staan_desktop.services.store import Document


def task_fields(doc: Document) -> dict[str, bool]:
    with doc.reading() as session:
        return {row.name: row.shortlisted for row in session.exec(select(t.TaskFieldRow))}


def contributions(doc: Document) -> list[RoomContributionRow]:
    with doc.reading() as session:
        return list(session.exec(select(RoomContributionRow).order_by(RoomContributionRow.id)))  # type: ignore[arg-type]


@pytest.fixture
def room(demo: Document) -> Any:
    opened = Room(demo)
    opened.open()
    yield opened
    opened.close()


def joined(room: Room, municipality: int, name: str = "") -> Any:
    device = room.device(room.join(municipality))
    assert device is not None
    device.name = name
    return device


def test_an_accepted_idea_becomes_a_task_field_on_the_long_list_and_undo_removes_it(room: Room, demo: Document) -> None:
    before = task_fields(demo)
    current = room.open_round("ideas").result()
    assert current.texts and not current.scoring
    device = joined(room, 2)
    room.submit_contribution(device, submission=uuid.uuid4().hex, round_id=current.id, text="  Digitale  dienstverlening ").result()
    assert task_fields(demo) == before  # waits for the facilitator
    (pending,) = room.pending()
    assert (pending.kind, pending.municipality, pending.text) == ("ideas", "Assen", "Digitale dienstverlening")

    change = room.moderate(pending.id, accept=True).result()
    assert change is not None and change.table == edits.Table.TASK_FIELD
    assert task_fields(demo) == {**before, "Digitale dienstverlening": False}
    assert contributions(demo)[0].made_id == change.item_id
    assert contributions(demo)[0].status == "accepted"

    edits.revert(demo, change)
    assert task_fields(demo) == before


def test_an_idea_is_accepted_as_corrected_and_a_rejected_one_adds_nothing(room: Room, demo: Document) -> None:
    before = task_fields(demo)
    current = room.open_round("ideas", anonymity="anonymous").result()
    device = joined(room, 1)
    for text in ("jeugdzorg samen inkopen", "iets met ict"):
        room.submit_contribution(device, submission=uuid.uuid4().hex, round_id=current.id, text=text).result()
    first, second = room.pending()
    assert (first.municipality, second.municipality) == ("", "")  # anonymous: not even the municipality
    room.moderate(first.id, accept=True, text="Inkoop jeugdzorg").result()
    assert room.moderate(second.id, accept=False).result() is None
    assert task_fields(demo) == {**before, "Inkoop jeugdzorg": False}
    assert [(row.status, row.municipality_id) for row in contributions(demo)] == [("accepted", None), ("rejected", None)]


def test_an_idea_that_is_already_a_task_field_is_refused_in_dutch_and_stays_waiting(room: Room, demo: Document) -> None:
    existing = next(iter(task_fields(demo)))
    current = room.open_round("ideas").result()
    device = joined(room, 1)
    room.submit_contribution(device, submission=uuid.uuid4().hex, round_id=current.id, text=existing).result()
    (pending,) = room.pending()
    before = task_fields(demo)
    with pytest.raises(ValidationError, match="bestaat al"):
        room.moderate(pending.id, accept=True).result()
    assert task_fields(demo) == before
    assert [p.id for p in room.pending()] == [pending.id]  # the facilitator can still correct or reject it


def test_ideas_stay_hidden_until_revealed_and_show_as_the_round_s_anonymity_allows(room: Room, demo: Document) -> None:
    current = room.open_round("ideas", anonymity="named").result()
    anna, bram = joined(room, 1, "Anna"), joined(room, 3, "Bram")
    room.submit_contribution(anna, submission=uuid.uuid4().hex, round_id=current.id, text="Afvalinzameling").result()
    room.moderate(room.pending()[0].id, accept=True).result()
    assert "results" not in room.state_for(bram)  # accepted, but not revealed: nobody else sees it
    assert room.state_for(bram)["round"]["kind"] == "ideas"
    room.close_round().result()
    room.reveal().result()
    assert room.state_for(bram)["results"] == {"texts": [{"text": "Afvalinzameling", "quadrant": "", "by": "Anna (Aa en Hunze)"}]}


def test_a_phone_s_idea_in_another_round_or_too_long_is_refused(room: Room, demo: Document) -> None:
    current = room.open_round("ideas").result()
    device = joined(room, 1)
    for round_id, text in ((current.id + 1, "Wegen"), (current.id, "x" * 501), (current.id, "   "), (current.id, 7)):
        with pytest.raises(RoomRefusal):
            room.submit_contribution(device, submission=uuid.uuid4().hex, round_id=round_id, text=text).result()
    assert contributions(demo) == []


def test_malformed_ideas_over_http_store_nothing_and_an_honest_phone_is_served(
    served: OpenRoom, demo: Document, make_phone: Any
) -> None:
    current = served.room.open_round("ideas").result()
    stranger = make_phone(served, token="x" * 43)
    body = {"submission": uuid.uuid4().hex, "round": current.id, "text": "Wegen"}
    assert stranger.call("POST", "/api/contribution", body)[0] in (401, 403)
    phone = make_phone(served)
    assert phone.join(1) == 200
    for bad in ({**body, "text": ["Wegen"]}, {**body, "round": "1"}, {**body, "submission": "../../etc"}, {**body, "text": "w" * 600}):
        status, _answer = phone.call("POST", "/api/contribution", bad)
        assert status in (400, 409)  # unreadable, or not the open round
    assert phone.call("POST", "/api/contribution", raw=b'{"submission": ')[0] == 400
    with demo.reading() as session:
        assert session.exec(select(func.count()).select_from(RoomContributionRow)).one() == 0
    status, answer = phone.call("POST", "/api/contribution", body)
    assert status == 200 and answer["duplicate"] is False
    assert [p.text for p in served.room.pending()] == ["Wegen"]
