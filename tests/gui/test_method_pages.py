"""The window of a verkenning shows only the pages of its method, in its words: no
"taakveld" or "werkconferentie" in the navigation or on a page (see tests/test_method_words.py
for the PDF). A STAAN-werkwijze document keeps every page but the options'."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_method_words import WORDS, example


@pytest.fixture
def verkenning_file(tmp_path: Path) -> Path:
    from staan_desktop.services.interchange import create_from_tree

    path = tmp_path / "verkenning.staan"
    create_from_tree(path, example()).close()
    return path


def test_the_window_shows_only_the_parts_of_the_verkenning(qtbot, make_window, open_doc, verkenning_file) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget

    from staan_desktop.gui.pages import PAGES

    window = make_window(PAGES)
    open_doc(window, verkenning_file)
    workspace = window.workspace
    shown = [workspace.navigation.item(row).text() for row in range(workspace.navigation.count())
             if not workspace.navigation.isRowHidden(row)]
    # The parts that follow the session (register, key figures and cost keys) belong to every method.
    assert shown == ["Overzicht", "Gemeenten", "Hoofdstukken", "Criteria en indeling", "Opties en SWOT",
                     "Opties scoren", "Toetsingskader", "Besluit", "Resultaten en acties", "Kerngetallen en verdeelsleutels"]
    # Every page of the method, built and shown: no label, button or list says the words.
    content = example()
    allowed = {o.name for o in content.options} | {p for o in content.options for q in (o.swot.strengths, o.swot.weaknesses,
               o.swot.opportunities, o.swot.threats) for p in q}
    said = []
    for row in range(workspace.navigation.count()):
        if workspace.navigation.isRowHidden(row):
            continue
        workspace.go_to(row)
        page = workspace.pages[row]
        for widget in [*page.findChildren(QLabel), *page.findChildren(QAbstractButton)]:
            if widget.isVisibleTo(page) and WORDS.search(widget.text()):
                said.append((workspace.specs[row].key, widget.text()))
        for view in page.findChildren(QListWidget):
            said += [(workspace.specs[row].key, view.item(i).text()) for i in range(view.count())
                     if WORDS.search(view.item(i).text()) and view.item(i).text() not in allowed]
    said += [("navigation", t) for t in shown if WORDS.search(t)]
    # Nor does a menu (the Session menu offers no revealing of task fields' scores).
    menus = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            elif action.isVisible() and WORDS.search(action.text()):
                said.append((menu.title(), action.text()))
    assert not said, said
    # Keys move through the method's pages only.
    workspace.go_to(0)
    workspace.step(1)
    assert workspace.current_key() == "municipalities"
    workspace.go_to_key("task_fields")
    assert workspace.current_key() == "municipalities"  # not a page of this method


def test_a_werkwijze_document_keeps_every_page(qtbot, make_window, open_doc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.gui.pages import PAGES
    from staan_desktop.services.interchange import create_demo

    path = tmp_path / "demo.staan"
    create_demo(path).close()
    window = make_window(PAGES)
    open_doc(window, path)
    navigation = window.workspace.navigation
    hidden = [window.workspace.specs[row].key for row in range(navigation.count()) if navigation.isRowHidden(row)]
    assert hidden == ["options", "option_scores", "frame", "decision"]
    assert navigation.item(window.workspace.row_of("conferences")).text() == "Werkconferenties"


def test_a_new_document_of_a_method_and_its_structure_saved_as_one(qtbot, make_window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from staan_desktop.gui.new_document_dialog import NewDocumentDialog
    from staan_desktop.gui.pages import PAGES
    from staan_desktop.services import interchange, methods

    window = make_window(PAGES)
    target = tmp_path / "Verkenning Twente"
    offered: list[str] = []

    def ask(dialog: NewDocumentDialog) -> int:
        buttons = dialog.group.buttons()
        offered.extend(b.text().replace("&", "") for b in buttons)
        dialog.title_edit.setText("Verkenning Twente")
        next(b for b in buttons if b.text() == "Verkenning met toetsingskader").setChecked(True)
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", ask)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.file_actions.new.trigger()
    qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)
    assert offered == ["STAAN-werkwijze", "Leeg", "Verkenning met toetsingskader", "Startgesprek"]
    tree = interchange.load_tree(window.current.doc)
    assert tree.method == methods.find("verkenning") and tree.trajectory.title == "Verkenning Twente"
    assert window.workspace.navigation.isRowHidden(window.workspace.row_of("task_fields"))

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Verkenning Twente", True))
    window.file_actions.save_method.trigger()
    assert [m.name for m in methods.saved(methods.user_folder())] == ["Verkenning Twente"]
    offered.clear()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))  # asked, then cancelled
    window.file_actions.new.trigger()
    assert offered[-1] == "Verkenning Twente"


def test_each_page_of_the_verkenning_takes_the_typing_when_reached(qtbot, make_window, open_doc, verkenning_file) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QPlainTextEdit

    from staan_desktop.gui.pages import PAGES

    window = make_window(PAGES)
    open_doc(window, verkenning_file)
    reached = []
    for row, action in enumerate(window.workspace.page_actions):
        if not action.isEnabled():
            continue
        window.workspace.navigation.setFocus()
        window.workspace.go_to(row, focus=True)
        page = window.workspace.stack.currentWidget()
        focus = QApplication.focusWidget()
        assert focus is not None and page.isAncestorOf(focus), f"{type(page).__name__}: focus on {focus!r}"
        assert isinstance(focus, (QLineEdit, QPlainTextEdit, QAbstractItemView))
        reached.append(window.workspace.specs[row].key)
    assert reached[-6:] == ["options", "option_scores", "frame", "decision", "register", "cost_keys"]
