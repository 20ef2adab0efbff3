"""``kill -9`` of the ``main.py room`` process in the middle of a round, while phones keep
submitting: every ballot and every text that a phone was told is stored is in the file after
reopening, whole (no ballot with part of its scores), and the file passes ``integrity_check``.
Loopback only; bounded in kills (``STAAN_ROOM_KILLS``, default 3), phones and time."""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import sqlite3
import uuid
from pathlib import Path

import pytest

from benchmarks import room_load
from staan_desktop.services.interchange import create_demo
from staan_desktop.services.store import open_document

KILLS = int(os.environ.get("STAAN_ROOM_KILLS", "3"))
PHONES = 120
#: Ballots in flight at once (the rest wait their turn, so the round lasts until the kill).
IN_FLIGHT = 8


async def _keep_submitting(room: room_load.RoomProcess, kill_at: int) -> tuple[set[str], int]:
    """Phones send their ballots, a few at a time, until ``kill_at`` of them have been
    acknowledged: then the room is killed with more on the way. Returns the acknowledged
    ballot ids and the scores per ballot."""
    import aiohttp

    acked_ballots: set[str] = set()
    gate = asyncio.Semaphore(IN_FLIGHT)
    base, token = room.base, room.token
    timeout = aiohttp.ClientTimeout(total=room_load.DEADLINE)
    async with aiohttp.ClientSession(timeout=timeout) as http:
        devices = []
        for number in range(PHONES):
            async with http.post(base + "/api/join", json={"municipality": 1 + number % 4}, headers={"X-Room-Token": token}) as response:
                devices.append({"X-Room-Token": token, "X-Room-Device": (await response.json())["device"]})
        async with http.get(base + "/api/state", headers=devices[0]) as response:
            current = (await response.json())["round"]
        scores = [[i["id"], c["id"], c["min"]] for i in current["items"] for c in current["criteria"]]

        async def phone(number: int) -> None:
            submission = uuid.uuid4().hex
            body = {"submission": submission, "round": current["id"], "scores": scores}
            async with gate:
                try:
                    async with http.post(base + "/api/ballot", json=body, headers=devices[number]) as response:
                        if response.status == 200 and (await response.json())["stored"] == submission:
                            acked_ballots.add(submission)
                            if len(acked_ballots) == kill_at:
                                os.kill(room.process.pid, signal.SIGKILL)
                except (TimeoutError, aiohttp.ClientError, ConnectionError):
                    return

        tasks = [asyncio.create_task(phone(n)) for n in range(PHONES)]
        await asyncio.wait_for(asyncio.gather(*tasks), room_load.DEADLINE)
    return acked_ballots, len(scores)


@pytest.mark.parametrize("kill", range(KILLS))
def test_every_acknowledged_ballot_survives_kill_9(tmp_path: Path, kill: int) -> None:
    path = tmp_path / "zaal.staan"
    create_demo(path).close()
    room = room_load.start_room(path)
    try:
        room.command("ronde taakvelden", r"^Ronde \d+ open")
        kill_at = random.Random(kill).randrange(5, PHONES - 3 * IN_FLIGHT)
        acked, per_ballot = asyncio.run(_keep_submitting(room, kill_at))
    finally:
        if room.process.poll() is None:
            room.process.kill()
        room.process.wait(timeout=room_load.DEADLINE)
    assert room.process.returncode == -signal.SIGKILL
    with open_document(path) as doc:  # rolls a hot journal back, as the window would
        assert doc.path == path
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in connection.execute("SELECT submission FROM room_voter")}
        ballots = connection.execute("SELECT count(*) FROM room_ballot").fetchone()[0]
    finally:
        connection.close()
    assert acked <= stored, f"lost: {sorted(acked - stored)}"
    assert ballots == len(stored) * per_ballot  # whole ballots only
    print(json.dumps({"kill": kill, "acknowledged": len(acked), "stored": len(stored)}))
