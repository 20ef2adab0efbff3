"""A real window typing steadily into each kind of field — a line, a paragraph, the entry of a
new item, a table cell — is killed with SIGKILL: at most the last second of typing is lost.
Lines and paragraphs are content and are read from the document; the new item and the cell are
drafts, read from the document's drafts and shown again, marked, by the next window."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from staan_desktop.services import interchange, queries, typing_drafts
from staan_desktop.services.store import open_document

from . import typing_window

ROOT = Path(__file__).resolve().parents[2]
#: How long the window types before it is killed; the typist never pauses.
TYPE_FOR_S = 3.0
#: At most this much typing may be lost.
LOSS_S = 1.0
#: Seconds after which a window that has not finished typing is killed and the test fails.
STALL_S = 60.0


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("master") / "demo.staan"
    interchange.create_demo(path).close()
    return path


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STAAN_DATA_DIR=str(tmp_path / "userdata"))
    env.pop("STAAN_KILL_SABOTAGE", None)
    return env


def _type_and_kill(path: Path, kind: str, tmp_path: Path) -> tuple[list[tuple[int, float]], float]:
    """Start the window, let it type, kill it. Returns (characters typed, when seen) and the
    moment of the kill."""
    child = subprocess.Popen(
        [sys.executable, typing_window.__file__, str(path), str(tmp_path / "settings.ini"), kind],
        cwd=ROOT, env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    seen: list[tuple[int, float]] = []
    started = None
    # A window that never starts typing (it failed in an event handler) must not hang the test.
    watchdog = threading.Timer(STALL_S, child.kill)
    watchdog.start()
    try:
        while True:
            line = child.stdout.readline()
            assert line, f"the window stopped by itself: {child.stderr.read()[-3000:] if child.stderr else ''}"
            now = time.monotonic()
            if line.strip() == "typing":
                started = now
            elif started is not None:
                seen.append((int(line), now))
                if now - started >= TYPE_FOR_S:
                    break
        killed_at = time.monotonic()
        os.kill(child.pid, signal.SIGKILL)
    finally:
        watchdog.cancel()
        child.kill()
        child.wait()
    assert child.returncode == -signal.SIGKILL
    return seen, killed_at


def _typed(count: int) -> str:
    alphabet = typing_window.ALPHABET
    return (alphabet * (count // len(alphabet) + 1))[:count]


def _check(kept: str, seen: list[tuple[int, float]], killed_at: float) -> None:
    typed = seen[-1][0]
    must_have = max((count for count, when in seen if when <= killed_at - LOSS_S), default=0)
    assert must_have >= 20, f"too little typing to tell: {seen[:3]}…"
    assert _typed(typed).startswith(kept), f"kept text is not what was typed: {kept!r}"
    assert len(kept) >= must_have, (
        f"{typed} characters typed in {TYPE_FOR_S:.0f} s, {len(kept)} kept; "
        f"everything up to {LOSS_S:.0f} s before the kill ({must_have}) should be"
    )


@pytest.mark.parametrize("kind", ["line", "paragraph", "new-item", "cell"])
def test_steady_typing_survives_sigkill_but_for_the_last_second(kind: str, demo_master: Path, tmp_path: Path) -> None:
    path = tmp_path / "docs" / "Voorbeeld.staan"
    path.parent.mkdir()
    shutil.copyfile(demo_master, path)
    with open_document(path) as doc:
        grid = queries.interest_grid(doc)
        cell = (grid.categories[0].id, grid.municipalities[0].id)
        cell_before = "\n".join(item.text for item in grid.cells.get(cell, ()))

    seen, killed_at = _type_and_kill(path, kind, tmp_path)

    with open_document(path) as doc:
        drafts = typing_drafts.left_behind(doc)
        if kind == "line":
            kept = interchange.load_info(doc).subtitle
        elif kind == "paragraph":
            texts = [b.text for s in interchange.load_tree(doc).sections for b in s.blocks if b.kind == "text"]
            kept = texts[0] if texts else ""
        elif kind == "new-item":
            kept = drafts.get("entry:statement", "")
        else:
            draft = drafts.get(f"cell:interest:{cell[0]}:{cell[1]}", "")
            assert draft.startswith(cell_before), "the cell's own text stays in its draft"
            kept = draft[len(cell_before):].lstrip("\n")
    _check(kept, seen, killed_at)

    if kind in ("new-item", "cell"):
        # The next window shows the draft again, in the same field, marked.
        shown = subprocess.run(
            [sys.executable, typing_window.__file__, str(path), str(tmp_path / "settings.ini"), kind, "--show"],
            cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, timeout=120,
        )
        assert shown.returncode == 0, shown.stderr[-3000:]
        field = json.loads(shown.stdout.strip().splitlines()[-1])
        assert field["marked"], field
        assert field["text"].rstrip("\n").endswith(kept), field
