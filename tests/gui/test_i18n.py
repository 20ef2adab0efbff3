"""Dutch by default, English through Qt Linguist, switched live; Qt's own dialogs follow."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from staan_desktop.gui import i18n, i18n_build

TS = i18n_build.TRANSLATIONS / "staan_en.ts"
#: Translation contexts of the workspace shell (the capture pages keep their own).
SHELL_CONTEXTS = {
    "Banner", "Documents", "EmptyState", "Errors", "Exporter", "FileActions", "MainWindow", "ShellWindow", "Navigation",
    "NewDocumentDialog", "OverviewPage", "SettingsDialog", "ShortcutsDialog", "StatusBar", "Task", "WindowActions",
    "Workspace", "WorkspaceContext", "PdfExportDialog", "ReviewActions",
    # The review dialogs, reached from the Beoordeling menu.
    "AddCommentDialog", "CommentsPanel", "NewDraft", "SignoffDialog", "VersionHistoryDialog",
    # Backups: File ▸ Reservekopieën… and the notices of automatic backups.
    "BackupActions", "BackupsDialog",
}
SHELL_SOURCES = [
    *(i18n_build.ROOT / "staan_desktop" / "gui").glob("*.py"), *(i18n_build.ROOT / "staan_desktop" / "gui" / "shell").glob("*.py")
] + [*(i18n_build.ROOT / "staan_desktop" / "gui" / "pages").glob("overview*.py"), *i18n_build.FORMS_SOURCE.glob("*.ui")] + [
    *(i18n_build.ROOT / "staan_desktop" / "gui" / "review").glob("*.py")
]


@pytest.fixture(scope="module", autouse=True)
def _built() -> None:
    i18n_build.release()


def _translated(message: ET.Element) -> bool:
    """Finished, and with text (every plural form of a %n message)."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    texts = [form.text for form in forms] if forms else [translation.text]
    return all(text and text.strip() for text in texts)


def _unfinished(ts: Path, contexts: set[str] | None = SHELL_CONTEXTS) -> list[tuple[str, str]]:
    """(context, source) of each message without a finished English translation; ``contexts``
    ``None`` looks at every context, not only the shell's."""
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root
        if contexts is None or context.findtext("name") in contexts
        for message in context.findall("message")
        if not _translated(message)
    ]


def test_switching_to_english_retranslates_the_open_window_live(qtbot, window, open_doc, demo_file):
    open_doc(window, demo_file)
    assert window.file_actions.menu.title() == "&Bestand"
    assert i18n.set_language("en")
    qtbot.waitUntil(lambda: window.file_actions.menu.title() == "&File")  # LanguageChange is posted
    assert window.actions_.menus["edit"].title() == "&Edit"
    assert window.navigation.titles()[0] == "Overview"
    assert window.workspace.current_title() == "Overview"
    assert window.pages[0].form.heading.text() == "Overview of the trajectory"
    assert window.status.saved.text() == "Every change is saved at once"
    assert window.pages[0].bindings["title"].undo_text == "Change title"
    i18n.set_language("nl")
    qtbot.waitUntil(lambda: window.file_actions.menu.title() == "&Bestand")
    assert window.navigation.titles()[0] == "Overzicht"


def test_qt_dialog_buttons_follow_the_language(qapp):
    i18n.set_language("nl")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() == "Annuleren"
    i18n.set_language("en")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() == "Cancel"


def test_every_string_of_the_shell_has_an_english_translation():
    assert _unfinished(TS) == []


def test_every_message_in_the_ts_file_has_an_english_translation():
    """Not only the shell: the capture pages, models, widgets, projector and agenda steps too."""
    assert _unfinished(TS, contexts=None) == []


def test_no_string_of_the_shell_is_missing_from_the_ts_file(tmp_path: Path):
    """lupdate over the shell's sources finds nothing new: every tr() is in staan_en.ts."""
    copy = tmp_path / "staan_en.ts"
    shutil.copyfile(TS, copy)
    subprocess.run(
        [*i18n_build.qt_tool("lupdate"), "-silent", *map(str, SHELL_SOURCES), "-ts", str(copy)],
        check=True, capture_output=True,
    )
    assert _unfinished(copy) == []


def test_no_string_of_the_gui_is_missing_from_the_ts_file(tmp_path: Path):
    """lupdate over every source that ``i18n_build --update`` reads finds nothing untranslated.

    Entries it marks vanished (a string changed or removed) are left to the next ``--update``,
    which drops them; a new or changed string comes in unfinished and fails here."""
    copy = tmp_path / "staan_en.ts"
    shutil.copyfile(TS, copy)
    gui = i18n_build.SOURCES[0]
    sources = sorted(p for p in gui.rglob("*.py") if "forms" not in p.parts) + sorted(i18n_build.FORMS_SOURCE.glob("*.ui"))
    subprocess.run(
        [*i18n_build.qt_tool("lupdate"), "-silent", *map(str, sources), "-ts", str(copy)],
        check=True, capture_output=True,
    )
    root = ET.parse(copy).getroot()
    missing = [
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root
        for message in context.findall("message")
        if message.find("translation").get("type") != "vanished" and not _translated(message)
    ]
    assert missing == []


def test_build_is_idempotent_and_quick():
    i18n_build.release()
    assert i18n_build.release() == []
    assert i18n_build.build_forms() == []
    assert TS.with_suffix(".qm").stat().st_size > 1000


def test_compiled_forms_match_their_ui_files():
    for ui in i18n_build.FORMS_SOURCE.glob("*.ui"):
        compiled = i18n_build.FORMS_TARGET / f"ui_{ui.stem}.py"
        assert compiled.read_text(encoding="utf-8") == i18n_build.compile_form(ui), (
            f"{compiled.name} is stale or edited by hand: python -m staan_desktop.gui.i18n_build --force"
        )
