"""The command line loads the heavy libraries only for the commands that use them: the signing
stack (pyHanko and its cryptography) only to sign or verify, Alembic only to make or migrate a
schema, ReportLab only to write a PDF, the calendar library only to write a calendar. Each command runs in a fresh interpreter that reports
which of them it imported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("pyhanko", "pyhanko_certvalidator", "cryptography", "asn1crypto", "alembic", "reportlab", "icalendar")

PROBE = f"""
import json, sys
from staan_desktop.cli import main
code = main(sys.argv[1:])
loaded = sorted({{name.split(".")[0] for name in sys.modules}} & {set(HEAVY)!r})
print("LOADED " + json.dumps(loaded))
sys.exit(code)
"""


def loaded_by(*args: object) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *map(str, args)], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("LOADED "))
    loaded: list[str] = json.loads(line.removeprefix("LOADED "))
    return loaded


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-imports")
    target = folder / "demo.staan"
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", str(ROOT / "resources" / "demo" / "staan.json"), "-o", str(target)],
        check=True, capture_output=True, cwd=ROOT, timeout=120,
    )
    return target


def test_a_pdf_export_loads_neither_the_signing_stack_nor_alembic(demo: Path) -> None:
    assert loaded_by("export", demo, "--pdf", demo.with_suffix(".pdf")) == ["reportlab"]


@pytest.mark.parametrize("command", [("info",), ("history",), ("export", "--json", "uit.json")])
def test_reading_commands_load_none_of_them(demo: Path, command: tuple[str, ...]) -> None:
    name, *options = command
    options = [str(demo.parent / option) if option.endswith(".json") else option for option in options]
    assert loaded_by(name, demo, *options) == []


def test_verifying_loads_the_signing_stack(demo: Path) -> None:
    """The probe can see a library being loaded: verify needs pyHanko."""
    pdf = demo.with_name("verify.pdf")
    subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(demo), "--pdf", str(pdf)], check=True,
                   capture_output=True, cwd=ROOT, timeout=120)
    assert "pyhanko" in loaded_by("verify", pdf, demo)


def test_a_calendar_export_loads_the_calendar_library(demo: Path) -> None:
    """The probe can see it: ``--ics`` needs icalendar, which a PDF export does not load."""
    assert "icalendar" in loaded_by("export", demo, "--ics", demo.with_suffix(".ics"))
