"""Terugblik acties: on the register page the projector shows the open items, overdue first
and marked, and never the done or dropped ones."""

from __future__ import annotations

from staan_desktop.services import edits

from .conftest import page_row


def test_the_projector_reviews_open_actions_overdue_first(qtbot, session_window, projector, texts):
    context = session_window.context
    doc = context.doc
    context.edit("Actie", lambda: edits.add_action(doc, description="Werkgroepen overzien", target_date="2999-01-01"))
    context.edit("Actie", lambda: edits.add_action(doc, description="Regeling vaststellen", target_date="2007-01-01"))
    context.edit("Actie", lambda: edits.add_action(doc, description="Al gedaan", status="gereed"))
    session_window.go_to(page_row(session_window, "RegisterPage"))
    assert projector.view is not None and projector.view.key == "register"
    assert projector.heading.text() == "Terugblik acties"
    shown = texts(projector.view)
    assert "2 open · 1 te laat" in shown
    assert shown.index("Regeling vaststellen") < shown.index("Werkgroepen overzien")
    assert "1 januari 2007 (te laat)" in shown
    assert "Al gedaan" not in shown
