"""The room's QR codes as the window draws them, read back by a real decoder (zbarimg): the
join code (the address with the session's token) and the Wi-Fi code, in the panel and on the
projector, each exactly the text it stands for, for a network whose name and password hold
every character the ``WIFI:`` format escapes, and for a name outside Latin-1. Skipped
without zbarimg. Network: the loopback address only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from qr_reading import decoded, needs_zbar

from staan_desktop.services.room.wifi import network

pytestmark = needs_zbar

SSID = 'Zaal;Oost,2:\\"A"'
PASSWORD = 'Ge;heim,wa:ch\\t"42'


def read(label: Any, path: Path) -> list[str]:
    pixmap = label.pixmap()
    assert not pixmap.isNull()
    assert pixmap.save(str(path), "PNG")
    return decoded(path)


def test_the_escaping_is_what_the_code_holds() -> None:
    payload = network(SSID, PASSWORD).payload()
    assert payload == 'WIFI:T:WPA;S:Zaal\\;Oost\\,2\\:\\\\\\"A\\";P:Ge\\;heim\\,wa\\:ch\\\\t\\"42;;'


@pytest.mark.parametrize(("ssid", "password"), [(SSID, PASSWORD), ("Zaal 会议 Oost", "wachtwoord-1")])
def test_the_panel_and_the_projector_draw_codes_a_phone_reads_exactly(  # type: ignore[no-untyped-def]
    qtbot, room_window, tmp_path: Path, ssid: str, password: str
) -> None:
    controls = room_window.session.room
    panel = controls.panel
    panel.wifi_ssid.setText(ssid)
    panel.wifi_password.setText(password)
    panel.wifi_password.editingFinished.emit()
    wifi = network(ssid, password).payload()
    assert wifi.startswith("WIFI:T:WPA;S:") and wifi.endswith(";;")
    assert read(panel.wifi_code, tmp_path / "panel-wifi.png") == [wifi]
    join_url = controls.opened.join_url
    assert "/" + controls.opened.token in join_url
    assert read(panel.code, tmp_path / "panel-join.png") == [join_url]

    panel.show_card.setChecked(True)
    qtbot.waitUntil(lambda: controls._card is not None and controls._card.isVisible(), timeout=5_000)
    card = controls._card
    assert read(card.wifi_code, tmp_path / "projector-wifi.png") == [wifi]
    assert read(card.code, tmp_path / "projector-join.png") == [join_url]
    # The whole card as the room sees it: both codes, side by side, each read.
    whole = tmp_path / "projector.png"
    assert card.grab().save(str(whole), "PNG")
    assert sorted(decoded(whole)) == sorted([wifi, join_url])
