"""What every figure shares: a result row with its baseline and goal, statistics, and the
child processes whose peak memory we need."""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Goal:
    """``ratio`` goals compare against the baseline, ``value`` goals are absolute budgets."""

    kind: str  # "ratio" or "value"
    limit: float
    text: str

    def met(self, value: float | None, ratio: float | None) -> bool | None:
        measured = ratio if self.kind == "ratio" else value
        return None if measured is None else measured <= self.limit


def ratio_at_most(limit: float, text: str | None = None) -> Goal:
    return Goal("ratio", limit, text or f"ratio ≤ {limit:g}")


def value_at_most(limit: float, unit: str) -> Goal:
    return Goal("value", limit, f"≤ {format_value(limit, unit)}")


@dataclass(frozen=True)
class Row:
    figure: str
    value: float | None
    unit: str  # "s", "ms" or "MB"; values are stored in that unit
    baseline: float | None = None
    baseline_name: str = ""
    goal: Goal | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def result(self) -> str:
        if self.value is None:
            return "SKIP"
        if self.goal is None:
            return "info"
        met = self.goal.met(self.value, self.ratio)
        return "n/a" if met is None else ("PASS" if met else "FAIL")


def skipped(figure: str, unit: str, note: str, goal: Goal | None = None, baseline_name: str = "") -> Row:
    return Row(figure, None, unit, baseline_name=baseline_name, goal=goal, note=note)


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "s" and value < 0.1:
        return f"{value * 1000:.1f} ms"
    digits = 2 if value < 10 else 1
    return f"{value:.{digits}f} {unit}"


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def p99(samples: Sequence[float]) -> float:
    """Nearest-rank 99th percentile: with fewer than 100 samples it is the maximum."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.99 * len(ordered)) - 1)]


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def alternate(repeats: int, **actions: Callable[[], object]) -> dict[str, list[float]]:
    """Time each action ``repeats`` times, interleaved, so that drift (turbo, cache, other
    load on the machine) affects subject and baseline alike."""
    samples: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(repeats):
        for name, action in actions.items():
            samples[name].append(timed(action))
    return samples


def child_env(home: Path | None = None) -> dict[str, str]:
    """The environment of a measured child: offscreen Qt, the repository importable, and a
    private home so that settings of a real user are neither read nor written."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.pop("PYTHONSTARTUP", None)
    # Measured as an installed application runs: from byte-code caches (the warm-up run writes
    # them). Inherited, this would make every child compile the project's sources again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if home is not None:
        for name in ("DATA", "CONFIG", "STATE", "CACHE"):
            env[f"XDG_{name}_HOME"] = str(home / name.lower())
        env["HOME"] = str(home)
    return env


def peak_rss_mb() -> float:
    """This process's own peak resident memory (``VmHWM``). Not ``ru_maxrss``: Linux carries
    that over from the parent across fork and exec, so a child started by a parent holding
    the large tree would report the parent's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def run_child(module: str, args: Sequence[str], env: dict[str, str], timeout: float = 600) -> dict:
    """Run ``python -m module args`` and return the JSON object it prints last."""
    proc = subprocess.run(
        [sys.executable, "-m", module, *args], cwd=REPO, env=env, stdout=subprocess.PIPE, text=True, timeout=timeout
    )
    lines = proc.stdout.splitlines()
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{module} {' '.join(args)} failed (exit {proc.returncode})")
    return json.loads(lines[-1])
