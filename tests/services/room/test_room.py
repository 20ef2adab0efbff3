"""The room's rules without HTTP: rounds, ballots, who voted apart from what, moderation,
reveal, and the municipality's score written through the scoring services."""

from __future__ import annotations

import statistics
import uuid
from typing import Any

import pytest
from sqlmodel import select

from staan_desktop.domain import tables as t
from staan_desktop.domain.room_tables import RoomBallotRow, RoomContributionRow, RoomVoterRow
from staan_desktop.services.errors import ReadOnlyError, ValidationError
from staan_desktop.services.interchange import load_tree
from staan_desktop.services.room.room import Room, RoomRefusal
from staan_desktop.services.signoff import sign_off
from staan_desktop.services.store import Document


def rows(doc: Document, kind: Any) -> list[Any]:
    with doc.reading() as session:
        return list(session.exec(select(kind)))


def score_of(doc: Document, field: int, criterion: int, municipality: int) -> int | None:
    with doc.reading() as session:
        row = session.exec(
            select(t.ScoreRow).where(
                t.ScoreRow.task_field_id == field, t.ScoreRow.criterion_id == criterion,
                t.ScoreRow.municipality_id == municipality,
            )
        ).first()
        return None if row is None else row.value


@pytest.fixture
def room(demo: Document) -> Any:
    opened = Room(demo)
    opened.open()
    yield opened
    opened.close()


@pytest.mark.parametrize("rule", ["mean", "median"])
def test_a_round_makes_each_municipality_s_score_by_the_rule(room: Room, demo: Document, ballot_of: Any, rule: str) -> None:
    current = room.open_round("task_fields", rule).result()
    field, criterion = current.items[0].id, current.criteria[0].id
    given = {1: [1, 2, 5], 2: [4, 4, 3, 5]}  # municipality → its participants' scores
    for municipality, values in given.items():
        for value in values:
            device = room.device(room.join(municipality))
            assert device is not None
            scores = ballot_of(current, 3)
            scores[0] = [field, criterion, value]
            room.submit_ballot(device, submission=uuid.uuid4().hex, round_id=current.id, scores=scores).result()
    changes = room.close_round().result()
    assert len(changes) == 2 * len(current.items) * len(current.criteria)
    pick = statistics.mean if rule == "mean" else statistics.median
    # mean 8/3 → 3, 16/4 → 4; median 2 and 4 (3.5 and 4 → half up)
    for municipality, values in given.items():
        assert score_of(demo, field, criterion, municipality) == int(pick(values) + 0.5)
        assert score_of(demo, current.items[1].id, criterion, municipality) == 3
    assert load_tree(demo) is not None


def test_who_voted_is_stored_apart_from_what_was_voted(room: Room, demo: Document, ballot_of: Any) -> None:
    ballot_columns = set(RoomBallotRow.model_fields)
    assert not ballot_columns & {"device", "submission", "voter_id"}
    current = room.open_round("task_fields").result()
    device = room.device(room.join(2))
    assert device is not None
    room.submit_ballot(device, submission=uuid.uuid4().hex, round_id=current.id, scores=ballot_of(current)).result()
    voters, ballots = rows(demo, RoomVoterRow), rows(demo, RoomBallotRow)
    assert len(voters) == 1 and voters[0].device == device.digest
    assert len(ballots) == len(current.items) * len(current.criteria)
    assert {b.municipality_id for b in ballots} == {2}


def test_a_resend_is_acknowledged_once_and_a_new_ballot_replaces_the_earlier(room: Room, demo: Document, ballot_of: Any) -> None:
    # Changed on purpose: a phone may change its vote while the round is open (the last vote
    # counts); before, a second ballot was refused.
    current = room.open_round("task_fields", "median").result()
    device = room.device(room.join(1))
    assert device is not None
    submission = uuid.uuid4().hex
    first = room.submit_ballot(device, submission=submission, round_id=current.id, scores=ballot_of(current))
    again = room.submit_ballot(device, submission=submission, round_id=current.id, scores=ballot_of(current))
    assert (first.result().duplicate, again.result().duplicate) == (False, True)
    second = uuid.uuid4().hex
    changed = room.submit_ballot(device, submission=second, round_id=current.id, scores=ballot_of(current, 1)).result()
    assert changed.changed and not changed.duplicate
    # A late resend of the replaced ballot is answered as stored and changes nothing back.
    late = room.submit_ballot(device, submission=submission, round_id=current.id, scores=ballot_of(current)).result()
    assert late.duplicate
    assert room.submit_ballot(device, submission=second, round_id=current.id, scores=ballot_of(current, 1)).result().duplicate
    assert len(rows(demo, RoomVoterRow)) == 1
    ballots = rows(demo, RoomBallotRow)
    assert len(ballots) == len(current.items) * len(current.criteria)
    assert {b.value for b in ballots} == {1}
    assert room.state_for(device)["round"]["done"] is True
    # Another phone of the same municipality: the median of 1 and 5 is 3 (not of 1, 3, 5 or 3, 5).
    other = room.device(room.join(1))
    assert other is not None
    room.submit_ballot(other, submission=uuid.uuid4().hex, round_id=current.id, scores=ballot_of(current, 5)).result()
    room.close_round().result()
    field, criterion = current.items[0].id, current.criteria[0].id
    assert score_of(demo, field, criterion, 1) == 3
    # Closing the round drops the key that let the room find a ballot to replace.
    assert {b.replace_key for b in rows(demo, RoomBallotRow)} == {None}


