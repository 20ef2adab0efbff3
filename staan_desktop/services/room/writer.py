"""One writer thread for everything the room stores, committing what waits together.

The HTTP handlers never touch SQLite: they hand a job to :class:`Writer` and wait for its
future, which is resolved only after ``COMMIT`` returned (``synchronous=FULL``: durable). Jobs
that arrive while a commit is running are committed together in the next transaction (group
commit), each in its own SAVEPOINT, so one refused ballot does not take the others with it and
sixty phones cost a few fsyncs instead of sixty.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from staan_desktop.domain.messages import msg

from ..errors import DocumentError
from ..store import Document
from ..versions import content_transaction

#: Jobs committed in one transaction at most (a bound on how long one commit holds the lock).
MAX_GROUP = 256


@dataclass
class _Job:
    run: Callable[..., Any]
    #: In the shared transaction (``run(session)``) or on its own (``run()``, for the edit
    #: services that open their own transaction).
    grouped: bool
    #: Given the plain sqlite3 connection of the shared transaction instead of the session.
    raw: bool = False
    future: Future[Any] = field(default_factory=Future)


class Writer:
    """The single writer of a room's document."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="room-writer", daemon=True)
        self._stopped = threading.Event()
        #: Transactions committed, and jobs in them (for the benchmark and the tests).
        self.commits = 0
        self.committed_jobs = 0

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Finish what is queued, then end the thread."""
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join(timeout)

    def grouped(self, run: Callable[[Session], Any]) -> Future[Any]:
        """``run(session)`` inside the next group transaction; its future holds what it returned
        (after the commit) or the error it raised (its savepoint rolled back)."""
        return self._submit(_Job(run, grouped=True))

    def grouped_raw(self, run: Callable[[sqlite3.Connection], Any]) -> Future[Any]:
        """As :meth:`grouped`, but ``run`` gets the transaction's plain sqlite3 connection: what
        phones send arrives by the thousand rows, and the ORM's bookkeeping of each would cost
        more than the commit (the load figure in docs/benchmarks.md)."""
        return self._submit(_Job(run, grouped=True, raw=True))

    def alone(self, run: Callable[[], Any]) -> Future[Any]:
        """``run()`` on the writer thread, in order with everything else (an edit service that
        opens its own transaction)."""
        return self._submit(_Job(run, grouped=False))

    def commit_now(self, run: Callable[[Session], Any]) -> Any:
        """``run(session)`` in a transaction of its own, committed before this returns. Only
        from a job already on the writer thread (:meth:`alone`), between edit services."""
        assert threading.current_thread() is self._thread, "only on the writer thread"
        with content_transaction(self._doc) as session:
            result = run(session)
        self.commits += 1
        return result

    def _submit(self, job: _Job) -> Future[Any]:
        if self._stopped.is_set():
            job.future.set_exception(DocumentError(msg("room.closed_nothing_kept")))
        else:
            self._jobs.put(job)
        return job.future

    def _run(self) -> None:
        stop = False
        while not stop:
            first = self._jobs.get()
            if first is None:
                break
            batch = [first]
            while len(batch) < MAX_GROUP:
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if job is None:
                    stop = True
                    break
                batch.append(job)
            self._process(batch)
        self._stopped.set()
        # Anything put after the stop marker is answered, never left waiting.
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return
            if job is not None:
                job.future.set_exception(DocumentError(msg("room.closed_nothing_kept")))

    def _process(self, batch: list[_Job]) -> None:
        group: list[_Job] = []
        for job in batch:
            if job.grouped:
                group.append(job)
                continue
            if group:
                self._commit(group)
                group = []
            self._alone(job)
        if group:
            self._commit(group)

    def _alone(self, job: _Job) -> None:
        if not job.future.set_running_or_notify_cancel():
            return
        try:
            result = job.run()
        except BaseException as exc:  # handed to whoever waits; the writer keeps going
            job.future.set_exception(exc)
        else:
            job.future.set_result(result)

    def _commit(self, jobs: list[_Job]) -> None:
        jobs = [job for job in jobs if job.future.set_running_or_notify_cancel()]
        outcomes: list[tuple[bool, Any]] = []
        try:
            with content_transaction(self._doc) as session:
                for job in jobs:
                    try:
                        if job.raw:
                            outcomes.append((True, _in_savepoint(session, job.run)))
                        else:
                            with session.begin_nested():
                                outcomes.append((True, job.run(session)))
                    except Exception as exc:  # this job's refusal; its savepoint is rolled back
                        outcomes.append((False, exc))
        except BaseException as exc:  # the commit itself failed: nothing of the group is stored
            for job in jobs:
                job.future.set_exception(exc)
            return
        self.commits += 1
        self.committed_jobs += sum(ok for ok, _ in outcomes)
        for job, (ok, value) in zip(jobs, outcomes, strict=True):
            if ok:
                job.future.set_result(value)
            else:
                job.future.set_exception(value)


def _in_savepoint(session: Session, run: Callable[[sqlite3.Connection], Any]) -> Any:
    """``run`` on the session's own sqlite3 connection (same transaction), in a savepoint of
    its own: what it wrote is undone when it raises, the rest of the group stays."""
    session.flush()  # the ORM jobs before it are written first, in order
    record = session.connection().connection
    dbapi = record.driver_connection
    assert isinstance(dbapi, sqlite3.Connection)
    started = record.info.get("statement_started")
    if started is not None:  # the bound on one statement counts from here (store._bound_statements)
        started[0] = time.monotonic()
    dbapi.execute("SAVEPOINT room_job")
    try:
        result = run(dbapi)
    except BaseException:
        dbapi.execute("ROLLBACK TO room_job")
        dbapi.execute("RELEASE room_job")
        raise
    dbapi.execute("RELEASE room_job")
    return result
