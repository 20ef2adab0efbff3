"""Work conferences: date, place and theme stored as typed; participants as ‘Naam, Gemeente’;
preparatory questions as a list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from staan_desktop.gui.pages.conferences import ConferencesPage, split_person
from staan_desktop.services.interchange import load_tree


def test_split_person() -> None:
    known = {"assen": 2, "aa en hunze": 1}
    assert split_person("Judith Jansen, Assen", known) == ("Judith Jansen", 2)
    assert split_person("Jansen, J.", known) == ("Jansen, J.", None)
    assert split_person("  Binse van Spronsen ,  Aa en Hunze ", known) == ("Binse van Spronsen", 1)


def test_a_conference_by_keyboard(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ConferencesPage)
    assert not page.participant_entry.isEnabled()
    page.add_conference()
    date = page.edits["date"]
    assert page.focusWidget() is date
    typing(date, "30 mei 2012")
    qtbot.keyClick(date, Qt.Key.Key_Tab)  # leaving the field stores it
    typing(page.edits["place"], "Norg")
    qtbot.keyClick(page.edits["place"], Qt.Key.Key_Tab)
    typing(page.edits["theme"], "Samenwerking — ‘mensenwerk’ & <kennismaking>")
    qtbot.waitUntil(lambda: load_tree(context.doc).conferences[0].theme.endswith("<kennismaking>"), timeout=3000)
    typing(page.participant_entry, "Judith Jansen, Assen")
    qtbot.keyClick(page.participant_entry, Qt.Key.Key_Return)
    typing(page.participant_entry, "Roel Schrotenboer")
    qtbot.keyClick(page.participant_entry, Qt.Key.Key_Return)
    typing(page.questions.entry, "Wat verbindt ons?")
    qtbot.keyClick(page.questions.entry, Qt.Key.Key_Return)
    conference = load_tree(context.doc).conferences[0]
    assert (conference.date, conference.place) == ("30 mei 2012", "Norg")
    assert conference.theme == "Samenwerking — ‘mensenwerk’ & <kennismaking>"
    assert [(p.name, p.municipality) for p in conference.participants] == [
        ("Judith Jansen", "Assen"),
        ("Roel Schrotenboer", None),
    ]
    assert conference.questions == ("Wat verbindt ons?",)
    assert page.selector.currentText() == "30 mei 2012 — Norg"


def test_two_conferences_keep_their_own_fields(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ConferencesPage)
    page.add_conference()
    typing(page.edits["place"], "Norg")
    page.add_conference()  # switching stores what was typed for the first one
    assert page.edits["place"].text() == ""
    typing(page.edits["place"], "Assen")
    page.bindings["place"].flush()
    assert [c.place for c in load_tree(context.doc).conferences] == ["Norg", "Assen"]
    context.undo_stack.undo()
    assert [c.place for c in load_tree(context.doc).conferences] == ["Norg", ""]
    assert page.edits["place"].text() == ""
