"""The command line end to end, as a user runs it: `python main.py <opdracht> …`."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_process import staan

ROOT = Path(__file__).resolve().parents[1]




def test_new_info_export_import_check(tmp_path: Path) -> None:
    doc = tmp_path / "traject.staan"
    result = staan("new", doc, "--title", "Samenwerking Noord-Drenthe")
    assert result.returncode == 0, result.stderr
    info = staan("info", doc)
    assert info.returncode == 0 and "Samenwerking Noord-Drenthe" in info.stdout and "Criteria:       5" in info.stdout
    exported = staan("export", doc, "--json", tmp_path / "t.json")
    assert exported.returncode == 0, exported.stderr
    data = json.loads((tmp_path / "t.json").read_text("utf-8"))
    assert data["trajectory"]["title"] == "Samenwerking Noord-Drenthe"
    imported = staan("import", tmp_path / "t.json", "-o", tmp_path / "kopie.staan")
    assert imported.returncode == 0, imported.stderr
    assert staan("check", tmp_path / "kopie.staan").returncode == 0


def test_demo_document_info(tmp_path: Path) -> None:
    source = ROOT / "resources" / "demo" / "staan.json"
    assert staan("import", source, "-o", tmp_path / "demo.staan").returncode == 0
    info = staan("info", tmp_path / "demo.staan").stdout
    assert "Aa en Hunze, Assen, Noordenveld, Tynaarlo" in info
    assert "zeer kansrijk:        7" in info


def test_check_on_a_corrupt_file_fails_and_leaves_it_unchanged(tmp_path: Path) -> None:
    doc = tmp_path / "kapot.staan"
    assert staan("new", doc).returncode == 0
    data = bytearray(doc.read_bytes())
    data[len(data) // 2 :] = b"\x00\xff" * ((len(data) - len(data) // 2) // 2)
    doc.write_bytes(bytes(data))
    before = hashlib.sha256(doc.read_bytes()).hexdigest()
    result = staan("check", doc)
    assert result.returncode != 0
    assert result.stderr.strip() and "Traceback" not in result.stderr
    assert hashlib.sha256(doc.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(
    "args",
    [
        ("check", "bestaat-niet.staan"),
        ("import", "bestaat-niet.json", "-o", "x.staan"),
        ("export", "bestaat-niet.staan", "--json", "x.json"),
        ("info", "README.md"),
    ],
)
def test_failures_are_one_dutch_line(args: tuple[str, ...], tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=tmp_path, timeout=60
    ) if args[0] != "info" else staan(*args)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("staan: ")


@pytest.mark.parametrize("command", ["new", "import", "export", "check", "info"])
def test_every_command_has_help(command: str) -> None:
    result = staan(command, "--help")
    assert result.returncode == 0 and "usage" in result.stdout


def test_wrong_usage_exits_two() -> None:
    result = staan("import")
    assert result.returncode == 2


def test_window_without_a_screen_says_so_in_dutch() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py")], capture_output=True, text=True, cwd=ROOT, timeout=60, env=env
    )
    assert result.returncode == 1
    assert "geen beeldscherm" in result.stderr and "xvfb-run" in result.stderr
