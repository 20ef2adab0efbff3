"""The new endpoints and join paths refuse what does not belong: a poll vote with a wrong or
another session's token, an unknown device, malformed or oversized bodies, after the room
closed; a join card of another room, a used card, a room that works with cards joined without
one. Each refused, nothing stored, and an honest phone is served right after. Loopback only."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlmodel import func, select

from staan_desktop.domain.room_tables import RoomContributionRow, RoomVoteRow, RoomVoterRow
from staan_desktop.services.room.cards import parse_list
from staan_desktop.services.room.room import Room
from staan_desktop.services.room.server import MAX_BODY, OpenRoom, open_room
from staan_desktop.services.store import Document


def stored(doc: Document) -> tuple[int, int, int]:
    with doc.reading() as session:
        return tuple(  # type: ignore[return-value]
            session.exec(select(func.count()).select_from(kind)).one()
            for kind in (RoomVoterRow, RoomVoteRow, RoomContributionRow)
        )


@pytest.fixture
def poll(served: OpenRoom) -> Any:
    return served.room.open_round("poll", question="Koffie of thee?", choices=["Koffie", "Thee"]).result()


def vote(phone: Any, round_id: Any, choice: Any, submission: str | None = None) -> tuple[int, Any]:
    return phone.call("POST", "/api/vote", {"submission": submission or uuid.uuid4().hex, "round": round_id, "choice": choice})


def honest_vote(served: OpenRoom, make_phone: Any, poll: Any) -> None:
    honest = make_phone(served)
    assert honest.join(2) == 200
    status, answer = vote(honest, poll.id, poll.items[0].id)
    assert status == 200 and answer["duplicate"] is False


def test_a_vote_with_a_wrong_token_or_unknown_device_is_refused(served: OpenRoom, demo: Document, poll: Any, make_phone: Any) -> None:
    intruder = make_phone(served, token="B" * 24)
    intruder.device = "made-up"
    assert vote(intruder, poll.id, poll.items[0].id)[0] == 403
    stranger = make_phone(served)
    stranger.device = uuid.uuid4().hex
    assert vote(stranger, poll.id, poll.items[0].id)[0] == 401
    assert stored(demo) == (0, 0, 0)
    honest_vote(served, make_phone, poll)


@pytest.mark.parametrize(
    "choice", [None, "1", True, 1.0, [1], {"id": 1}, 999_999, -1],
)
def test_a_malformed_choice_is_refused(served: OpenRoom, demo: Document, poll: Any, make_phone: Any, choice: Any) -> None:
    phone = make_phone(served)
    assert phone.join(1) == 200
    status, answer = vote(phone, poll.id, choice)
    assert status == 400 and answer["error"] == "invalid"
    assert stored(demo) == (0, 0, 0)
    honest_vote(served, make_phone, poll)


@pytest.mark.parametrize(
    "raw", [b"", b"{", b"[1, 2]", b"\xff\xfe", b'{"submission": "x", "round": 1, "choice": 1}', b"[" * 5000 + b"]" * 5000],
)
def test_malformed_vote_bodies_are_refused(served: OpenRoom, demo: Document, poll: Any, make_phone: Any, raw: bytes) -> None:
    phone = make_phone(served)
    assert phone.join(1) == 200
    assert phone.call("POST", "/api/vote", raw=raw)[0] == 400
    assert stored(demo) == (0, 0, 0)
    honest_vote(served, make_phone, poll)


def test_an_oversized_vote_or_text_is_refused(served: OpenRoom, demo: Document, poll: Any, make_phone: Any) -> None:
    phone = make_phone(served)
    assert phone.join(1) == 200
    big = b'{"submission": "' + b"a" * (MAX_BODY + 10) + b'"}'
    assert phone.call("POST", "/api/vote", raw=big)[0] == 413
    assert phone.call("POST", "/api/contribution", raw=big)[0] == 413
    assert stored(demo) == (0, 0, 0)
    honest_vote(served, make_phone, poll)


def test_a_vote_in_a_round_that_is_not_a_poll_is_refused(served: OpenRoom, demo: Document, make_phone: Any) -> None:
    current = served.room.open_round("statements").result()
    phone = make_phone(served)
    assert phone.join(1) == 200
    assert vote(phone, current.id, 1)[0] == 400
    assert stored(demo) == (0, 0, 0)


def test_a_named_round_refuses_a_text_without_a_name(served: OpenRoom, demo: Document, make_phone: Any) -> None:
    current = served.room.open_round("statements", anonymity="named").result()
    phone = make_phone(served)
    assert phone.join(1) == 200
    body = {"submission": uuid.uuid4().hex, "round": current.id, "text": "Samen"}
    for name in (None, "", "   ", 12, "x" * 81, "Anna\x00"):
        status, answer = phone.call("POST", "/api/contribution", {**body, "name": name})
        assert (status, answer["error"]) == (400, "name")
    assert stored(demo) == (0, 0, 0)
    status, _answer = phone.call("POST", "/api/contribution", {**body, "name": " Anna  de Vries "})
    assert status == 200
    with demo.reading() as session:
        assert session.exec(select(RoomContributionRow.name)).all() == ["Anna de Vries"]


def test_a_vote_after_the_room_closed_is_refused(demo: Document, make_phone: Any) -> None:
    opened = open_room(Room(demo), "127.0.0.1", 0)
    current = opened.room.open_round("poll", question="Koffie of thee?", choices=["Koffie", "Thee"]).result()
    phone = make_phone(opened)
    assert phone.join(1) == 200
    opened.room.close()
    try:
        assert vote(phone, current.id, current.items[0].id)[0] == 403
    finally:
        opened.close()
    assert stored(demo) == (0, 0, 0)


def test_a_room_with_cards_refuses_joining_without_one(served: OpenRoom, make_phone: Any) -> None:
    ((_spec, token),) = served.room.issue_cards(parse_list("Anna; Assen"))
    for card in (None, "", "x" * 65, "A" * 16, 12, ["A"]):
        status, answer = make_phone(served).call("POST", "/api/join", {"municipality": 1, "card": card})
        assert (status, answer["error"]) == (400, "card"), card
    # Info about a card tells nothing about a made-up one.
    stranger = make_phone(served)
    stranger.headers["X-Room-Card"] = "A" * 16
    assert stranger.call("GET", "/api/info")[1]["card"] is None
    holder = make_phone(served)
    holder.headers["X-Room-Card"] = token
    assert holder.call("GET", "/api/info")[1]["card"] == {"name": "Anna", "municipality": 2, "used": False}
    status, answer = holder.call("POST", "/api/join", {"municipality": 4, "card": token})
    assert status == 200
    device = served.room.device(answer["device"])
    assert device is not None and (device.municipality_id, device.name) == (2, "Anna")  # the card's, not the phone's
    status, answer = make_phone(served).call("POST", "/api/join", {"municipality": 1, "card": token})
    assert (status, answer["error"]) == (409, "card_used")
    assert served.room.cards_used() == (1, 1)


def test_a_card_of_another_session_opens_nothing(demo: Document, make_phone: Any) -> None:
    first = open_room(Room(demo), "127.0.0.1", 0)
    ((_spec, token),) = first.room.issue_cards(parse_list("Anna; Assen"))
    first.close()
    assert first.room.card_info(token) is None
    second = open_room(Room(demo), "127.0.0.1", 0)
    try:
        second.room.issue_cards(parse_list("Bert; Tynaarlo"))
        status, answer = make_phone(second).call("POST", "/api/join", {"municipality": 1, "card": token})
        assert (status, answer["error"]) == (400, "card")
    finally:
        second.close()
