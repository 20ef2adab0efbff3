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
from collections.abc import Callable
from typing import Any

from sqlmodel import Session, col, select

from staan_desktop.domain import tables as t
from staan_desktop.domain.room_tables import RoomSessionRow

from ..changes import Change
from ..store import Document
from .model import (
    MAX_CONTRIBUTION,
    MAX_CONTRIBUTIONS_PER_DEVICE,
    MAX_DEVICES,
    PRESENT_SECONDS,
    SESSION_SECONDS,
    Ack,
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
    "Ack", "Criterion", "Device", "Item", "Pending", "Room", "RoomRefusal", "Round", "Score",
]


class Room(RoundsMixin, SubmissionsMixin, ResultsMixin):
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

    def join(self, municipality_id: object) -> str:
        """A phone joins for a municipality; returns its device key (the phone keeps it)."""
        if not isinstance(municipality_id, int) or isinstance(municipality_id, bool) or (
            municipality_id not in self.municipalities
        ):
            raise RoomRefusal("invalid", "Kies een van de gemeenten.")
        key = secrets.token_urlsafe(18)
        with self._lock:
            if len(self._devices) >= MAX_DEVICES:
                raise RoomRefusal("full", "De zaal is vol.")
            self._devices[digest(key)] = Device(digest(key), municipality_id, time.monotonic())
        self._notify("presence")
        return key

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
                    counts[self.municipalities[found.municipality_id]] += 1
        return counts