@pytest.mark.parametrize(
    "scores",
    [[], "x", [[1, 1]], [[1, 1, 99]], [[9999, 1, 3]], [[1, 1, 3], [1, 1, 3]], [[1, 1, True]], [[1.5, 1, 3]]],
)
def test_a_bad_ballot_is_refused_and_nothing_stored(room: Room, demo: Document, scores: Any) -> None:
    current = room.open_round("task_fields").result()
    device = room.device(room.join(1))
    assert device is not None
    with pytest.raises(RoomRefusal):
        room.submit_ballot(device, submission=uuid.uuid4().hex, round_id=current.id, scores=scores).result()
    assert rows(demo, RoomVoterRow) == [] and rows(demo, RoomBallotRow) == []


def test_a_ballot_after_the_round_closed_is_refused(room: Room, demo: Document, ballot_of: Any) -> None:
    current = room.open_round("task_fields").result()
    device = room.device(room.join(1))
    assert device is not None
    room.close_round().result()
    with pytest.raises(RoomRefusal, match="gesloten"):
        room.submit_ballot(device, submission=uuid.uuid4().hex, round_id=current.id, scores=ballot_of(current))
    assert rows(demo, RoomBallotRow) == []


def test_statements_wait_for_moderation_and_stay_hidden_until_revealed(room: Room, demo: Document) -> None:
    before = list(load_tree(demo).statements)
    current = room.open_round("statements").result()
    author, other = room.device(room.join(1)), room.device(room.join(3))
    assert author is not None and other is not None
    for text in ("Samen  sterker in de regio", "Iets ongepasts"):
        room.submit_contribution(author, submission=uuid.uuid4().hex, round_id=current.id, text=text).result()
    # Before the reveal the others' texts are nowhere in what a phone is sent.
    assert "Samen" not in repr(room.state_for(other))
    pending = room.pending()
    assert [p.text for p in pending] == ["Samen sterker in de regio", "Iets ongepasts"]
    assert list(load_tree(demo).statements) == before  # not content yet
    change = room.moderate(pending[0].id, accept=True).result()
    room.moderate(pending[1].id, accept=False).result()
    assert change is not None
    assert list(load_tree(demo).statements) == [*before, "Samen sterker in de regio"]
    assert "Samen" not in repr(room.state_for(other))
    room.reveal().result()
    # The reveal names what the round's anonymity allows (here: by municipality).
    assert room.state_for(other)["results"] == {
        "texts": [{"text": "Samen sterker in de regio", "quadrant": "", "by": "Aa en Hunze"}]
    }
    statuses = {r.text: r.status for r in rows(demo, RoomContributionRow)}
    assert statuses == {"Samen sterker in de regio": "accepted", "Iets ongepasts": "rejected"}


def test_scores_are_hidden_until_revealed(room: Room, ballot_of: Any) -> None:
    current = room.open_round("task_fields").result()
    device = room.device(room.join(1))
    assert device is not None
    room.submit_ballot(device, submission=uuid.uuid4().hex, round_id=current.id, scores=ballot_of(current, 4)).result()
    assert "results" not in room.state_for(device)
    room.close_round().result()
    assert "results" not in room.state_for(device)
    room.reveal().result()
    assert room.state_for(device)["results"]["scores"][0][2] == 4


def test_hand_votes_count_for_their_municipality(room: Room, demo: Document) -> None:
    from staan_desktop.services.room.room import Score

    current = room.open_round("task_fields", "mean").result()
    field, criterion = current.items[0].id, current.criteria[0].id
    device = room.device(room.join(4))
    assert device is not None
    room.submit_ballot(device, submission=uuid.uuid4().hex, round_id=current.id, scores=[[field, criterion, 1]]).result()
    room.hand_vote(municipality_id=4, scores=[Score(field, criterion, 5)]).result()
    room.close_round().result()
    assert score_of(demo, field, criterion, 4) == 3
    assert sum(b.hand for b in rows(demo, RoomBallotRow)) == 1


