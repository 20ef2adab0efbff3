"""The room: one opening of the room on one document, its rounds, and what phones send.

No HTTP and no Qt here: the server (:mod:`.server`) and the window call these methods. Every
write goes through the room's :class:`~.writer.Writer`; a method that stores returns a
:class:`~concurrent.futures.Future` resolved after the COMMIT (the server awaits it, the window
adds a callback, the command line and the tests wait on it). The in-memory state (devices,
the current round, who has voted) is changed only on the writer thread after a commit, or
under :attr:`Room._lock`, so that what the room answers never runs ahead of the file.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlmodel import Session, col, select

from staan_desktop.domain import room_rules
from staan_desktop.domain import tables as t
from staan_desktop.domain.messages import Message, msg, phrase
from staan_desktop.domain.option_tables import OptionRow
from staan_desktop.domain.room_tables import (
    RoomBallotRow,
    RoomContributionRow,
    RoomRoundRow,
    RoomSessionRow,
)

from ..changes import Change
from ..errors import ValidationError
from ..store import Document
from .writer import Writer

#: A room is a meeting: its token dies after this long even if nobody closes it.
SESSION_SECONDS = 12 * 3600
#: A phone counts as present when it asked something within this many seconds.
PRESENT_SECONDS = 45.0
#: Longest text a phone may send (a statement, not an essay).
MAX_CONTRIBUTION = 500
#: Devices that may join one room (a work conference has tens of participants).
MAX_DEVICES = 1000
#: Texts one device may send in one round.
MAX_CONTRIBUTIONS_PER_DEVICE = 20


class RoomRefusal(ValidationError):
    """A request the room refuses; ``code`` tells the phone which text to show (its page
    translates it) and the server which HTTP status to answer."""

    def __init__(self, code: str, text: Message) -> None:
        super().__init__(text)
        self.code = code


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Item:
    id: int
    name: str


@dataclass(frozen=True)
class Criterion:
    id: int
    name: str
    scale_min: int
    scale_max: int


@dataclass
class Round:
    """A round as the room holds it in memory (the file holds the same in ``room_round``)."""

    id: int
    kind: str
    rule: str
    items: tuple[Item, ...] = ()
    criteria: tuple[Criterion, ...] = ()
    state: str = "open"
    revealed: bool = False
    #: Digests of the devices that voted or sent text (so their page can say so).
    voted: set[str] = field(default_factory=set)
    #: Texts per device digest (a bound against flooding the moderation queue).
    sent: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    @property
    def scoring(self) -> bool:
        return self.kind in room_rules.SCORING_KINDS


@dataclass
class Device:
    digest: str
    municipality_id: int
    last_seen: float


@dataclass(frozen=True)
class Ack:
    """What a phone is told after its submission is stored: ``duplicate`` when it was stored
    before (a resend after a lost answer)."""

    submission: str
    duplicate: bool = False


class Score(NamedTuple):
    """One score of a ballot (a tuple: a full round is thousands of them at once)."""

    item_id: int
    criterion_id: int
    value: int


@dataclass(frozen=True)
class Pending:
    """A text waiting for the facilitator."""

    id: int
    round_id: int
    municipality: str
    text: str


class Room:
    """One opening of the room on ``doc``. :meth:`open` starts it, :meth:`close` ends it."""

    def __init__(self, doc: Document, *, lifetime: float = SESSION_SECONDS) -> None:
        self.doc = doc
        self.writer = Writer(doc)
        self._lifetime = lifetime
        self._lock = threading.Lock()
        self._token_digest = ""
        self._opened = 0.0
        self._closed = False
        self.session_id: int | None = None
        self.title = ""
        self.municipalities: dict[int, str] = {}
        self._devices: dict[str, Device] = {}
        self.round: Round | None = None
        self._results_cache: tuple[tuple[int, int], dict[int | None, list[Any]]] | None = None
        #: Called on the writer thread after something changed that the window shows
        #: (a ballot, a text, a round): with the kind of change.
        self.listeners: list[Callable[[str], None]] = []

    # Opening and closing ------------------------------------------------------------------

    def open(self) -> str:
        """Start the room; returns the token of its join address (only its digest is stored)."""
        token = secrets.token_urlsafe(18)
        digest = _digest(token)
        with self.doc.reading() as session:
            trajectory = session.exec(select(t.TrajectoryRow)).first()
            self.title = trajectory.title if trajectory else ""
            self.municipalities = {
                row.id: row.name
                for row in session.exec(select(t.MunicipalityRow).order_by(col(t.MunicipalityRow.position)))
                if row.id is not None
            }
        self.writer.start()

        def store(session: Session) -> int:
            row = RoomSessionRow(token_hash=digest, opened_at=_now())
            session.add(row)
            session.flush()
            assert row.id is not None
            return row.id

        try:
            self.session_id = self.writer.grouped(store).result()
        except BaseException:  # refused (a signed-off version, a read-only file): no thread stays
            self.writer.stop()
            raise
        with self._lock:
            self._token_digest = digest
            self._opened = time.monotonic()
        return token

    @property
    def is_open(self) -> bool:
        return bool(self._token_digest) and not self._closed and time.monotonic() - self._opened < self._lifetime

    def close(self) -> list[Change]:
        """Close the open round (its scores enter the document), end the session, stop the
        writer. Every token of this room is refused from the first line on."""
        with self._lock:
            if self._closed:
                return []
            self._closed = True
        session_id = self.session_id

        def store(session: Session) -> None:
            row = session.get(RoomSessionRow, session_id)
            if row is not None:
                row.closed_at = _now()
                session.add(row)

        try:
            changes: list[Change] = []
            current = self.round
            if current is not None and current.state == "open":
                changes = self._close_round(current).result()
            if session_id is not None:
                self.writer.grouped(store).result()
            return changes
        finally:
            self.writer.stop()

    def check_token(self, token: str) -> bool:
        """Whether ``token`` opens this room now (constant time; a token of another session,
        a closed or an expired room is not)."""
        if not self.is_open:
            return False
        return hmac.compare_digest(_digest(token), self._token_digest)

    # Devices ------------------------------------------------------------------------------

    def join(self, municipality_id: object) -> str:
        """A phone joins for a municipality; returns its device key (the phone keeps it)."""
        if not isinstance(municipality_id, int) or isinstance(municipality_id, bool) or (
            municipality_id not in self.municipalities
        ):
            raise RoomRefusal("invalid", msg("room.choose_municipality"))
        key = secrets.token_urlsafe(18)
        with self._lock:
            if len(self._devices) >= MAX_DEVICES:
                raise RoomRefusal("full", msg("room.full"))
            self._devices[_digest(key)] = Device(_digest(key), municipality_id, time.monotonic())
        self._notify("presence")
        return key

    def device(self, key: str) -> Device | None:
        """The joined device with ``key``, marked as present; ``None`` for an unknown key."""
        with self._lock:
            found = self._devices.get(_digest(key))
            if found is not None:
                found.last_seen = time.monotonic()
            return found

    def presence(self) -> dict[str, int]:
        """Municipality name → phones present now."""
        now = time.monotonic()
        counts = dict.fromkeys(self.municipalities.values(), 0)
        with self._lock:
            for found in self._devices.values():
                if now - found.last_seen <= PRESENT_SECONDS:
                    counts[self.municipalities[found.municipality_id]] += 1
        return counts

    # Rounds -------------------------------------------------------------------------------

    def open_round(self, kind: str, rule: str = "mean") -> Future[Round]:
        """Open a round: scoring the short-listed task fields or the options on every
        criterion, or adding ambition statements. One round at a time."""
        if kind not in room_rules.ROUND_KINDS:
            raise ValidationError(msg("room.no_such_round_kind", kind=kind))
        if rule not in room_rules.RULES:
            raise ValidationError(msg("room.no_such_rule", rule=rule))
        self._require_open()

        def store(session: Session) -> Round:
            if self.round is not None and self.round.state == "open":
                raise ValidationError(msg("room.round_open"))
            items, criteria = self._questions(session, kind)
            if kind in room_rules.SCORING_KINDS and not (items and criteria):
                what = "preferente taakvelden" if kind == "task_fields" else "opties"
                raise ValidationError(msg("room.nothing_to_score", what=phrase(what)))
            row = RoomRoundRow(session_id=self.session_id, kind=kind, rule=rule, opened_at=_now())
            session.add(row)
            session.flush()
            assert row.id is not None
            return Round(row.id, kind, rule, items, criteria)

        future = self.writer.grouped(store)
        future.add_done_callback(self._after(lambda opened: setattr(self, "round", opened), "round"))
        return future

    def _questions(self, session: Session, kind: str) -> tuple[tuple[Item, ...], tuple[Criterion, ...]]:
        if kind == "statements":
            return (), ()
        if kind == "task_fields":
            fields = session.exec(
                select(t.TaskFieldRow).where(col(t.TaskFieldRow.shortlisted)).order_by(col(t.TaskFieldRow.position))
            )
            items = tuple(Item(row.id, row.name) for row in fields if row.id is not None)
        else:
            options = session.exec(select(OptionRow).order_by(col(OptionRow.position)))
            items = tuple(Item(row.id, row.name) for row in options if row.id is not None)
        criteria = tuple(
            Criterion(row.id, row.name, row.scale_min, row.scale_max)
            for row in session.exec(select(t.CriterionRow).order_by(col(t.CriterionRow.position)))
            if row.id is not None
        )
        return items, criteria

    def close_round(self) -> Future[list[Change]]:
        """Close the open round. A scoring round's ballots become each municipality's score
        (by the round's rule) through the scoring services, as undoable changes."""
        current = self.round
        if current is None or current.state != "open":
            raise ValidationError(msg("room.no_open_round"))
        return self._close_round(current)

    def _close_round(self, current: Round) -> Future[list[Change]]:
        def close() -> list[Change]:
            def mark(session: Session) -> None:
                row = session.get(RoomRoundRow, current.id)
                assert row is not None
                row.state, row.closed_at = "closed", _now()
                session.add(row)

            # Closed first (no ballot can come in between), then the scores written; a crash
            # in between leaves the ballots in the file, from which the scores can be made again.
            self.writer.commit_now(mark)
            current.state = "closed"
            return self._apply_scores(current) if current.scoring else []

        future = self.writer.alone(close)
        future.add_done_callback(self._after(lambda _changes: None, "round"))
        return future

    def _apply_scores(self, current: Round) -> list[Change]:
        from ..edits.options import set_option_score
        from ..edits.scoring import set_score

        changes = []
        for (municipality_id, item_id, criterion_id), value in self.aggregates(current.id).items():
            if current.kind == "task_fields":
                changes.append(
                    set_score(
                        self.doc, task_field_id=item_id, criterion_id=criterion_id,
                        municipality_id=municipality_id, value=value,
                    )
                )
            else:
                changes.append(
                    set_option_score(
                        self.doc, option_id=item_id, criterion_id=criterion_id,
                        municipality_id=municipality_id, value=value,
                    )
                )
        return changes

    def aggregates(self, round_id: int) -> dict[tuple[int, int, int], int]:
        """(municipality, item, criterion) → that municipality's score by the round's rule."""
        with self.doc.reading() as session:
            row = session.get(RoomRoundRow, round_id)
            if row is None:
                return {}
            values: dict[tuple[int, int, int], list[int]] = defaultdict(list)
            for ballot in session.exec(select(RoomBallotRow).where(RoomBallotRow.round_id == round_id)):
                assert ballot.municipality_id is not None and ballot.criterion_id is not None
                values[(ballot.municipality_id, ballot.item_id, ballot.criterion_id)].append(ballot.value)
            return {key: room_rules.aggregate(found, row.rule) for key, found in values.items()}

    def reveal(self) -> Future[None]:
        """Show the current (or last) round's results to the phones."""
        current = self.round
        if current is None:
            raise ValidationError(msg("room.no_round_yet"))

        def store(session: Session) -> None:
            row = session.get(RoomRoundRow, current.id)
            assert row is not None
            row.revealed = True
            session.add(row)

        future = self.writer.grouped(store)
        future.add_done_callback(self._after(lambda _none: setattr(current, "revealed", True), "round"))
        return future

    # What phones send ---------------------------------------------------------------------

    def submit_ballot(self, device: Device, *, submission: object, round_id: object, scores: object) -> Future[Ack]:
        """Store a phone's scores for its municipality. A resend with the same ``submission``
        is answered as stored, without a second ballot; a second ballot in a round is refused."""
        submission_id = _submission(submission)
        current = self._current(round_id)
        if not current.scoring:
            raise RoomRefusal("invalid", msg("room.not_scoring"))
        given = _scores(current, scores)

        def store(connection: sqlite3.Connection) -> Ack:
            self._still_open(current)
            earlier = connection.execute(
                "SELECT device, round_id, submission FROM room_voter WHERE submission = ? "
                "UNION ALL SELECT device, round_id, submission FROM room_voter WHERE round_id = ? AND device = ? LIMIT 1",
                (submission_id, current.id, device.digest),
            ).fetchone()
            if earlier is not None:
                if earlier[2] != submission_id:
                    raise RoomRefusal("voted", msg("room.voted"))
                if earlier[0] != device.digest or earlier[1] != current.id:
                    raise RoomRefusal("invalid", msg("room.other_device"))
                return Ack(submission_id, duplicate=True)
            _store_ballot(connection, current.id, device.municipality_id, device.digest, submission_id, given, hand=False)
            return Ack(submission_id)

        future = self.writer.grouped_raw(store)
        future.add_done_callback(self._after(lambda _ack: current.voted.add(device.digest), "ballot"))
        return future

    def hand_vote(self, *, municipality_id: int, scores: Sequence[Score]) -> Future[Ack]:
        """The facilitator enters the scores of someone without a phone."""
        if municipality_id not in self.municipalities:
            raise ValidationError(msg("room.choose_municipality"))
        current = self._current(self.round.id if self.round else None)
        given = _scores(current, [[s.item_id, s.criterion_id, s.value] for s in scores])
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
        submission_id = _submission(submission)
        current = self._current(round_id)
        if current.kind != "statements":
            raise RoomRefusal("invalid", msg("room.not_collecting"))
        if not isinstance(text, str) or not text.strip():
            raise RoomRefusal("invalid", msg("room.type_statement"))
        clean = " ".join(text.split())
        if len(clean) > MAX_CONTRIBUTION or "\x00" in clean:
            raise RoomRefusal("invalid", msg("room.statement_too_long", maximum=MAX_CONTRIBUTION))

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
                raise RoomRefusal("rate", msg("room.enough_statements"))
            connection.execute(
                "INSERT INTO room_contribution (round_id, municipality_id, submission, text, status, submitted_at) "
                "VALUES (?, ?, ?, ?, 'pending', ?)",
                (current.id, device.municipality_id, submission_id, clean, _now()),
            )
            return Ack(submission_id)

        def counted(ack: Ack) -> None:
            if not ack.duplicate:
                current.sent[device.digest] += 1

        future = self.writer.grouped_raw(store)
        future.add_done_callback(self._after(counted, "contribution"))
        return future

    # Moderation ---------------------------------------------------------------------------

    def pending(self) -> list[Pending]:
        """Texts waiting for the facilitator, oldest first."""
        with self.doc.reading() as session:
            rows = session.exec(
                select(RoomContributionRow)
                .where(RoomContributionRow.status == "pending")
                .order_by(col(RoomContributionRow.id))
                .limit(1000)
            )
            return [
                Pending(row.id, row.round_id, self.municipalities.get(row.municipality_id or -1, ""), row.text)
                for row in rows
                if row.id is not None and row.round_id is not None
            ]

    def moderate(self, contribution_id: int, *, accept: bool, text: str | None = None) -> Future[Change | None]:
        """Accept a text (it becomes an ambition statement through ``add_statement``, possibly
        as the facilitator corrected it) or reject it."""
        from ..edits.text import add_statement

        def decide() -> Change | None:
            with self.doc.reading() as session:
                row = session.get(RoomContributionRow, contribution_id)
                if row is None or row.status != "pending":
                    raise ValidationError(msg("room.submission_handled"))
                wording = row.text if text is None else text
            change = add_statement(self.doc, text=wording) if accept else None

            def mark(session: Session) -> None:
                found = session.get(RoomContributionRow, contribution_id)
                assert found is not None
                found.status = "accepted" if accept else "rejected"
                found.statement_id = change.item_id if change is not None else None
                if change is not None:
                    found.text = wording
                session.add(found)

            self.writer.commit_now(mark)
            return change

        future = self.writer.alone(decide)
        future.add_done_callback(self._after(lambda _c: None, "contribution"))
        return future

    # What phones see ----------------------------------------------------------------------

    def state_for(self, device: Device) -> dict[str, Any]:
        """What one phone may see now: the open round's questions and whether it took part;
        results only after the facilitator revealed them. Never anyone else's contribution
        before the reveal."""
        current = self.round
        state: dict[str, Any] = {
            "title": self.title,
            "municipality": self.municipalities.get(device.municipality_id, ""),
            "round": None,
        }
        if current is None:
            return state
        state["round"] = {
            "id": current.id,
            "kind": current.kind,
            "state": current.state,
            "revealed": current.revealed,
            "done": device.digest in current.voted,
            "items": [{"id": i.id, "name": i.name} for i in current.items],
            "criteria": [
                {"id": c.id, "name": c.name, "min": c.scale_min, "max": c.scale_max} for c in current.criteria
            ],
        }
        if current.revealed:
            state["results"] = self._results(current, device)
        return state

    def _results(self, current: Round, device: Device) -> dict[str, Any]:
        # Read once per commit, not once per phone that asks.
        key = (current.id, self.writer.commits)
        cached = self._results_cache
        if cached is None or cached[0] != key:
            cached = self._results_cache = (key, self._read_results(current))
        found = cached[1]
        if current.scoring:
            return {"scores": found.get(device.municipality_id, [])}
        return {"statements": found.get(None, [])}

    def _read_results(self, current: Round) -> dict[int | None, list[Any]]:
        if current.scoring:
            per: dict[int | None, list[Any]] = defaultdict(list)
            for (municipality, item, criterion), value in sorted(self.aggregates(current.id).items()):
                per[municipality].append([item, criterion, value])
            return per
        with self.doc.reading() as session:
            texts = session.exec(
                select(RoomContributionRow.text)
                .where(RoomContributionRow.round_id == current.id, RoomContributionRow.status == "accepted")
                .order_by(col(RoomContributionRow.id))
                .limit(500)
            ).all()
        return {None: list(texts)}

    # Helpers ------------------------------------------------------------------------------

    def _require_open(self) -> None:
        if not self.is_open:
            raise RoomRefusal("closed", msg("room.closed"))

    def _current(self, round_id: object) -> Round:
        self._require_open()
        current = self.round
        if current is None:
            raise RoomRefusal("no_round", msg("room.no_open_round_now"))
        if round_id != current.id or current.state != "open":
            raise RoomRefusal("no_round", msg("room.round_closed"))
        return current

    def _still_open(self, current: Round) -> None:
        # Checked again on the writer thread: a close queued before this job has run.
        if current.state != "open" or self._closed:
            raise RoomRefusal("no_round", msg("room.round_closed_not_kept"))

    def _after(self, update: Callable[[Any], None], kind: str) -> Callable[[Future[Any]], None]:
        """A callback that runs on the writer thread after the commit: the memory follows
        the file, then the listeners hear of it."""

        def done(future: Future[Any]) -> None:
            if future.cancelled() or future.exception() is not None:
                return
            update(future.result())
            self._notify(kind)

        return done

    def _notify(self, kind: str) -> None:
        for listener in list(self.listeners):
            try:
                listener(kind)
            except Exception:  # a listener's failure must not stop the room
                pass


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


def _submission(value: object) -> str:
    if not isinstance(value, str) or not 8 <= len(value) <= 64 or not value.isascii() or not value.replace("-", "").isalnum():
        raise RoomRefusal("invalid", msg("room.invalid_submission_id"))
    return value


def _scores(current: Round, value: object) -> list[Score]:
    """The scores a phone sent, checked against the round's questions and scales."""
    items = {item.id for item in current.items}
    criteria = {criterion.id: criterion for criterion in current.criteria}
    if not isinstance(value, list) or not value or len(value) > len(items) * len(criteria):
        raise RoomRefusal("invalid", msg("room.scores_unreadable"))
    seen: set[tuple[int, int]] = set()
    scores = []
    for entry in value:
        # ``type(n) is int``: not a bool, not a float; the cheap test, run thousands of times.
        if type(entry) is not list or len(entry) != 3 or not all(type(n) is int for n in entry):
            raise RoomRefusal("invalid", msg("room.scores_unreadable"))
        item_id, criterion_id, score = entry
        criterion = criteria.get(criterion_id)
        key = (item_id, criterion_id)
        if item_id not in items or criterion is None or key in seen:
            raise RoomRefusal("invalid", msg("room.scores_other_round"))
        if not criterion.scale_min <= score <= criterion.scale_max:
            raise RoomRefusal(
                "invalid", msg("scoring.out_of_scale", name=criterion.name, low=criterion.scale_min, high=criterion.scale_max)
            )
        seen.add(key)
        scores.append(Score(item_id, criterion_id, score))
    return scores
