"""``main.py room`` with the Wi-Fi and join cards: the cards are written, the new round commands
work, and the Wi-Fi password is printed nowhere as text (only inside the QR code). Loopback only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from staan_desktop.services.interchange import create_demo

REPO = Path(__file__).resolve().parents[3]
PASSWORD = "Geheim;wacht,woord:42"


def run_room(path: Path, *extra: str, commands: str = "stop\n") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "STAAN_WIFI_PASSWORD": PASSWORD}
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "room", str(path), "--host", "127.0.0.1", "--port", "0", *extra],
        input=commands, capture_output=True, text=True, timeout=60, env=env,
    )


def test_cards_wifi_and_a_poll_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "demo.staan"
    create_demo(path).close()
    names = tmp_path / "namen.txt"
    names.write_text("Anna de Vries; Assen\nBert Jansen; Tynaarlo\n", "utf-8")
    out = tmp_path / "kaarten.pdf"
    commands = "ronde peiling anoniem Koffie of thee? | Koffie | Thee\nsluit\nstop\n"
    done = run_room(path, "--wifi", "Zaal Oost", "--names", str(names), "--cards-pdf", str(out), commands=commands)
    assert done.returncode == 0, done.stderr
    assert "2 aanmeldkaarten" in done.stdout and out.read_bytes().startswith(b"%PDF")
    assert "Wifi: Zaal Oost" in done.stdout
    assert "(anoniem): Koffie of thee? — Koffie / Thee" in done.stdout
    assert PASSWORD not in done.stdout + done.stderr
    assert PASSWORD.encode() not in path.read_bytes()


def test_a_bad_names_list_or_wifi_is_refused_before_the_room_opens(tmp_path: Path) -> None:
    path = tmp_path / "demo.staan"
    create_demo(path).close()
    names = tmp_path / "namen.txt"
    names.write_text("Anna; Zwolle\n", "utf-8")
    refused = run_room(path, "--no-qr", "--names", str(names), "--cards-pdf", str(tmp_path / "k.pdf"))
    assert refused.returncode != 0 and "Zwolle" in refused.stdout + refused.stderr
    short = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "room", str(path), "--host", "127.0.0.1", "--port", "0", "--no-qr",
         "--wifi", "Zaal"],
        input="stop\n", capture_output=True, text=True, timeout=60, env={**os.environ, "STAAN_WIFI_PASSWORD": "kort"},
    )
    assert short.returncode != 0 and "8 tot 63" in short.stdout + short.stderr
    assert not (tmp_path / "k.pdf").exists()
    assert "Traceback" not in refused.stderr + short.stderr  # one Dutch line, never a traceback
