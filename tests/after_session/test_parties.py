"""Parties that are not municipalities: they take part, own and have interests, but never score;
they survive the JSON round trip and the PDF names their kind."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from staan_desktop.domain import document as d
from staan_desktop.domain.fingerprint import fingerprint
from staan_desktop.reports.pdf import RenderOptions, render_pdf
from staan_desktop.services import edits, queries
from staan_desktop.services.edits.core import revert
from staan_desktop.services.errors import ValidationError
from staan_desktop.services.interchange import create_from_tree, load_tree

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from pdf_helpers import pdf_text, squash  # noqa: E402


@pytest.fixture
def doc(new_doc):
    for name in ("Dinkelland", "Tubbergen", "Oldenzaal"):
        edits.add_municipality(new_doc, name=name)
    return new_doc


def ids(doc) -> dict[str, int]:
    return {m.name: m.id for m in queries.municipalities(doc)}


def test_an_organisation_acts_for_municipalities_and_is_no_municipality(doc) -> None:
    m = ids(doc)
    change = edits.add_party(doc, name="Noaberkracht", kind="organisatie", acts_for=[m["Dinkelland"], m["Tubbergen"]])
    edits.add_party(doc, name="Provincie Overijssel", kind=d.PartyKind.EXTERN)
    edits.add_party(doc, name="Losser", kind="toekomstig", description="houdt de deur open")
    tree = load_tree(doc)
    assert tree.municipalities == ("Dinkelland", "Tubbergen", "Oldenzaal")
    assert [(p.name, p.kind, p.acts_for) for p in tree.parties] == [
        ("Noaberkracht", d.PartyKind.ORGANISATIE, ("Dinkelland", "Tubbergen")),
        ("Provincie Overijssel", d.PartyKind.EXTERN, ()),
        ("Losser", d.PartyKind.TOEKOMSTIG, ()),
    ]
    # The grids of scores and interests show only the municipalities.
    assert [x.name for x in queries.municipalities(doc)] == ["Dinkelland", "Tubbergen", "Oldenzaal"]
    assert queries.content_counts(doc).municipalities == 3  # the overview counts municipalities only
    undo = revert(doc, change)
    assert [p.name for p in load_tree(doc).parties] == ["Provincie Overijssel", "Losser"]
    revert(doc, undo)
    assert load_tree(doc).parties[0].acts_for == ("Dinkelland", "Tubbergen")


def test_a_party_takes_part_but_does_not_score(doc) -> None:
    change = edits.add_party(doc, name="WagenaarHoes", kind="extern")
    conference = edits.add_conference(doc, date="15 maart 2007").item_id
    edits.add_participant(doc, conference_id=conference, name="Harry ter Braak", municipality_id=change.item_id)
    assert load_tree(doc).conferences[0].participants[0].municipality == "WagenaarHoes"
    tf = edits.add_task_field(doc, name="Belastingen").item_id
    criterion = edits.add_criterion(doc, name="draagvlak").item_id
    before = doc.path.read_bytes()
    with pytest.raises(ValidationError, match="Alleen een gemeente geeft scores"):
        edits.set_score(doc, task_field_id=tf, criterion_id=criterion, municipality_id=change.item_id, value=3)
    assert doc.path.read_bytes() == before


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "Dinkelland", "kind": "extern"}, "bestaat al"),
        ({"name": "X", "kind": "gemeente"}, "Een partij is een"),
        ({"name": "X", "kind": "adviseur"}, "Een partij is een"),
        ({"name": "X", "kind": "extern", "acts_for": [1]}, "Alleen een organisatie"),
        ({"name": "X", "kind": "organisatie", "acts_for": [999]}, "namens een gemeente"),
        ({"name": "  ", "kind": "extern"}, "mag niet leeg"),
    ],
)
def test_bad_parties_are_refused_in_dutch_and_write_nothing(doc, kwargs, message) -> None:
    before = doc.path.read_bytes()
    with pytest.raises(ValidationError, match=message):
        edits.add_party(doc, **kwargs)
    assert doc.path.read_bytes() == before


def test_update_party_is_undone_exactly(doc) -> None:
    m = ids(doc)
    party = edits.add_party(doc, name="Noaberkracht", kind="organisatie", acts_for=[m["Dinkelland"]]).item_id
    before = load_tree(doc)
    change = edits.update_party(doc, party_id=party, kind="extern")
    assert load_tree(doc).parties[0].acts_for == ()  # only an organisation acts for others
    revert(doc, change)
    assert load_tree(doc) == before
    with pytest.raises(ValidationError, match="geen partij van een andere soort"):
        edits.update_party(doc, party_id=m["Assen"] if "Assen" in m else m["Oldenzaal"], kind="extern")


def test_municipality_limit_counts_municipalities_only(doc) -> None:
    for i in range(d.MAX_MUNICIPALITIES - 3):
        edits.add_municipality(doc, name=f"Gemeente {i}")
    edits.add_party(doc, name="Adviseur", kind="extern")  # a party is not a municipality
    with pytest.raises(ValidationError, match="ten hoogste"):
        edits.add_municipality(doc, name="Eén te veel")


def test_tree_refuses_a_score_or_acts_for_that_is_not_a_municipality(tmp_path) -> None:
    tree = d.Trajectory(
        trajectory=d.TrajectoryInfo(title="T"),
        municipalities=("A",),
        parties=(d.Party(name="P", kind=d.PartyKind.EXTERN),),
        criteria=(d.Criterion(name="c"),),
        task_fields=(d.TaskField(name="tf", scores=(d.Score(criterion="c", municipality="P", value=3),)),),
    )
    with pytest.raises(ValidationError, match="geen gemeente"):
        create_from_tree(tmp_path / "a.staan", tree)
    bad = tree.model_copy(update={"task_fields": (), "parties": (d.Party(name="P", kind=d.PartyKind.ORGANISATIE, acts_for=("Q",)),)})
    with pytest.raises(ValidationError, match="onbekende gemeente ‘Q’"):
        create_from_tree(tmp_path / "b.staan", bad)


def test_empty_parties_keep_the_fingerprint_and_a_party_changes_it() -> None:
    tree = d.Trajectory(trajectory=d.TrajectoryInfo(title="T"), municipalities=("A", "B"))
    with_party = tree.model_copy(update={"parties": (d.Party(name="P", kind=d.PartyKind.EXTERN),)})
    assert fingerprint(tree) != fingerprint(with_party)
    assert '"parties"' not in __import__("staan_desktop.domain.fingerprint", fromlist=["x"]).tree_canonical_text(tree)


def test_pdf_tells_the_adviser_from_the_partner() -> None:
    tree = d.Trajectory(
        trajectory=d.TrajectoryInfo(title="Verkenning"),
        municipalities=("Dinkelland", "Tubbergen", "Oldenzaal"),
        parties=(
            d.Party(name="Noaberkracht", kind=d.PartyKind.ORGANISATIE, acts_for=("Dinkelland", "Tubbergen")),
            d.Party(name="Losser", kind=d.PartyKind.TOEKOMSTIG),
        ),
        conferences=(d.Conference(participants=(d.Participant(name="Jan Jansen", municipality="Losser"),)),),
    )
    text = squash(" ".join(pdf_text(render_pdf(tree, RenderOptions(reproducible=True)))))
    assert squash("Jan Jansen Losser (toekomstige partner, waarnemer)") in text
    assert squash("Noaberkracht organisatie namens gemeenten namens Dinkelland, Tubbergen") in text
    assert squash("Bijlage 2 Partijen") in text
    # The title page names the municipalities only.
    assert squash("Gemeenten Dinkelland · Tubbergen · Oldenzaal Status") in text
