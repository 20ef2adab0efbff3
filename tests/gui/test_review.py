"""The review dialogs: history and comparison, the comments list, sign-off and a new draft."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from staan_desktop.gui.review.comments_panel import AddCommentDialog, CommentsPanel
from staan_desktop.gui.review.history_dialog import VersionHistoryDialog
from staan_desktop.gui.review.signoff_dialog import SignoffDialog, start_new_draft
from staan_desktop.services import edits, review, versions
from staan_desktop.services.signoff import sign_off
from staan_desktop.services.store import open_document


@pytest.fixture
def doc(demo_file: Path):  # type: ignore[no-untyped-def]
    d = open_document(demo_file)
    yield d
    d.close()


def test_history_lists_versions_and_compares(qtbot, qtmodeltester, doc) -> None:  # type: ignore[no-untyped-def]
    sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"], meeting="Stuurgroep 3")
    versions.start_new_draft(doc)
    edits.add_statement(doc, text="Een nieuwe uitspraak.")
    dialog = VersionHistoryDialog(doc)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "1 december 2026"
    assert "Versie 2 is in bewerking" in dialog.state_label.text()
    assert [dialog.new_choice.itemText(i) for i in range(dialog.new_choice.count())] == [
        "Versie 1 (1 december 2026)",
        "Concept (huidige inhoud)",
    ]
    # Opened on "version 1 → concept", compared at once.
    top = [dialog.differences.topLevelItem(i).text(0) for i in range(dialog.differences.topLevelItemCount())]
    assert top == ["Traject", "Uitspraken"]
    statements = dialog.differences.topLevelItem(1)
    assert statements.child(0).text(0) == "toegevoegd" and "Een nieuwe uitspraak." in statements.child(0).text(1)
    dialog.new_choice.setCurrentIndex(0)
    dialog.compare_button.click()
    assert dialog.summary.text() == "Geen verschillen." and dialog.differences.topLevelItemCount() == 0


def test_history_of_a_document_without_versions(qtbot, doc) -> None:  # type: ignore[no-untyped-def]
    dialog = VersionHistoryDialog(doc)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.compare_button.isEnabled()
    assert "Nog geen vastgestelde versies" in dialog.state_label.text()


def test_facilitator_jumps_to_and_resolves_a_comment(qtbot, qtmodeltester, doc) -> None:  # type: ignore[no-untyped-def]
    reviewer = review.open_for_review(doc.path, "Piet")
    review.add_comment(reviewer, text="Klopt de datum?", target_table="section", target_id=2)
    panel = CommentsPanel(doc, facilitator="Roel")
    qtbot.addWidget(panel)
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == 1 and panel.model.index(0, 0).data() == "Hoofdstuk ‘Context’"
    panel.table.selectRow(0)
    with qtbot.waitSignal(panel.jump_requested) as jumped:
        panel.jump_button.click()
    assert jumped.args == ["section", 2]
    panel.resolution.setText("Datum nagekeken.")
    panel.resolve_button.click()
    assert panel.model.rowCount() == 0 and review.open_comments(doc) == []
    panel.show_all.setChecked(True)
    assert panel.model.index(0, 4).data() == "afgehandeld door Roel"


def test_reviewer_cannot_resolve_but_withdraws_own(qtbot, doc) -> None:  # type: ignore[no-untyped-def]
    piet = review.open_for_review(doc.path, "Piet")
    anna = review.open_for_review(doc.path, "Anna")
    review.add_comment(anna, text="Van Anna")
    review.add_comment(piet, text="Van Piet")
    panel = CommentsPanel(piet)
    qtbot.addWidget(panel)
    assert panel.resolve_button.isHidden()
    panel.table.selectRow(0)
    assert not panel.withdraw_button.isEnabled()  # Anna's
    panel.table.selectRow(1)
    assert panel.withdraw_button.isEnabled()
    panel.withdraw_button.click()
    assert [c.text for c in review.list_comments(doc)] == ["Van Anna"]


def test_add_comment_dialog_needs_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = AddCommentDialog("Hoofdstuk ‘Vooraf’")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.text.setPlainText("  Graag korter.  ")
    assert ok.isEnabled() and dialog.comment_text() == "Graag korter."


def test_signoff_dialog_freezes_and_a_new_draft_unfreezes(qtbot, doc, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    edits.add_member(doc, role_id=1, name="Anna Bakker")  # role 1 is "De stuurgroep"
    dialog = SignoffDialog(doc, recorded_by="Roel")
    qtbot.addWidget(dialog)
    assert dialog.member_names() == ["Anna Bakker"]
    dialog.members.setPlainText("")
    dialog.sign_off()
    assert "ten minste één lid" in dialog.error.text() and dialog.info is None
    dialog.members.setPlainText("Anna Bakker\nJan de Vries\n")
    dialog.date.setDate(QDate(2026, 12, 1))
    dialog.meeting.setText("Stuurgroep 3")
    dialog.sign_off()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.info.members == ("Anna Bakker", "Jan de Vries") and dialog.info.decided_on == "2026-12-01"
    assert versions.state(doc).frozen

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not start_new_draft(doc)
    assert versions.state(doc).frozen
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert start_new_draft(doc)
    assert not versions.state(doc).frozen


def test_the_signoff_refusal_goes_once_members_are_typed(qtbot, doc) -> None:  # type: ignore[no-untyped-def]
    dialog = SignoffDialog(doc, recorded_by="Roel")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.members.setPlainText("")
    dialog.sign_off()
    assert "ten minste één lid" in dialog.error.text()
    dialog.members.setFocus()
    qtbot.keyClicks(dialog.members, "Anna Bakker")
    assert dialog.error.text() == "", "the refusal no longer holds"


def test_signoff_dialog_warns_about_open_comments(qtbot, doc) -> None:  # type: ignore[no-untyped-def]
    review.add_comment(doc, text="Nog open", author="Piet")
    dialog = SignoffDialog(doc)
    qtbot.addWidget(dialog)
    assert "1 opmerking" in dialog.warning.text()
    assert dialog.warning.textFormat() == Qt.TextFormat.PlainText


def test_the_author_column_cuts_no_word(qtbot, doc) -> None:  # type: ignore[no-untyped-def]
    """Names and municipalities wrap at spaces in the narrow panel, but no word is elided: the
    review screenshot read "Henk Bakker (Tynaa…"."""
    for author, party in (("Henk Bakker", "Tynaarlo"), ("Marieke de Vries", "Noordenveld"), ("Jo", "")):
        reviewer = review.open_for_review(doc.path, author, party=party)
        review.add_comment(reviewer, text="Graag de datum van de tweede werkconferentie nog even nakijken.")
        reviewer.close()
    panel = CommentsPanel(doc, facilitator="Roel")
    qtbot.addWidget(panel)
    panel.resize(440, 500)  # as wide as the panel is beside the pages at 1366×768
    panel.show()
    qtbot.waitExposed(panel)
    table = panel.table
    width = table.horizontalHeader().sectionSize(2)
    margin = 2 * (table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    for row in range(panel.model.rowCount()):
        text = panel.model.index(row, 2).data()
        for word in text.split():
            assert table.fontMetrics().horizontalAdvance(word) + margin <= width, f"‘{word}’ of ‘{text}’ in {width} px"
    assert table.horizontalHeader().sectionSize(1) >= table.viewport().width() / 3, "the comment keeps the most room"
