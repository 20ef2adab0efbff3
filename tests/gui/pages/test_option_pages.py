"""The options, the toetsingskader and the decision, captured by keyboard: Enter adds,
Alt+↑/↓ reorders, Ctrl+Z undoes through the services; a signed-off version cannot be changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from staan_desktop.domain.document import OptionStatus, Verdict
from staan_desktop.domain.options import screen
from staan_desktop.gui.pages.decision import DecisionPage
from staan_desktop.gui.pages.frame import FramePage
from staan_desktop.gui.pages.options import OptionsPage
from staan_desktop.reports.json_interchange import from_json
from staan_desktop.resources import resource_path
from staan_desktop.services import signoff
from staan_desktop.services.interchange import create_from_tree, load_tree


def _enter(qtbot, editor, typing, *texts: str) -> None:  # type: ignore[no-untyped-def]
    for text in texts:
        typing(editor.entry, text)
        qtbot.keyClick(editor.entry, Qt.Key.Key_Return)


def test_an_option_with_its_swot_and_references(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(OptionsPage)
    assert page.main_input() is page.options.entry  # nothing to fill in yet but the option itself
    _enter(qtbot, page.options, typing, "Netwerkorganisatie", "Ambtelijke fusie")
    assert page.options.current_item().text == "Ambtelijke fusie"
    page.options.view.setCurrentIndex(page.options.model.index(0))
    page.description.setFocus()
    typing(page.description, "Samenwerken *zonder* nieuwe organisatie.")
    page.description_binding.flush()
    _enter(qtbot, page.swot["strengths"], typing, "Flexibel", "Snel te starten")
    _enter(qtbot, page.swot["threats"], typing, "Vrijblijvendheid")
    _enter(qtbot, page.references, typing, "Meerinzicht: ambtelijke fusie van Epe, Heerde en Hattem")

    # Alt+↑ moves the second strength above the first.
    strengths = page.swot["strengths"]
    strengths.view.setFocus()
    strengths.view.setCurrentIndex(strengths.model.index(1))
    qtbot.keyClick(strengths.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)

    option = load_tree(context.doc).options[0]
    assert option.name == "Netwerkorganisatie"
    assert option.description == "Samenwerken *zonder* nieuwe organisatie."
    assert option.swot.strengths == ("Snel te starten", "Flexibel")
    assert option.swot.threats == ("Vrijblijvendheid",)
    assert option.swot.weaknesses == option.swot.opportunities == ()
    assert [(r.name, r.description) for r in option.references] == [
        ("Meerinzicht", "ambtelijke fusie van Epe, Heerde en Hattem")
    ]
    assert load_tree(context.doc).options[1].swot.strengths == ()  # the points are the first option's

    # Ctrl+Z through the services: the move, then the reference.
    context.undo_stack.undo()
    assert load_tree(context.doc).options[0].swot.strengths == ("Flexibel", "Snel te starten")
    context.undo_stack.undo()
    assert load_tree(context.doc).options[0].swot.strengths == ("Flexibel", "Snel te starten")
    assert load_tree(context.doc).options[0].references == ()


def test_switching_options_shows_their_own_swot(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(OptionsPage)
    for name in ("Centrumgemeente", "Gemeenschappelijke regeling"):
        _enter(qtbot, page.options, typing, name)
        _enter(qtbot, page.swot["weaknesses"], typing, f"zwak punt van {name}")
    page.options.view.setCurrentIndex(page.options.model.index(0))
    assert [i.text for i in page.swot["weaknesses"].model.items] == ["zwak punt van Centrumgemeente"]
    assert page.swot["strengths"].model.items == []


def test_a_refused_swot_point_is_said_in_dutch_and_nothing_is_written(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(OptionsPage)
    _enter(qtbot, page.options, typing, "Netwerk", "Netwerk")  # the same name twice
    assert [o.name for o in load_tree(context.doc).options] == ["Netwerk"]
    assert "Netwerk" in context.refusals[-1][0]
    assert page.options.entry.text() == "Netwerk"  # the typing is kept to correct


@pytest.fixture
def with_options(context):  # type: ignore[no-untyped-def]
    from staan_desktop.services.edits import options as o

    for name in ("Netwerk", "Centrumgemeente", "Fusie"):
        o.add_option(context.doc, name=name)
    return context


def test_a_toetsingskader_with_knock_outs_verdicts_and_criteria(qtbot, with_options, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    context = with_options
    page = open_page(FramePage)
    assert page.main_input() is page.steps.entry
    _enter(qtbot, page.steps, typing, "Basis", "Knock-outs")
    assert page.steps.current_item().text == "Knock-outs"
    _enter(qtbot, page.knock_outs, typing, "Democratische legitimatie blijft gewaarborgd")
    criterion = load_tree(context.doc).criteria[0].name
    _enter(qtbot, page.criteria, typing, criterion.upper())  # case does not matter
    _enter(qtbot, page.criteria, typing, "bestaat niet")
    assert "bestaat niet" in context.refusals[-1][0]

    # One row per option; choose "voldoet niet" for Fusie with a reason.
    assert [r.option for r in page.verdicts.records] == ["Netwerk", "Centrumgemeente", "Fusie"]
    assert {r.verdict for r in page.verdicts.records} == {Verdict.UNKNOWN.value}
    assert page.verdicts.setData(page.verdicts.index(2, 1), Verdict.FAIL.value)
    assert page.verdicts.setData(page.verdicts.index(2, 2), "Raden verliezen zeggenschap")
    assert page.verdicts.setData(page.verdicts.index(0, 1), Verdict.PASS.value)

    tree = load_tree(context.doc)
    step = tree.frame[1]
    assert step.title == "Knock-outs" and step.criteria == (criterion,)
    verdicts = {v.option: (v.verdict, v.reason) for v in step.knock_outs[0].verdicts}
    assert verdicts == {"Fusie": (Verdict.FAIL, "Raden verliezen zeggenschap"), "Netwerk": (Verdict.PASS, "")}
    screening = screen(tree)
    assert screening["Fusie"].excluded and not screening["Netwerk"].excluded

    # Delete in the verdicts table must not remove the option the row stands for.
    page.verdict_table.setFocus()
    page.verdict_table.setCurrentIndex(page.verdicts.index(2, 0))
    qtbot.keyClick(page.verdict_table, Qt.Key.Key_Delete)
    assert [o.name for o in load_tree(context.doc).options] == ["Netwerk", "Centrumgemeente", "Fusie"]

    # Alt+↑ puts the knock-out step first; Ctrl+Z puts it back.
    page.steps.view.setFocus()
    qtbot.keyClick(page.steps.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s.title for s in load_tree(context.doc).frame] == ["Knock-outs", "Basis"]
    context.undo_stack.undo()
    assert [s.title for s in load_tree(context.doc).frame] == ["Basis", "Knock-outs"]
    context.undo_stack.undo()  # the verdict of Netwerk
    assert {v.option for v in load_tree(context.doc).frame[1].knock_outs[0].verdicts} == {"Fusie"}


def test_the_decision_names_basisrichtingen_and_the_others(qtbot, with_options, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    context = with_options
    page = open_page(DecisionPage)
    typing(page.date_edit, "12 maart 2025")
    page.date_binding.flush()
    page.reasons.setFocus()
    typing(page.reasons, "Beide sluiten aan bij de ambitie.")
    page.reasons_binding.flush()
    model = page.model
    assert model.setData(model.index(0, 1), OptionStatus.CHOSEN.value)
    assert model.setData(model.index(0, 2), "Snel te starten")
    assert model.setData(model.index(2, 1), OptionStatus.LATER.value)
    assert not model.setData(model.index(1, 2), "zonder besluit")  # a reason needs a decision
    assert "besluit" in context.refusals[-1][0]

    decision = load_tree(context.doc).decision
    assert decision is not None
    assert (decision.decided_on, decision.reasons) == ("12 maart 2025", "Beide sluiten aan bij de ambitie.")
    assert [(c.option, c.status, c.reason) for c in decision.choices] == [
        ("Netwerk", OptionStatus.CHOSEN, "Snel te starten"), ("Fusie", OptionStatus.LATER, ""),
    ]
    assert model.data(model.index(0, 1)) == page.tr("gekozen (basisrichting)")
    # Back to no decision on Netwerk: its reason goes with it, in one undoable step.
    assert model.setData(model.index(0, 1), None)
    assert [c.option for c in load_tree(context.doc).decision.choices] == ["Fusie"]
    context.undo_stack.undo()
    assert load_tree(context.doc).decision.choices[0].reason == "Snel te starten"


def test_the_verkenning_example_fills_the_pages(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.gui.context import WorkspaceContext

    tree = from_json(resource_path("examples/verkenning-noaberkracht.json").read_bytes())
    with create_from_tree(tmp_path / "v.staan", tree) as doc:
        context = WorkspaceContext(doc)
        options = OptionsPage(context)
        frame = FramePage(context)
        decision = DecisionPage(context)
        for page in (options, frame, decision):
            qtbot.addWidget(page)
            page.refresh(None)
        assert [i.text for i in options.options.model.items] == [o.name for o in tree.options]
        first = tree.options[0]
        assert [i.text for i in options.swot["opportunities"].model.items] == list(first.swot.opportunities)
        assert options.description.toPlainText() == first.description
        assert [i.text for i in frame.steps.model.items] == [s.title for s in tree.frame]
        chosen = [c.option for c in tree.decision.choices if c.status is OptionStatus.CHOSEN]
        assert [o.name for o in decision.model.records if o.decision_status == OptionStatus.CHOSEN.value] == chosen


def test_a_signed_off_version_cannot_be_changed_here(qtbot, with_options, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    context = with_options
    signoff.sign_off(context.doc, decided_on="2026-12-01", members=("A. Secretaris",))
    context.refresh_read_only()
    assert context.read_only
    options = open_page(OptionsPage)
    assert not options.options.entry.isVisibleTo(options)
    assert not options.swot["strengths"].entry.isVisibleTo(options)
    assert not options.options.model.flags(options.options.model.index(0)) & Qt.ItemFlag.ItemIsEditable
    frame = open_page(FramePage)
    assert not frame.steps.entry.isVisibleTo(frame)
    decision = open_page(DecisionPage)
    assert not decision.model.flags(decision.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert decision.reasons.isReadOnly() and decision.date_edit.isReadOnly()
    before = load_tree(context.doc)
    qtbot.keyClick(options.options.view, Qt.Key.Key_Delete)
    assert load_tree(context.doc) == before


def test_options_are_scored_by_keyboard_and_ranked_by_the_rule(qtbot, with_options, open_page) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.gui.pages.option_scores import OptionScoresPage
    from staan_desktop.services.edits import frame as frame_edits

    context = with_options
    criteria = load_tree(context.doc).criteria
    assert criteria, "the template brings criteria"
    page = open_page(OptionScoresPage)
    table, model = page.table, page.model
    assert page.main_input() is table
    assert table.currentIndex().column() == 1  # the first criterion of the first option
    top = criteria[0].scale_max
    for _ in criteria:
        qtbot.keyClick(table, str(top))  # a digit scores and moves on
    table.setCurrentIndex(model.index(1, 1))
    for _ in criteria:
        qtbot.keyClick(table, str(criteria[0].scale_min))
    tree = load_tree(context.doc)
    assert [s.value for s in tree.options[0].scores] == [top] * len(criteria)
    assert model.data(model.index(0, len(criteria) + 2)) == "1" and model.data(model.index(1, len(criteria) + 2)) == "2"
    qtbot.keyClick(table, "9" if top < 9 else "0")  # outside the scale: refused, said beside the grid
    assert page.refusal.text()
    # Netwerk fails a knock-out: out of the ranking, the other moves up.
    step = frame_edits.add_frame_step(context.doc, title="Knock-outs").item_id
    knock_out = frame_edits.add_knock_out(context.doc, step_id=step, condition="Raden houden zeggenschap").item_id
    context.edit("oordeel", lambda: frame_edits.set_verdict(context.doc, knock_out_id=knock_out, option_id=1, verdict="voldoet niet"))
    assert model.data(model.index(0, len(criteria) + 2)) == "uitgesloten"
    assert model.data(model.index(1, len(criteria) + 2)) == "1"
    # Delete clears a score; Ctrl+Z brings it back.
    table.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(load_tree(context.doc).options[0].scores) == len(criteria) - 1
    context.undo_stack.undo()
    assert len(load_tree(context.doc).options[0].scores) == len(criteria)


def test_the_option_scores_model_passes_qts_model_checks(qtmodeltester, with_options) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.gui.models.option_scores_model import OptionScoresModel

    model = OptionScoresModel(with_options)
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_a_verdicts_reason_is_read_whole_in_a_narrow_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Beside both panels at 1366×768 the page is ~700 px wide: the reason of a verdict ("Alle
    modellen gaan uit van autonomie van de raden …") wraps in its row instead of ending in "…"."""
    from PySide6.QtCore import QRect, Qt

    from staan_desktop.gui.context import WorkspaceContext

    tree = from_json(resource_path("examples/verkenning-noaberkracht.json").read_bytes())
    with create_from_tree(tmp_path / "v.staan", tree) as doc:
        frame = FramePage(WorkspaceContext(doc))
        qtbot.addWidget(frame)
        frame.refresh(None)
        frame.resize(700, 700)
        frame.show()
        qtbot.waitExposed(frame)
        step = next(i for i, s in enumerate(tree.frame) if s.knock_outs)
        frame.steps.view.setCurrentIndex(frame.steps.view.model().index(step, 0))
        frame.knock_outs.view.setCurrentIndex(frame.knock_outs.view.model().index(0, 0))
        qtbot.wait(100)
        table = frame.verdict_table
        model = table.model()
        assert model.rowCount() == len(tree.options)
        assert table.horizontalScrollBar().maximum() == 0, "every column in view"
        width = table.columnWidth(2) - 8  # the cell's own margins
        for row in range(model.rowCount()):
            reason = model.index(row, 2).data()
            assert reason, "the example's verdicts have their reasons"
            needed = table.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, reason).height()
            assert table.rowHeight(row) >= needed, f"row {row}: {table.rowHeight(row)} px for a reason of {needed} px"
