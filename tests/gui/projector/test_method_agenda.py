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
