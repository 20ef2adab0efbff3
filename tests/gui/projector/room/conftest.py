"""The room opened from the window: its tests may reach the loopback address, where the room's
own server and its pre-flight check listen, and nothing else."""

from __future__ import annotations

import pytest
from loopback import allow_loopback_only


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    allow_loopback_only(monkeypatch)


@pytest.fixture
def room_window(qtbot, session_window):  # type: ignore[no-untyped-def]
    """The session window with the room open on 127.0.0.1; closed again after the test."""
    controls = session_window.session.room
    assert controls.action.isEnabled()
    controls.open_room(host="127.0.0.1")
    qtbot.waitUntil(lambda: controls.opened is not None, timeout=15_000)
    yield session_window
    if controls.opened is not None:
        controls.action.setChecked(False)
        qtbot.waitUntil(lambda: controls.opened is None, timeout=15_000)
