"""The benchmark command runs and prints its table. The figures themselves are not tested:
they depend on the machine (see docs/benchmarks.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_quick_benchmark_prints_the_table(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--workdir", str(tmp_path)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    header = next(line for line in lines if line.startswith("Figure"))
    for column in ("Measured", "Baseline", "Ratio", "Goal", "Result"):
        assert column in header
    table = lines[lines.index(header) + 2:]
    for figure in ("start-up", "PDF export of the demo", "whole CLI process", "set_score, median", "add_statement, p99",
                   "load_tree", "peak memory", "sensitivity of 20 options"):
        assert any(figure in line for line in table), figure
    assert not any("Traceback" in line for line in lines)
