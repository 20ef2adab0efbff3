"""The newer rounds without HTTP: a poll with one choice, interests for a municipality and SWOT
points for an option (moderated, entering through the edit services), the three anonymity
levels as stored and as revealed, and changing one's vote while the round is open."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlmodel import select

from staan_desktop.domain import tables as t
from staan_desktop.domain.option_tables import OptionSwotRow
from staan_desktop.domain.room_tables import RoomContributionRow, RoomVoteRow, RoomVoterRow
from staan_desktop.services.errors import ValidationError
from staan_desktop.services.room.room import Room, RoomRefusal
from staan_desktop.services.store import Document


def rows(doc: Document, kind: Any) -> list[Any]:
    with doc.reading() as session:
        return list(session.exec(select(kind)))


@pytest.fixture
def room(demo: Document) -> Any:
    opened = Room(demo)
    opened.open()
    yield opened
    opened.close()


def joined(room: Room, municipality: int) -> Any:
    device = room.device(room.join(municipality))
    assert device is not None
    return device


def poll_of(room: Room, anonymity: str = "municipality") -> Any:
    return room.open_round("poll", anonymity=anonymity, question="Welke vorm?", choices=["Fusie", "Netwerk", "Centrum"]).result()


@pytest.mark.parametrize(
    ("question", "choices"),
    [("", ["a", "b"]), ("Vraag?", ["a"]), ("Vraag?", ["a", "a"]), ("Vraag?", [str(n) for n in range(11)]),
     ("Vraag?", ["a", "x" * 121]), ("x" * 301, ["a", "b"]), ("Vraag?", "ab")],
)
def test_a_poll_needs_a_question_and_two_to_ten_choices(room: Room, demo: Document, question: str, choices: Any) -> None:
    with pytest.raises(ValidationError):
        room.open_round("poll", question=question, choices=choices)
    assert room.round is None


def test_scores_and_interests_cannot_be_anonymous(room: Room) -> None:
    for kind in ("task_fields", "options", "interests"):
        with pytest.raises(ValidationError, match="gemeente"):
            room.open_round(kind, anonymity="anonymous", target_id=1)
    with pytest.raises(ValidationError):
        room.open_round("statements", anonymity="secret")


def test_a_changed_poll_vote_counts_once_and_a_late_resend_changes_nothing(room: Room, demo: Document) -> None:
    current = poll_of(room)
    fusion, network, _centre = (item.id for item in current.items)
    device = joined(room, 1)
    first, second = uuid.uuid4().hex, uuid.uuid4().hex
    assert not room.submit_vote(device, submission=first, round_id=current.id, choice=fusion).result().changed
    assert room.submit_vote(device, submission=second, round_id=current.id, choice=network).result().changed
    assert room.submit_vote(device, submission=first, round_id=current.id, choice=fusion).result().duplicate
    assert room.submit_vote(device, submission=second, round_id=current.id, choice=network).result().duplicate
    assert [v.choice_id for v in rows(demo, RoomVoteRow)] == [network]
    assert len(rows(demo, RoomVoterRow)) == 1
    other = joined(room, 2)
    # Another device cannot pass off this device's submission as its own.
    with pytest.raises(RoomRefusal):
        room.submit_vote(other, submission=second, round_id=current.id, choice=fusion).result()
    room.close_round().result()
    with pytest.raises(RoomRefusal, match="gesloten"):
        room.submit_vote(device, submission=uuid.uuid4().hex, round_id=current.id, choice=fusion)
    assert [v.choice_id for v in rows(demo, RoomVoteRow)] == [network]


def test_an_anonymous_poll_keeps_no_link_from_vote_to_person_in_the_file(room: Room, demo: Document) -> None:
    current = poll_of(room, "anonymous")
    devices = [joined(room, m) for m in (1, 2, 2)]
    for device, item in zip(devices, current.items, strict=True):
        room.submit_vote(device, submission=uuid.uuid4().hex, round_id=current.id, choice=item.id).result()
    room.submit_vote(devices[0], submission=uuid.uuid4().hex, round_id=current.id, choice=current.items[2].id).result()
    room.close_round().result()
    votes = rows(demo, RoomVoteRow)
    # Nothing in a vote that names a municipality, a person or a device; the key the running
    # room used to replace a vote is gone with the round.
    assert [(v.municipality_id, v.name, v.replace_key) for v in votes] == [(None, "", None)] * 3
    assert not {"device", "submission"} & set(RoomVoteRow.model_fields)
    room.reveal().result()
    results = room.state_for(devices[1])["results"]["poll"]
    assert [(r["text"], r["count"], r["by"]) for r in results] == [("Fusie", 0, []), ("Netwerk", 1, []), ("Centrum", 2, [])]


def test_a_poll_by_municipality_and_a_named_poll_reveal_as_much_as_chosen(room: Room, demo: Document) -> None:
    current = poll_of(room)
    for municipality in (1, 2, 2):
        room.submit_vote(joined(room, municipality), submission=uuid.uuid4().hex, round_id=current.id, choice=current.items[0].id).result()
    room.close_round().result()
    room.reveal().result()
    first = room.state_for(joined(room, 3))["results"]["poll"][0]
    assert (first["count"], first["by"]) == (3, ["Aa en Hunze 1", "Assen 2"])
    assert {v.name for v in rows(demo, RoomVoteRow)} == {""}

    named = poll_of(room, "named")
    device = joined(room, 4)
    with pytest.raises(RoomRefusal, match="naam"):
        room.submit_vote(device, submission=uuid.uuid4().hex, round_id=named.id, choice=named.items[1].id)
    room.submit_vote(device, submission=uuid.uuid4().hex, round_id=named.id, choice=named.items[1].id, name="Joke Bakker").result()
    assert room.state_for(device)["round"]["needs_name"] is False
    room.close_round().result()
    room.reveal().result()
    assert room.state_for(device)["results"]["poll"][1]["by"] == ["Joke Bakker (Tynaarlo)"]


def test_interests_enter_the_municipality_s_column_of_the_category(room: Room, demo: Document) -> None:
    category = room.targets()["interests"][0]
    current = room.open_round("interests", target_id=category.id).result()
    assert current.target == category
    device = joined(room, 3)
    room.submit_contribution(device, submission=uuid.uuid4().hex, round_id=current.id, text="Eigen  loket blijft").result()
    pending = room.pending()
    assert [(p.kind, p.municipality, p.text) for p in pending] == [("interests", "Noordenveld", "Eigen loket blijft")]
    change = room.moderate(pending[0].id, accept=True).result()
    assert change is not None
    with demo.reading() as session:
        item = session.get(t.InterestItemRow, change.item_id)
        assert item is not None and (item.category_id, item.municipality_id, item.text) == (category.id, 3, "Eigen loket blijft")
    assert rows(demo, RoomContributionRow)[0].made_id == change.item_id


def test_swot_points_enter_the_option_s_swot_in_their_quadrant(room: Room, demo: Document) -> None:
    from staan_desktop.services.edits.options import add_option

    option_id = add_option(demo, name="Ambtelijke fusie").item_id
    current = room.open_round("swot", anonymity="anonymous", target_id=option_id).result()
    device = joined(room, 1)
    with pytest.raises(RoomRefusal):
        room.submit_contribution(device, submission=uuid.uuid4().hex, round_id=current.id, text="Sterk", quadrant="middle")
    room.submit_contribution(
        device, submission=uuid.uuid4().hex, round_id=current.id, text="Minder kwetsbaar", quadrant="strengths"
    ).result()
    (pending,) = room.pending()
    assert (pending.quadrant, pending.municipality, pending.name) == ("strengths", "", "")  # anonymous: no municipality
    change = room.moderate(pending.id, accept=True, text="Minder kwetsbaar bij ziekte").result()
    assert change is not None
    assert [(r.option_id, r.quadrant, r.text) for r in rows(demo, OptionSwotRow)] == [
        (option_id, "strengths", "Minder kwetsbaar bij ziekte")
    ]
    room.close_round().result()
    room.reveal().result()
    assert room.state_for(device)["results"] == {
        "texts": [{"text": "Minder kwetsbaar bij ziekte", "quadrant": "strengths", "by": ""}]
    }


def test_a_text_round_needs_its_option_or_category(room: Room, demo: Document) -> None:
    with pytest.raises(ValidationError, match="optie"):
        room.open_round("swot", target_id=None).result()
    with pytest.raises(ValidationError, match="categorie"):
        room.open_round("interests", target_id=99_999).result()
    assert room.round is None