def test_presence_counts_phones_per_municipality(room: Room) -> None:
    for municipality in (1, 1, 2):
        room.join(municipality)
    assert room.presence() == {"Aa en Hunze": 2, "Assen": 1, "Noordenveld": 0, "Tynaarlo": 0}


def test_a_closed_room_refuses_and_stores_nothing(demo: Document, ballot_of: Any) -> None:
    room = Room(demo)
    token = room.open()
    current = room.open_round("task_fields").result()
    device = room.device(room.join(1))
    assert device is not None
    room.close()
    assert not room.check_token(token)
    with pytest.raises(RoomRefusal):
        room.submit_ballot(device, submission=uuid.uuid4().hex, round_id=current.id, scores=ballot_of(current))
    assert rows(demo, RoomBallotRow) == []


def test_a_signed_off_version_refuses_the_room(demo: Document) -> None:
    sign_off(demo, decided_on="2026-12-01", members=["Anna Bakker"])
    with pytest.raises(ReadOnlyError):
        Room(demo).open()


def test_only_known_round_kinds_and_rules(room: Room) -> None:
    with pytest.raises(ValidationError):
        room.open_round("poll")
    with pytest.raises(ValidationError):
        room.open_round("task_fields", "mode")


def test_removing_a_municipality_takes_its_ballots_and_undo_brings_them_back(room: Room, demo: Document, ballot_of: Any) -> None:
    from staan_desktop.services import edits

    current = room.open_round("task_fields").result()
    device = room.device(room.join(3))
    assert device is not None
    room.submit_ballot(device, submission=uuid.uuid4().hex, round_id=current.id, scores=ballot_of(current)).result()
    before = len(rows(demo, RoomBallotRow))
    removal = edits.remove(demo, edits.Table.MUNICIPALITY, 3)
    assert edits.Table.ROOM_BALLOT in removal.tables and rows(demo, RoomBallotRow) == []
    edits.revert(demo, removal)
    assert len(rows(demo, RoomBallotRow)) == before


def test_removing_an_accepted_statement_clears_its_link_and_undo_restores_it(room: Room, demo: Document) -> None:
    from staan_desktop.services import edits

    current = room.open_round("statements").result()
    device = room.device(room.join(1))
    assert device is not None
    room.submit_contribution(device, submission=uuid.uuid4().hex, round_id=current.id, text="Samen doen").result()
    change = room.moderate(room.pending()[0].id, accept=True).result()
    assert change is not None and change.item_id is not None
    removal = edits.remove(demo, edits.Table.STATEMENT, change.item_id)
    assert rows(demo, RoomContributionRow)[0].statement_id is None
    edits.revert(demo, removal)
    assert rows(demo, RoomContributionRow)[0].statement_id == change.item_id


def test_an_options_round_scores_the_options(demo: Document, ballot_of: Any) -> None:
    from staan_desktop.domain.option_tables import OptionScoreRow
    from staan_desktop.services.edits.options import add_option

    for name in ("Netwerk", "Centrumgemeente"):
        add_option(demo, name=name)
    room = Room(demo)
    room.open()
    try:
        current = room.open_round("options", "median").result()
        assert [item.name for item in current.items] == ["Netwerk", "Centrumgemeente"]
        for municipality, value in ((1, 2), (1, 4), (2, 5)):
            device = room.device(room.join(municipality))
            assert device is not None
            room.submit_ballot(device, submission=uuid.uuid4().hex, round_id=current.id, scores=ballot_of(current, value)).result()
        changes = room.close_round().result()
        assert len(changes) == 2 * len(current.items) * len(current.criteria)
        with demo.reading() as session:
            scores = {(s.option_id, s.criterion_id, s.municipality_id): s.value for s in session.exec(select(OptionScoreRow))}
        first = (current.items[0].id, current.criteria[0].id)
        assert scores[(*first, 1)] == 3 and scores[(*first, 2)] == 5  # median of 2 and 4, half up
    finally:
        room.close()


def test_no_options_no_options_round(room: Room) -> None:
    with pytest.raises(ValidationError, match="opties"):
        room.open_round("options").result()


def test_a_refused_room_leaves_no_writer_thread_behind(demo: Document) -> None:
    import threading

    sign_off(demo, decided_on="2026-12-01", members=["Anna Bakker"])
    before = {thread.name for thread in threading.enumerate()}
    with pytest.raises(ReadOnlyError):
        Room(demo).open()
    assert "room-writer" not in {thread.name for thread in threading.enumerate()} - before
