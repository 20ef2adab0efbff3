"""What keeps start-up and opening fast (docs/benchmarks.md): the window starts without the
page modules, qtawesome or the export libraries; a document opens on one page, checked once;
the other pages are built when first shown and still follow every change."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon

from staan_desktop.gui import documents, icons
from staan_desktop.gui.pages import PAGES, SPECS, PageSpec
from staan_desktop.gui.pages.base import Page
from staan_desktop.services import edits, interchange, queries, store

ROOT = Path(__file__).resolve().parents[2]


def test_every_page_is_declared_once_and_its_class_knows_its_key():
    """The spec is the one place of a page's title, icon, shortcut and tables; the class only
    names its key (pages are referred to by key, never by class name)."""
    assert len(SPECS) == len(PAGES)
    for spec in PAGES:
        assert isinstance(spec, PageSpec)
        page = spec.load()
        assert issubclass(page, Page) and page.key == spec.key and page.spec() is spec
        assert not {"title", "icon", "shortcut", "tables", "home_tables"} & set(vars(page)), page
        assert spec.home() <= spec.tables


def test_the_window_starts_without_page_modules_qtawesome_export_libraries_or_the_orm():
    """Importing the application (all the shell needs to paint) loads none of these; each
    costs start-up time and is needed only later, if at all (gui/shell/__init__.py)."""
    code = textwrap.dedent(
        """
        import sys
        import staan_desktop.gui.app
        heavy = ("qtawesome", "qtpy", "alembic", "reportlab", "pyhanko", "sqlalchemy", "sqlmodel", "pydantic", "sqlite3")
        print("\\n".join(sorted(
            name for name in sys.modules
            if name.split(".")[0] in heavy
            or (name.startswith("staan_desktop.gui.pages.") and name != "staan_desktop.gui.pages.base")
        )))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.split() == []


def test_icons_are_drawn_exactly_as_qtawesome_draws_them(qapp):
    """The icons draw the glyphs of qtawesome's font themselves, without importing it."""
    import qtawesome
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette

    def painted(icon: QIcon, mode: QIcon.Mode) -> QImage:
        """As a list row draws it: onto what is already there."""
        image = QImage(40, 40, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#f7f7f7"))
        painter = QPainter(image)
        icon.paint(painter, QRect(4, 4, 32, 32), Qt.AlignmentFlag.AlignCenter, mode)
        painter.end()
        return image

    selected = QGuiApplication.palette().color(QPalette.ColorRole.HighlightedText)
    for name, (glyph, _code_point) in icons.ICONS.items():
        ours, theirs = icons.get(name), qtawesome.icon(glyph, color_selected=selected)
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Selected):
            assert ours.pixmap(24, 24, mode).toImage() == theirs.pixmap(24, 24, mode).toImage(), (name, mode)
            assert painted(ours, mode) == painted(theirs, mode), (name, mode)
    again = icons.get("undo")
    assert again.pixmap(24, 24).cacheKey() == again.pixmap(24, 24).cacheKey(), "drawn once, not at every repaint"


def test_opening_builds_only_the_page_on_screen(qtbot, make_window, open_doc, demo_file):
    window = make_window(pages=PAGES)
    open_doc(window, demo_file)
    assert [row for row, _page in window.workspace.built_pages()] == [0]
    assert type(window.stack.currentWidget()).__name__ == "OverviewPage"
    window.go_to(8)  # Scoren: built when shown
    assert [row for row, _page in window.workspace.built_pages()] == [0, 8]
    assert type(window.stack.currentWidget()).__name__ == "ScoringPage"


def test_a_page_built_after_a_change_shows_it_and_built_pages_follow_later_ones(qtbot, window, open_doc, demo_file):
    open_doc(window, demo_file)
    context = window.context
    first = queries.municipalities(context.doc)[0]
    context.edit("Gemeente hernoemen", lambda: edits.rename_municipality(context.doc, municipality_id=first.id, name="Gieten"))
    page = window.pages[1]  # built now, after the change
    assert page.refreshes == [None] and page.list.item(0).text() == "Gieten"
    context.edit("Gemeente hernoemen", lambda: edits.rename_municipality(context.doc, municipality_id=first.id, name="Annen"))
    assert len(page.refreshes) == 2 and page.list.item(0).text() == "Annen"


def test_undo_shows_a_home_page_that_was_not_built_yet(qtbot, window, open_doc, demo_file):
    from PySide6.QtCore import Qt

    open_doc(window, demo_file)
    context = window.context
    first = queries.municipalities(context.doc)[0]
    context.edit("Gemeente hernoemen", lambda: edits.rename_municipality(context.doc, municipality_id=first.id, name="Gieten"))
    assert [row for row, _page in window.workspace.built_pages()] == [0]
    qtbot.keyClick(window.navigation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages[1]
    assert window.pages[1].list.item(0).text() == first.name


def test_opening_checks_the_file_once(monkeypatch, demo_file):
    checks = []
    original = store.inspect_file
    monkeypatch.setattr(store, "inspect_file", lambda path: checks.append(path) or original(path))
    opened = documents.open_locked(demo_file)
    try:
        assert len(checks) == 1
    finally:
        opened.close()


def test_a_foreign_file_is_refused_before_a_lock_file_is_left_beside_it(tmp_path):
    from staan_desktop.services import locking
    from staan_desktop.services.errors import DocumentError

    fake = tmp_path / "lijst.staan"
    fake.write_bytes(b"SQLite format 3\x00" + bytes(84))  # SQLite's header, not our application id
    with pytest.raises(DocumentError, match="andere toepassing"):
        documents.open_locked(fake)
    assert not locking.lock_path(fake).exists()


def _crash_in_the_middle_of_an_edit(path: Path) -> None:
    """A child starts a transaction large enough to spill into the file, then is killed: a hot
    journal stays beside the document, as after a power cut."""
    code = textwrap.dedent(
        f"""
        import sqlite3, time
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA cache_size=10")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE statement SET text = text || hex(randomblob(3000))")
        print("ready", flush=True)
        time.sleep(60)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()


def test_a_document_left_mid_edit_by_a_crash_opens_in_the_window(qtbot, window, open_doc, demo_file):
    """The interrupted edit is rolled back under the lock before the file is checked (checking
    first, read-only, refused the document with a message to open it in STAAN Desktop)."""
    with store.open_document(demo_file, read_only=True) as doc:
        before = interchange.load_info(doc).title
    _crash_in_the_middle_of_an_edit(demo_file)
    assert Path(f"{demo_file}-journal").exists()
    opened = open_doc(window, demo_file)
    assert not opened.doc.read_only
    assert before in window.windowTitle()
    assert not Path(f"{demo_file}-journal").exists()


def test_while_the_first_document_opens_the_window_shows_its_chapters(qtbot, window, demo_file, message_boxes, tmp_path):
    window.open_path(demo_file)
    assert window.body.currentWidget() is window.workspace, "not the 'no document' invitation"
    qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)
    window.close_document()
    fake = tmp_path / "notities.staan"
    fake.write_text("boodschappen\n", encoding="utf-8")
    window.open_path(fake)
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10_000)
    assert window.body.currentWidget() is window.empty
