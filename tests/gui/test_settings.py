"""The typed settings: defaults, types, recent files, and the settings dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from staan_desktop.gui import settings as s


def test_every_key_reads_its_default_from_an_empty_store(settings):
    for key in s.KEYS:
        value = settings.get(key)
        assert isinstance(value, key.type), key.name
        assert value == key.default, key.name


def test_values_come_back_with_their_type_after_a_round_trip(tmp_path: Path):
    path = str(tmp_path / "round.ini")
    first = s.Settings(QSettings(path, QSettings.Format.IniFormat))
    first.set(s.TEXT_SCALE, 150)
    first.set(s.DEMO_CREATED, True)
    first.set(s.RECENT_FILES, ["/een.staan"])  # a one-element list is stored as a bare string
    first.set(s.WINDOW_GEOMETRY, QByteArray(b"\x01\x02"))
    first.sync()
    again = s.Settings(QSettings(path, QSettings.Format.IniFormat))
    assert again.get(s.TEXT_SCALE) == 150
    assert again.get(s.DEMO_CREATED) is True
    assert again.get(s.RECENT_FILES) == ["/een.staan"]
    assert again.get(s.WINDOW_GEOMETRY) == QByteArray(b"\x01\x02")


def test_a_value_that_does_not_fit_reads_as_the_default(settings):
    settings.store.setValue(s.LANGUAGE.name, "klingon")
    settings.store.setValue(s.TEXT_SCALE.name, "heel groot")
    assert settings.get(s.LANGUAGE) == "nl"
    assert settings.get(s.TEXT_SCALE) == 100
    with pytest.raises(ValueError):
        settings.set(s.LANGUAGE, "klingon")
    with pytest.raises(TypeError):
        settings.set(s.TEXT_SCALE, "150")


def _files(tmp_path: Path, count: int) -> list[Path]:
    paths = []
    for number in range(count):
        path = tmp_path / f"traject{number}.staan"
        path.write_bytes(b"x")
        paths.append(path.resolve())
    return paths


def test_recent_files_newest_first_without_duplicates_and_at_most_max(settings, tmp_path: Path):
    files = _files(tmp_path, s.MAX_RECENT + 3)
    for path in files:
        settings.add_recent(path)
    assert settings.recent_files() == files[::-1][: s.MAX_RECENT]
    settings.add_recent(files[-3])
    recent = settings.recent_files()
    assert recent[0] == files[-3]
    assert recent.count(files[-3]) == 1
    assert len(recent) == s.MAX_RECENT
    assert settings.get(s.LAST_FILE) == str(files[-3])


def test_recent_files_that_disappeared_are_pruned(settings, tmp_path: Path):
    keep, gone = _files(tmp_path, 2)
    settings.add_recent(keep)
    settings.add_recent(gone)
    gone.unlink()
    assert settings.recent_files() == [keep]
    assert settings.get(s.RECENT_FILES) == [str(keep)], "the stored list is pruned too"


def test_settings_dialog_stores_what_was_chosen(qtbot, settings, tmp_path: Path):
    from staan_desktop.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    ui.colorSchemeCombo.setCurrentIndex(ui.colorSchemeCombo.findData("dark"))
    ui.textScaleCombo.setCurrentIndex(ui.textScaleCombo.findData(130))
    ui.folderEdit.setText(str(tmp_path))
    ui.authorEdit.setText("  Roel  ")
    dialog.accept()
    assert settings.get(s.LANGUAGE) == "en"
    assert settings.get(s.COLOR_SCHEME) == "dark"
    assert settings.get(s.TEXT_SCALE) == 130
    assert settings.get(s.DEFAULT_FOLDER) == str(tmp_path)
    assert settings.get(s.AUTHOR_NAME) == "Roel"
    assert ui.browseButton.accessibleName() and ui.browseButton.toolTip()


def test_default_qsettings_of_the_tests_are_not_the_users(qapp, tmp_path: Path):
    store = QSettings()
    store.setValue("probe", 1)
    store.sync()
    assert str(tmp_path) in store.fileName()


def test_the_settings_file_is_private_from_its_first_write(qapp, tmp_path: Path):
    """0600 in a 0700 folder: the settings name recent documents and the user's own name. Qt
    writes through a temporary file that keeps the permissions of the file it replaces."""
    import os
    import stat

    old = os.umask(0o022)  # the usual umask, under which a new file would be 0644
    try:
        settings = s.Settings()  # the application's own file (conftest points it at tmp_path)
        settings.set(s.TEXT_SCALE, 130)
        settings.sync()
    finally:
        os.umask(old)
    path = Path(settings.store.fileName())
    assert path.is_relative_to(tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert s.Settings().get(s.TEXT_SCALE) == 130


def test_the_settings_hold_no_document_content(qtbot, make_window, open_doc, demo_file, tmp_path: Path):
    """After a document was opened, edited and closed, the settings file names no title,
    municipality or person of it (only the file's path, for the Recent menu)."""
    from staan_desktop.services import interchange, queries

    window = make_window()
    open_doc(window, demo_file)
    doc = window.current.doc
    info = interchange.load_info(doc)
    contents = [info.title, info.subtitle, info.procesmanager, *(m.name for m in queries.municipalities(doc))]
    window.close()
    window.settings.sync()
    stored = Path(window.settings.store.fileName()).read_text(encoding="utf-8", errors="replace")
    assert str(demo_file.resolve()) in stored or demo_file.name in stored
    assert [text for text in contents if text and text in stored] == []


def test_content_kept_by_earlier_versions_is_removed(tmp_path: Path):
    path = tmp_path / "old.ini"
    store = QSettings(str(path), QSettings.Format.IniFormat)
    store.setValue("files/first_look", "('/x.staan', (1, 2, 3), {'title': 'Geheim traject', 'procesmanager': 'A. Naam'})")
    store.sync()
    s.Settings(QSettings(str(path), QSettings.Format.IniFormat)).sync()
    assert "Geheim" not in path.read_text(encoding="utf-8")
