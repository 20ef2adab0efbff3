"""``kill -9`` at random moments while edits go through the services: every acknowledged edit
survives, the file passes ``integrity_check`` and reopens. See :mod:`killtest` for how.

CI runs 200 kills (about 40 s); the long run is one command::

    STAAN_KILLS=1000 .venv/bin/python -m pytest tests/robustness/test_kill.py
    scripts/torture.sh 1000
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from staan_desktop.services import edits
from staan_desktop.services.store import Document

from . import killtest

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("STAAN_KILLS", "200"))


def test_every_acknowledged_edit_survives_kill_9(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    figures_file = tmp_path / "figures.json"
    # A fresh, single-threaded interpreter is the parent: it forks the editing children.
    env = {k: v for k, v in os.environ.items() if k != "STAAN_KILL_SABOTAGE"}
    result = subprocess.run(
        [sys.executable, str(Path(killtest.__file__)), "--kills", str(KILLS), "--dir", str(tmp_path / "docs"),
         "--json", str(figures_file)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800,
    )
    with capsys.disabled():
        print("\n[kill -9] " + result.stdout.strip())
    assert figures_file.exists(), result.stderr[-3000:]
    figures = json.loads(figures_file.read_text())
    assert figures["kills"] >= KILLS * 0.95, figures  # a child that dies by itself is no kill
    assert figures["acknowledged"] >= figures["kills"], "the children hardly got an edit done"
    assert figures["hot_journals"] > 0, "no kill landed inside a transaction: the test proves little"
    assert figures["lost"] == 0, figures["problems"]
    assert figures["unexplained"] == 0, figures["problems"]
    assert figures["integrity_failures"] == 0, figures["problems"]
    assert figures["open_failures"] == 0, figures["problems"]
    assert result.returncode == 0, result.stderr[-3000:]


# The verifier itself must be able to fail -------------------------------------------------


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "klein.staan"
    killtest.make_document(path)
    return path


def test_verifier_counts_an_acknowledged_edit_that_is_missing(small: Path) -> None:
    before = killtest.read_state(small)
    figures = killtest.Figures()
    lines = [("READY", None), ("INTENT", {"op": "subtitle", "text": "bevestigd maar niet bewaard"}), ("ACK", {})]
    killtest.verify(small, before, lines, figures)
    assert figures.lost == 1 and figures.acknowledged == 1


def test_verifier_accepts_the_edit_in_flight_either_way(small: Path) -> None:
    before = killtest.read_state(small)
    intent = {"op": "add_statement", "text": "onderweg", "position": 0}
    figures = killtest.Figures()
    assert killtest.verify(small, before, [("INTENT", intent)], figures) == before
    with Document(small) as doc:
        edits.add_statement(doc, text="onderweg")
    killtest.verify(small, before, [("INTENT", intent)], figures)
    assert figures.in_flight_committed == 1 and figures.lost == 0 and figures.unexplained == 0


def test_verifier_counts_a_state_no_edit_explains(small: Path) -> None:
    before = killtest.read_state(small)
    conn = sqlite3.connect(small)
    conn.execute("UPDATE trajectory SET subtitle = 'van niemand'")
    conn.commit()
    conn.close()
    figures = killtest.Figures()
    killtest.verify(small, before, [], figures)
    assert figures.unexplained == 1


def test_verifier_counts_a_damaged_file(small: Path) -> None:
    before = killtest.read_state(small)
    data = bytearray(small.read_bytes())
    page = 4096
    data[2 * page + 8 : 3 * page] = os.urandom(page - 8)
    small.write_bytes(bytes(data))
    figures = killtest.Figures()
    assert killtest.verify(small, before, [], figures) is None
    assert figures.integrity_failures + figures.open_failures >= 1
