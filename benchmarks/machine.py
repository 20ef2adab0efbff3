"""The machine a run was taken on: figures mean little without it."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sqlite3
from pathlib import Path


def _first(path: str, prefix: str) -> str:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def _disk(directory: Path) -> str:
    """Filesystem type and device of ``directory``, and whether the device spins."""
    best = ("", "unknown", "unknown")
    try:
        for line in Path("/proc/mounts").read_text().splitlines():
            device, mount, fstype, *_ = line.split()
            if str(directory.resolve()).startswith(mount) and len(mount) >= len(best[0]):
                best = (mount, device, fstype)
    except OSError:
        return "unknown"
    _mount, device, fstype = best
    kind = ""
    name = Path(device).name
    rotational = Path(f"/sys/block/{name}/queue/rotational")
    if rotational.exists():
        kind = ", rotational" if rotational.read_text().strip() == "1" else ", non-rotational"
    return f"{fstype} on {device}{kind}"


def _versions() -> str:
    import PySide6
    import reportlab
    import sqlalchemy
    from PySide6.QtCore import qVersion

    return (f"Python {platform.python_version()}, Qt {qVersion()} (PySide6 {PySide6.__version__}), "
            f"ReportLab {reportlab.Version}, SQLite {sqlite3.sqlite_version}, SQLAlchemy {sqlalchemy.__version__}")


def load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def describe(workdir: Path) -> list[tuple[str, str]]:
    memory_kb = _first("/proc/meminfo", "MemTotal").split()[0]
    memory = f"{int(memory_kb) / 1024**2:.1f} GiB" if memory_kb.isdigit() else "unknown"
    return [
        ("date", dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")),
        ("CPU", f"{_first('/proc/cpuinfo', 'model name')}, {os.cpu_count()} logical cores"),
        ("RAM", memory),
        ("disk", f"{_disk(workdir)} (work directory {workdir})"),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("software", _versions()),
        ("load average at start", load()),
    ]
