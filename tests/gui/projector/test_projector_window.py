"""The projector window in the room: F11 toggles full screen, with one screen it opens as a
window in front of the workspace (which keeps the keys), the over-time badge can be kept from
the room, and F4 / Shift+F4 (or PgDn / PgUp on the projector) turn the parts of a long slide."""

from __future__ import annotations

from PySide6.QtCore import Qt

from staan_desktop.gui.projector import screens
from staan_desktop.services import edits

from .conftest import page_row


def test_f11_on_the_projector_toggles_full_screen(qtbot, projector):
    assert not projector.isFullScreen()
    projector.activateWindow()  # F11 pressed where the projector has the keys
    qtbot.waitUntil(projector.isActiveWindow)
    qtbot.keyClick(projector, Qt.Key.Key_F11)
    qtbot.waitUntil(projector.isFullScreen)
    qtbot.keyClick(projector, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not projector.isFullScreen())


def test_with_one_screen_the_projector_opens_in_front(qtbot, session_window, projector):
    assert len(screens.screens()) == 1
    assert projector.isVisible() and not projector.isFullScreen()
    assert projector.windowType() == Qt.WindowType.Dialog and projector.parentWidget() is session_window, (
        "owned by the workspace: never behind it"
    )
    assert not projector.windowFlags() & Qt.WindowType.WindowStaysOnTopHint, "the workspace's dialogs come in front"
    assert session_window.isActiveWindow(), "the facilitator keeps typing in the workspace"


def test_a_second_screen_gets_the_projector_full_screen(monkeypatch, session_window):
    laptop, beamer = object(), object()
    monkeypatch.setattr(screens, "screens", lambda: [laptop, beamer])
    assert screens.default_screen(laptop) is beamer


def test_the_over_time_badge_can_be_kept_from_the_room(qtbot, session_window, projector):
    now = [1000.0]
    session = session_window.session
    session.clock.now = lambda: now[0]
    session.clock.go(2)  # De 5 K's: 20 minutes
    now[0] += 20 * 60 + 10
    session.clock.ticked.emit()
    assert projector.timer.text() == "⚠ +0:10 over tijd"
    session.actions["hide_overtime"].setChecked(True)
    assert projector.timer.text() == "" and projector.timer.property("role") != "warning"
    assert "+0:10 over tijd" in session.panel.timer_label.text(), "the facilitator still sees it"
    session.actions["hide_overtime"].setChecked(False)
    assert projector.timer.text() == "⚠ +0:10 over tijd"


def test_f4_turns_the_parts_of_a_long_slide(qtbot, session_window, projector):
    doc = session_window.context.doc
    for number in range(40):
        edits.add_statement(doc, text=f"Uitspraak {number + 1}: " + "samen sterker in de regio " * 12)
    projector.reload("ambition")
    projector.resize(1024, 768)
    session_window.go_to(page_row(session_window, "AmbitionPage"))
    view = projector.views["ambition"]
    qtbot.waitUntil(lambda: view.page_count() > 1)
    qtbot.keyClick(session_window, Qt.Key.Key_F4)
    assert view._part == 1
    qtbot.keyClick(session_window, Qt.Key.Key_F4, Qt.KeyboardModifier.ShiftModifier)
    assert view._part == 0
    qtbot.keyClick(projector, Qt.Key.Key_PageDown)
    assert view._part == 1
