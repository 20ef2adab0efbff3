"""Blind scoring: a municipality's scores are nowhere in the projector's widgets until the
facilitator reveals them — not in a label, a tooltip, an accessible name or any role of any
item model — while the room sees who has scored. After reveal they are there, with dissent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from staan_desktop.gui.models.scoring_model import TASK_FIELD_ID_ROLE
from staan_desktop.services import edits, queries

from .conftest import SECRET_A, SECRET_B, SECRET_MEAN, page_row

SECRETS = (str(SECRET_A), str(SECRET_B), SECRET_MEAN)


def score(window, field: str, criterion: str, municipality: str | None, value: int) -> None:  # type: ignore[no-untyped-def]
    context = window.context
    doc = context.doc
    tf = next(f.id for f in queries.task_fields(doc) if f.name == field)
    crit = next(c.id for c in queries.criteria(doc) if c.name == criterion)
    mun = None if municipality is None else next(m.id for m in queries.municipalities(doc) if m.name == municipality)
    assert context.edit("Score", lambda: edits.set_score(
        doc, task_field_id=tf, criterion_id=crit, municipality_id=mun, value=value)) is not None  # fmt: skip


@pytest.fixture
def scored(session_window, projector):  # type: ignore[no-untyped-def]
    """Two municipalities scored Belastingen on both criteria, far apart; Noordenveld not yet."""
    session_window.go_to(page_row(session_window, "ScoringPage"))
    for criterion in ("draagvlak", "tempo"):
        score(session_window, "Belastingen", criterion, "Aa en Hunze", SECRET_A)
        score(session_window, "Belastingen", criterion, "Assen", SECRET_B)
    score(session_window, "Inkoop", "draagvlak", "Assen", SECRET_B)
    return session_window


def test_hidden_scores_are_nowhere_in_the_projector_before_reveal(qtbot, scored, projector, texts):
    shown = texts(projector)
    for secret in SECRETS:
        assert secret not in shown
    assert "≠" not in shown  # a dissent mark would give the spread away
    # What the room may know: who has scored (✓ all criteria, … some, ○ none).
    assert "Aa en Hunze ✓" in shown and "Assen ✓" in shown and "Noordenveld ○" in shown
    assert "Assen …" in shown  # Inkoop: one criterion of two
    assert "verborgen" in shown


def test_revealing_the_matrix_shows_scores_and_dissent(qtbot, scored, projector, texts):
    qtbot.keyClick(scored, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert scored.session.reveal.everything
    shown = texts(projector)
    assert SECRET_MEAN in shown and f"{SECRET_A}–{SECRET_B}" in shown
    assert "≠ scores lopen uiteen" in shown
    qtbot.keyClick(scored, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    shown = texts(projector)
    assert not any(secret in shown for secret in SECRETS)  # hidden again, at once


def test_one_task_field_is_revealed_from_the_scoring_page(qtbot, scored, projector, texts):
    page = scored.stack.currentWidget()
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "Inkoop")
    page.view.setCurrentIndex(page.proxy.index(row, 1))
    assert page.view.currentIndex().data(TASK_FIELD_ID_ROLE) is not None
    qtbot.keyClick(scored, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    shown = texts(projector)
    assert str(SECRET_B) in shown  # Inkoop: Assen's one score, now the room's to see
    assert str(SECRET_A) not in shown and SECRET_MEAN not in shown  # Belastingen stays hidden
    ticks = scored.session.panel.revealed
    states = {ticks.item(i).text(): ticks.item(i).checkState() for i in range(ticks.count())}
    assert states == {"Belastingen": Qt.CheckState.Unchecked, "Inkoop": Qt.CheckState.Checked}


def test_a_score_entered_after_reveal_of_another_field_stays_hidden(qtbot, scored, projector, texts):
    scored.session.toggle_reveal(next(tf for tf, name in scored.session.shortlisted if name == "Inkoop"))
    score(scored, "Belastingen", "draagvlak", "Noordenveld", 1)
    shown = texts(projector)
    assert str(SECRET_A) not in shown and "Noordenveld ✓" not in shown and "Noordenveld …" in shown


def test_the_agreed_score_is_shown_without_reveal(qtbot, scored, projector, texts):
    score(scored, "Inkoop", "tempo", None, 432)
    score(scored, "Inkoop", "draagvlak", None, 654)
    shown = texts(projector)
    assert "432" in shown and "654" in shown
    assert str(SECRET_B) not in shown  # Assen's own score on Inkoop: still not


def test_the_classification_is_never_told_by_colour_alone(qtbot, scored, projector, texts):
    score(scored, "Inkoop", "tempo", None, 1000)
    score(scored, "Inkoop", "draagvlak", None, 1000)
    assert "●●● zeer kansrijk" in texts(projector.view)
