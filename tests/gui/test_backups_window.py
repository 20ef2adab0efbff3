"""Backups in the window: made on open, while working and on close, listed under File ▸
Reservekopieën…, restored as a new document or over the open one; a failure is a notice."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from staan_desktop.gui import tasks
from staan_desktop.gui.backups_dialog import BackupsDialog
from staan_desktop.gui.settings import BACKUP_INTERVAL, BACKUP_KEEP
from staan_desktop.services import backups, edits, locking
from staan_desktop.services.errors import DocumentError
from staan_desktop.services.interchange import load_info
from staan_desktop.services.store import open_document

FULL = "De reservekopie van ‘Voorbeeld.staan’ kon niet worden gemaakt: de schijf is vol. Het document zelf is onveranderd."


def _open(qtbot, window, open_doc, path: Path):  # type: ignore[no-untyped-def]
    """Open ``path`` and wait for its backup on open to report back."""
    opened = open_doc(window, path)
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)
    return opened


def _retitle(window, title: str) -> None:  # type: ignore[no-untyped-def]
    context = window.context
    assert context.edit("Titel wijzigen", lambda: edits.update_trajectory(context.doc, title=title)) is not None


def _title(path: Path) -> str:
    with open_document(path, read_only=True) as doc:
        return load_info(doc).title


def test_a_backup_is_made_on_open_in_the_users_data_folder(qtbot, window, open_doc, demo_file):
    _open(qtbot, window, open_doc, demo_file)
    listed = backups.list_backups(demo_file)
    assert [b.reason for b in listed] == ["openen"]
    assert listed[0].path.is_relative_to(Path(os.environ["STAAN_DATA_DIR"]) / "backups")
    assert _title(listed[0].path) == load_info(window.current.doc).title
    entries = window.file_actions.menu.actions()
    assert entries[entries.index(window.file_actions.copy) + 1] is window.backups.action
    assert window.backups.action.isEnabled()


def test_the_timer_backs_up_after_an_edit_and_not_when_nothing_changed(qtbot, window, open_doc, demo_file, settings):
    settings.set(BACKUP_INTERVAL, 2)
    _open(qtbot, window, open_doc, demo_file)
    assert window.backups.timer.isActive()
    _retitle(window, "Na een wijziging")
    window.backups.on_tick()
    assert not window.backups.busy, "not yet: two minutes were chosen"
    window.backups.on_tick()
    assert window.backups.busy, "the second minute, and the document changed"
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)
    listed = backups.list_backups(demo_file)
    assert [b.reason for b in listed] == ["interval", "openen"]
    assert _title(listed[0].path) == "Na een wijziging"
    for _minute in range(5):
        window.backups.on_tick()
        assert not window.backups.busy, "nothing changed since: no backup is even started"
    assert len(backups.list_backups(demo_file)) == 2


def test_closing_backs_up_what_changed_and_adds_nothing_when_nothing_did(qtbot, window, open_doc, demo_file):
    _open(qtbot, window, open_doc, demo_file)
    window.close_document()
    assert [b.reason for b in backups.list_backups(demo_file)] == ["openen"], "the same content is not kept twice"
    _open(qtbot, window, open_doc, demo_file)
    _retitle(window, "Voor het sluiten")
    window.close_document()
    newest = backups.list_backups(demo_file)[0]
    assert newest.reason == "sluiten" and _title(newest.path) == "Voor het sluiten"
    assert locking.read_lock(demo_file) is None, "the document was closed after its backup"


def test_the_dialog_lists_the_backups_newest_first_in_local_time(qtbot, window, open_doc, demo_file, monkeypatch):
    _open(qtbot, window, open_doc, demo_file)
    _retitle(window, "Tweede stand")
    backups.backup_now(demo_file, reason="interval")
    _retitle(window, "Derde stand")
    backups.backup_now(demo_file, reason="vaststellen")
    shown: list[BackupsDialog] = []

    def exec_(dialog: BackupsDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(BackupsDialog, "exec", exec_)
    window.backups.action.trigger()
    dialog = shown[0]
    listed = backups.list_backups(demo_file)
    rows = [[dialog.tree.topLevelItem(i).text(c) for c in range(3)] for i in range(dialog.tree.topLevelItemCount())]
    assert [row[1] for row in rows] == ["vóór het vaststellen", "automatisch tijdens het werk", "bij het openen"]
    for row, info in zip(rows, listed, strict=True):
        assert row[0] == "vandaag " + info.created.astimezone().strftime("%H:%M:%S")
        assert row[2] and row[2][0].isdigit()
    assert dialog.selected() == listed[0], "the newest is chosen to begin with"
    assert dialog.as_new.isEnabled() and dialog.over.isEnabled()
    assert "Voorbeeld.staan" in dialog.intro.text()


def test_restoring_as_a_new_document_gives_the_earlier_content(qtbot, window, open_doc, demo_file, monkeypatch, tmp_path):
    _open(qtbot, window, open_doc, demo_file)
    original = load_info(window.current.doc).title
    _retitle(window, "Later")
    earlier = backups.list_backups(demo_file)[0]
    target = tmp_path / "terug"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.backups.restore_as_new(earlier)
    restored = target.with_suffix(".staan").resolve()
    qtbot.waitUntil(lambda: window.current is not None and window.current.path == restored, timeout=10_000)
    assert load_info(window.current.doc).title == original, "the window shows the restored document"
    assert _title(demo_file) == "Later", "the document itself is left alone"


def test_replacing_the_document_restores_the_earlier_content_in_the_window(qtbot, window, open_doc, demo_file, monkeypatch):
    _open(qtbot, window, open_doc, demo_file)
    original = load_info(window.current.doc).title
    _retitle(window, "Wordt teruggedraaid")
    earlier = backups.list_backups(demo_file)[0]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window.backups.replace(earlier)
    assert "eerst zelf als reservekopie bewaard" in asked[0]
    qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)
    assert window.current.path == demo_file.resolve() and not window.current.doc.read_only
    assert load_info(window.current.doc).title == original
    assert original in window.windowTitle()
    safety = next(b for b in backups.list_backups(demo_file) if b.reason == "herstel")
    assert _title(safety.path) == "Wordt teruggedraaid", "the replaced state is not lost"


def test_replacing_is_not_offered_for_a_document_held_elsewhere(qtbot, window, open_doc, demo_file, monkeypatch):
    locking.lock_path(demo_file).write_text(
        '{"user": "marieke", "host": "laptop-griffie", "pid": 4242, "since": "2025-03-14T09:12:00"}', encoding="utf-8"
    )
    backups.backup_now(demo_file, reason="handmatig")
    _open(qtbot, window, open_doc, demo_file)
    assert window.current.doc.read_only
    window.backups.on_tick()
    assert not window.backups.busy and not window.backups.timer.isActive()
    assert [b.reason for b in backups.list_backups(demo_file)] == ["handmatig"], "the holder makes the backups"
    shown: list[BackupsDialog] = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda dialog: shown.append(dialog) or QDialog.DialogCode.Rejected)
    window.backups.action.trigger()
    assert shown[0].as_new.isEnabled() and not shown[0].over.isEnabled()


def test_a_failing_backup_is_a_notice_and_the_window_stays_usable(qtbot, window, open_doc, demo_file, monkeypatch, message_boxes):
    def full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise DocumentError(FULL, "[Errno 28] No space left on device")

    monkeypatch.setattr(backups, "backup_now", full)
    _open(qtbot, window, open_doc, demo_file)
    notice = window.backups.notice
    assert notice.isVisible() and "schijf is vol" in notice.toolTip()
    assert "schijf is vol" in window.status.currentMessage()
    assert message_boxes == [], "typing is never interrupted by a dialog"
    _retitle(window, "Gewoon doorwerken")
    assert _title(demo_file) == "Gewoon doorwerken"
    window.close_document()
    assert window.current is None, "a failing disk does not keep the document open"
    assert [box["text"] for box in message_boxes] == [FULL]


def test_a_quiet_task_shows_no_dialog_and_does_not_hold_the_window_open(qtbot):
    results: list[int] = []
    task = tasks.run_task(None, "Stil", lambda _progress: 42, results.append, quiet=True)
    assert task.dialog is None and tasks.running() == 0
    qtbot.waitUntil(lambda: results == [42])


@pytest.mark.parametrize("interval, keep", [(1, 3), (30, 50)])
def test_the_settings_dialog_stores_the_backup_choices(qtbot, settings, interval, keep):
    from staan_desktop.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.ui.backupIntervalCombo.currentData() == 5 and dialog.ui.backupKeepCombo.currentData() == 10
    dialog.ui.backupIntervalCombo.setCurrentIndex(dialog.ui.backupIntervalCombo.findData(interval))
    dialog.ui.backupKeepCombo.setCurrentIndex(dialog.ui.backupKeepCombo.findData(keep))
    dialog.accept()
    assert settings.get(BACKUP_INTERVAL) == interval and settings.get(BACKUP_KEEP) == keep
