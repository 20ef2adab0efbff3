"""Typing is never lost: a field keeps what is typed within a second even while the typing
goes on (not only after a pause), a half-typed new item and an open table editor are kept as
drafts, and a draft left behind by a crash comes back, marked, in the same field."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from staan_desktop.gui import typing_drafts
from staan_desktop.gui.context import WorkspaceContext
from staan_desktop.gui.pages.ambition import AmbitionPage
from staan_desktop.gui.pages.interests import InterestsPage
from staan_desktop.gui.pages.overview import OverviewPage
from staan_desktop.gui.text_binding import KEEP_AT_MOST_MS
from staan_desktop.services import interchange
from staan_desktop.services import typing_drafts as drafts_service


def steady(qtbot, widget, text: str, every_ms: int = 60) -> None:  # type: ignore[no-untyped-def]
    """Type without ever pausing long enough for the pause timer (700 ms)."""
    for ch in text:
        qtbot.keyClicks(widget, ch)
        qtbot.wait(every_ms)


def test_steady_typing_in_a_line_is_stored_within_a_second(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(OverviewPage)
    edit = page.bindings["subtitle"].edit
    edit.setFocus()
    edit.selectAll()
    started = time.monotonic()
    steady(qtbot, edit, "abcdefghijklmnopqrstuvwxyz")  # about 1.6 s without a pause
    typed_for = time.monotonic() - started
    assert typed_for > 1.2
    stored = interchange.load_info(context.doc).subtitle
    # Everything typed more than a second ago is in the document, though the typist never paused.
    assert stored and "abcdefghijklmnopqrstuvwxyz".startswith(stored)
    assert len(stored) >= 26 - int(1000 / 60) - 1, stored


def test_a_half_typed_statement_is_a_draft_until_enter(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(AmbitionPage)
    entry = page.statements.entry
    entry.setFocus()
    steady(qtbot, entry, "Half getypt")
    qtbot.waitUntil(lambda: drafts_service.left_behind(context.doc) == {"entry:statement": "Half getypt"}, timeout=KEEP_AT_MOST_MS + 500)
    assert interchange.load_tree(context.doc).statements == ()
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert interchange.load_tree(context.doc).statements == ("Half getypt",)
    assert drafts_service.left_behind(context.doc) == {}, "a confirmed item leaves no draft"


def test_a_draft_left_by_a_crash_comes_back_marked(qtbot, doc, open_page) -> None:  # type: ignore[no-untyped-def]
    drafts_service.keep(doc, key="entry:statement", text="Voor de crash")
    context = WorkspaceContext(doc)  # the document opened again
    page = AmbitionPage(context)
    qtbot.addWidget(page)
    entry = page.statements.entry
    assert entry.text() == "Voor de crash" and typing_drafts.is_marked(entry)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert interchange.load_tree(doc).statements == ("Voor de crash",)
    assert not typing_drafts.is_marked(entry) and drafts_service.left_behind(doc) == {}


def _open_cell(qtbot, page):  # type: ignore[no-untyped-def]
    view = page.view
    view.setFocus()
    index = page.model.index(0, 1)
    view.setCurrentIndex(index)
    qtbot.keyClicks(view, "N")  # any key opens the cell
    editor = view.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    return view, index, editor


def test_an_open_table_editor_is_kept_as_a_draft(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(InterestsPage)
    page.show()
    qtbot.waitExposed(page)
    view, index, editor = _open_cell(qtbot, page)
    steady(qtbot, editor, "ieuw belang")
    key = page._cell_key(index)
    qtbot.waitUntil(lambda: drafts_service.left_behind(context.doc).get(key, "").endswith("Nieuw belang"), timeout=KEEP_AT_MOST_MS + 500)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # stores the cell
    assert "Nieuw belang" in [item.text for item in page.model.items(0, 1)]
    assert drafts_service.left_behind(context.doc) == {}, "a stored cell leaves no draft"


def test_a_cell_draft_left_by_a_crash_opens_the_cell_again(qtbot, doc) -> None:  # type: ignore[no-untyped-def]
    context = WorkspaceContext(doc)
    first = InterestsPage(context)
    qtbot.addWidget(first)
    first.refresh(None)
    key = first._cell_key(first.model.index(0, 1))
    drafts_service.keep(doc, key=key, text="Na de crash")

    again = InterestsPage(WorkspaceContext(doc))  # the document opened again
    qtbot.addWidget(again)
    again.refresh(None)
    again.show()
    qtbot.waitUntil(lambda: isinstance(again.view.focusWidget(), QPlainTextEdit), timeout=2000)
    editor = again.view.focusWidget()
    qtbot.waitUntil(lambda: editor.toPlainText() == "Na de crash")
    assert typing_drafts.is_marked(editor)
    assert again.view.currentIndex() == again.model.index(0, 1)


def test_ctrl_z_takes_back_a_half_typed_statement_first(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.gui.window_actions import revert_typing

    page = open_page(AmbitionPage)
    entry = page.statements.entry
    entry.setFocus()
    typing(entry, "Eerste")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    typing(entry, "Tweede, half")
    assert revert_typing(entry), "the half-typed text goes first"
    assert entry.text() == "" and interchange.load_tree(context.doc).statements == ("Eerste",)
    assert not revert_typing(entry), "then there is nothing of the field's own to take back"
