"""Starting on the right document, and the File menu: new, save a copy, export."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from staan_desktop.gui import paths
from staan_desktop.gui.app import file_argument, open_initial
from staan_desktop.gui.new_document_dialog import NewDocumentDialog
from staan_desktop.gui.settings import DEMO_CREATED, LAST_FILE
from staan_desktop.services import edits, interchange, locking

ROOT = Path(__file__).resolve().parents[2]


def _main_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("staan_main", ROOT / "main.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_main_sends_documents_to_the_window_and_subcommands_to_the_cli(tmp_path: Path):
    wants_window = _main_module().wants_window
    existing = tmp_path / "traject.bak"
    existing.write_bytes(b"")
    assert wants_window([])
    assert wants_window(["traject.staan"])
    assert wants_window([str(existing)])
    assert wants_window(["-platform", "offscreen"])
    assert not wants_window(["export", "traject.staan", "uit.json"])
    assert not wants_window(["--help"])
    assert file_argument(["main.py", "--reverse", "traject.staan"]) == Path("traject.staan")
    assert file_argument(["main.py"]) is None


def test_main_without_qt_for_the_cli(tmp_path: Path):
    import subprocess

    code = (
        "import runpy, sys; sys.argv = ['main.py', '--help']\n"
        "try:\n    runpy.run_path('main.py', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "import sys; print('QtWidgets' in ' '.join(sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.stdout.strip().endswith("False"), result.stdout + result.stderr


def test_first_start_opens_the_demo_from_the_users_data_folder(qtbot, window, settings):
    open_initial(window, settings, None)
    qtbot.waitUntil(lambda: window.current is not None, timeout=15_000)
    assert window.current.path == paths.demo_path().resolve()
    assert str(paths.data_dir()).startswith(str(Path(__import__("os").environ["STAAN_DATA_DIR"])))
    assert settings.get(DEMO_CREATED)
    assert settings.get(LAST_FILE) == str(paths.demo_path().resolve())
    assert interchange.load_tree(window.current.doc).municipalities, "the demo has content"


def test_later_starts_open_the_last_document(qtbot, window, settings, demo_file):
    settings.set(DEMO_CREATED, True)
    settings.set(LAST_FILE, str(demo_file))
    open_initial(window, settings, None)
    qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)
    assert window.current.path == demo_file.resolve()
    assert not paths.demo_path().exists()


def test_a_named_file_wins_and_a_missing_last_file_leaves_the_window_empty(qtbot, window, settings, demo_file, tmp_path):
    settings.set(DEMO_CREATED, True)
    settings.set(LAST_FILE, str(tmp_path / "weg.staan"))
    open_initial(window, settings, None)
    assert window.current is None and window.body.currentWidget() is window.empty
    open_initial(window, settings, demo_file)
    qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)
    assert window.current.path == demo_file.resolve()


def test_new_document_from_the_template(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "Samenwerking Oost"

    def ask(dialog: NewDocumentDialog) -> int:
        dialog.title_edit.setText("Samenwerking Oost")
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", ask)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.file_actions.new.trigger()
    qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)
    assert window.current.path == target.with_suffix(".staan").resolve()
    tree = interchange.load_tree(window.current.doc)
    assert tree.trajectory.title == "Samenwerking Oost"
    assert tree.sections, "the STAAN template brings its chapters"
    assert locking.read_lock(window.current.path) is not None


def test_save_a_copy_keeps_working_in_the_original(qtbot, window, open_doc, demo_file, monkeypatch, tmp_path):
    open_doc(window, demo_file)
    copy = tmp_path / "kopie.staan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.file_actions.copy.trigger()
    qtbot.waitUntil(copy.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "Kopie bewaard" in window.status.currentMessage())
    assert interchange.load_tree(interchange_doc(copy)).trajectory == interchange.load_tree(window.current.doc).trajectory
    assert window.current.path == demo_file.resolve()


def interchange_doc(path: Path):  # type: ignore[no-untyped-def]
    from staan_desktop.services.store import open_document

    return open_document(path, read_only=True)


def test_export_json_from_the_export_submenu(qtbot, window, open_doc, demo_file, monkeypatch, tmp_path):
    open_doc(window, demo_file)
    target = tmp_path / "uit"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    json_action = next(a for a, e in window.file_actions.exporters if e.key == "json")
    assert json_action in window.file_actions.export_menu.actions()
    json_action.trigger()
    written = target.with_suffix(".json")
    qtbot.waitUntil(written.exists, timeout=10_000)
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["trajectory"]["title"] == interchange.load_tree(window.current.doc).trajectory.title


def test_retry_opens_for_writing_once_the_other_instance_let_go(qtbot, window, open_doc, demo_file):
    locking.lock_path(demo_file).write_text(
        '{"user": "marieke", "host": "laptop-griffie", "pid": 4242, "since": "2025-03-14T09:12:00"}', encoding="utf-8"
    )
    open_doc(window, demo_file)
    assert window.current.doc.read_only
    locking.lock_path(demo_file).unlink()
    window.banner.retry.click()
    qtbot.waitUntil(lambda: window.current is not None and not window.current.doc.read_only, timeout=10_000)
    assert not window.banner.isVisible()


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_a_lock_left_by_another_computer_can_be_taken_over_after_a_warning(
    qtbot, window, open_doc, demo_file, monkeypatch, answer
):
    from PySide6.QtWidgets import QMessageBox

    left = '{"user": "marieke", "host": "laptop-griffie", "pid": 4242, "since": "2025-03-14T09:12:00"}'
    locking.lock_path(demo_file).write_text(left, encoding="utf-8")
    open_doc(window, demo_file)
    assert window.current.doc.read_only and window.banner.take_over.isVisibleTo(window.banner)
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No), "taking over is never the default"
        return int(getattr(QMessageBox.StandardButton, answer).value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    window.banner.take_over.click()
    assert asked and asked[0].startswith("Geopend door marieke op laptop-griffie sinds 14-03-2025 09:12.")
    if answer == "No":
        assert window.current.doc.read_only
        assert locking.lock_path(demo_file).read_text(encoding="utf-8") == left
        return
    qtbot.waitUntil(lambda: window.current is not None and not window.current.doc.read_only, timeout=10_000)
    assert locking.read_lock(demo_file) == window.current.lock.info
    assert not window.banner.isVisible()
    edits.update_trajectory(window.current.doc, subtitle="Overgenomen")  # it can be written


@pytest.mark.parametrize("title, expected", [("Oost / West: 2025?", "Oost  West 2025"), ("...", "Startdocument")])
def test_suggested_file_names_are_valid_everywhere(title: str, expected: str):
    from staan_desktop.gui.file_actions import safe_file_name

    assert safe_file_name(title) == expected


def test_both_examples_open_from_the_file_menu(qtbot, window, message_boxes):
    """Issue 20: the startgesprek (seed 003) and the verkenning (seed 004) are openable from the
    File menu, each made in the user's data folder the first time."""
    file_menu = window.file_actions.menu
    examples = next(a.menu() for a in file_menu.actions() if a.menu() is window.actions_.examples_menu)
    entries = {a.text().replace("&", ""): a for a in examples.actions()}
    assert set(entries) == {"Voorbeeldverkenning openen", "Voorbeeld: startgesprek BEL openen"}
    entries["Voorbeeld: startgesprek BEL openen"].trigger()
    qtbot.waitUntil(lambda: window.current is not None and window.current.doc.path.name == "Voorbeeld startgesprek BEL.staan",
                    timeout=15_000)
    assert message_boxes == []
    entries["Voorbeeldverkenning openen"].trigger()
    qtbot.waitUntil(lambda: window.current is not None and window.current.doc.path.name == "Voorbeeldverkenning.staan",
                    timeout=15_000)
    assert message_boxes == []
