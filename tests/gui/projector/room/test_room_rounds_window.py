"""The room's newer parts in the window: the Wi-Fi's QR code in the panel and on the projector
(remembered in the settings, its password never in the document or the log), a poll opened
from the panel with the anonymity chosen there, and join cards printed from the panel.
Network: the loopback address only."""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from staan_desktop.gui import room_panel
from staan_desktop.gui.settings import ROOM_WIFI_PASSWORD, ROOM_WIFI_SSID, Settings
from staan_desktop.services.room.cards import anonymous

PASSWORD = "Geheim;wacht,woord:42"


def _post(url: str, path: str, token: str, body: Any) -> tuple[int, Any]:
    request = urllib.request.Request(
        url + path, data=json.dumps(body).encode(), method="POST",
        headers={"X-Room-Token": token, "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_the_wifi_code_is_shown_and_its_password_stays_out_of_the_file(  # type: ignore[no-untyped-def]
    qtbot, room_window, monkeypatch, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    controls = room_window.session.room
    panel = controls.panel
    panel.wifi_ssid.setText("Zaal Oost")
    panel.wifi_password.setText(PASSWORD)
    panel.wifi_password.editingFinished.emit()
    assert Settings().get(ROOM_WIFI_SSID) == "Zaal Oost" and Settings().get(ROOM_WIFI_PASSWORD) == PASSWORD
    assert not panel.wifi_code.pixmap().isNull() and panel.wifi_state.text() == ""
    panel.show_card.setChecked(True)
    qtbot.waitUntil(lambda: controls._card is not None and controls._card.isVisible(), timeout=5_000)
    card = controls._card
    assert not card.wifi_code.pixmap().isNull() and "Zaal Oost" in card.wifi_label.text()
    assert PASSWORD not in card.wifi_label.text()
    # A poll from the panel, anonymous as chosen there.
    monkeypatch.setattr(room_panel, "ask_poll", lambda _parent: ("Koffie of thee?", ["Koffie", "Thee"]))
    panel.anonymity.setCurrentIndex(panel.anonymity.findData("anonymous"))
    panel.poll.click()
    qtbot.waitUntil(lambda: controls.opened.room.round is not None, timeout=5_000)
    current = controls.opened.room.round
    assert (current.kind, current.anonymity, current.question) == ("poll", "anonymous", "Koffie of thee?")
    path = room_window.session.context.doc.path
    controls.action.setChecked(False)
    qtbot.waitUntil(lambda: controls.opened is None, timeout=15_000)
    room_window.session.show_projector(False)
    stored = b"".join(p.read_bytes() for p in path.parent.iterdir() if p.is_file())
    assert PASSWORD.encode() not in stored and b"Zaal Oost" not in stored
    assert PASSWORD not in caplog.text


def test_a_wrong_wifi_password_is_said_in_the_panel(qtbot, room_window) -> None:  # type: ignore[no-untyped-def]
    panel = room_window.session.room.panel
    panel.wifi_ssid.setText("Zaal Oost")
    panel.wifi_password.setText("kort")
    panel.wifi_password.editingFinished.emit()
    assert "8 tot 63" in panel.wifi_state.text() and panel.wifi_code.pixmap().isNull()


def test_join_cards_from_the_panel_let_only_card_holders_in(qtbot, room_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    controls = room_window.session.room
    opened = controls.opened
    out = tmp_path / "kaarten.pdf"
    controls.cards_to(opened, anonymous(3), out)
    qtbot.waitUntil(lambda: "3 kaarten" in controls.panel.cards_state.text(), timeout=15_000)
    assert out.read_bytes().startswith(b"%PDF")
    base = opened.server.url()
    status, answer = _post(base, "/api/join", opened.token, {"municipality": 1})
    assert (status, answer["error"]) == (400, "card")
    assert opened.room.cards_used() == (0, 3)


def test_an_idea_from_a_phone_becomes_a_task_field_from_the_panel_and_undo_removes_it(  # type: ignore[no-untyped-def]
    qtbot, room_window
) -> None:
    from staan_desktop.services import interchange

    controls = room_window.session.room
    context = room_window.session.context
    controls.panel.ideas.click()
    qtbot.waitUntil(lambda: controls.opened.room.round is not None, timeout=10_000)
    opened = controls.opened
    assert opened.room.round.kind == "ideas"
    status, joined = _post(opened.server.url(), "/api/join", opened.token, {"municipality": 2})
    assert status == 200
    body = {"submission": "idee-0000001", "round": opened.room.round.id, "text": "Gezamenlijke handhaving"}
    request = urllib.request.Request(
        opened.server.url() + "/api/contribution", data=json.dumps(body).encode(), method="POST",
        headers={"X-Room-Token": opened.token, "X-Room-Device": joined["device"], "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200
    qtbot.waitUntil(lambda: controls.panel.pending.count() == 1, timeout=10_000)
    assert controls.panel.pending.item(0).text().startswith("Idee: Gezamenlijke handhaving")
    controls.panel.pending.setCurrentRow(0)
    controls.panel.accept.click()
    qtbot.waitUntil(lambda: context.undo_stack.undoText() == "Taakveld uit de zaal", timeout=10_000)

    def fields() -> dict[str, bool]:
        return {field.name: field.shortlisted for field in interchange.load_tree(context.doc).task_fields}

    assert fields()["Gezamenlijke handhaving"] is False
    context.undo_stack.undo()
    assert "Gezamenlijke handhaving" not in fields()
