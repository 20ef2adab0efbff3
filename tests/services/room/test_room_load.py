"""Sixty participants submit a full scoring round at the same moment to a ``main.py room``
process on the loopback address: every ballot is acknowledged, every score is in the file,
and the 99th percentile of the acknowledgements (after COMMIT) stays within 200 ms.
Bounded: sixty phones, one round, every wait at most ``room_load.DEADLINE``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from benchmarks import room_load
from benchmarks.measure import p99
from staan_desktop.domain.room_rules import aggregate
from staan_desktop.services.interchange import create_demo

PHONES = 60


def test_sixty_phones_submit_a_full_round_at_once(tmp_path: Path) -> None:
    path = tmp_path / "zaal.staan"
    create_demo(path).close()
    room = room_load.start_room(path)
    try:
        room.command("ronde taakvelden mediaan", r"^Ronde \d+ open")
        outcome = room_load.phone_round(room, phones=PHONES, municipalities=4)
        room.command("sluit", r"^Ronde gesloten; 260 scores")
    finally:
        room.stop()
    assert room.process.returncode == 0
    assert outcome.statuses == [200] * PHONES
    assert p99(outcome.latencies_ms) <= room_load.P99_BUDGET_MS, sorted(outcome.latencies_ms)[-5:]
    connection = sqlite3.connect(path)
    try:
        voters = connection.execute("SELECT count(*) FROM room_voter").fetchone()[0]
        ballots = connection.execute("SELECT count(*) FROM room_ballot").fetchone()[0]
        per_municipality = connection.execute(
            "SELECT municipality_id, count(*) FROM room_ballot GROUP BY municipality_id"
        ).fetchall()
        given: dict[tuple[int, int, int], list[int]] = {}
        for municipality, item, criterion, value in connection.execute(
            "SELECT municipality_id, item_id, criterion_id, value FROM room_ballot"
        ):
            given.setdefault((municipality, item, criterion), []).append(value)
        scores = {
            (municipality, item, criterion): value
            for municipality, item, criterion, value in connection.execute(
                "SELECT municipality_id, task_field_id, criterion_id, value FROM score WHERE municipality_id IS NOT NULL"
            )
        }
    finally:
        connection.close()
    assert voters == PHONES
    assert ballots == PHONES * outcome.scores_per_ballot
    assert sorted(per_municipality) == [(m, PHONES // 4 * outcome.scores_per_ballot) for m in (1, 2, 3, 4)]
    # The municipality's score in the document is the median of its participants' scores.
    assert {key: scores[key] for key in given} == {key: aggregate(values, "median") for key, values in given.items()}
