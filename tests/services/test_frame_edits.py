"""Toetsingskader and decision edits: Dutch refusals that change no byte, exact undo and redo,
and no edit on a signed-off version."""

from __future__ import annotations

import hashlib

import pytest

from staan_desktop.domain import document as d
from staan_desktop.services import edits
from staan_desktop.services.edits import frame as f
from staan_desktop.services.edits import options as o
from staan_desktop.services.errors import StaanError, ValidationError
from staan_desktop.services.interchange import load_tree


def digest(doc) -> str:  # type: ignore[no-untyped-def]
    return hashlib.sha256(doc.path.read_bytes()).hexdigest()


@pytest.fixture
def doc(new_doc):  # type: ignore[no-untyped-def]
    edits.add_municipality(new_doc, name="Losser")
    edits.add_criterion(new_doc, name="Bestuurlijke eenvoud")
    o.add_option(new_doc, name="Netwerk")
    o.add_option(new_doc, name="Herindeling")
    return new_doc


def test_a_frame_with_knock_outs_and_a_decision(doc) -> None:  # type: ignore[no-untyped-def]
    step = f.add_frame_step(doc, title="Stap 2: knock-outcriteria").item_id
    f.add_step_criterion(doc, step_id=step, criterion_id=1)
    ko = f.add_knock_out(doc, step_id=step, condition="De gemeenteraden blijven zelfstandig").item_id
    f.set_verdict(doc, knock_out_id=ko, option_id=2, verdict="voldoet niet", reason="Eén raad")
    f.set_verdict(doc, knock_out_id=ko, option_id=1, verdict="onbekend")
    f.set_verdict(doc, knock_out_id=ko, option_id=1, verdict="voldoet", reason="Raden blijven")
    f.set_decision(doc, decided_on="12 maart 2019", reasons="Twee basisrichtingen uitwerken.")
    f.set_option_status(doc, option_id=1, status="gekozen", reason="Snel te starten")
    f.set_option_status(doc, option_id=2, status="uitgesloten", reason="Knock-out")
    tree = load_tree(doc)
    assert tree.frame == (d.FrameStep(
        title="Stap 2: knock-outcriteria", criteria=("Bestuurlijke eenvoud",),
        knock_outs=(d.KnockOut(condition="De gemeenteraden blijven zelfstandig", verdicts=(
            d.KnockOutVerdict(option="Netwerk", verdict=d.Verdict.PASS, reason="Raden blijven"),
            d.KnockOutVerdict(option="Herindeling", verdict=d.Verdict.FAIL, reason="Eén raad"),
        )),),
    ),)
    assert tree.decision == d.OptionsDecision(decided_on="12 maart 2019", reasons="Twee basisrichtingen uitwerken.", choices=(
        d.OptionChoice(option="Netwerk", status=d.OptionStatus.CHOSEN, reason="Snel te starten"),
        d.OptionChoice(option="Herindeling", status=d.OptionStatus.EXCLUDED, reason="Knock-out"),
    ))


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda doc: f.add_frame_step(doc, title=" "), "De titel van de stap mag niet leeg zijn."),
        (lambda doc: f.add_knock_out(doc, step_id=1, condition=""), "De knock-outvoorwaarde mag niet leeg zijn."),
        (lambda doc: f.add_knock_out(doc, step_id=7, condition="x"), "De stap bestaat niet (meer)."),
        (lambda doc: f.set_verdict(doc, knock_out_id=1, option_id=1, verdict="misschien"),
         "Een oordeel is ‘voldoet’, ‘voldoet niet’ of ‘onbekend’."),
        (lambda doc: f.set_verdict(doc, knock_out_id=1, option_id=9, verdict="voldoet"), "De optie bestaat niet (meer)."),
        (lambda doc: f.add_step_criterion(doc, step_id=1, criterion_id=1), "De stap weegt ‘Bestuurlijke eenvoud’ al."),
        (lambda doc: f.set_option_status(doc, option_id=1, status="misschien"),
         "De status van een optie is ‘gekozen’, ‘niet gekozen’, ‘later’ of ‘uitgesloten’."),
    ],
)
def test_refusals_are_dutch_and_change_no_byte(doc, call, message) -> None:  # type: ignore[no-untyped-def]
    f.add_frame_step(doc, title="Stap 1")
    f.add_knock_out(doc, step_id=1, condition="Voorwaarde")
    f.add_step_criterion(doc, step_id=1, criterion_id=1)
    before = digest(doc)
    with pytest.raises(ValidationError) as refused:
        call(doc)
    assert refused.value.message == message
    assert digest(doc) == before


def test_every_frame_and_decision_edit_is_undone_and_redone_exactly(doc) -> None:  # type: ignore[no-untyped-def]
    steps = [
        lambda: f.add_frame_step(doc, title="Stap 1: basis"),
        lambda: f.add_frame_step(doc, title="Stap 2: knock-outs", position=0),
        lambda: f.update_frame_step(doc, step_id=1, description="Wat **moet**"),
        lambda: f.add_step_criterion(doc, step_id=1, criterion_id=1),
        lambda: f.add_knock_out(doc, step_id=2, condition="Zelfstandige raden"),
        lambda: f.update_knock_out(doc, knock_out_id=1, condition="Zelfstandige gemeenteraden"),
        lambda: f.set_verdict(doc, knock_out_id=1, option_id=2, verdict="voldoet niet", reason="Eén raad"),
        lambda: f.set_verdict(doc, knock_out_id=1, option_id=2, verdict="onbekend"),
        lambda: edits.move(doc, edits.Table.FRAME_STEP, 1, 0),
        lambda: f.set_decision(doc, reasons="Netwerk eerst."),
        lambda: f.set_decision(doc, decided_on="1 april"),
        lambda: f.set_option_status(doc, option_id=1, status="gekozen", reason="basisrichting"),
        lambda: f.set_option_status(doc, option_id=1, status=None),
        lambda: edits.remove(doc, edits.Table.OPTION, 2),  # takes its verdict along
        lambda: edits.remove(doc, edits.Table.FRAME_STEP, 2),
        lambda: edits.remove(doc, edits.Table.OPTIONS_DECISION, 1),
    ]
    for step in steps:
        before = load_tree(doc)
        change = step()
        after = load_tree(doc)
        assert after != before
        redo = edits.revert(doc, change)
        assert load_tree(doc) == before
        edits.revert(doc, redo)
        assert load_tree(doc) == after


def test_a_signed_off_version_refuses_frame_and_decision_edits(doc) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.services.signoff import sign_off

    step = f.add_frame_step(doc, title="Stap 1").item_id
    sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"])
    before = digest(doc)
    for call in (
        lambda: f.add_knock_out(doc, step_id=step, condition="x"),
        lambda: f.set_decision(doc, reasons="Toch anders"),
        lambda: f.set_option_status(doc, option_id=1, status="gekozen"),
    ):
        with pytest.raises(StaanError):
            call()
    assert digest(doc) == before
