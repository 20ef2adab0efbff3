"""The session agenda: F8 / Shift+F8 move both windows to the step's subject, the timer warns
in words when a step runs over, and the planned minutes are kept in the document."""

from __future__ import annotations

from PySide6.QtCore import Qt

from staan_desktop.domain.agenda import DEFAULT_AGENDA, clock, reading
from staan_desktop.gui.projector.agenda_clock import AgendaClock
from staan_desktop.services import agenda
from staan_desktop.services.store import open_document

#: Where each step of the werkwijze takes the workspace and the projector.
STEPS = [
    ("kennismaking", "OverviewPage", "overview"),
    ("ambitie", "AmbitionPage", "ambition"),
    ("motieven", "MotivesPage", "motives"),
    ("belangen", "InterestsPage", "interests"),
    ("groslijst", "TaskFieldsPage", "task_fields"),
    ("indikken", "TaskFieldsPage", "task_fields"),
    ("scoren", "ScoringPage", "scoring"),
    ("eigenaren", "OwnersPage", "owners"),
]


def current_page(window) -> str:  # type: ignore[no-untyped-def]
    return type(window.stack.currentWidget()).__name__


def test_f8_moves_the_workspace_and_the_projector_through_the_agenda(qtbot, session_window, projector):
    session = session_window.session
    assert session.clock.current is None  # not begun until the facilitator starts it
    for key, page, view in STEPS:
        qtbot.keyClick(session_window, Qt.Key.Key_F8)
        assert session.clock.current is not None and session.clock.current.key == key
        assert current_page(session_window) == page
        assert projector.view is not None and projector.view.key == view
        assert projector.step.text().endswith(session.clock.current.title)
    qtbot.keyClick(session_window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert session.clock.current.key == "scoren"
    assert current_page(session_window) == "ScoringPage" and projector.view.key == "scoring"


def test_f8_works_while_the_projector_window_has_the_focus(qtbot, session_window, projector):
    projector.activateWindow()
    qtbot.keyClick(projector, Qt.Key.Key_F8)
    qtbot.keyClick(projector, Qt.Key.Key_F8)
    assert session_window.session.clock.current.key == "ambitie"
    assert current_page(session_window) == "AmbitionPage" and projector.view.key == "ambition"


def test_the_agenda_moves_the_workspace_also_without_a_projector(qtbot, session_window):
    session_window.session.clock.go(3)
    assert current_page(session_window) == "InterestsPage"
    assert session_window.session.projector is None


def test_the_title_screen_shows_the_agenda_with_the_current_step(qtbot, session_window, projector, texts):
    session_window.session.clock.go(2)
    session_window.go_to(0)
    shown = texts(projector.view)
    assert "Proef blind scoren" in shown
    assert all(step.title in shown for step in DEFAULT_AGENDA)
    current = [label for label in projector.view.findChildren(type(projector.step)) if label.property("role") == "current"]
    assert [label.text() for label in current] == ["De 5 K's"]


def test_the_timer_says_in_words_when_a_step_runs_over(qtbot, session_window, projector):
    now = [1000.0]
    session = session_window.session
    session.clock.now = lambda: now[0]
    session.clock.go(2)  # De 5 K's: 20 minutes
    now[0] += 5 * 60 + 3
    session.clock.ticked.emit()
    assert projector.timer.text() == "nog 14:57"
    assert "nog 14:57" in session.panel.timer_label.text()
    now[0] += 15 * 60 + 7  # 20:10 in all
    session.clock.ticked.emit()
    assert projector.timer.text() == "⚠ +0:10 over tijd"
    assert projector.timer.property("role") == "warning"
    assert "+0:10 over tijd" in session.panel.timer_label.text()
    qtbot.keyClick(session_window, Qt.Key.Key_F9)  # pause: the time stands still
    now[0] += 120
    session.clock.ticked.emit()
    assert "+0:10 over tijd" in session.panel.timer_label.text() and "gepauzeerd" in session.panel.timer_label.text()


def test_planned_minutes_are_kept_in_the_document(qtbot, session_window, blind_file):
    panel = session_window.session.panel
    spin = panel.steps.cellWidget(1, 1)
    spin.setValue(45)
    assert session_window.session.clock.steps[1].minutes == 45
    session_window.close_document()
    with open_document(blind_file) as doc:
        assert agenda.agenda(doc)[1].minutes == 45
        assert agenda.agenda(doc)[0].minutes == DEFAULT_AGENDA[0].minutes


def test_the_clock_counts_per_step_and_pauses(qapp):
    now = [0.0]
    ticking = AgendaClock(now=lambda: now[0])
    ticking.step(+1)
    now[0] = 90
    assert ticking.reading().elapsed == "1:30"
    ticking.toggle_pause()
    now[0] = 1000
    assert ticking.elapsed() == 90
    ticking.toggle_pause()
    now[0] = 1010
    assert ticking.elapsed() == 100
    ticking.step(+1)  # a new step starts at zero
    assert ticking.elapsed() == 0 and ticking.current.key == "ambitie"


def test_timer_texts():
    assert clock(0) == "0:00" and clock(75) == "1:15" and clock(3725) == "1:02:05"
    on_time = reading(61, 2)
    assert (on_time.remaining, on_time.over) == ("0:59", False)
    late = reading(20 * 60 + 130, 20)
    assert (late.late, late.over) == ("2:10", True)


def test_planned_minutes_are_whole_in_the_agenda(qtbot):  # type: ignore[no-untyped-def]
    """The document fills the agenda after the session panel is on screen, in its dock: the
    minutes column kept the width of its header ("Minuten") and "15 min" read "15 mi"."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QSpinBox

    from staan_desktop.gui.projector.agenda_panel import AgendaPanel

    names = ("previous_step", "pause", "next_step", "projector", "next_screen", "reveal_all", "reveal_current")
    actions = [QAction(name) for name in names]
    for action, name in zip(actions, names, strict=True):
        action.setObjectName(name)
    window = QMainWindow()
    qtbot.addWidget(window)
    dock = QDockWidget("Sessie", window)
    panel = AgendaPanel(actions)
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    panel.set_steps((), -1)
    qtbot.wait(50)
    panel.set_steps(DEFAULT_AGENDA, -1)
    qtbot.wait(100)
    column = panel.steps.horizontalHeader().sectionSize(1)
    spins = panel.steps.findChildren(QSpinBox)
    assert spins
    for spin in spins:
        assert spin.width() >= spin.sizeHint().width(), (
            f"‘{spin.text()}’ has {spin.width()} px of {spin.sizeHint().width()} (column {column})"
        )
