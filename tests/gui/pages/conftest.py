"""Fixtures for the capture pages: a document from the STAAN template with three
municipalities, a context over it, and the wiring the main window does (every change goes to
every page that shows its tables)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from staan_desktop.domain.document import Trajectory
from staan_desktop.services import interchange
from staan_desktop.services.store import Document

MUNICIPALITIES = ("Aa en Hunze", "Assen", "Noordenveld")


def small_tree() -> Trajectory:
    tree = interchange.template_tree("staan-werkwijze", "Proef")
    return tree.model_copy(update={"municipalities": MUNICIPALITIES})


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` as key presses. QTest only knows ASCII keys, so other characters (é, ‘,
    emoji) go as key events that carry their text, the way an input method delivers them."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii() and ch.isprintable():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def typing(qtbot) -> Callable:  # type: ignore[no-untyped-def]
    return lambda widget, text: type_text(qtbot, widget, text)


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[Document]:
    document = interchange.create_from_tree(tmp_path / "proef.staan", small_tree())
    yield document
    document.close()


@pytest.fixture
def context(qtbot, doc: Document):  # type: ignore[no-untyped-def]
    from staan_desktop.gui.context import WorkspaceContext

    ctx = WorkspaceContext(doc)
    refusals: list[tuple[str, str]] = []
    ctx.refused.connect(lambda message, details: refusals.append((message, details)))
    ctx.refusals = refusals  # type: ignore[attr-defined]
    return ctx


@pytest.fixture
def open_page(qtbot, context) -> Callable:  # type: ignore[no-untyped-def]
    """Build a page the way the main window does: refresh(None) once, then every change that
    meets its tables."""

    def make(page_type: type):  # type: ignore[no-untyped-def]
        page = page_type(context)
        qtbot.addWidget(page)
        page.refresh(None)
        context.changed.connect(lambda change: page.refresh(change) if page.shows(change) else None)
        page.resize(1200, 800)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        return page

    return make
