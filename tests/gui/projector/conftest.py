"""Fixtures for the live session: a trajectory ready to be scored blind, opened in the real
workspace (every capture page), and a way to read every text a widget tree holds."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from staan_desktop.domain.document import Criterion, TaskField
from staan_desktop.services import interchange

MUNICIPALITIES = ("Aa en Hunze", "Assen", "Noordenveld")
#: Scores no other text on the screen could contain by chance (a scale of 0 … 1000), far
#: enough apart to be marked as dissent.
SECRET_A, SECRET_B = 137, 913
SECRET_MEAN = "525"
OVERRIDE_REASON = "Vertrouwelijk: wethouder wil dit niet"


def blind_tree():  # type: ignore[no-untyped-def]
    tree = interchange.template_tree("staan-werkwijze", "Proef blind scoren")
    return tree.model_copy(
        update={
            "municipalities": MUNICIPALITIES,
            "statements": ("Samen sterker in de regio.",),
            "criteria": (
                Criterion(name="draagvlak", scale_min=0, scale_max=1000),
                Criterion(name="tempo", scale_min=0, scale_max=1000),
            ),
            "task_fields": (
                TaskField(name="Belastingen", shortlisted=True),
                TaskField(name="Inkoop", shortlisted=True),
                TaskField(name="Repro", shortlisted=False),
            ),
        }
    )


@pytest.fixture
def blind_file(tmp_path: Path) -> Path:
    path = tmp_path / "docs" / "blind.staan"
    path.parent.mkdir()
    interchange.create_from_tree(path, blind_tree()).close()
    return path


@pytest.fixture
def session_window(make_window, open_doc, blind_file) -> Iterator:  # type: ignore[no-untyped-def]
    """The main window with every capture page, on the blind-scoring document."""
    from staan_desktop.gui.pages import PAGES

    window = make_window(PAGES)
    open_doc(window, blind_file)
    yield window
    window.session.show_projector(False)


@pytest.fixture
def projector(qtbot, session_window):  # type: ignore[no-untyped-def]
    session_window.session.actions["projector"].setChecked(True)
    shown = session_window.session.projector
    qtbot.waitUntil(shown.isVisible)
    return shown


def page_row(window, name: str) -> int:  # type: ignore[no-untyped-def]
    return [spec.load().__name__ for spec in window.page_specs].index(name)


_GETTERS = ("text", "windowTitle", "toolTip", "statusTip", "whatsThis", "accessibleName",
            "accessibleDescription", "placeholderText", "title")  # fmt: skip
_ROLES = [*range(0, 40), *range(Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 12)]


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = model.columnCount() if orientation == Qt.Orientation.Horizontal else model.rowCount()
        for section in range(count):
            for role in _ROLES:
                yield str(model.headerData(section, orientation, role))
    for row in range(model.rowCount(QModelIndex())):
        for column in range(model.columnCount(QModelIndex())):
            index = model.index(row, column)
            for role in _ROLES:
                yield str(model.data(index, role))


def all_texts(root: QWidget) -> list[str]:
    """Every string the widget tree under ``root`` holds: labels, titles, tooltips, accessible
    names and every role of every item model shown — hidden widgets included."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        for getter in _GETTERS:
            method = getattr(widget, getter, None)
            if callable(method):
                try:
                    value = method()
                except TypeError:
                    continue
                if isinstance(value, str):
                    texts.append(value)
        if isinstance(widget, QAbstractItemView):
            texts.extend(_model_texts(widget))
    return texts


@pytest.fixture
def texts() -> Callable[[QWidget], str]:
    return lambda root: "\n".join(all_texts(root))
