"""Where the projector opens, on machines with real ``QScreen``s (Qt's offscreen platform with a
screen layout, in a window process of its own): with a beamer beside the laptop, F5 puts it full
screen on the beamer, whichever of the two the system lists first, and the workspace keeps the
keys; with one screen it is a window owned by the workspace — in front of it, behind its
dialogs — and F11 takes it to full screen and back to the same window. F11 on the projector
is never the workspace's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from staan_desktop.services import interchange

from . import screens_window

ROOT = Path(__file__).resolve().parents[3]
LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
BEAMER = {"name": "beamer", "x": 1366, "y": 0, "width": 1920, "height": 1080}


def _run(tmp_path: Path, screens: list[dict[str, object]], laptop: str = "laptop") -> dict:  # type: ignore[type-arg]
    layout = tmp_path / "screens.json"
    layout.write_text(json.dumps({
        "synchronousWindowSystemEvents": True,
        "screens": [dict(screen, logicalDpi=96, logicalBaseDpi=96, dpr=1) for screen in screens],
    }), encoding="utf-8")  # fmt: skip
    document = tmp_path / "sessie.staan"
    interchange.create_demo(document).close()
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={layout}", STAAN_DATA_DIR=str(tmp_path / "userdata"))
    done = subprocess.run(
        [sys.executable, screens_window.__file__, str(document), str(tmp_path / "settings.ini"), laptop],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report: dict = json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[type-arg]
    assert report["window_screen"] == laptop
    return report


@pytest.mark.parametrize("order", ["laptop first", "beamer first"])
def test_with_a_beamer_the_projector_fills_it_and_f11_toggles(tmp_path: Path, order: str) -> None:
    screens = [LAPTOP, BEAMER] if order == "laptop first" else [BEAMER, LAPTOP]
    report = _run(tmp_path, screens)
    shown = report["after_f5"]
    assert shown["shown"] and shown["screen"] == "beamer" and shown["full_screen"], shown
    assert shown["geometry"] == [1366, 0, 1920, 1080], "the whole beamer, nothing on the laptop"
    assert report["workspace_active"], "the facilitator keeps typing on the laptop"
    assert report["projector_active"]
    assert not report["after_f11"]["full_screen"] and report["after_f11"]["screen"] == "beamer"
    assert report["after_second_f11"]["full_screen"] and report["after_second_f11"]["screen"] == "beamer"
    assert not report["window_full_screen"], "F11 on the projector is the projector's"


def test_with_one_screen_the_projector_is_a_window_in_front(tmp_path: Path) -> None:
    report = _run(tmp_path, [LAPTOP])
    shown = report["after_f5"]
    assert shown["shown"] and shown["screen"] == "laptop" and not shown["full_screen"], shown
    assert shown["owned"], "never behind the workspace"
    assert not shown["on_top_of_everything"], "the workspace's dialogs come in front of it"
    x, y, width, height = shown["geometry"]
    assert 0 <= x and 0 <= y and x + width <= 1366 and y + height <= 768, "on the laptop's screen"
    assert report["workspace_active"]
    assert report["after_f11"]["full_screen"] and report["after_f11"]["geometry"] == [0, 0, 1366, 768]
    assert not report["after_second_f11"]["full_screen"]
    assert report["after_second_f11"]["geometry"] == shown["geometry"], "back where it was, not larger"
