"""Build what Qt generates from our sources: ``.qm`` translations and compiled Designer forms.

``python -m staan_desktop.gui.i18n_build`` (run by ``make run`` and ``make test``) compiles each
``resources/translations/*.ts`` into a ``.qm`` beside it and each ``ui/*.ui`` into
``staan_desktop/gui/forms/ui_*.py``, skipping what is already up to date, so it costs nothing
on the second run. ``--update`` first runs lupdate over the sources so that new strings appear
in the ``.ts`` files for a translator (open them with ``pyside6-linguist``), the refusals of the
lower layers (``staan_desktop/domain/messages``) among them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
FORMS_SOURCE = ROOT / "ui"
FORMS_TARGET = Path(__file__).resolve().parent / "forms"
SOURCES = (ROOT / "staan_desktop" / "gui", FORMS_SOURCE)
#: The refusals' templates and phrases (context ``Refusal``), marked for lupdate in the lowest layer.
REFUSALS = ROOT / "staan_desktop" / "domain" / "messages"

FORM_HEADER = (
    "# Generated from ui/{name} by `python -m staan_desktop.gui.i18n_build`. Do not edit:\n"
    "# change the .ui file in Qt Designer (pyside6-designer) and rebuild.\n"
)


def qt_tool(name: str) -> list[str]:
    """The command for a PySide6 tool: the venv's wrapper script, or the binary in the wheel."""
    wrapper = Path(sys.executable).with_name(f"pyside6-{name}")
    for candidate in (wrapper, wrapper.with_suffix(".exe")):
        if candidate.exists():
            return [str(candidate)]
    on_path = shutil.which(f"pyside6-{name}")
    if on_path:
        return [on_path]
    import PySide6

    package = Path(PySide6.__file__).parent
    for candidate in (package / name, package / f"{name}.exe", package / "Qt" / "libexec" / name):
        if candidate.exists():
            return [str(candidate)]
    raise SystemExit(f"pyside6-{name} not found; install PySide6 in this environment")


def _stale(target: Path, source: Path) -> bool:
    return not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def update_sources() -> None:
    python = sorted(p for p in SOURCES[0].rglob("*.py") if "forms" not in p.parts) + sorted(REFUSALS.glob("*.py"))
    forms = sorted(FORMS_SOURCE.glob("*.ui"))
    for ts in sorted(TRANSLATIONS.glob("staan_*.ts")):  # not the supplement to Qt's own (qt_supplement_*.ts)
        subprocess.run([*qt_tool("lupdate"), "-no-obsolete", *map(str, python + forms), "-ts", str(ts)], check=True)


def release(force: bool = False) -> list[Path]:
    built = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if force or _stale(qm, ts):
            subprocess.run([*qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
            built.append(qm)
    return built


def compile_form(ui: Path) -> str:
    result = subprocess.run(
        [*qt_tool("uic"), "-g", "python", str(ui)], check=True, capture_output=True, text=True
    )
    # uic stamps its own version into the header; ours is stable so that rebuilding is a no-op.
    body = "\n".join(line for line in result.stdout.splitlines() if not line.startswith("##"))
    return FORM_HEADER.format(name=ui.name) + body.lstrip("\n") + "\n"


def build_forms(force: bool = False) -> list[Path]:
    built = []
    for ui in sorted(FORMS_SOURCE.glob("*.ui")):
        target = FORMS_TARGET / f"ui_{ui.stem}.py"
        if force or _stale(target, ui):
            target.write_text(compile_form(ui), encoding="utf-8")
            built.append(target)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="collect new strings into the .ts files first")
    parser.add_argument("--force", action="store_true", help="rebuild even what looks up to date")
    args = parser.parse_args(argv)
    if args.update:
        update_sources()
    for path in build_forms(args.force) + release(args.force):
        print(f"built {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
