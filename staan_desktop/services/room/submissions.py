"""What phones send: ballots, a poll's choice (and the facilitator's hand votes) and texts,
each stored by the writer and acknowledged only after the COMMIT.

A phone may vote again while its round is open: the last vote counts. Who voted
(``room_voter``: device, submission) stays apart from what was voted (``room_ballot``,
``room_vote``); the running room finds the vote to replace by ``replace_key``, an HMAC of the
device under a secret that is never written, and the key is cleared when the round closes.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import Literal

from staan_desktop.domain.messages import msg
from staan_desktop.domain.option_tables import QUADRANTS

from ..errors import ValidationError
from .base import RoomBase
from .model import (
    MAX_CONTRIBUTION,
    MAX_CONTRIBUTIONS_PER_DEVICE,
    Ack,
    Device,
    RoomRefusal,
    Round,
    Score,
    now,
    parse_name,
    parse_scores,
    parse_submission,
)


class SubmissionsMixin(RoomBase):
    def submit_ballot(
        self, device: Device, *, submission: object, round_id: object, scores: object, name: object = None
    ) -> Future[Ack]:
        """Store a phone's scores for its municipality. A resend with the same ``submission``
        is answered as stored, without a second ballot; a new ballot in the same round
        replaces the phone's earlier one."""
        submission_id = parse_submission(submission)
        current = self._current(round_id)
        if not current.scoring:
            raise RoomRefusal("invalid", msg("room.not_scoring"))
        given = parse_scores(current, scores)
        who = self._name(current, device, name)

        def write(connection: sqlite3.Connection, key: str) -> None:
            _store_scores(connection, current.id, device.municipality_id, given, hand=False, key=key, name=who)

        store = self._replacing(current, device, submission_id, "room_ballot", write)
        return self._voted(current, device, submission_id, self.writer.grouped_raw(store), "ballot")

    def submit_vote(
        self, device: Device, *, submission: object, round_id: object, choice: object, name: object = None
    ) -> Future[Ack]:
        """Store a phone's choice in a poll; a new choice replaces its earlier one."""
        submission_id = parse_submission(submission)
        current = self._current(round_id)
        if current.kind != "poll":
            raise RoomRefusal("invalid", msg("room.not_polling"))
        if type(choice) is not int or choice not in {item.id for item in current.items}:
            raise RoomRefusal("invalid", msg("room.choose_answer"))
        who = self._name(current, device, name)
        municipality = None if current.anonymity == "anonymous" else device.municipality_id

        def write(connection: sqlite3.Connection, key: str) -> None:
            connection.execute(
                "INSERT INTO room_vote (round_id, choice_id, municipality_id, name, replace_key) VALUES (?, ?, ?, ?, ?)",
                (current.id, choice, municipality, who, key),
            )

        store = self._replacing(current, device, submission_id, "room_vote", write)

        return self._voted(current, device, submission_id, self.writer.grouped_raw(store), "ballot")

    def hand_vote(self, *, municipality_id: int, scores: Sequence[Score]) -> Future[Ack]:
        """The facilitator enters the scores of someone without a phone."""
        if municipality_id not in self.municipalities:
            raise ValidationError(msg("room.choose_municipality"))
        current = self._current(self.round.id if self.round else None)
        if not current.scoring:
            raise ValidationError(msg("room.hand_vote_needs_scoring"))
        given = parse_scores(current, [[s.item_id, s.criterion_id, s.value] for s in scores])
        submission_id = "hand-" + secrets.token_hex(8)

        def store(connection: sqlite3.Connection) -> Ack:
            self._still_open(current)
            connection.execute(
                "INSERT INTO room_voter (round_id, device, submission) VALUES (?, ?, ?)",
                (current.id, "hand:" + submission_id, submission_id),
            )
            _store_scores(connection, current.id, municipality_id, given, hand=True, key=None, name="")
            return Ack(submission_id)

        future = self.writer.grouped_raw(store)
        future.add_done_callback(self._after(lambda _ack: None, "ballot"))
        return future

    def submit_contribution(
        self, device: Device, *, submission: object, round_id: object, text: object, quadrant: object = None,
        name: object = None,
    ) -> Future[Ack]:
        """Store a text from a phone (a statement, an interest of its municipality, a SWOT
        point in ``quadrant``); it waits for the facilitator before it becomes content."""
        submission_id = parse_submission(submission)
        current = self._current(round_id)
        if not current.texts:
            raise RoomRefusal("invalid", msg("room.not_collecting"))
        if current.kind == "swot" and quadrant not in QUADRANTS:
            raise RoomRefusal("invalid", msg("room.choose_swot_quadrant"))
        part = quadrant if current.kind == "swot" and isinstance(quadrant, str) else ""
        if not isinstance(text, str) or not text.strip():
            raise RoomRefusal("invalid", msg("room.type_text"))
        clean = " ".join(text.split())
        if len(clean) > MAX_CONTRIBUTION or "\x00" in clean:
            raise RoomRefusal("invalid", msg("room.text_too_long", maximum=MAX_CONTRIBUTION))
        who = self._name(current, device, name)
        municipality = None if current.anonymity == "anonymous" else device.municipality_id

        def store(connection: sqlite3.Connection) -> Ack:
            self._still_open(current)
            earlier = connection.execute(
                "SELECT round_id, text FROM room_contribution WHERE submission = ?", (submission_id,)
            ).fetchone()
            if earlier is not None:
                if earlier[0] != current.id or earlier[1] != clean:
                    raise RoomRefusal("invalid", msg("room.submission_used"))
                return Ack(submission_id, duplicate=True)
            if current.sent[device.digest] >= MAX_CONTRIBUTIONS_PER_DEVICE:
                raise RoomRefusal("rate", msg("room.enough_texts"))
            connection.execute(
                "INSERT INTO room_contribution (round_id, municipality_id, submission, text, status, submitted_at, "
                "quadrant, name) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?)",
                (current.id, municipality, submission_id, clean, now(), part, who),
            )
            return Ack(submission_id)

        def counted(ack: Ack) -> None:
            if not ack.duplicate:
                current.sent[device.digest] += 1

        future = self.writer.grouped_raw(store)
        future.add_done_callback(self._after(counted, "contribution"))
        return future

    # Helpers ------------------------------------------------------------------------------

    def _name(self, current: Round, device: Device, given: object) -> str:
        """The name stored with a contribution: only in a named round, and then required
        (from the join card, or typed on the phone once)."""
        if current.anonymity != "named":
            return ""
        if not device.name:
            name = parse_name(given)
            with self._lock:
                device.name = device.name or name
        return device.name

    def _replacing(
        self, current: Round, device: Device, submission_id: str, table: Literal["room_ballot", "room_vote"],
        write: Callable[[sqlite3.Connection, str], None],
    ) -> Callable[[sqlite3.Connection], Ack]:
        """The writer's step for a phone's answer in ``table``: a resend is acknowledged again
        and changes nothing; a changed answer first removes the phone's earlier one (found by
        its replace key), then ``write`` stores the new one under that key."""

        def store(connection: sqlite3.Connection) -> Ack:
            self._still_open(current)
            key = self._replace_key(current, device)
            ack = _record_voter(connection, current, device, submission_id)
            if ack.duplicate:
                return ack
            if ack.changed:
                connection.execute(f"DELETE FROM {table} WHERE round_id = ? AND replace_key = ?", (current.id, key))
            write(connection, key)
            return ack

        return store

    def _replace_key(self, current: Round, device: Device) -> str:
        message = f"{current.id}:{device.digest}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def _voted(self, current: Round, device: Device, submission_id: str, future: Future[Ack], kind: str) -> Future[Ack]:
        def remember(_ack: Ack) -> None:
            current.voted.add(device.digest)
            current.seen[submission_id] = device.digest

        future.add_done_callback(self._after(remember, kind))
        return future


