"""The Beoordeling menu in the window: comments on the item on screen and back again, sign-off
that freezes the window (banner, read-only pages, no undo across it), a new draft that thaws it,
the history, and a document opened for review by a secretary."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMessageBox

from staan_desktop.gui.models.text_list_model import ITEM_ID_ROLE
from staan_desktop.gui.pages import PAGES
from staan_desktop.gui.pages.chapters import SECTION_ID, ChaptersPage
from staan_desktop.gui.review.comments_panel import AddCommentDialog
from staan_desktop.gui.review.history_dialog import VersionHistoryDialog
from staan_desktop.gui.review.signoff_dialog import SignoffDialog
from staan_desktop.gui.settings import AUTHOR_NAME
from staan_desktop.services import edits, locking, review, versions
from staan_desktop.services.interchange import load_tree
from staan_desktop.services.signoff import sign_off
from staan_desktop.services.store import open_document

FROZEN = (
    "Versie 1 is vastgesteld door de stuurgroep op 1 december 2026 en kan niet meer veranderen. "
    "Begin een nieuwe conceptversie om verder te werken."
)
REVIEWING = "Ter beoordeling geopend: u kunt opmerkingen maken, de inhoud niet wijzigen."


@pytest.fixture
def comment_dialog(monkeypatch):  # type: ignore[no-untyped-def]
    """AddCommentDialog answers with ``comment_dialog.text`` and remembers what it was about."""
    answer = SimpleNamespace(text="Klopt dit?", about=[])

    def exec_(dialog: AddCommentDialog) -> int:
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        answer.about += [text for text in labels if text.startswith("Bij: ")]
        dialog.text.setPlainText(answer.text)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AddCommentDialog, "exec", exec_)
    return answer


@pytest.fixture
def signing(monkeypatch):  # type: ignore[no-untyped-def]
    """SignoffDialog fills in 1 December 2026 and one member, and signs off."""

    def exec_(dialog: SignoffDialog) -> int:
        dialog.date.setDate(QDate(2026, 12, 1))
        dialog.members.setPlainText("Anna Bakker")
        dialog.meeting.setText("Stuurgroep 3")
        dialog.sign_off()
        return dialog.result()

    monkeypatch.setattr(SignoffDialog, "exec", exec_)


def signed_off(path: Path) -> None:
    with open_document(path) as doc:
        sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"])


def ask_name(monkeypatch, answer: tuple[str, bool]) -> list[tuple]:  # type: ignore[no-untyped-def]
    asked: list[tuple] = []

    def get_text(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args)
        return answer

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return asked


@pytest.fixture
def reviewer_dialog(monkeypatch):  # type: ignore[no-untyped-def]
    """The reviewer dialog accepted as proposed (from the settings), unless a test types into
    its fields first with ``answers``; remembers what it proposed."""
    from staan_desktop.gui.review.reviewer_dialog import ReviewerDialog

    proposed: list[tuple[str, str]] = []
    answers: dict[str, str] = {}

    def exec_(dialog: ReviewerDialog) -> int:
        proposed.append((dialog.ui.nameEdit.text(), dialog.ui.partyEdit.text()))
        if "name" in answers:
            dialog.ui.nameEdit.setText(answers["name"])
        if "party" in answers:
            dialog.ui.partyEdit.setText(answers["party"])
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ReviewerDialog, "exec", exec_)
    return proposed, answers


def test_review_menu_sits_after_view_and_open_for_review_in_the_file_menu(qtbot, window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("Beoo&rdeling") == titles.index("Bee&ld") + 1
    r = window.review
    assert [a.text() for a in r.menu.actions() if not a.isSeparator()] == [
        "&Opmerkingen", "Opmerking &toevoegen…", "Hoofdstuk &gecontroleerd", "&Vaststellen…", "&Nieuwe conceptversie",
        "Versie&geschiedenis…",
    ]
    file_entries = window.file_actions.menu.actions()
    assert file_entries.index(r.open_for_review) == file_entries.index(window.file_actions.open) + 1
    assert not any(a.isEnabled() for a in (r.comments, r.add_comment, r.sign_off, r.new_draft, r.history))


def test_a_comment_on_the_chapter_on_screen_and_back_to_it(qtbot, make_window, open_doc, demo_file, monkeypatch,
                                                          settings, comment_dialog):
    window = make_window(pages=PAGES)
    open_doc(window, demo_file)
    chapters_row = next(row for row, page in enumerate(window.pages) if isinstance(page, ChaptersPage))
    window.go_to(chapters_row)
    chapters = window.pages[chapters_row]
    second = chapters.outline.topLevelItem(1)
    chapters.outline.setCurrentItem(second)
    section_id = second.data(0, SECTION_ID)
    asked = ask_name(monkeypatch, ("  Roel   Schrotenboer ", True))
    window.review.add_comment.trigger()
    assert len(asked) == 1 and settings.get(AUTHOR_NAME) == "Roel Schrotenboer"  # asked once, kept
    assert comment_dialog.about == [f"Bij: Hoofdstukken – {' '.join(second.text(0).split())}"]
    [comment] = review.open_comments(window.current.doc)
    assert (comment.target_table, comment.target_id, comment.author) == ("section", section_id, "Roel Schrotenboer")
    assert window.review.dock.isVisible() and window.review.comments.isChecked()
    panel = window.review.panel
    assert panel.model.rowCount() == 1 and panel.facilitator == "Roel Schrotenboer"

    comment_dialog.text = "Nog een"
    window.review.add_comment.trigger()
    assert len(asked) == 1, "the name is asked only once"

    window.go_to(0)
    chapters.outline.setCurrentItem(chapters.outline.topLevelItem(0))
    panel.table.selectRow(0)
    panel.jump_button.click()
    assert window.stack.currentWidget() is chapters
    assert chapters.outline.currentItem().data(0, SECTION_ID) == section_id


def test_a_comment_on_a_list_item_and_the_whole_document(qtbot, make_window, open_doc, demo_file, monkeypatch,
                                                         settings, comment_dialog):
    from staan_desktop.gui.pages.municipalities import MunicipalitiesPage

    settings.set(AUTHOR_NAME, "Roel")
    window = make_window(pages=PAGES)
    open_doc(window, demo_file)
    row = next(row for row, page in enumerate(window.pages) if isinstance(page, MunicipalitiesPage))
    window.go_to(row)
    view = window.pages[row].municipalities.view
    view.setCurrentIndex(view.model().index(1, 0))
    window.review.add_comment.trigger()
    window.go_to(0)
    window.review.add_comment.trigger()  # the overview has no item of its own: the whole document
    first, whole = review.open_comments(window.current.doc)
    town = view.model().index(1, 0)
    assert (first.target_table, first.target_id) == ("municipality", town.data(ITEM_ID_ROLE))
    assert first.target_label == f"Gemeente ‘{town.data()}’"
    assert comment_dialog.about[0] == f"Bij: Gemeenten – {town.data()}"
    assert whole.target_table == "" and comment_dialog.about[1] == "Bij: Het hele document"
    window.review.panel.table.selectRow(0)
    window.review.panel.jump_button.click()
    assert window.stack.currentWidget() is window.pages[row] and view.currentIndex().row() == 1


def test_sign_off_freezes_the_window_and_a_new_draft_thaws_it(qtbot, window, open_doc, demo_file, monkeypatch,
                                                              settings, signing):
    settings.set(AUTHOR_NAME, "Roel")
    open_doc(window, demo_file)
    doc, context = window.current.doc, window.context
    assert not window.banner.isVisible() and window.review.sign_off.isEnabled()
    assert not window.review.new_draft.isEnabled()
    context.edit("Spelregel toevoegen", lambda: edits.add_rule(doc, text="Voor de vaststelling."))
    assert window.actions_.undo.isEnabled()

    window.review.sign_off.trigger()
    assert versions.state(doc).frozen and context.read_only
    assert context.read_only_reason == FROZEN
    assert window.banner.isVisible() and window.banner.text.text() == FROZEN
    assert window.banner.action.isVisible() and window.banner.action.text() == "&Nieuwe conceptversie"
    assert not window.banner.retry.isVisible()
    assert window.status.saved.text() == "Alleen-lezen: wijzigingen worden niet bewaard"
    assert not window.undo_group.canUndo() and not window.actions_.undo.isEnabled()
    rules_before = load_tree(doc).rules
    window.undo()  # nothing to undo across the sign-off
    assert load_tree(doc).rules == rules_before
    overview = window.pages[0]
    assert overview.bindings["title"].edit.isReadOnly(), "pages were rebuilt read-only"
    assert window.context.edit("x", lambda: edits.add_rule(doc, text="Na de vaststelling.")) is None
    assert "vastgesteld" in window.status.currentMessage()
    assert not window.review.sign_off.isEnabled() and window.review.new_draft.isEnabled()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.banner.action.click()
    assert not versions.state(doc).frozen and versions.state(doc).working == 2
    assert not window.banner.isVisible() and not context.read_only
    assert not window.pages[0].bindings["title"].edit.isReadOnly()
    assert not window.undo_group.canUndo()
    assert context.edit("Spelregel toevoegen", lambda: edits.add_rule(doc, text="In versie 2.")) is not None
    assert window.actions_.undo.isEnabled()
    window.undo()
    assert load_tree(doc).rules == rules_before


def test_a_signed_off_document_opens_frozen_and_the_menu_starts_a_draft(qtbot, window, open_doc, demo_file, monkeypatch,
                                                                        settings):
    signed_off(demo_file)
    open_doc(window, demo_file)
    assert window.context.read_only and window.banner.text.text() == FROZEN
    assert window.pages[0].bindings["title"].edit.isReadOnly()
    settings.set(AUTHOR_NAME, "Roel")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.review.new_draft.trigger()
    assert window.context.read_only, "answered no: still frozen"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.review.new_draft.trigger()
    assert not window.context.read_only and not window.banner.isVisible()


def test_history_shows_the_versions(qtbot, window, open_doc, demo_file, monkeypatch):
    open_doc(window, demo_file)
    shown: list[int] = []
    monkeypatch.setattr(VersionHistoryDialog, "exec", lambda dialog: shown.append(dialog.model.rowCount()) or 0)
    window.review.history.trigger()
    assert shown == [0]


def test_open_for_review_comments_yes_content_no(qtbot, window, demo_file, monkeypatch, settings, comment_dialog,
                                                 message_boxes, reviewer_dialog):
    settings.set(AUTHOR_NAME, "Piet de Secretaris")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(demo_file), ""))
    window.review.open_for_review.trigger()
    qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)
    doc, context = window.current.doc, window.context
    assert isinstance(doc, review.ReviewDocument) and doc.author == "Piet de Secretaris"
    assert locking.read_lock(demo_file) is not None, "a reviewer writes comments: holds the lock"
    assert window.banner.isVisible() and window.banner.text.text() == REVIEWING
    assert not window.banner.action.isVisible() and not window.banner.retry.isVisible()
    assert context.read_only and window.pages[0].bindings["title"].edit.isReadOnly()
    assert context.edit("Spelregel toevoegen", lambda: edits.add_rule(doc, text="Van de secretaris")) is None
    assert load_tree(doc).rules == () and "beoordeelt dit document" in window.status.currentMessage()
    assert not window.review.sign_off.isEnabled() and not window.review.new_draft.isEnabled()

    window.review.add_comment.trigger()
    [comment] = review.open_comments(doc)
    assert comment.author == "Piet de Secretaris" and comment.text == "Klopt dit?"
    panel = window.review.panel
    assert panel.is_reviewer and panel.model.rowCount() == 1 and not panel.resolve_button.isVisible()
    window.close_document()
    assert locking.read_lock(demo_file) is None and not window.banner.isVisible()


def test_a_review_of_the_open_document_reopens_it_for_review(qtbot, window, open_doc, demo_file, monkeypatch, settings,
                                                             reviewer_dialog):
    settings.set(AUTHOR_NAME, "Piet")
    open_doc(window, demo_file)
    window.review.review_file(Path(demo_file))
    qtbot.waitUntil(lambda: window.current is not None and isinstance(window.current.doc, review.ReviewDocument),
                    timeout=10_000)
    assert window.current.lock is not None and not window.current.doc.read_only


def test_opening_for_review_asks_the_municipality_and_comments_carry_it(
    qtbot, window, demo_file, monkeypatch, settings, comment_dialog, reviewer_dialog
):
    """The reviewer says for which municipality they review; their comments carry it (the
    comment dialog proposes it), and the next review proposes the same name and municipality."""
    proposed, answers = reviewer_dialog
    settings.set(AUTHOR_NAME, "Judith Jansen")
    answers["party"] = "  Eemnes "
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(demo_file), ""))
    window.review.open_for_review.trigger()
    qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)
    assert proposed == [("Judith Jansen", "")]
    doc = window.current.doc
    assert isinstance(doc, review.ReviewDocument) and (doc.author, doc.party) == ("Judith Jansen", "Eemnes")
    window.review.add_comment.trigger()
    [comment] = review.open_comments(doc)
    assert (comment.author, comment.party) == ("Judith Jansen", "Eemnes")
    assert window.review.panel.model.index(0, 2).data() == "Judith Jansen (Eemnes)"
    window.close_document()
    window.review.review_file(Path(demo_file))
    assert proposed[-1] == ("Judith Jansen", "Eemnes")
    qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)  # the opening task is done


def test_the_banner_speaks_english_after_a_switch(qtbot, window, open_doc, demo_file):
    from staan_desktop.gui import i18n

    signed_off(demo_file)
    open_doc(window, demo_file)
    assert i18n.set_language("en")
    qtbot.waitUntil(lambda: window.banner.text.text().startswith("Version 1 was signed off"))
    assert window.banner.action.text() == "&New draft version"
    assert window.review.menu.title() == "&Review"
