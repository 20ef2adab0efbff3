"""The session agenda of a verkenning: F8 walks its own steps (options/SWOT, toetsingskader,
besluit) to the pages and projector views for them, and neither the facilitator's agenda nor
the projector's title screen names a task field or a werkconferentie it does not have."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from staan_desktop.domain.agenda import DEFAULT_AGENDA
from staan_desktop.services import interchange

from .conftest import all_texts

#: As in tests/test_method_words.py: the STAAN-werkwijze's words a verkenning does not use.
WORDS = re.compile(r"taakveld|werkconferentie", re.IGNORECASE)

#: Where each step of the verkenning takes the workspace and the projector.
STEPS = [
    ("kennismaking", "overview", "overview"),
    ("opties", "options", "swot"),
    ("toetsingskader", "frame", "options_comparison"),
    ("opties_scoren", "option_scores", "options_comparison"),
    ("besluit", "decision", "options_decision"),
]


@pytest.fixture
def verkenning_window(make_window, open_doc, tmp_path: Path) -> Iterator:  # type: ignore[no-untyped-def]
    from staan_desktop.gui.pages import PAGES

    path = tmp_path / "docs" / "verkenning.staan"
    path.parent.mkdir()
    interchange.create_example(path, "verkenning-noaberkracht").close()
    window = make_window(PAGES)
    open_doc(window, path)
    yield window
    window.session.show_projector(False)


def test_f8_walks_the_verkenning_through_its_own_steps(qtbot, verkenning_window):
    window = verkenning_window
    session = window.session
    session.actions["projector"].setChecked(True)
    projector = session.projector
    qtbot.waitUntil(projector.isVisible)
    assert [step.key for step in session.clock.steps] == [key for key, _, _ in STEPS]
    for key, page, view in STEPS:
        qtbot.keyClick(window, Qt.Key.Key_F8)
        assert session.clock.current is not None and session.clock.current.key == key
        assert window.workspace.current_key() == page
        assert projector.view is not None and projector.view.key == view
        assert not WORDS.findall(projector.step.text() + projector.heading.text()), projector.step.text()
    window.workspace.go_to_key("overview")
    title_screen = "\n".join(all_texts(projector.views["overview"]))
    assert "Toetsingskader" in title_screen and "Besluit" in title_screen
    assert not WORDS.findall(title_screen), WORDS.findall(title_screen)
    assert not WORDS.findall(projector.heading.text())
    panel = session.panel
    agenda_texts = "\n".join([*all_texts(panel.steps), panel.step_label.text()])
    assert not WORDS.findall(agenda_texts), WORDS.findall(agenda_texts)
    # A verkenning scores no task fields: the panel offers no revealing of their scores.
    assert not panel.reveal_hint.isVisibleTo(panel) and not panel.buttons["reveal_current"].isVisibleTo(panel)


def test_the_werkwijze_session_keeps_its_agenda(qtbot, make_window, open_doc, demo_file):
    from staan_desktop.gui.pages import PAGES

    window = make_window(PAGES)
    open_doc(window, demo_file)
    assert window.session.clock.steps == DEFAULT_AGENDA
    assert window.session.panel.reveal_hint.isVisibleTo(window.session.panel)


def test_a_saved_methods_task_field_steps_are_translated_around_its_own_word(qapp):
    """In the English window the steps that name the method's word for task fields are English;
    a saved method's word stays as its user typed it, a shipped method's word is translated."""
    from staan_desktop.domain import agenda as rules
    from staan_desktop.domain import document as d
    from staan_desktop.gui import i18n
    from staan_desktop.gui.projector.agenda_clock import step_title

    method = d.Method(key="onderwerpen", name="Onderwerpen", parts=tuple(d.MethodPart),
                      terms=d.MethodTerms(task_field="onderwerp", task_fields="onderwerpen"))  # fmt: skip
    own = {s.key: s for s in rules.default_agenda(method, own_words=True)}
    shipped = {s.key: s for s in rules.default_agenda(method, own_words=False)}
    assert step_title(own["groslijst"]) == "Groslijst van onderwerpen"
    assert i18n.set_language("en")
    try:
        assert step_title(own["groslijst"]) == "Long list of onderwerpen"
        assert step_title(own["indikken"]) == "Narrowing down to short-listed onderwerpen"
        assert step_title(shipped["groslijst"]) == "Long list of topics"
        assert step_title(own["opties_scoren"]) == "Scoring the options"
        assert step_title(rules.DEFAULT_AGENDA[4]) == "Long list of task fields"
    finally:
        i18n.set_language("nl")
