"""Dutch by default, English through Qt Linguist, switched live; Qt's own dialogs follow."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
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


def _texts(root) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    """Every text a person reads in ``root``: labels, buttons, placeholders, titles, choices and
    column headers, in a stable order."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QDockWidget,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTableView,
        QTreeView,
    )

    found: list[tuple[str, ...]] = []
    for label in root.findChildren(QLabel):
        found.append(("label", label.text()))
    for button in root.findChildren(QAbstractButton):
        found.append(("button", button.text(), button.toolTip()))
    for edit in [*root.findChildren(QLineEdit), *root.findChildren(QPlainTextEdit)]:
        found.append(("placeholder", edit.placeholderText()))
    for box in root.findChildren(QGroupBox):
        found.append(("group", box.title()))
    for dock in root.findChildren(QDockWidget):
        found.append(("dock", dock.windowTitle()))
    for combo in root.findChildren(QComboBox):
        found.append(("choices", *(combo.itemText(i) for i in range(combo.count()))))
    for view in [*root.findChildren(QTableView), *root.findChildren(QTreeView)]:
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        model = view.model()
        if model is not None and not header.isHidden():
            found.append(("columns", *(str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(header.count()))))
    return sorted(found)


def test_a_language_switch_reaches_every_page_and_panel_at_once(qtbot, make_window, open_doc, demo_file, tmp_path, settings):
    """Pages visited in Dutch, the comments and session panels open: after switching to English
    each says exactly what it says when the window is made in English."""
    from staan_desktop.gui.pages import PAGES
    from staan_desktop.gui.settings import AUTHOR_NAME

    settings.set(AUTHOR_NAME, "Roel")

    def visit_all(window) -> dict[str, list[tuple[str, ...]]]:  # type: ignore[no-untyped-def]
        window.review.show_comments(True)
        window.session.dock.show()
        seen = {}
        for row, spec in enumerate(PAGES):
            window.go_to(row)
            seen[spec.key] = _texts(window.stack.currentWidget())
        seen["docks"] = _texts(window.review.dock) + _texts(window.session.dock)
        return seen

    switched = make_window(PAGES)
    open_doc(switched, demo_file)
    dutch = visit_all(switched)
    assert i18n.set_language("en")
    qtbot.waitUntil(lambda: switched.file_actions.menu.title() == "&File")
    after_switch = {}
    for row, spec in enumerate(PAGES):
        switched.go_to(row)
        after_switch[spec.key] = _texts(switched.stack.currentWidget())
    after_switch["docks"] = _texts(switched.review.dock) + _texts(switched.session.dock)
    switched.release_document()

    copy = tmp_path / "english.staan"
    shutil.copyfile(demo_file, copy)
    fresh = make_window(PAGES)
    open_doc(fresh, copy)
    english = visit_all(fresh)
    assert english != dutch, "the English window should differ from the Dutch one"
    chapters = [text for texts in english["chapters"] for text in texts]
    assert "Text" in chapters and "Tekst" not in chapters  # a text block's caption
    stale = {key: sorted(set(after_switch[key]) - set(english[key]))[:3] for key in english if after_switch[key] != english[key]}
    assert not stale, stale


def test_qt_file_dialog_speaks_dutch(qapp):
    """Qt's own Dutch misses the file dialog's "Look in:" and "Files of type:" (their source
    texts gained a mnemonic); our supplement fills them in."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    i18n.set_language("nl")
    dialog = QFileDialog(None, "Openen")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    dialog.deleteLater()
    assert labels == {"&Zoeken in:", "Bestands&naam:", "Bestands&type:"}, labels
