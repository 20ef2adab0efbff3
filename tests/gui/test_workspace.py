"""The main window as the facilitator uses it: pages by keyboard, undo across pages, files that
open, refuse or are held by someone else."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from staan_desktop.gui.pages import PAGES
from staan_desktop.gui.pages.base import Page
from staan_desktop.services import edits, interchange, locking, queries


def _title(path_or_doc) -> str:  # type: ignore[no-untyped-def]
    return interchange.load_tree(path_or_doc).trajectory.title


def test_navigation_lists_the_pages_in_order_and_ctrl_digit_shows_each(qtbot, window, open_doc, demo_file, test_pages):
    open_doc(window, demo_file)
    assert window.navigation.titles() == ["Overzicht", "Gemeenten", "Spelregels"]
    assert [type(p) for p in window.pages] == [spec.load() for spec in test_pages]

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages[1]
    assert window.navigation.currentRow() == 1
    assert window.workspace.current_title() == "Gemeenten"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages[2]
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.pages[0]  # wraps around
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.pages[2]


def test_the_real_registry_builds_on_the_demo(qtbot, make_window, open_doc, demo_file):
    window = make_window(pages=PAGES)
    open_doc(window, demo_file)
    assert window.navigation.count() == len(PAGES) >= 1
    assert all(isinstance(page, Page) for page in window.pages), "a registered page failed to build"
    titles = [cls.title for cls in PAGES]
    assert all(titles) and len(set(titles)) == len(titles)


def test_no_page_binds_a_key_the_window_already_uses(qtbot, make_window, open_doc, demo_file):
    """One key bound twice in a window does nothing at all (Qt calls it ambiguous)."""
    from PySide6.QtGui import QAction, QShortcut

    window = make_window(pages=PAGES)
    open_doc(window, demo_file)
    window_keys = {
        key.toString()
        for owner in (window.file_actions, window.actions_, window.workspace)
        for action in owner.findChildren(QAction)
        for key in action.shortcuts()
    }
    clashes = []
    for page in window.pages:
        for shortcut in page.findChildren(QShortcut):
            keys = [shortcut.key(), *getattr(shortcut, "keys", lambda: [])()]
            clashes += [(type(page).__name__, k.toString()) for k in keys if k.toString() in window_keys]
        for action in page.findChildren(QAction):
            clashes += [(type(page).__name__, k.toString()) for k in action.shortcuts() if k.toString() in window_keys]
    assert clashes == []


def test_undo_reverts_an_edit_made_on_another_page_and_shows_that_page(qtbot, window, open_doc, demo_file):
    open_doc(window, demo_file)
    overview = window.pages[0]
    title_edit = overview.findChild(QLineEdit, "titleEdit")
    original = title_edit.text()
    title_edit.setFocus()
    title_edit.selectAll()
    qtbot.keyClicks(title_edit, "Nieuwe titel")
    qtbot.keyClick(title_edit, Qt.Key.Key_Return)  # editingFinished stores it
    assert _title(window.current.doc) == "Nieuwe titel"
    assert "Nieuwe titel" in window.windowTitle()

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages[1]
    assert "Titel wijzigen" in window.actions_.undo.text()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert _title(window.current.doc) == original
    assert window.stack.currentWidget() is overview, "undo shows the page where the change is"
    assert title_edit.text() == original
    assert original in window.windowTitle()

    qtbot.keyClick(window.navigation, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _title(window.current.doc) == "Nieuwe titel"
    assert title_edit.text() == "Nieuwe titel"


def test_undo_of_a_change_on_page_two_redraws_page_two(qtbot, window, open_doc, demo_file):
    open_doc(window, demo_file)
    context = window.context
    first = queries.municipalities(context.doc)[0]
    context.edit("Gemeente hernoemen", lambda: edits.rename_municipality(context.doc, municipality_id=first.id, name="Gieten"))
    page = window.pages[1]
    assert page.list.item(0).text() == "Gieten"
    window.go_to(2)

    qtbot.keyClick(window.navigation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.NoModifier)
    assert queries.municipalities(context.doc)[0].name == first.name
    assert page.list.item(0).text() == first.name
    assert window.stack.currentWidget() is page
    assert window.pages[2].refreshes == [None], "pages that do not show the table are left alone"


def test_ctrl_z_in_a_text_field_undoes_the_document_step(qtbot, window, open_doc, demo_file):
    open_doc(window, demo_file)
    edit = window.pages[0].findChild(QLineEdit, "subtitleEdit")
    original = edit.text()
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, " (concept)")
    assert not window.actions_.undo.isEnabled(), "nothing is stored yet: the typing is still in flight"
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert interchange.load_tree(window.current.doc).trajectory.subtitle == original
    assert edit.text() == original
    assert window.actions_.redo.isEnabled(), "the typing became a step that can be redone"
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert interchange.load_tree(window.current.doc).trajectory.subtitle == original + " (concept)"
    assert edit.text() == original + " (concept)"


def test_keyboard_moves_between_navigation_and_page(qtbot, window, open_doc, demo_file):
    open_doc(window, demo_file)
    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus)
    qtbot.keyClick(window.navigation, Qt.Key.Key_F6)
    assert window.pages[0].isAncestorOf(window.focusWidget())
    assert window.focusWidget().objectName() == "titleEdit"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.navigation.hasFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.pages[1]
    qtbot.keyClick(window.navigation, Qt.Key.Key_Return)
    assert window.pages[1].isAncestorOf(window.focusWidget())


def test_status_bar_says_when_an_edit_was_stored(qtbot, window, open_doc, demo_file):
    open_doc(window, demo_file)
    assert window.status.saved.text() == "Elke wijziging wordt direct bewaard"
    context = window.context
    context.edit("Titel wijzigen", lambda: edits.update_trajectory(context.doc, title="Anders"))
    text = window.status.saved.text()
    assert text.startswith("Opgeslagen ") and len(text.split()[-1]) == 8  # HH:MM:SS


def test_a_refused_file_shows_the_services_dutch_message_and_leaves_it_alone(qtbot, window, message_boxes, tmp_path, settings):
    fake = tmp_path / "notities.staan"
    fake.write_text("Dit is geen database maar een boodschappenlijst.\n", encoding="utf-8")
    before = fake.read_bytes()
    window.open_path(fake)
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10_000)
    assert "is geen STAAN-document" in message_boxes[0]["text"]
    assert "notities.staan" in message_boxes[0]["text"]
    assert window.current is None
    assert fake.read_bytes() == before
    assert not locking.lock_path(fake).exists()
    assert settings.recent_files() == []


def test_a_file_held_by_another_instance_opens_read_only_with_a_banner(qtbot, window, open_doc, demo_file):
    locking.lock_path(demo_file).write_text(
        '{"user": "marieke", "host": "laptop-griffie", "pid": 4242, "since": "2025-03-14T09:12:00"}', encoding="utf-8"
    )
    opened = open_doc(window, demo_file)
    assert opened.doc.read_only
    assert window.banner.isVisible()
    assert "Geopend door marieke op laptop-griffie sinds 14-03-2025 09:12" in window.banner.text.text()
    assert window.banner.retry.isVisible()
    assert "alleen-lezen" in window.windowTitle()
    assert window.pages[0].findChild(QLineEdit, "titleEdit").isReadOnly()

    refusals = []
    window.context.refused.connect(lambda message, _details: refusals.append(message))
    before = _title(opened.doc)
    result = window.context.edit("Titel wijzigen", lambda: edits.update_trajectory(opened.doc, title="Gekaapt"))
    assert result is None
    assert refusals and "marieke" in refusals[0]
    assert _title(opened.doc) == before
    assert "marieke" in window.status.currentMessage()


def test_own_lock_is_taken_on_open_and_released_on_close(qtbot, window, open_doc, demo_file):
    open_doc(window, demo_file)
    assert not window.banner.isVisible()
    holder = locking.read_lock(demo_file)
    assert holder is not None and holder.pid == __import__("os").getpid()
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.current is None
    assert not locking.lock_path(demo_file).exists()
    assert window.body.currentWidget() is window.empty


def test_opening_adds_the_file_to_the_front_of_recent_files(qtbot, window, open_doc, demo_file, tmp_path, settings):
    other = tmp_path / "ander.staan"
    interchange.new_from_template(other, "leeg", "Ander traject").close()
    open_doc(window, demo_file)
    open_doc(window, other)
    assert settings.recent_files() == [other.resolve(), demo_file.resolve()]
    open_doc(window, demo_file)
    assert settings.recent_files() == [demo_file.resolve(), other.resolve()]
    assert not locking.lock_path(other).exists(), "switching documents releases the previous lock"
    window.file_actions._fill_recent()
    names = [a.text() for a in window.file_actions.recent_menu.actions() if a.text()]
    assert names[:2] == ["&1 Voorbeeld.staan", "&2 ander.staan"]


def test_window_title_names_trajectory_and_file(qtbot, window, open_doc, demo_file):
    open_doc(window, demo_file)
    title = window.windowTitle()
    assert title.startswith(_title(demo_file.resolve() and window.current.doc))
    assert "Voorbeeld.staan" in title and title.endswith("STAAN Desktop")


def test_icon_only_buttons_have_a_name_and_a_tooltip(qtbot, window, open_doc, demo_file):
    from PySide6.QtWidgets import QAbstractButton

    open_doc(window, demo_file)
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and not button.text().strip():
            assert button.accessibleName() or (button.defaultAction() if hasattr(button, "defaultAction") else None), button
            assert button.toolTip(), button


def test_undo_shows_the_home_of_the_change_not_every_page_that_displays_it(qtbot, make_window, open_doc, demo_file, test_pages):
    from staan_desktop.gui.pages import PageSpec
    from staan_desktop.gui.pages.base import Page

    class OutlinePage(Page):
        def refresh(self, change):  # type: ignore[no-untyped-def]
            pass

    # Shows the title in its outline, but is not where the title is edited.
    outline = PageSpec("outline", "Hoofdstukken", "page-chapters", frozenset({"section", "block", "trajectory"}),
                       OutlinePage, home_tables=frozenset({"section", "block"}))
    window = make_window(pages=[outline, *test_pages])
    open_doc(window, demo_file)
    context = window.context
    context.edit("Titel wijzigen", lambda: edits.update_trajectory(context.doc, title="Elders"))
    window.go_to(3)  # rules
    qtbot.keyClick(window.navigation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert type(window.stack.currentWidget()).__name__ == "OverviewPage"
    context.edit("Gemeente hernoemen", lambda: edits.rename_municipality(
        context.doc, municipality_id=queries.municipalities(context.doc)[0].id, name="Gieten"))
    qtbot.keyClick(window.navigation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages[2], "the municipalities page, not the overview's count"


def test_an_emptied_title_comes_back_with_a_reason(qtbot, window, open_doc, demo_file):
    open_doc(window, demo_file)
    title = interchange.load_info(window.context.doc).title
    edit = window.pages[0].findChild(QLineEdit, "titleEdit")
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    edit.editingFinished.emit()
    assert edit.text() == title and interchange.load_info(window.context.doc).title == title
    assert window.status.currentMessage() == "⚠ Dit veld mag niet leeg zijn; de vorige tekst staat er weer."
