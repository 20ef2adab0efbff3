"""The room in the window: Sessie › Zaal open, rounds from the panel, the scores a round wrote
on the undo stack, a statement accepted from the moderation list, the join card on the
projector — and the window's event loop keeps answering while sixty phones submit.
Network: the loopback address only."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from staan_desktop.services import interchange

ROOT = Path(__file__).resolve().parents[4]
PHONES = 60
CLIENT = """
import asyncio, json, sys
from benchmarks import room_load
outcome = asyncio.run(room_load._phone_round(sys.argv[1], sys.argv[2], 3, int(sys.argv[3]), True))
print(json.dumps({"statuses": outcome.statuses, "latencies": outcome.latencies_ms}))
"""


class StallMeter:
    """How late a 10 ms timer fires on the GUI thread: the longest stall of the event loop."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0

    def start(self) -> None:
        self.clock.start()
        self.last = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        self.longest = max(self.longest, now - self.last - 10)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def test_the_session_menu_opens_the_room_for_phones(qtbot, room_window) -> None:  # type: ignore[no-untyped-def]
    controls = room_window.session.room
    titles = [a.text() for a in room_window.actions_.menus["session"].actions()]
    assert "&Zaal open voor telefoons" in titles
    assert controls.action.isChecked() and controls.dock.isVisible()
    url = controls.panel.address.text()
    assert url.startswith("http://127.0.0.1:") and "/j/" in url
    assert not controls.panel.code.pixmap().isNull()
    assert "bereikbaar" in controls.panel.preflight.text()
    with urllib.request.urlopen(url, timeout=5) as response:
        assert response.status == 200


def test_sixty_phones_score_while_the_window_keeps_answering(qtbot, room_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    controls = room_window.session.room
    context = room_window.session.context
    controls.panel.rule.setCurrentIndex(1)  # mediaan
    controls.panel.score_fields.click()
    qtbot.waitUntil(lambda: controls.opened.room.round is not None, timeout=10_000)
    opened = controls.opened
    meter = StallMeter()
    meter.start()
    client = subprocess.Popen(
        [sys.executable, "-c", CLIENT, opened.server.url(), opened.token, str(PHONES)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        qtbot.waitUntil(lambda: client.poll() is not None, timeout=60_000)
    finally:
        if client.poll() is None:
            client.kill()
    longest = meter.stop()
    out, err = client.communicate(timeout=10)
    assert client.returncode == 0, err[-2000:]
    answer = json.loads(out.strip().splitlines()[-1])
    assert answer["statuses"] == [200] * PHONES
    print(f"\n[room] longest event-loop stall while {PHONES} phones submitted: {longest:.0f} ms; "
          f"acknowledgement max {max(answer['latencies']):.0f} ms")
    assert longest <= 100, f"the event loop stalled {longest:.0f} ms"
    qtbot.waitUntil(lambda: f"{PHONES} telefoons" in controls.panel.round_state.text(), timeout=5_000)

    # Closing the round writes each municipality's median through set_score: one undo step.
    steps = context.undo_stack.count()
    before = interchange.load_tree(context.doc).task_fields
    controls.panel.close_round.click()
    qtbot.waitUntil(lambda: context.undo_stack.count() == steps + 1, timeout=30_000)
    after = interchange.load_tree(context.doc).task_fields
    assert after != before
    assert context.undo_stack.undoText() == "Scores uit de zaal"
    context.undo_stack.undo()
    assert interchange.load_tree(context.doc).task_fields == before
    context.undo_stack.redo()
    assert interchange.load_tree(context.doc).task_fields == after


def test_a_statement_from_a_phone_is_accepted_from_the_panel(qtbot, room_window) -> None:  # type: ignore[no-untyped-def]
    controls = room_window.session.room
    context = room_window.session.context
    controls.panel.statements.click()
    qtbot.waitUntil(lambda: controls.opened.room.round is not None, timeout=10_000)
    opened = controls.opened
    base, token = opened.server.url(), opened.token

    def call(path: str, body: dict[str, Any], device: str = "") -> dict[str, Any]:
        headers = {"X-Room-Token": token, "Content-Type": "application/json"}
        if device:
            headers["X-Room-Device"] = device
        request = urllib.request.Request(base + path, data=json.dumps(body).encode(), headers=headers, method="POST")
        with urllib.request.urlopen(request, timeout=5) as response:
            result: dict[str, Any] = json.loads(response.read())
            return result

    device = call("/api/join", {"municipality": 2})["device"]
    round_id = opened.room.round.id
    call("/api/contribution", {"submission": uuid.uuid4().hex, "round": round_id, "text": "Eén loket voor de inwoner"}, device)
    qtbot.waitUntil(lambda: controls.panel.pending.count() == 1, timeout=10_000)
    assert "Assen" in controls.panel.pending.item(0).text()
    controls.panel.pending.setCurrentRow(0)
    controls.panel.accept.click()
    qtbot.waitUntil(lambda: "Eén loket voor de inwoner" in interchange.load_tree(context.doc).statements, timeout=10_000)
    qtbot.waitUntil(lambda: context.undo_stack.undoText() == "Uitspraak uit de zaal", timeout=5_000)
    qtbot.waitUntil(lambda: controls.panel.pending.count() == 0, timeout=5_000)
    context.undo_stack.undo()
    assert "Eén loket voor de inwoner" not in interchange.load_tree(context.doc).statements


def test_the_join_card_goes_on_the_projector_and_closing_stops_the_server(qtbot, room_window) -> None:  # type: ignore[no-untyped-def]
    controls = room_window.session.room
    port = controls.opened.server.port
    controls.panel.show_card.setChecked(True)
    projector = room_window.session.projector
    qtbot.waitUntil(lambda: projector is not None and projector.isVisible(), timeout=5_000)
    card = controls._card
    assert card is not None and card.isVisible() and card.address.text() == controls.opened.join_url
    assert not card.code.pixmap().isNull()
    controls.action.setChecked(False)
    qtbot.waitUntil(lambda: controls.opened is None and not card.isVisible(), timeout=15_000)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                break
        qtbot.wait(100)
    else:
        pytest.fail("the room's server still listens after the room closed")
    room_window.session.show_projector(False)


def test_the_room_moves_to_another_address_of_the_laptop(qtbot, room_window) -> None:  # type: ignore[no-untyped-def]
    controls = room_window.session.room
    old_url = controls.opened.join_url
    old_port = controls.opened.server.port
    assert controls.panel.hosts.findData("127.0.0.1") >= 0
    controls._move_to("127.0.0.2")  # another loopback address stands in for the hotspot
    qtbot.waitUntil(lambda: controls.opened is not None and controls.opened.server.host == "127.0.0.2", timeout=15_000)
    assert controls.panel.address.text().startswith("http://127.0.0.2:") and controls.panel.address.text() != old_url
    assert controls.panel.hosts.currentData() == "127.0.0.2"
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", old_port)) != 0  # the old address no longer answers
