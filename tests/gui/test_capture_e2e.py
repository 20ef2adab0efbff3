"""End to end: a small trajectory of three municipalities entered by keyboard alone through
the workspace — municipalities, statements, interests, task fields, scores, owners — and then
every value checked through the services, as the PDF and the JSON export will read it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from staan_desktop.services import interchange

STATEMENTS = (
    "De kop van Drenthe is één geografisch geheel.",
    "Samenwerking is géén doel op zich — niet ‘alles met iedereen’.",
    "Win-win: 1 + 1 > 2 & de kost gaat voor de baat 🙂",
)


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """QTest types ASCII only; other characters arrive as key events carrying their text."""
    for ch in text:
        if ch.isascii() and ch.isprintable():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


@pytest.fixture
def workspace(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from staan_desktop.gui.context import WorkspaceContext
    from staan_desktop.gui.pages import PAGES
    from staan_desktop.gui.workspace import Workspace

    doc = interchange.create_from_tree(tmp_path / "e2e.staan", interchange.template_tree("staan-werkwijze", "Proef"))
    context = WorkspaceContext(doc)
    space = Workspace(PAGES)
    qtbot.addWidget(space)
    space.show_context(context)
    context.changed.connect(lambda change: space.route(change, follow=False))
    space.resize(1400, 900)
    space.show()
    qtbot.waitExposed(space)
    space.activateWindow()
    qtbot.waitUntil(space.isActiveWindow)
    yield space, context
    space.clear()
    doc.close()


def page(space, name: str):  # type: ignore[no-untyped-def]
    row = [spec.load().__name__ for spec in space.specs].index(name)
    space.go_to(row, focus=True)
    return space.pages[row]


def test_a_trajectory_by_keyboard(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    space, context = workspace
    key = lambda k, mod=Qt.KeyboardModifier.NoModifier: qtbot.keyClick(focused(), k, mod)  # noqa: E731

    # Municipalities: the entry field takes one per Enter.
    municipalities = page(space, "MunicipalitiesPage").municipalities
    municipalities.entry.setFocus()
    for name in ("Aa en Hunze", "Assen", "Noordenveld"):
        type_text(qtbot, focused(), name)
        key(Qt.Key.Key_Return)

    # Statements of the shared picture.
    page(space, "AmbitionPage").statements.entry.setFocus()
    for statement in STATEMENTS:
        type_text(qtbot, focused(), statement)
        key(Qt.Key.Key_Return)

    # Interests: row "Visie en kernwaarden", one cell per municipality, Tab to the next.
    interests = page(space, "InterestsPage")
    interests.view.setFocus()
    interests.view.setCurrentIndex(interests.model.index(0, 1))
    for items in (("Slagvaardig", "Vertrouwen"), ("Klantvraag centraal",), ("Open/transparant", "Gelijkwaardig")):
        key(Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QPlainTextEdit))
        for number, item in enumerate(items):
            if number:
                key(Qt.Key.Key_Return)
            type_text(qtbot, focused(), item)
        key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # store, stay on the cell
        qtbot.waitUntil(lambda: interests.view.state() != interests.view.State.EditingState)
        interests.view.setFocus()
        key(Qt.Key.Key_Right)

    # Task fields: one typed, two pasted; Space puts the first two on the short list.
    fields = page(space, "TaskFieldsPage")
    fields.entry.setFocus()
    type_text(qtbot, focused(), "Belastingen")
    key(Qt.Key.Key_Return)
    QApplication.clipboard().setText("Inkoop\nICT\n")
    key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    fields.view.setFocus()
    fields.view.setCurrentIndex(fields.proxy.index(0, 0))
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Space)

    # Scores: the agreed scores of the room, then Aa en Hunze and Assen on Belastingen.
    scoring = page(space, "ScoringPage")
    scoring.view.setFocus()
    scoring.view.setCurrentIndex(scoring.proxy.index(0, 1))
    qtbot.keyClicks(scoring.view, "54444" "33343")
    key(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    scoring.view.setCurrentIndex(scoring.proxy.index(0, 1))
    qtbot.keyClicks(scoring.view, "5")
    key(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    scoring.view.setCurrentIndex(scoring.proxy.index(0, 1))
    qtbot.keyClicks(scoring.view, "2")
    assert scoring.proxy.index(0, scoring.model.classification_column).data() == "zeer kansrijk"
    assert scoring.proxy.index(1, scoring.model.classification_column).data() == "kansrijk"
    assert scoring.proxy.index(0, scoring.model.dissent_column).data() == "⚠"

    # Owners: pick the task field, then person, municipality, role and date.
    owners = page(space, "OwnersPage")
    owners.field_combo.setFocus()
    key(Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "Tonnie Vos")
    key(Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "As")
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "juli 2013")
    key(Qt.Key.Key_Return)
    owners.field_combo.setFocus()
    key(Qt.Key.Key_Down)  # Inkoop
    key(Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "Binse van Spronsen")
    key(Qt.Key.Key_Tab)
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search in the drop-down, not "AsAa"
    type_text(qtbot, focused(), "Aa")
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Up)  # eigenaar
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Return)  # in the date field: add

    tree = interchange.load_tree(context.doc)
    assert tree.municipalities == ("Aa en Hunze", "Assen", "Noordenveld")
    assert tree.statements == STATEMENTS
    visie = tree.interests[0]
    assert visie.name == "Visie en kernwaarden"
    assert {c.municipality: c.items for c in visie.columns} == {
        "Aa en Hunze": ("Slagvaardig", "Vertrouwen"),
        "Assen": ("Klantvraag centraal",),
        "Noordenveld": ("Open/transparant", "Gelijkwaardig"),
    }
    assert [(f.name, f.shortlisted) for f in tree.task_fields] == [("Belastingen", True), ("Inkoop", True), ("ICT", False)]
    criteria = [c.name for c in tree.criteria]
    belasting, inkoop, ict = tree.task_fields
    assert {(s.criterion, s.municipality): s.value for s in belasting.scores} == {
        **{(c, None): v for c, v in zip(criteria, (5, 4, 4, 4, 4))},
        (criteria[0], "Aa en Hunze"): 5,
        (criteria[0], "Assen"): 2,
    }
    assert {(s.criterion, s.municipality): s.value for s in inkoop.scores} == {
        (c, None): v for c, v in zip(criteria, (3, 3, 3, 4, 3))
    }
    assert ict.scores == () and ict.owners == ()
    assert [(o.person, o.municipality, o.role.value, o.from_date) for o in belasting.owners] == [
        ("Tonnie Vos", "Assen", "projectleider", "juli 2013")
    ]
    assert [(o.person, o.municipality, o.role.value, o.from_date) for o in inkoop.owners] == [
        ("Binse van Spronsen", "Aa en Hunze", "eigenaar", "")
    ]
