"""Every page, reached by its shortcut, puts the cursor in its main input, so that what the
room says can be typed at once (without Insert, Tab or a click first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QPlainTextEdit

from staan_desktop.gui.models.scoring_model import SCALE_ROLE
from staan_desktop.gui.pages import PAGES
from staan_desktop.services import interchange, queries

CTRL = Qt.KeyboardModifier.ControlModifier


def test_each_page_shortcut_puts_the_cursor_where_typing_lands(qtbot, make_window, open_doc, demo_file):  # type: ignore[no-untyped-def]
    window = make_window(PAGES)
    open_doc(window, demo_file)
    for action in window.page_actions:
        if not action.isEnabled():
            continue  # a page the document's method does not use (the options' pages here)
        window.navigation.setFocus()
        action.trigger()
        page = window.stack.currentWidget()
        name = type(page).__name__
        focus = QApplication.focusWidget()
        assert focus is not None and page.isAncestorOf(focus), f"{name}: focus stayed on {focus!r}"
        if isinstance(focus, QAbstractItemView):
            index = focus.currentIndex()
            assert index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable, f"{name}: no cell to type in"
        else:
            assert isinstance(focus, (QLineEdit, QPlainTextEdit)) and focus.isEnabled(), f"{name}: {focus!r}"


def test_ctrl_5_then_typing_adds_a_statement(qtbot, make_window, open_doc, demo_file):  # type: ignore[no-untyped-def]
    window = make_window(PAGES)
    open_doc(window, demo_file)
    before = interchange.load_tree(window.context.doc).statements
    qtbot.keyClick(window.navigation, Qt.Key.Key_5, CTRL)
    focus = QApplication.focusWidget()
    qtbot.keyClicks(focus, "Samen sterker")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert interchange.load_tree(window.context.doc).statements == (*before, "Samen sterker")


def test_ctrl_9_then_digits_are_scores(qtbot, make_window, open_doc, demo_file):  # type: ignore[no-untyped-def]
    window = make_window(PAGES)
    open_doc(window, demo_file)
    qtbot.keyClick(window.navigation, Qt.Key.Key_9, CTRL)
    page = window.stack.currentWidget()
    assert type(page).__name__ == "ScoringPage"
    focus = QApplication.focusWidget()
    assert focus is page.view and page.view.currentIndex().data(SCALE_ROLE)
    qtbot.keyClick(focus, Qt.Key.Key_PageDown, CTRL)  # the first municipality's own scores
    index = page.view.currentIndex()
    assert index.data(SCALE_ROLE) and QApplication.focusWidget() is page.view
    field = page.model.task_field(page.proxy.mapToSource(index).row())
    first = queries.municipalities(window.context.doc)[0]

    def first_criterion() -> int | None:
        tree = interchange.load_tree(window.context.doc)
        scored = next(f for f in tree.task_fields if f.name == field.name).scores
        criterion = tree.criteria[0].name
        return next((s.value for s in scored if s.municipality == first.name and s.criterion == criterion), None)

    digit = 2 if first_criterion() == 3 else 3
    qtbot.keyClicks(page.view, str(digit))
    assert first_criterion() == digit


def test_ctrl_z_takes_back_the_half_typed_statement_before_the_previous_one(qtbot, make_window, open_doc, demo_file):  # type: ignore[no-untyped-def]
    window = make_window(PAGES)
    open_doc(window, demo_file)
    before = interchange.load_tree(window.context.doc).statements
    qtbot.keyClick(window.navigation, Qt.Key.Key_5, CTRL)
    entry = QApplication.focusWidget()
    qtbot.keyClicks(entry, "Eerste")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.keyClicks(entry, "Tweede, half getypt")
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)
    assert entry.text() == ""
    assert interchange.load_tree(window.context.doc).statements == (*before, "Eerste")
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)
    assert interchange.load_tree(window.context.doc).statements == before


def test_ctrl_digits_reach_the_entries_of_the_verkenning_from_the_chapter_text(qtbot, make_window, open_doc, example_file):  # type: ignore[no-untyped-def]
    """Issue 18: in the verkenning Ctrl+4 … Ctrl+9 did nothing from the chapter text editor:
    the keys counted the pages its method hides (Werkconferenties, Gedeelde ambitie, …), so
    Ctrl+4 was the chapters page itself and Ctrl+5 … 9 were pages not in the list. Ctrl+N
    reaches the N-th entry the navigation shows, wherever the cursor is."""
    window = make_window(PAGES)
    open_doc(window, example_file("verkenning-noaberkracht"))
    navigation = window.workspace.navigation
    listed = [row for row in range(navigation.count()) if not navigation.isRowHidden(row)]
    assert len(listed) >= 9
    chapters = window.workspace.row_of("chapters")
    for digit in range(1, 10):
        window.workspace.go_to(chapters)
        editor = window.stack.currentWidget().block_editors()[0].editor
        editor.setFocus()
        qtbot.waitUntil(editor.hasFocus)
        qtbot.keyClick(editor, getattr(Qt.Key, f"Key_{digit}"), CTRL)
        assert navigation.currentRow() == listed[digit - 1], f"Ctrl+{digit}"
        assert window.stack.currentWidget().isAncestorOf(QApplication.focusWidget()), f"Ctrl+{digit}: the cursor stayed behind"
        tip = navigation.item(listed[digit - 1]).toolTip()
        assert tip.endswith(f"(Ctrl+{digit})"), tip
