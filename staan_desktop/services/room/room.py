"""The room: one opening of the room on one document, its rounds, and what phones send.

No HTTP and no Qt here: the server (:mod:`.server`) and the window call these methods. Every
write goes through the room's :class:`~.writer.Writer`; a method that stores returns a
:class:`~concurrent.futures.Future` resolved after the COMMIT (the server awaits it, the window
adds a callback, the command line and the tests wait on it). The in-memory state (devices,
the current round, who has voted) is changed only on the writer thread after a commit, or
under :attr:`Room._lock`, so that what the room answers never runs ahead of the file.

The parts live beside it: :mod:`.rounds` (open, close, reveal), :mod:`.submissions` (ballots
and texts), :mod:`.results` (moderation and what phones see), :mod:`.model` (the state's
types and the checks of what phones send).
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from sqlmodel import Session, col, select

from staan_desktop.domain import tables as t
from staan_desktop.domain.messages import msg
from staan_desktop.domain.room_tables import RoomSessionRow

from ..changes import Change
from ..errors import ValidationError
from ..store import Document
from .model import (
    MAX_CARDS,
    MAX_CONTRIBUTION,
    MAX_CONTRIBUTIONS_PER_DEVICE,
    MAX_DEVICES,
    PRESENT_SECONDS,
    SESSION_SECONDS,
    Ack,
    Card,
    CardSpec,
    Criterion,
    Device,
    Item,
    Pending,
    RoomRefusal,
    Round,
    Score,
    digest,
    now,
)
from .results import ResultsMixin
from .rounds import RoundsMixin
from .submissions import SubmissionsMixin
from .writer import Writer

__all__ = [
    "MAX_CONTRIBUTION", "MAX_CONTRIBUTIONS_PER_DEVICE", "MAX_DEVICES", "PRESENT_SECONDS", "SESSION_SECONDS",
    "Ack", "CardSpec", "Criterion", "Device", "Item", "Pending", "Room", "RoomRefusal", "Round", "Score",
]


class Room(RoundsMixin, SubmissionsMixin, ResultsMixin):
    """One opening of the room on ``doc``. :meth:`open` starts it, :meth:`close` ends it."""

    def __init__(self, doc: Document, *, lifetime: float = SESSION_SECONDS) -> None:
        self.doc = doc
        self.writer = Writer(doc)
        self._lifetime = lifetime
        self._lock = threading.Lock()
        self._token_digest = ""
        self._secret = secrets.token_bytes(32)
        self._opened = 0.0
        self._closed = False
        self.session_id: int | None = None
        self.title = ""
        self.municipalities: dict[int, str] = {}
        self._devices: dict[str, Device] = {}
        #: Digest of a card's token → the card (memory only: the cards die with the room).
        self._cards: dict[str, Card] = {}
        self.round: Round | None = None
        self._results_cache: tuple[tuple[int, int], dict[int | None, list[Any]]] | None = None
        #: Called on the writer thread after something changed that the window shows
        #: (a ballot, a text, a round): with the kind of change.
        self.listeners: list[Callable[[str], None]] = []

    # Opening and closing ------------------------------------------------------------------

    def open(self) -> str:
        """Start the room; returns the token of its join address (only its digest is stored)."""
        token = secrets.token_urlsafe(18)
        token_digest = digest(token)
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
            row = RoomSessionRow(token_hash=token_digest, opened_at=now())
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
            self._token_digest = token_digest
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
            self._cards.clear()  # a card is for this opening of the room only
        session_id = self.session_id

        def store(session: Session) -> None:
            row = session.get(RoomSessionRow, session_id)
            if row is not None:
                row.closed_at = now()
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
        return hmac.compare_digest(digest(token), self._token_digest)

    # Devices ------------------------------------------------------------------------------

    def join(self, municipality_id: object, *, card: object = None) -> str:
        """A phone joins for a municipality; returns its device key (the phone keeps it).
        Once join cards are issued, a phone joins only with an unused card of this room; the
        card's municipality (if it names one) and name come with it."""
        key = secrets.token_urlsafe(18)
        with self._lock:
            found = self._card(card) if self._cards else None
            if found is not None:
                if found.device:
                    raise RoomRefusal("card_used", msg("room.card_used"))
                municipality_id = found.municipality_id or municipality_id
            if not isinstance(municipality_id, int) or isinstance(municipality_id, bool) or (
                municipality_id not in self.municipalities
            ):
                raise RoomRefusal("invalid", msg("room.choose_municipality"))
            if len(self._devices) >= MAX_DEVICES:
                raise RoomRefusal("full", msg("room.full"))
            device = Device(digest(key), municipality_id, time.monotonic(), name=found.name if found else "")
            self._devices[device.digest] = device
            if found is not None:
                found.device = device.digest
        self._notify("presence")
        return key

    # Join cards ---------------------------------------------------------------------------

    def issue_cards(self, cards: Sequence[CardSpec]) -> list[tuple[CardSpec, str]]:
        """Make one join card per person (named, or anonymous but counted): each card's token
        lets exactly one device join, and only while this room is open (the token lives in
        this room's memory, as its digest). From now on, joining needs a card."""
        self._require_open()
        if not 1 <= len(cards) <= MAX_CARDS:
            raise ValidationError(msg("room.card_count", maximum=MAX_CARDS))
        by_name = {name.casefold(): key for key, name in self.municipalities.items()}
        made: list[tuple[CardSpec, str]] = []
        new: dict[str, Card] = {}
        with self._lock:
            for spec in cards:
                municipality_id = None
                if spec.municipality:
                    municipality_id = by_name.get(spec.municipality.casefold())
                    if municipality_id is None:
                        raise ValidationError(msg("room.card_not_a_municipality", name=spec.municipality))
                token = secrets.token_urlsafe(12)
                made.append((spec, token))
                new[digest(token)] = Card(len(self._cards) + len(made), spec.name, municipality_id)
            # All or none: a card with an unknown municipality issues no card at all.
            self._cards.update(new)
        self._notify("presence")
        return made

    def withdraw_cards(self, tokens: Sequence[str]) -> None:
        """Take back cards that were never handed out (their PDF could not be written)."""
        with self._lock:
            for token in tokens:
                self._cards.pop(digest(token), None)

    def card_info(self, card: object) -> dict[str, Any] | None:
        """What a phone with ``card`` is told before joining (its name and municipality, so
        the page asks only what the card leaves open); ``None`` for no card or another's."""
        with self._lock:
            try:
                found = self._card(card) if self._cards and self.is_open else None
            except RoomRefusal:
                return None
            if found is None:
                return None
            return {"name": found.name, "municipality": found.municipality_id, "used": bool(found.device)}

    @property
    def cards_only(self) -> bool:
        return bool(self._cards)

    def cards_used(self) -> tuple[int, int]:
        """(cards used, cards issued): how many of the counted participants joined."""
        with self._lock:
            return sum(1 for card in self._cards.values() if card.device), len(self._cards)

    def _card(self, card: object) -> Card:
        if not isinstance(card, str) or not card or len(card) > 64:
            raise RoomRefusal("card", msg("room.cards_only"))
        found = self._cards.get(digest(card))
        if found is None:
            raise RoomRefusal("card", msg("room.card_unknown"))
        return found

    def device(self, key: str) -> Device | None:
        """The joined device with ``key``, marked as present; ``None`` for an unknown key."""
        with self._lock:
            found = self._devices.get(digest(key))
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
                    counts[self.municipalities.get(found.municipality_id, "")] = (
                        counts.get(self.municipalities.get(found.municipality_id, ""), 0) + 1
                    )
        return counts
