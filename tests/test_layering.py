"""Dependencies point one way: gui → services → reports/domain. The lower layers never load
Qt's widget modules, and the GUI never talks to the database directly."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "staan_desktop"
LOWER = ["domain", "services", "reports"]


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", LOWER)
def test_lower_layers_do_not_import_qt(layer: str) -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in (PACKAGE / layer).rglob("*.py")
        for name in imported_modules(path)
        if name.startswith("PySide6") or name.startswith("staan_desktop.gui")
    ]
    assert not offenders


def test_importing_every_lower_module_loads_no_qt_widgets() -> None:
    modules = [
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        for layer in LOWER
        for path in (PACKAGE / layer).rglob("*.py")
        if "migrations" not in path.parts
    ] + ["staan_desktop.cli"]
    code = "import importlib, sys\n" + "".join(f"importlib.import_module({m!r})\n" for m in modules) + (
        "bad = [m for m in sys.modules if m.startswith('PySide6.QtWidgets') or m.startswith('PySide6.QtGui')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stdout + result.stderr


def test_gui_opens_no_database_sessions() -> None:
    offenders = []
    for path in (PACKAGE / "gui").rglob("*.py"):
        text = path.read_text("utf-8")
        for needle in ("Session(", "session.exec", ".execute(", "sqlite3"):
            if needle in text:
                offenders.append(f"{path.relative_to(PACKAGE)}: {needle}")
    assert not offenders
