"""Review made usable: chapters marked as checked from the review menu and shown in the chapter
list, Ctrl+Enter places a comment, a comment on any cell of the interests grid, a readable
comments panel at 1366×768, review mode that looks read-only, and comments fetched from a
returned copy through File ▸ Opmerkingen ophalen uit kopie…"""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from staan_desktop.gui.pages import PAGES
from staan_desktop.gui.pages.chapters import SECTION_ID, ChaptersPage
from staan_desktop.gui.pages.interests import InterestsPage
from staan_desktop.gui.review.comments_panel import AddCommentDialog
from staan_desktop.gui.review_actions import open_for_review_locked
from staan_desktop.gui.settings import AUTHOR_NAME
from staan_desktop.gui.widgets.labels import HintLabel
from staan_desktop.services import review


def _row(window, cls) -> int:  # type: ignore[no-untyped-def]
    return next(row for row, spec in enumerate(window.page_specs) if spec.load() is cls)


def test_a_chapter_is_checked_from_the_review_menu_and_shows_it(qtbot, make_window, open_doc, demo_file, settings):
    settings.set(AUTHOR_NAME, "Judith Jansen")
    window = make_window(PAGES)
    open_doc(window, demo_file)
    window.go_to(_row(window, ChaptersPage), focus=True)
    chapters = window.stack.currentWidget()
    item = chapters.outline.topLevelItem(1)
    chapters.outline.setCurrentItem(item)
    chapters.outline.setFocus()
    qtbot.keyClick(chapters.outline, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    checks = review.section_checks(window.context.doc)
    assert [c.checked_by for found in checks.values() for c in found] == ["Judith Jansen"]
    assert chapters.outline.topLevelItem(1).text(0).endswith("✓")
    assert "Gecontroleerd door Judith Jansen" in chapters.outline.topLevelItem(1).toolTip(0)
    window.review.mark_checked.trigger()  # again: no longer
    assert review.section_checks(window.context.doc) == {}
    assert not chapters.outline.topLevelItem(1).text(0).endswith("✓")


def test_the_chapter_list_context_menu_marks_a_chapter_checked(qtbot, make_window, open_doc, demo_file, settings):
    """The Menu key on the chapter list offers the review's actions on the current chapter;
    a right click first makes the clicked chapter current."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    settings.set(AUTHOR_NAME, "Judith Jansen")
    window = make_window(PAGES)
    open_doc(window, demo_file)
    window.go_to(_row(window, ChaptersPage), focus=True)
    chapters = window.stack.currentWidget()
    outline = chapters.outline
    shown: list[list[str]] = []

    def choose_checked_when_shown() -> None:
        """Once the menu is up, read it and pick "Hoofdstuk gecontroleerd" by its letter."""

        def pick() -> None:
            menu = QApplication.activePopupWidget()
            assert isinstance(menu, QMenu)
            shown.append([action.text().replace("&", "") for action in menu.actions()])
            qtbot.keyClick(menu, Qt.Key.Key_G)

        QTimer.singleShot(50, pick)

    outline.setCurrentItem(outline.topLevelItem(1))
    outline.setFocus()
    # The Menu key, as the platform turns it into a context-menu event for the focused widget.
    choose_checked_when_shown()
    QApplication.sendEvent(outline, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, outline.rect().center(), outline.mapToGlobal(outline.rect().center())))
    assert shown and "Opmerking toevoegen…" in shown[0], shown
    section = outline.topLevelItem(1)
    assert [c.checked_by for found in review.section_checks(window.context.doc).values() for c in found] == ["Judith Jansen"]
    assert outline.topLevelItem(1).text(0).endswith("✓")

    # A right click on another chapter acts on that one.
    third = outline.topLevelItem(2)
    where = outline.visualItemRect(third).center()
    choose_checked_when_shown()
    QApplication.sendEvent(outline.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, outline.viewport().mapToGlobal(where)))
    assert outline.currentItem() is third
    assert set(review.section_checks(window.context.doc)) == {section.data(0, SECTION_ID), third.data(0, SECTION_ID)}


def test_ctrl_enter_places_the_comment(qtbot):
    dialog = AddCommentDialog("Hoofdstuk ‘Vooraf’")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text, "Klopt dit wel?")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)  # a new line, not yet placed
    assert dialog.isVisible() and dialog.text.toPlainText() == "Klopt dit wel?\n"
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == AddCommentDialog.DialogCode.Accepted and dialog.comment_text() == "Klopt dit wel?"


def test_a_comment_on_a_cell_of_the_interests_grid(qtbot, make_window, open_doc, demo_file, settings, monkeypatch):
    settings.set(AUTHOR_NAME, "Roel")
    monkeypatch.setattr(AddCommentDialog, "exec", lambda dialog: (dialog.text.setPlainText("Is dit zo?"), dialog.accept(), dialog.result())[-1])
    window = make_window(PAGES)
    open_doc(window, demo_file)
    window.go_to(_row(window, InterestsPage), focus=True)
    page = window.stack.currentWidget()
    grid = page.model.grid
    page.view.setCurrentIndex(page.model.index(0, 2))
    window.review.add_comment.trigger()
    [comment] = review.open_comments(window.context.doc)
    cell = page.model.items(0, 2)
    expected = ("interest_item", cell[0].id) if cell else ("interest_category", grid.categories[0].id)
    assert (comment.target_table, comment.target_id) == expected
    page.view.setCurrentIndex(page.model.index(1, 0))
    window.review.jump(comment.target_table, comment.target_id)
    assert (page.view.currentIndex().row(), page.view.currentIndex().column()) == (0, 2 if cell else 0)


def test_the_comments_panel_is_readable_at_1366x768(qtbot, make_window, open_doc, demo_file, settings):
    settings.set(AUTHOR_NAME, "Roel")
    window = make_window(PAGES)
    window.resize(1366, 768)
    open_doc(window, demo_file)
    review.add_comment(window.context.doc, text="Een opmerking van een paar woorden die leesbaar moet zijn.", author="Roel")
    window.session.dock.show()  # the session panel open as well
    window.review.show_comments(True)
    # The third of the window the panel opens with (it passes narrower widths on its way there).
    qtbot.waitUntil(lambda: window.review.dock.width() >= window.width() // 3)
    panel = window.review.panel
    comment_column = panel.table.columnWidth(1)
    assert comment_column >= panel.fontMetrics().horizontalAdvance("Een opmerking van een"), comment_column
    assert window.workspace.navigation.width() >= 150, "the chapter list is not squeezed away"


def test_review_mode_looks_read_only(qtbot, make_window, demo_file, settings):
    window = make_window(PAGES)
    window.show_document(open_for_review_locked(demo_file, "Evert Jansen"))
    qtbot.waitUntil(lambda: window.context is not None)
    for row in range(len(window.page_specs)):
        window.go_to(row)
        page = window.stack.currentWidget()
        assert not [h for h in page.findChildren(HintLabel) if h.isVisibleTo(page)], type(page).__name__
        for edit in page.findChildren(QLineEdit):
            if edit.isVisibleTo(page):
                assert edit.isReadOnly(), (type(page).__name__, edit.objectName())


def test_file_menu_fetches_the_comments_of_a_returned_copy(qtbot, make_window, open_doc, demo_file, settings, monkeypatch, tmp_path):
    copy = tmp_path / "kopie-Assen.staan"
    shutil.copyfile(demo_file, copy)
    reviewer = review.open_for_review(copy, "Judith Jansen")
    review.add_comment(reviewer, text="Graag Assen noemen", party="Assen")
    reviewer.close()
    settings.set(AUTHOR_NAME, "Roel")
    window = make_window(PAGES)
    open_doc(window, demo_file)
    file_menu = window.file_actions.menu
    assert window.review.import_comments in file_menu.actions()
    assert window.review.import_comments.text() == "Opmerkingen op&halen uit kopie…"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    window.review.import_comments.trigger()
    [comment] = review.open_comments(window.context.doc)
    assert (comment.author, comment.party, comment.text) == ("Judith Jansen", "Assen", "Graag Assen noemen")
    assert "1 opmerking(en) overgenomen van Judith Jansen (Assen)" in window.status.currentMessage()
    window.review.import_comments.trigger()
    assert len(review.open_comments(window.context.doc)) == 1
