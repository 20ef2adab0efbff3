"""Figure 1: start-up against a bare PySide6 program showing an empty QMainWindow, in the same
run: the shell painted (menus, chapters, the file's name), the demo document editable, and the
longest stall of the event loop in between (measured inside the launched application by a
10 ms timer that notes how late it fires; see :mod:`benchmarks.launch`).

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

from .launch import EDITABLE, MARKER, STALL
from .measure import REPO, Row, child_env, median, ratio_at_most, value_at_most

TIMEOUT = 60.0


def _launch(args: list[str], env: dict[str, str], log: Path) -> tuple[float, float, float]:
    """Seconds from start to the first frame, to the first frame that can edit, and the longest
    stall of the event loop in between (as the launched process reports it)."""
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
        rest = proc.stdout.read().split()
        code = proc.wait(TIMEOUT)
    if (first.strip(), second.strip()) != (MARKER, EDITABLE) or code != 0 or rest[:1] != [STALL]:
        raise RuntimeError(f"benchmarks.launch {' '.join(args)} did not paint (exit {code}); see {log}")
    return painted, editable, float(rest[1]) / 1000


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
    stalls: list[float] = []
    for _ in range(repeats):
        for kind, args in kinds.items():
            painted, ready, stall = _launch(args, env, log)
            samples[kind].append(painted)
            if kind == "app":
                editable.append(ready)
                stalls.append(stall)
    bare, stack, data, app = (median(samples[k]) for k in kinds)
    return [
        Row("start-up: shell painted", app, "s", bare, "bare QMainWindow", ratio_at_most(2),
            note=f"median of {repeats} fresh processes" + ("" if warm_up else ", no warm-up")
            + "; menus, chapters and the file's name, nothing cached outside the file"),
        Row("start-up: demo editable", median(editable), "s", bare, "bare QMainWindow", ratio_at_most(7),
            note="the same processes: document layer loaded on a worker, tools built in steps, document "
            "opened (lock, checks, backup), its editable page painted"),
        Row("start-up: longest event-loop stall until editable", median(stalls), "s", None, "",
            value_at_most(0.1, "s"),
            note=f"median over the launches of each one's longest stall (a 10 ms timer's lateness); "
            f"worst launch {max(stalls) * 1000:.0f} ms"),
        Row("  (floor: bare window + SQLAlchemy/SQLModel/pydantic)", stack, "s", bare, "bare QMainWindow",
            note="what any program on our libraries pays"),
        Row("  (floor: the same + open_document + load_info)", data, "s", bare, "bare QMainWindow",
            note="window titled with the demo through our services: domain tables, checks, first query"),
    ]
