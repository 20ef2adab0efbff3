"""Figure 1: start-up, from process start until the main window has painted the demo document,
against a bare PySide6 program showing an empty QMainWindow.

Each sample is a fresh ``python`` process (cold interpreter, warm OS file cache: the first,
uncounted launch of each kind warms it), timed by this process from ``Popen`` until the child
prints its first-paint marker (see :mod:`benchmarks.launch`). Kinds alternate per round.

The application's modules are compiled to bytecode first, as an installed application has them
(pip and the installer compile them) and as the libraries of the baseline already are: with
``PYTHONDONTWRITEBYTECODE`` set, a launch would otherwise compile every source file again.
"""

from __future__ import annotations

import compileall
import subprocess
import sys
import time
from pathlib import Path

from .launch import EDITABLE, MARKER
from .measure import REPO, Row, child_env, median, ratio_at_most

TIMEOUT = 60.0


def _launch(args: list[str], env: dict[str, str], log: Path) -> tuple[float, float]:
    """Seconds from start to the first frame, and to the first frame that can edit."""
    start = time.perf_counter()
    with log.open("ab") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.launch", *args], cwd=REPO, env=env, stdout=subprocess.PIPE,
            stderr=stderr, text=True,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()
        painted = time.perf_counter() - start
        second = proc.stdout.readline()
        editable = time.perf_counter() - start
        proc.stdout.read()
        code = proc.wait(TIMEOUT)
    if (first.strip(), second.strip()) != (MARKER, EDITABLE) or code != 0:
        raise RuntimeError(f"benchmarks.launch {' '.join(args)} did not paint (exit {code}); see {log}")
    return painted, editable


def run(workdir: Path, repeats: int, warm_up: bool = True) -> list[Row]:
    from staan_desktop.services.interchange import create_demo

    for package in ("staan_desktop", "benchmarks"):
        compileall.compile_dir(REPO / package, quiet=1)
    compileall.compile_file(REPO / "main.py", quiet=1)
    demo = workdir / "startup-demo.staan"
    demo.unlink(missing_ok=True)
    create_demo(demo).close()
    env = child_env(workdir / "startup-home")
    log = workdir / "startup.log"
    kinds = {"bare": ["bare"], "stack": ["stack"], "data": ["data", str(demo)], "app": ["app", str(demo)]}
    for args in kinds.values() if warm_up else ():  # .pyc files and the OS file cache
        _launch(args, env, log)
    samples: dict[str, list[float]] = {kind: [] for kind in kinds}
    editable: list[float] = []
    for _ in range(repeats):
        for kind, args in kinds.items():
            painted, ready = _launch(args, env, log)
            samples[kind].append(painted)
            if kind == "app":
                editable.append(ready)
    bare, stack, data, app = (median(samples[k]) for k in kinds)
    return [
        Row("start-up to first paint of the demo", app, "s", bare, "bare QMainWindow", ratio_at_most(1.5),
            note=f"median of {repeats} fresh processes" + ("" if warm_up else ", no warm-up")
            + "; title and overview from the look kept when the file was last closed"),
        Row("  start-up until the demo can be edited", median(editable), "s", bare, "bare QMainWindow",
            note="the same processes: database layer loaded, document opened (lock, checks), real page painted"),
        Row("  (floor: bare window + SQLAlchemy/SQLModel/pydantic)", stack, "s", bare, "bare QMainWindow",
            note="what any program on our libraries pays"),
        Row("  (floor: the same + open_document + load_info)", data, "s", bare, "bare QMainWindow",
            note="window titled with the demo through our services: domain tables, checks, first query"),
    ]
