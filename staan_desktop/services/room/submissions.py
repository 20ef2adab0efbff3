"""What phones send: ballots (and the facilitator's hand votes) and texts, each stored by
the writer and acknowledged only after the COMMIT."""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Sequence
from concurrent.futures import Future

from ..errors import ValidationError
from .base import RoomBase
from .model import (
    MAX_CONTRIBUTION,
    MAX_CONTRIBUTIONS_PER_DEVICE,
    Ack,
    Device,
    RoomRefusal,
    Score,
    now,
    parse_scores,
    parse_submission,
)


class SubmissionsMixin(RoomBase):
    def submit_ballot(self, device: Device, *, submission: object, round_id: object, scores: object) -> Future[Ack]:
        """Store a phone's scores for its municipality. A resend with the same ``submission``
        is answered as stored, without a second ballot; a second ballot in a round is refused."""
        submission_id = parse_submission(submission)
        current = self._current(round_id)
        if not current.scoring:
            raise RoomRefusal("invalid", "In deze ronde wordt niet gescoord.")
        given = parse_scores(current, scores)

        def store(connection: sqlite3.Connection) -> Ack:
            self._still_open(current)
            earlier = connection.execute(
                "SELECT device, round_id, submission FROM room_voter WHERE submission = ? "
                "UNION ALL SELECT device, round_id, submission FROM room_voter WHERE round_id = ? AND device = ? LIMIT 1",
                (submission_id, current.id, device.digest),
            ).fetchone()
            if earlier is not None:
                if earlier[2] != submission_id:
                    raise RoomRefusal("voted", "U hebt in deze ronde al gestemd.")
                if earlier[0] != device.digest or earlier[1] != current.id:
                    raise RoomRefusal("invalid", "Deze inzending hoort bij een ander toestel.")
                return Ack(submission_id, duplicate=True)
            _store_ballot(connection, current.id, device.municipality_id, device.digest, submission_id, given, hand=False)
            return Ack(submission_id)

        future = self.writer.grouped_raw(store)
        future.add_done_callback(self._after(lambda _ack: current.voted.add(device.digest), "ballot"))
        return future

    def hand_vote(self, *, municipality_id: int, scores: Sequence[Score]) -> Future[Ack]:
        """The facilitator enters the scores of someone without a phone."""
        if municipality_id not in self.municipalities:
            raise ValidationError("Kies een van de gemeenten.")
        current = self._current(self.round.id if self.round else None)
        given = parse_scores(current, [[s.item_id, s.criterion_id, s.value] for s in scores])
        submission_id = "hand-" + secrets.token_hex(8)

        def store(connection: sqlite3.Connection) -> Ack:
            self._still_open(current)
            _store_ballot(connection, current.id, municipality_id, "hand:" + submission_id, submission_id, given, hand=True)
            return Ack(submission_id)

        future = self.writer.grouped_raw(store)
        future.add_done_callback(self._after(lambda _ack: None, "ballot"))
        return future

    def submit_contribution(self, device: Device, *, submission: object, round_id: object, text: object) -> Future[Ack]:
        """Store a text from a phone; it waits for the facilitator before it becomes content."""
        submission_id = parse_submission(submission)
        current = self._current(round_id)
        if current.kind != "statements":
            raise RoomRefusal("invalid", "In deze ronde worden geen uitspraken verzameld.")
        if not isinstance(text, str) or not text.strip():
            raise RoomRefusal("invalid", "Typ eerst een uitspraak.")
        clean = " ".join(text.split())
        if len(clean) > MAX_CONTRIBUTION or "\x00" in clean:
            raise RoomRefusal("invalid", f"Een uitspraak is ten hoogste {MAX_CONTRIBUTION} tekens.")

        def store(connection: sqlite3.Connection) -> Ack:
            self._still_open(current)
            earlier = connection.execute(
                "SELECT round_id, text FROM room_contribution WHERE submission = ?", (submission_id,)
            ).fetchone()
            if earlier is not None:
                if earlier[0] != current.id or earlier[1] != clean:
                    raise RoomRefusal("invalid", "Deze inzending is al gebruikt.")
                return Ack(submission_id, duplicate=True)
            if current.sent[device.digest] >= MAX_CONTRIBUTIONS_PER_DEVICE:
                raise RoomRefusal("rate", "U hebt in deze ronde al genoeg uitspraken ingestuurd.")
            connection.execute(
                "INSERT INTO room_contribution (round_id, municipality_id, submission, text, status, submitted_at) "
                "VALUES (?, ?, ?, ?, 'pending', ?)",
                (current.id, device.municipality_id, submission_id, clean, now()),
            )
            return Ack(submission_id)

        def counted(ack: Ack) -> None:
            if not ack.duplicate:
                current.sent[device.digest] += 1

        future = self.writer.grouped_raw(store)
        future.add_done_callback(self._after(counted, "contribution"))
        return future


def _store_ballot(
    connection: sqlite3.Connection, round_id: int, municipality_id: int, device: str, submission: str,
    given: Sequence[Score], *, hand: bool,
) -> None:
    """That ``device`` voted, and apart from it what was voted (no link between the two).
    Plain statements: sixty ballots of sixty-five scores are thousands of rows in one group
    commit (see :meth:`.writer.Writer.grouped_raw`)."""
    connection.execute(
        "INSERT INTO room_voter (round_id, device, submission) VALUES (?, ?, ?)", (round_id, device, submission)
    )
    connection.executemany(
        "INSERT INTO room_ballot (round_id, municipality_id, item_id, criterion_id, value, hand) VALUES (?, ?, ?, ?, ?, ?)",
        [(round_id, municipality_id, score.item_id, score.criterion_id, score.value, hand) for score in given],
    )
