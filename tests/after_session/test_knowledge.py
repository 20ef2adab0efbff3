"""Knowledge agenda, open questions, mandates and existing cooperations: edits with undo,
Dutch refusals that write nothing, and their tables in the PDF."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from staan_desktop.domain import document as d
from staan_desktop.reports.pdf import RenderOptions, render_pdf
from staan_desktop.services import edits, queries
from staan_desktop.services.edits.core import remove, revert
from staan_desktop.services.errors import ValidationError
from staan_desktop.services.interchange import load_tree

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from pdf_helpers import pdf_text, squash  # noqa: E402


@pytest.fixture
def doc(new_doc):
    for name in ("Dinkelland", "Tubbergen", "Oldenzaal"):
        edits.add_municipality(new_doc, name=name)
    edits.add_task_field(new_doc, name="Sociaal domein")
    return new_doc


def test_every_part_is_added_changed_and_undone(doc) -> None:
    m = {x.name: x.id for x in queries.municipalities(doc)}
    tf = queries.task_fields(doc)[0].id
    rubric = edits.add_rubric(doc, name="Producten", products=["Statuten gemeenschappelijke regeling"], owner="InAxis").item_id
    q = edits.add_knowledge_question(doc, rubric_id=rubric, text="Welke communicatiestrategieën?").item_id
    oq = edits.add_open_question(doc, theme="Veranderproces", text="Hoe houden we de mensen erbij?").item_id
    mandate = edits.add_mandate(doc, municipality_id=m["Oldenzaal"], kind="vraag", text="Wat kost het?").item_id
    coop = edits.add_cooperation(doc, name="GGD Twente", parties=["14 Twentse gemeenten"], field="publieke gezondheid",
                                 legal_form="gemeenschappelijke regeling", task_field_ids=[tf]).item_id
    before = load_tree(doc)
    changes = [
        edits.update_knowledge_question(doc, question_id=q, status="beantwoord", answered_in="communicatieplan"),
        edits.update_open_question(doc, question_id=oq, status="in behandeling"),
        edits.update_mandate(doc, mandate_id=mandate, answered_in="hoofdstuk 6", status="beantwoord"),
        edits.update_cooperation(doc, cooperation_id=coop, legal_form="GR"),
        edits.update_rubric(doc, rubric_id=rubric, products=["Statuten", "Veranderplannen"]),
    ]
    tree = load_tree(doc)
    assert tree.knowledge_agenda[0].questions[0].status is d.QuestionStatus.BEANTWOORD
    assert tree.knowledge_agenda[0].products == ("Statuten", "Veranderplannen")
    assert tree.mandates[0] == d.Mandate(municipality="Oldenzaal", kind=d.MandateKind.VRAAG, text="Wat kost het?",
                                          answered_in="hoofdstuk 6", status=d.QuestionStatus.BEANTWOORD)
    assert tree.cooperations[0].task_fields == ("Sociaal domein",)
    for change in reversed(changes):
        revert(doc, change)
    assert load_tree(doc) == before
    removal = remove(doc, "knowledge_rubric", rubric)
    assert load_tree(doc).knowledge_agenda == ()
    revert(doc, removal)
    assert load_tree(doc) == before
    # A council's mandates go with its municipality; undo brings both back.
    removal = remove(doc, "municipality", m["Oldenzaal"])
    assert load_tree(doc).mandates == ()
    revert(doc, removal)
    assert load_tree(doc) == before


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda doc: edits.add_open_question(doc, text=" "), "mag niet leeg"),
        (lambda doc: edits.add_open_question(doc, text="x", status="klaar"), "De status is open"),
        (lambda doc: edits.add_mandate(doc, text="x", kind="wens"), "De soort is kader of vraag"),
        (lambda doc: edits.add_mandate(doc, text="x", municipality_id=999), "bestaat niet"),
        (lambda doc: edits.add_knowledge_question(doc, rubric_id=999, text="x"), "De rubriek bestaat niet"),
        (lambda doc: edits.add_cooperation(doc, name="GGD", task_field_ids=[999]), "Het taakveld bestaat niet"),
        (lambda doc: edits.add_cooperation(doc, name="GGD", parties=["A", "A"]), "twee keer"),
        (lambda doc: edits.add_rubric(doc, name="R", products=[""]), "mag niet leeg"),
    ],
)
def test_bad_input_is_refused_in_dutch_and_writes_nothing(doc, call, message) -> None:
    before = doc.path.read_bytes()
    with pytest.raises(ValidationError, match=message):
        call(doc)
    assert doc.path.read_bytes() == before


def test_a_party_gives_no_mandate(doc) -> None:
    party = edits.add_party(doc, name="Noaberkracht", kind="organisatie").item_id
    with pytest.raises(ValidationError, match="raad van een gemeente"):
        edits.add_mandate(doc, text="x", municipality_id=party)


def test_pdf_prints_where_each_mandate_is_answered() -> None:
    tree = d.Trajectory(
        trajectory=d.TrajectoryInfo(title="Verkenning"),
        municipalities=("Dinkelland", "Tubbergen", "Oldenzaal"),
        task_fields=(d.TaskField(name="Sociaal domein"),),
        mandates=(
            d.Mandate(kind=d.MandateKind.KADER, text="Behoud van de eigen identiteit", answered_in="paragraaf 4.2",
                      status=d.QuestionStatus.BEANTWOORD),
            d.Mandate(municipality="Oldenzaal", kind=d.MandateKind.VRAAG, text="Wat betekent het voor het personeel?"),
        ),
        open_questions=(d.OpenQuestion(theme="Veranderproces", text="Hoe houden we de mensen erbij?",
                                       status=d.QuestionStatus.BEANTWOORD, answered_in="veranderplan"),),
        knowledge_agenda=(d.KnowledgeRubric(name="Externe factoren", questions=(d.KnowledgeQuestion(text="Welke?"),),
                                            products=("Evaluaties",)),),
        cooperations=(d.Cooperation(name="Twenteboard", parties=("14 Twentse gemeenten",), field="economie",
                                    legal_form="stichting", task_fields=("Sociaal domein",)),),
    )
    text = squash(" ".join(pdf_text(render_pdf(tree, RenderOptions(reproducible=True)))))
    assert squash("Kaders en vragen van de raden: waar beantwoord") in text
    assert squash("1 alle raden Kader: Behoud van de eigen identiteit paragraaf 4.2 beantwoord") in text
    assert squash("2 Oldenzaal Vraag: Wat betekent het voor het personeel? – open") in text
    assert squash("1 Veranderproces Hoe houden we de mensen erbij? beantwoord in veranderplan") in text
    assert squash("Externe factoren • Welke? • Evaluaties –") in text
    assert squash("Twenteboard 14 Twentse gemeenten economie stichting Sociaal domein") in text


def test_a_cooperation_links_task_fields_and_options(doc) -> None:
    """An existing cooperation is linked to the options it bears on, as to task fields; a
    removed option drops out of the link and comes back with its undo."""
    tf = queries.task_fields(doc)[0].id
    from staan_desktop.services.edits.options import add_option

    option = add_option(doc, name="Centrumgemeente").item_id
    assert option is not None
    coop = edits.add_cooperation(doc, name="Twenteboard", task_field_ids=[tf], option_ids=[option, option]).item_id
    assert load_tree(doc).cooperations[0].options == ("Centrumgemeente",)
    removal = remove(doc, "option", option)
    assert load_tree(doc).cooperations[0].options == ()
    revert(doc, removal)
    assert load_tree(doc).cooperations[0].options == ("Centrumgemeente",)
    with pytest.raises(ValidationError, match="optie bestaat niet"):
        edits.update_cooperation(doc, cooperation_id=coop, option_ids=[9999])
    assert load_tree(doc).cooperations[0].options == ("Centrumgemeente",)


def test_cli_lists_where_each_question_is_answered(tmp_path, capsys) -> None:
    from staan_desktop.cli import main as cli_main
    from staan_desktop.services.interchange import create_from_tree

    tree = d.Trajectory(
        trajectory=d.TrajectoryInfo(title="T"), municipalities=("Oldenzaal",),
        mandates=(d.Mandate(municipality="Oldenzaal", kind=d.MandateKind.VRAAG, text="Wat kost het?",
                            answered_in="hoofdstuk 6", status=d.QuestionStatus.BEANTWOORD),),
        open_questions=(d.OpenQuestion(theme="Veranderproces", text="Hoe houden we de mensen erbij?"),),
    )
    with create_from_tree(tmp_path / "t.staan", tree):
        pass
    assert cli_main(["waar-beantwoord", str(tmp_path / "t.staan")]) == 0
    out = capsys.readouterr().out
    assert "[beantwoord] Oldenzaal — vraag: Wat kost het? — beantwoord in hoofdstuk 6" in out
    assert "[open] Veranderproces — Hoe houden we de mensen erbij? — nog niet beantwoord" in out
    assert "2 vragen en kaders, 1 nog niet beantwoord." in out


def test_a_joint_assignment_of_the_councils_an_organisation_works_for(doc) -> None:
    """The raden of Dinkelland and Tubbergen give one assignment together: a mandate may come
    from the organisation that acts for them, never from an adviser."""
    m = {x.name: x.id for x in queries.municipalities(doc)}
    noaberkracht = edits.add_party(doc, name="Noaberkracht", kind="organisatie", acts_for=[m["Dinkelland"], m["Tubbergen"]]).item_id
    adviser = edits.add_party(doc, name="Externe begeleiding", kind="extern").item_id
    edits.add_mandate(doc, municipality_id=noaberkracht, text="hou zeker de deur naar Losser open.")
    assert load_tree(doc).mandates[0].municipality == "Noaberkracht"
    with pytest.raises(ValidationError, match="raad van een gemeente"):
        edits.add_mandate(doc, municipality_id=adviser, text="Wat kost het?")
    assert len(load_tree(doc).mandates) == 1
