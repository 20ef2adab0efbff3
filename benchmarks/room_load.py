"""Figure: the room under a full room. Sixty phones submit a whole scoring round at the same
moment to a ``main.py room`` process on the loopback address; each acknowledgement (stored
durably, after COMMIT) is timed at the phone. Baseline: one phone's ballot when nobody else
submits, in the same process on the same disk.

The room runs in its own process, as it does without the window, so that the simulated phones
(one asyncio loop here) do not share its interpreter. Everything is bounded: the number of
phones, every wait (:data:`DEADLINE`).
"""

from __future__ import annotations

import asyncio
import json
import queue
import re
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .measure import REPO, Row, median, p99, value_at_most

#: No wait of the load run lasts longer than this, in seconds.
DEADLINE = 60.0
P99_BUDGET_MS = 200.0


@dataclass
class RoomProcess:
    """``main.py room FILE`` on loopback, driven by its standard input."""

    process: subprocess.Popen[str]
    join_url: str
    lines: queue.Queue[str] = field(default_factory=queue.Queue)

    @property
    def base(self) -> str:
        return self.join_url.split("/j/")[0]

    @property
    def token(self) -> str:
        return self.join_url.rsplit("/", 1)[1]

    def command(self, line: str, expect: str) -> re.Match[str]:
        """Send one command and wait (bounded) for the line that answers it."""
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.wait_for(expect)

    def wait_for(self, pattern: str) -> re.Match[str]:
        deadline = time.monotonic() + DEADLINE
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            found = re.search(pattern, line)
            if found:
                return found
            if line.startswith("staan:"):
                raise RuntimeError(line)
        raise TimeoutError(f"no line matching {pattern!r} within {DEADLINE:.0f} s")

    def stop(self) -> None:
        """Close the room (``stop``) and wait for the process."""
        try:
            self.command("stop", r"^Zaal gesloten")
        finally:
            self.process.wait(timeout=DEADLINE)


def start_room(path: Path, env: dict[str, str] | None = None) -> RoomProcess:
    process = subprocess.Popen(
        [sys.executable, str(REPO / "main.py"), "room", str(path), "--host", "127.0.0.1", "--port", "0", "--no-qr"],
        cwd=REPO, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        bufsize=1,
    )
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.rstrip("\n"))

    threading.Thread(target=read, daemon=True).start()
    room = RoomProcess(process, "", lines)
    try:
        room.join_url = room.wait_for(r"^Deelnemers: (\S+)").group(1)
    except BaseException:
        process.kill()
        process.wait(timeout=DEADLINE)
        raise
    return room


@dataclass
class Outcome:
    latencies_ms: list[float]
    statuses: list[int]
    round_id: int
    scores_per_ballot: int


async def _phone_round(base: str, token: str, municipalities: int, phones: int, together: bool) -> Outcome:
    import aiohttp

    timeout = aiohttp.ClientTimeout(total=DEADLINE)
    sessions = [aiohttp.ClientSession(timeout=timeout) for _ in range(phones)]
    try:
        headers: list[dict[str, str]] = []
        state: dict[str, Any] = {}
        for number, session in enumerate(sessions):
            # Joining and a first look at the round, as a phone does: the connection is open
            # (kept alive) when the ballot goes.
            async with session.post(
                base + "/api/join", json={"municipality": 1 + number % municipalities}, headers={"X-Room-Token": token}
            ) as response:
                device = (await response.json())["device"]
            headers.append({"X-Room-Token": token, "X-Room-Device": device})
            async with session.get(base + "/api/state", headers=headers[-1]) as response:
                state = await response.json()
        current = state["round"]
        ballots = [
            [[item["id"], criterion["id"], criterion["min"] + (number + index) % (criterion["max"] - criterion["min"] + 1)]
             for index, (item, criterion) in enumerate((i, c) for i in current["items"] for c in current["criteria"])]
            for number in range(phones)
        ]

        # The ballots go over connections opened beforehand, as bytes made beforehand: the
        # sixty phones are sixty devices, and one Python client building sixty requests in
        # turn would time its own work into every acknowledgement.
        host, port = base.removeprefix("http://").rsplit(":", 1)
        requests = []
        for number in range(phones):
            body = json.dumps({"submission": uuid.uuid4().hex, "round": current["id"], "scores": ballots[number]}).encode()
            head = "".join(f"{key}: {value}\r\n" for key, value in headers[number].items())
            requests.append(
                (f"POST /api/ballot HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n{head}"
                 f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body
            )
        streams = [await asyncio.open_connection(host, int(port)) for _ in range(phones)]

        async def answer(number: int, started: float) -> tuple[float, int]:
            reader = streams[number][0]
            status_line = await reader.readline()
            await reader.read()  # to the end: the server closes after the answer
            return (time.perf_counter() - started) * 1000, int(status_line.split()[1])

        async def send(number: int) -> tuple[float, int]:
            started = time.perf_counter()
            streams[number][1].write(requests[number])
            await streams[number][1].drain()
            return await answer(number, started)

        try:
            if together:
                results = await asyncio.wait_for(asyncio.gather(*(send(n) for n in range(phones))), DEADLINE)
            else:
                results = [await asyncio.wait_for(send(n), DEADLINE) for n in range(phones)]
        finally:
            for _reader, writer in streams:
                writer.close()
        return Outcome([r[0] for r in results], [r[1] for r in results], current["id"], len(ballots[0]))
    finally:
        for session in sessions:
            await session.close()


def phone_round(room: RoomProcess, *, phones: int, municipalities: int, together: bool = True) -> Outcome:
    """One scoring round: ``phones`` phones join and submit a full ballot, all at once
    (``together``) or one after the other."""
    return asyncio.run(_phone_round(room.base, room.token, municipalities, phones, together))


def run(workdir: Path, phones: int = 60, repeats: int = 3) -> list[Row]:
    from staan_desktop.services.interchange import create_demo

    loaded: list[float] = []
    alone: list[float] = []
    for repeat in range(repeats):
        path = workdir / f"room-{repeat}.staan"
        path.unlink(missing_ok=True)
        create_demo(path).close()
        room = start_room(path)
        try:
            room.command("ronde taakvelden", r"^Ronde \d+ open")
            outcome = phone_round(room, phones=phones, municipalities=4)
            if set(outcome.statuses) != {200}:
                raise RuntimeError(f"not every ballot acknowledged: {sorted(set(outcome.statuses))}")
            loaded += outcome.latencies_ms
            room.command("sluit", r"^Ronde gesloten")
            room.command("ronde taakvelden", r"^Ronde \d+ open")
            alone += phone_round(room, phones=10, municipalities=4, together=False).latencies_ms
        finally:
            room.stop()
    scores = outcome.scores_per_ballot
    return [
        Row(f"room: {phones} phones submit a full round at once ({scores} scores each), ack median",
            median(loaded), "ms", median(alone), "one phone alone, median", None,
            f"{repeats} rounds, {len(loaded)} ballots"),
        Row(f"room: {phones} phones at once, ack p99", p99(loaded), "ms", p99(alone), "one phone alone, p99",
            value_at_most(P99_BUDGET_MS, "ms"), "acknowledged after COMMIT (group commit)"),
    ]
