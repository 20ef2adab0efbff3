"""What every part of the room shares: its state and the few checks and notifications the
rounds, the submissions and the results all use (:class:`RoomBase`)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from staan_desktop.domain.messages import msg

from ..store import Document
from .model import Device, RoomRefusal, Round
from .writer import Writer


class RoomBase:
    """The state of one opening of the room; :class:`.room.Room` puts the parts together."""

    doc: Document
    writer: Writer
    session_id: int | None
    title: str
    municipalities: dict[int, str]
    round: Round | None
    listeners: list[Callable[[str], None]]
    _lock: threading.Lock
    _closed: bool
    _devices: dict[str, Device]
    #: Keys the replacing of a vote (``replace_key``); lives only in memory, as long as the room.
    _secret: bytes

    @property
    def is_open(self) -> bool:
        raise NotImplementedError

    def aggregates(self, round_id: int) -> dict[tuple[int, int, int], int]:
        raise NotImplementedError

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