def _record_voter(connection: sqlite3.Connection, current: Round, device: Device, submission_id: str) -> Ack:
    """That ``device`` voted in ``current`` under ``submission_id``: a new voter, a resend
    (``duplicate``), or a new vote that replaces the device's earlier one (``changed``)."""
    owner = current.seen.get(submission_id)
    if owner is not None:
        # A resend, possibly of a vote replaced since: answered as stored, nothing changes.
        if owner != device.digest:
            raise RoomRefusal("invalid", msg("room.other_device"))
        return Ack(submission_id, duplicate=True)
    earlier = connection.execute(
        "SELECT device, round_id, submission FROM room_voter WHERE submission = ? "
        "UNION ALL SELECT device, round_id, submission FROM room_voter WHERE round_id = ? AND device = ? LIMIT 1",
        (submission_id, current.id, device.digest),
    ).fetchone()
    if earlier is None:
        connection.execute(
            "INSERT INTO room_voter (round_id, device, submission) VALUES (?, ?, ?)",
            (current.id, device.digest, submission_id),
        )
        return Ack(submission_id)
    if earlier[2] == submission_id:
        if earlier[0] != device.digest or earlier[1] != current.id:
            raise RoomRefusal("invalid", msg("room.other_device"))
        return Ack(submission_id, duplicate=True)
    connection.execute(
        "UPDATE room_voter SET submission = ? WHERE round_id = ? AND device = ?", (submission_id, current.id, device.digest)
    )
    return Ack(submission_id, changed=True)


def _store_scores(
    connection: sqlite3.Connection, round_id: int, municipality_id: int, given: Sequence[Score], *, hand: bool,
    key: str | None, name: str,
) -> None:
    """What was voted, with nothing that points to a device (see the module's note).
    Plain statements: sixty ballots of sixty-five scores are thousands of rows in one group
    commit (see :meth:`.writer.Writer.grouped_raw`)."""
    connection.executemany(
        "INSERT INTO room_ballot (round_id, municipality_id, item_id, criterion_id, value, hand, replace_key, name) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(round_id, municipality_id, s.item_id, s.criterion_id, s.value, hand, key, name) for s in given],
    )
