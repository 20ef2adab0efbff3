"""Chapters: text typed in a block is stored as safe markup (Ctrl+B / Ctrl+I), the preview
shows it formatted without interpreting HTML, chapters are added, renamed, moved and removed
by keyboard, structured blocks link to their page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from staan_desktop.gui.pages.chapters import ChaptersPage
from staan_desktop.services.interchange import load_tree


def titles(context) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.title for s in load_tree(context.doc).sections]


def test_typing_markup_in_a_text_block(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ChaptersPage)
    assert page.title_edit.text() == "Vooraf"
    (block,) = page.block_editors()
    editor = block.editor
    editor.setFocus()
    typing(editor, "Samenwerking is ")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    typing(editor, "mensenwerk")
    qtbot.keyClick(editor, Qt.Key.Key_End)
    typing(editor, " <b>& ‘één’ 🙂")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    typing(editor, "- punt")
    page.outline.setFocus()  # leaving the editor stores it
    expected = "Samenwerking is **mensenwerk** <b>& ‘één’ 🙂\n\n- punt"
    assert load_tree(context.doc).sections[0].blocks[0].text == expected
    preview = block.preview.toPlainText()
    assert "Samenwerking is mensenwerk <b>& ‘één’ 🙂" in preview and "punt" in preview
    context.undo_stack.undo()
    assert load_tree(context.doc).sections[0].blocks[0].text == ""


def test_ctrl_i_wraps_the_selection(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ChaptersPage)
    editor = page.block_editors()[0].editor
    editor.setFocus()
    typing(editor, "de klant staat centraal")
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "*de klant staat centraal*"


def test_chapters_by_keyboard(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ChaptersPage)
    outline = page.outline
    outline.setFocus()
    qtbot.keyClick(outline, Qt.Key.Key_Insert)  # a chapter after Vooraf, with an empty text block
    assert QApplication.focusWidget() is page.title_edit
    typing(page.title_edit, "Aanleiding & doel")
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Return)
    assert titles(context)[:2] == ["Vooraf", "Aanleiding & doel"]
    assert load_tree(context.doc).sections[1].blocks[0].kind.value == "text"
    assert outline.currentItem().text(0) == "2.  Aanleiding & doel"
    qtbot.keyClick(outline, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(context)[1:3] == ["Context", "Aanleiding & doel"]
    qtbot.keyClick(outline, Qt.Key.Key_Delete)
    assert "Aanleiding & doel" not in titles(context)
    context.undo_stack.undo()
    assert titles(context)[2] == "Aanleiding & doel"
    context.undo_stack.undo()  # the move
    context.undo_stack.undo()  # the rename
    context.undo_stack.undo()  # the new chapter and its block, one step
    assert titles(context)[:2] == ["Vooraf", "Context"]


def test_structured_blocks_are_placeholders_that_link(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ChaptersPage)
    outline = page.outline
    ambition = outline.topLevelItem(2)
    outline.setCurrentItem(ambition.child(0))  # 3.1 Het gedeeld beeld van de samenwerking
    kinds = [w.block.kind for w in page.block_editors()]
    assert kinds == ["statements", "text"]
    placeholder = page.block_editors()[0]
    assert placeholder.editor is None
    asked: list[str] = []
    page.open_page.connect(asked.append)
    from PySide6.QtWidgets import QPushButton

    go = [b for b in placeholder.findChildren(QPushButton) if b.text().startswith("Naar")][0]
    go.click()
    assert asked == ["ambition"]  # pages are named by their key (gui/pages/__init__.py)


def test_a_signed_off_document_greys_out_the_outline_buttons(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.services.signoff import sign_off

    page = open_page(ChaptersPage)
    assert page.add_chapter_button.isEnabled() and not page.title_edit.isReadOnly()
    sign_off(context.doc, decided_on="2026-12-01", members=["A. Secretaris", "B. Secretaris"])
    context.refresh_read_only()
    page.refresh(None)
    assert context.read_only
    assert not page.add_chapter_button.isEnabled() and not page.add_child_button.isEnabled()
    assert page.title_edit.isReadOnly()
