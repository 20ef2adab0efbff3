"""The session's place in the window: its menu entries and keys, the screen the projector
goes to, a read-only document, and the language."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from staan_desktop.gui import i18n
from staan_desktop.gui.projector import screens

from .conftest import page_row


def test_view_menu_has_the_projector_on_f5_and_the_session_menu_the_agenda(session_window):
    view = session_window.actions_.menus["view"]
    projector = next(a for a in view.actions() if a.text() == "&Projectorweergave")
    assert QKeySequence("F5") in projector.shortcuts() and QKeySequence("Ctrl+Shift+P") in projector.shortcuts()
    titles = [a.text() for a in session_window.menuBar().actions()]
    assert titles.index("&Sessie") < titles.index("&Help")
    session = session_window.session
    keys = {name: session.actions[name].shortcut().toString() for name in ("next_step", "previous_step", "pause", "reveal_all", "reveal_current")}
    assert keys == {"next_step": "F8", "previous_step": "Shift+F8", "pause": "F9", "reveal_all": "Ctrl+Shift+O", "reveal_current": "Ctrl+Shift+T"}


def test_the_shortcuts_dialog_lists_the_session_keys(session_window):
    listed = session_window.actions_.findChildren(QAction)
    assert session_window.session.actions["projector"] in listed
    assert session_window.session.actions["next_step"] in listed


def test_no_key_of_the_session_is_taken_twice_in_the_window(session_window):
    seen: dict[str, str] = {}
    for action in session_window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen or seen[text] == action.text(), f"{text}: {seen.get(text)} and {action.text()}"
            seen[text] = action.text()


def test_with_one_screen_the_projector_is_a_window_beside_the_workspace(qtbot, session_window, projector):
    assert len(screens.screens()) == 1
    assert session_window.session.projector_screen is None
    assert not projector.isFullScreen()
    assert screens.following(None, session_window.screen()) is None
    session_window.session.next_screen()  # nowhere else to go: stays a window
    assert projector.isVisible() and not projector.isFullScreen()
    assert "venster" in session_window.session.panel.screen_label.text()


def test_a_read_only_document_keeps_planned_minutes_for_now(qtbot, make_window, blind_file):
    from staan_desktop.gui.documents import OpenedDocument
    from staan_desktop.gui.pages import PAGES
    from staan_desktop.services import agenda
    from staan_desktop.services.store import open_document

    window = make_window(PAGES)
    reason = "Iemand anders heeft dit document open."
    window.show_document(OpenedDocument(open_document(blind_file, read_only=True, read_only_reason=reason), None, reason))
    window.session.plan_minutes("scoren", 55)
    assert window.session.clock.steps[6].minutes == 55
    assert "niet bewaard" in window.status.currentMessage()
    with open_document(blind_file) as doc:
        assert agenda.agenda(doc)[6].minutes == 40


def test_the_session_and_the_projector_follow_the_language(qtbot, session_window, projector):
    session = session_window.session
    session_window.go_to(page_row(session_window, "InterestsPage"))
    i18n.set_language("en")
    qtbot.waitUntil(lambda: session.actions["projector"].text() == "&Projector view")
    qtbot.waitUntil(lambda: projector.heading.text() == "Interests per municipality")
    assert session.dock.windowTitle() == "Session" and session.panel.agenda_title.text() == "Agenda"
    i18n.set_language("nl")
    qtbot.waitUntil(lambda: projector.heading.text() == "Belangen per gemeente")
    assert session.actions["projector"].text() == "&Projectorweergave"
