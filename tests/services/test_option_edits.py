"""Option edits: validated with Dutch messages, nothing written when refused, every change
undone and redone exactly, and refused on a signed-off version."""

from __future__ import annotations

import hashlib

import pytest

from staan_desktop.domain import document as d
from staan_desktop.services import edits
from staan_desktop.services.edits import options as o
from staan_desktop.services.errors import StaanError, ValidationError
from staan_desktop.services.interchange import load_tree


def digest(doc) -> str:  # type: ignore[no-untyped-def]
    return hashlib.sha256(doc.path.read_bytes()).hexdigest()


@pytest.fixture
def doc(new_doc):  # type: ignore[no-untyped-def]
    edits.add_municipality(new_doc, name="Losser")
    edits.add_municipality(new_doc, name="Oldenzaal")
    edits.add_criterion(new_doc, name="Bestuurlijke eenvoud")
    return new_doc


def test_an_option_with_its_swot_references_and_scores(doc) -> None:  # type: ignore[no-untyped-def]
    fusie = o.add_option(doc, name="  Ambtelijke fusie ", description="Eén organisatie voor beide gemeenten.").item_id
    netwerk = o.add_option(doc, name="Netwerk", position=0).item_id
    o.add_swot_item(doc, option_id=fusie, quadrant="strengths", text="Robuuste organisatie")
    o.add_swot_item(doc, option_id=fusie, quadrant="strengths", text="Minder kwetsbaar", position=0)
    o.add_swot_item(doc, option_id=fusie, quadrant="threats", text="Verlies van eigenheid")
    o.add_reference(doc, option_id=fusie, name="BAR", description="Barendrecht, Albrandswaard, Ridderkerk")
    o.set_option_score(doc, option_id=fusie, criterion_id=1, municipality_id=None, value=4)
    o.set_option_score(doc, option_id=fusie, criterion_id=1, municipality_id=2, value=2, note="zorg")
    tree = load_tree(doc)
    assert [x.name for x in tree.options] == ["Netwerk", "Ambtelijke fusie"]
    option = tree.options[1]
    assert option.description == "Eén organisatie voor beide gemeenten."
    assert option.swot == d.Swot(strengths=("Minder kwetsbaar", "Robuuste organisatie"), threats=("Verlies van eigenheid",))
    assert option.references == (d.ReferenceCase(name="BAR", description="Barendrecht, Albrandswaard, Ridderkerk"),)
    assert option.scores == (
        d.Score(criterion="Bestuurlijke eenvoud", value=4),
        d.Score(criterion="Bestuurlijke eenvoud", municipality="Oldenzaal", value=2, note="zorg"),
    )
    assert netwerk


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda doc: o.add_option(doc, name="  "), "De naam van de optie mag niet leeg zijn."),
        (lambda doc: o.add_option(doc, name="Netwerk"), "De optie ‘Netwerk’ bestaat al."),
        (lambda doc: o.add_swot_item(doc, option_id=1, quadrant="kansjes", text="x"),
         "Een SWOT-punt hoort bij sterkten, zwakten, kansen of bedreigingen."),
        (lambda doc: o.add_swot_item(doc, option_id=1, quadrant="threats", text=" "), "Het punt bij bedreigingen mag niet leeg zijn."),
        (lambda doc: o.add_swot_item(doc, option_id=99, quadrant="threats", text="x"), "De optie bestaat niet (meer)."),
        (lambda doc: o.set_option_score(doc, option_id=1, criterion_id=1, municipality_id=None, value=9),
         "Een score op ‘Bestuurlijke eenvoud’ ligt tussen 1 en 5."),
        (lambda doc: o.add_reference(doc, option_id=1, name="regel\nnieuw"), "De naam van de referentie mag geen regeleinden bevatten."),
        (lambda doc: o.update_option(doc, option_id=2, name="Netwerk"), "De optie ‘Netwerk’ bestaat al."),
    ],
)
def test_refusals_are_dutch_and_change_no_byte(doc, call, message) -> None:  # type: ignore[no-untyped-def]
    o.add_option(doc, name="Netwerk")
    o.add_option(doc, name="Centrumgemeente")
    before = digest(doc)
    with pytest.raises(ValidationError) as refused:
        call(doc)
    assert refused.value.message == message
    assert digest(doc) == before


def test_every_option_edit_is_undone_and_redone_exactly(doc) -> None:  # type: ignore[no-untyped-def]
    option = o.add_option(doc, name="Netwerk").item_id
    steps = [
        lambda: o.add_option(doc, name="Centrumgemeente"),
        lambda: o.update_option(doc, option_id=option, name="Netwerkorganisatie", description="Samen, los verband"),
        lambda: o.add_swot_item(doc, option_id=option, quadrant="opportunities", text="Snel te starten"),
        lambda: o.add_swot_item(doc, option_id=option, quadrant="opportunities", text="Weinig kosten", position=0),
        lambda: edits.move(doc, edits.Table.OPTION_SWOT, 1, 0),
        lambda: o.update_swot_item(doc, item_id=1, text="Direct te starten"),
        lambda: o.add_reference(doc, option_id=option, name="Meerinzicht"),
        lambda: o.update_reference(doc, item_id=1, description="Emmen, Coevorden, Borger-Odoorn"),
        lambda: o.set_option_score(doc, option_id=option, criterion_id=1, municipality_id=1, value=3),
        lambda: o.set_option_score(doc, option_id=option, criterion_id=1, municipality_id=1, value=5),
        lambda: edits.remove(doc, edits.Table.OPTION_SWOT, 2),
        lambda: edits.move(doc, edits.Table.OPTION, option, 1),
        lambda: edits.remove(doc, edits.Table.CRITERION, 1),  # takes the option's scores with it
        lambda: edits.remove(doc, edits.Table.OPTION, option),
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


def test_a_signed_off_version_refuses_option_edits(doc) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.services.signoff import sign_off

    option = o.add_option(doc, name="Netwerk").item_id
    sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"])
    before = digest(doc)
    for call in (
        lambda: o.add_option(doc, name="Fusie"),
        lambda: o.add_swot_item(doc, option_id=option, quadrant="strengths", text="x"),
        lambda: o.set_option_score(doc, option_id=option, criterion_id=1, municipality_id=None, value=3),
        lambda: edits.remove(doc, edits.Table.OPTION, option),
    ):
        with pytest.raises(StaanError):
            call()
    assert digest(doc) == before
