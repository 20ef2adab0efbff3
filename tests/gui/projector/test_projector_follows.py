"""The projector shows what the facilitator works on: it follows the workspace's page, shows
edits as they are stored, and never shows the laptop's menus, comments or override reasons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenuBar, QToolBar

from staan_desktop.services import edits, queries

from .conftest import MUNICIPALITIES, OVERRIDE_REASON, page_row

FOLLOWS = {
    "OverviewPage": "overview",
    "AmbitionPage": "ambition",
    "MotivesPage": "motives",
    "InterestsPage": "interests",
    "TaskFieldsPage": "task_fields",
    "ScoringPage": "scoring",
    "OwnersPage": "owners",
    # Pages with nothing for the room: the title screen with the agenda.
    "ChaptersPage": "overview",
    "RolesPage": "overview",
}


def test_f5_opens_the_projector_as_a_window_of_its_own(qtbot, session_window):
    qtbot.keyClick(session_window, Qt.Key.Key_F5)
    projector = session_window.session.projector
    qtbot.waitUntil(projector.isVisible)
    assert projector.isWindow() and projector.windowHandle() is not session_window.windowHandle()
    assert not projector.findChildren(QMenuBar) and not projector.findChildren(QToolBar)
    assert session_window.session.dock.isVisible()  # the facilitator's controls come along
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()
    assert not session_window.session.actions["projector"].isChecked()


def test_the_projector_follows_the_page_the_facilitator_is_on(qtbot, session_window, projector, texts):
    for page, view in FOLLOWS.items():
        session_window.go_to(page_row(session_window, page))
        assert projector.view is not None and projector.view.key == view, page
    session_window.go_to(page_row(session_window, "InterestsPage"))
    shown = texts(projector.view)
    assert all(name in shown for name in MUNICIPALITIES)
    assert projector.heading.text() == "Belangen per gemeente"


def test_statements_appear_on_the_projector_as_they_are_stored(qtbot, session_window, projector, texts):
    session_window.go_to(page_row(session_window, "AmbitionPage"))
    assert "Samen sterker in de regio." in texts(projector.view)
    context = session_window.context
    context.edit("Uitspraak", lambda: edits.add_statement(context.doc, text="Klant centraal, ook over grenzen heen."))
    assert "Klant centraal, ook over grenzen heen." in texts(projector.view)
    # Typed on the page itself, stored by the page: the same way to the projector.
    page = session_window.stack.currentWidget()
    page.statements.entry.setText("Kwetsbaarheid samen verkleinen")
    qtbot.keyClick(page.statements.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Kwetsbaarheid samen verkleinen" in texts(projector.view))


def test_changes_on_a_page_not_shown_reach_the_projector_when_it_is_shown(qtbot, session_window, projector, texts):
    session_window.go_to(page_row(session_window, "AmbitionPage"))
    context = session_window.context
    context.edit("Taakveld", lambda: edits.add_task_field(context.doc, name="Archief", shortlisted=True))
    session_window.go_to(page_row(session_window, "TaskFieldsPage"))
    assert "Archief" in texts(projector.view)


def test_override_reasons_never_reach_the_projector(qtbot, session_window, projector, texts):
    context = session_window.context
    field = next(f for f in queries.task_fields(context.doc) if f.name == "Belastingen")
    context.edit("Indeling", lambda: edits.set_override(
        context.doc, task_field_id=field.id, class_key="kansrijk", reason=OVERRIDE_REASON))  # fmt: skip
    session_window.session.actions["reveal_all"].setChecked(True)
    for page in FOLLOWS:
        session_window.go_to(page_row(session_window, page))
        assert OVERRIDE_REASON not in texts(projector)
    session_window.go_to(page_row(session_window, "ScoringPage"))
    assert "●● kansrijk" in texts(projector.view)  # the decision itself is shown, by its class


def test_closing_the_document_leaves_nothing_of_it_on_the_projector(qtbot, session_window, projector, texts):
    session_window.go_to(page_row(session_window, "AmbitionPage"))
    assert "Samen sterker in de regio." in texts(projector)
    session_window.close_document()
    assert "Samen sterker in de regio." not in texts(projector)
    assert "Proef blind scoren" not in texts(projector)
