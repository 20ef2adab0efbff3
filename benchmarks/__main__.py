"""``python -m benchmarks``: run every figure and print one table.

Each row: what was measured, its baseline measured in the same run (same process or same
kind of process, same disk), their ratio, the goal and PASS/FAIL against it. Benchmarks are
not part of the test suite; the exit code is 0 unless a benchmark crashed (or ``--strict``
and a goal was missed).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from . import edit_latency, large_trajectory, machine, pdf_export, room_load, sensitivity, startup
from .generate import FULL, QUICK
from .measure import REPO, Row, format_value

FIGURES = ("startup", "pdf", "edits", "large", "sensitivity", "room")
HEADER = ("Figure", "Measured", "Baseline", "Ratio", "Goal", "Result", "Baseline is / notes")


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="few repetitions and a small 'large' trajectory (a smoke run, < 30 s)")
    parser.add_argument("--only", action="append", choices=FIGURES, help="run only this figure (repeatable)")
    parser.add_argument("--workdir", type=Path,
                        help="where documents are written (default: a fresh folder in build/; same disk "
                             "as the repository, not a tmpfs)")
    parser.add_argument("--markdown", action="store_true", help="print the machine and table as Markdown")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal is missed")
    return parser.parse_args(argv)


def _cells(row: Row) -> tuple[str, ...]:
    ratio = "—" if row.ratio is None else f"{row.ratio:.2f}"
    notes = "; ".join(part for part in (row.baseline_name, row.note) if part)
    return (row.figure, format_value(row.value, row.unit), format_value(row.baseline, row.unit), ratio,
            row.goal.text if row.goal else "—", row.result, notes)


def render_text(rows: list[Row]) -> str:
    table = [HEADER, *(_cells(row) for row in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(HEADER))]
    aligned = [
        "  ".join(cell.ljust(w) if i in (0, 4, 5, 6) else cell.rjust(w) for i, (cell, w) in enumerate(zip(line, widths)))
        for line in table
    ]
    return "\n".join([aligned[0], "  ".join("-" * w for w in widths), *aligned[1:]])


def render_markdown(rows: list[Row], about: list[tuple[str, str]]) -> str:
    lines = [f"- **{key}**: {value}" for key, value in about]
    lines += ["", "| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(cell.strip().replace("|", "\\|") for cell in _cells(row)) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    figures = args.only or list(FIGURES)
    base = args.workdir or REPO / "build"
    base.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="benchmarks-", dir=base))
    about = machine.describe(workdir)
    if not args.markdown:
        print("\n".join(f"{key}: {value}" for key, value in about), flush=True)
    quick = args.quick
    rows: list[Row] = []
    started = time.perf_counter()
    try:
        for figure in figures:
            print(f"… {figure}", file=sys.stderr, end="", flush=True)
            figure_started = time.perf_counter()
            if figure == "startup":
                rows += startup.run(workdir, repeats=1 if quick else 25, warm_up=not quick)
            elif figure == "pdf":
                rows += pdf_export.run(workdir, repeats=3 if quick else 20, soffice_repeats=0 if quick else 5)
            elif figure == "edits":
                rows += edit_latency.run(workdir, repeats=20 if quick else 300)
            elif figure == "large":
                rows += large_trajectory.run(workdir, QUICK if quick else FULL, repeats=1 if quick else 3,
                                             edit_repeats=10 if quick else 100)
            elif figure == "sensitivity":
                rows += sensitivity.run(repeats=3 if quick else 20)
            elif figure == "room":
                rows += room_load.run(workdir, phones=60, repeats=1 if quick else 3)
            print(f" {time.perf_counter() - figure_started:.0f} s", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    about.append(("load average at end", machine.load()))
    about.append(("run took", f"{time.perf_counter() - started:.0f} s" + (" (--quick)" if quick else "")))
    if args.markdown:
        print(render_markdown(rows, about))
    else:
        print(f"load average at end: {machine.load()}\n")
        print(render_text(rows))
    missed = any(row.result == "FAIL" for row in rows)
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
