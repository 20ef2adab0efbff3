"""Weights per municipality through the services: validated with Dutch messages and nothing
written when refused, every change undone and redone exactly, frozen with a signed-off
version (and part of its fingerprint), and a document of schema 0010 migrates to them."""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path

import pytest

from staan_desktop.domain import document as d
from staan_desktop.domain.fingerprint import fingerprint
from staan_desktop.services import edits, file_admission, queries, revisions, store
from staan_desktop.services.errors import StaanError, ValidationError
from staan_desktop.services.interchange import export_json, load_tree


def digest(doc) -> str:  # type: ignore[no-untyped-def]
    return hashlib.sha256(doc.path.read_bytes()).hexdigest()


@pytest.fixture
def doc(new_doc):  # type: ignore[no-untyped-def]
    edits.add_municipality(new_doc, name="Losser")
    edits.add_municipality(new_doc, name="Oldenzaal")
    edits.add_party(new_doc, name="Noaberkracht", kind="organisatie")
    edits.add_criterion(new_doc, name="Eenvoud")
    edits.add_criterion(new_doc, name="Slagkracht", weight=2)
    return new_doc


def ids(doc) -> tuple[dict[str, int], dict[str, int]]:  # type: ignore[no-untyped-def]
    municipalities = {m.name: m.id for m in queries.municipalities(doc)}
    criteria = {c.name: c.id for c in queries.criteria(doc)}
    return municipalities, criteria


def test_a_weight_set_is_stored_in_the_tree_and_the_json(doc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    m, c = ids(doc)
    edits.set_criterion_weight(doc, criterion_id=c["Slagkracht"], municipality_id=m["Oldenzaal"], weight=0.5)
    edits.set_criterion_weight(doc, criterion_id=c["Eenvoud"], municipality_id=m["Oldenzaal"], weight=3)
    edits.set_criterion_weight(doc, criterion_id=c["Eenvoud"], municipality_id=m["Losser"], weight=0)
    tree = load_tree(doc)
    # In the municipalities' order, each set in the criteria's order; the shared weights unchanged.
    assert tree.weight_sets == (
        d.WeightSet(municipality="Losser", weights=(d.CriterionWeight(criterion="Eenvoud", weight=0.0),)),
        d.WeightSet(municipality="Oldenzaal", weights=(d.CriterionWeight(criterion="Eenvoud", weight=3.0),
                                                        d.CriterionWeight(criterion="Slagkracht", weight=0.5))),
    )
    assert [x.weight for x in tree.criteria] == [1.0, 2.0]
    export_json(doc, tmp_path / "uit.json")
    data = json.loads((tmp_path / "uit.json").read_text("utf-8"))
    assert data["weight_sets"][1] == {"municipality": "Oldenzaal", "weights": [
        {"criterion": "Eenvoud", "weight": 3.0}, {"criterion": "Slagkracht", "weight": 0.5}]}
    # Clearing the last weight of a municipality leaves it without a set.
    edits.set_criterion_weight(doc, criterion_id=c["Eenvoud"], municipality_id=m["Losser"], weight=None)
    assert [s.municipality for s in load_tree(doc).weight_sets] == ["Oldenzaal"]


@pytest.mark.parametrize(
    ("weight", "message"),
    [
        (-0.5, "Een gewicht is een getal van 0 tot en met 1000."),
        (1000.5, "Een gewicht is een getal van 0 tot en met 1000."),
        (math.nan, "Een gewicht is een getal van 0 tot en met 1000."),
        (math.inf, "Een gewicht is een getal van 0 tot en met 1000."),
        ("3", "Een gewicht is een getal."),
        (True, "Een gewicht is een getal."),
    ],
)
def test_a_bad_weight_is_refused_in_dutch_and_changes_no_byte(doc, weight, message) -> None:  # type: ignore[no-untyped-def]
    m, c = ids(doc)
    before = digest(doc)
    with pytest.raises(ValidationError) as refused:
        edits.set_criterion_weight(doc, criterion_id=c["Eenvoud"], municipality_id=m["Losser"], weight=weight)
    assert refused.value.message == message
    assert digest(doc) == before


def test_only_a_municipality_of_the_document_has_weights(doc) -> None:  # type: ignore[no-untyped-def]
    _m, c = ids(doc)
    party = next(p for p, kind in edits.parties.party_kinds(doc).items() if kind == "organisatie")
    before = digest(doc)
    for call, message in (
        (lambda: edits.set_criterion_weight(doc, criterion_id=c["Eenvoud"], municipality_id=party, weight=2),
         "Alleen een gemeente heeft eigen gewichten; een andere partij scoort niet."),
        (lambda: edits.set_criterion_weight(doc, criterion_id=99, municipality_id=1, weight=2), "Het criterium bestaat niet (meer)."),
        (lambda: edits.clear_weight_set(doc, municipality_id=99), "De gemeente bestaat niet (meer)."),
    ):
        with pytest.raises(ValidationError) as refused:
            call()
        assert refused.value.message == message
    assert digest(doc) == before


def test_every_weight_edit_is_undone_and_redone_exactly(doc) -> None:  # type: ignore[no-untyped-def]
    m, c = ids(doc)
    steps = [
        lambda: edits.set_criterion_weight(doc, criterion_id=c["Eenvoud"], municipality_id=m["Losser"], weight=4),
        lambda: edits.set_criterion_weight(doc, criterion_id=c["Eenvoud"], municipality_id=m["Losser"], weight=2.5),
        lambda: edits.set_criterion_weight(doc, criterion_id=c["Slagkracht"], municipality_id=m["Losser"], weight=0),
        lambda: edits.set_criterion_weight(doc, criterion_id=c["Slagkracht"], municipality_id=m["Oldenzaal"], weight=7),
        lambda: edits.set_criterion_weight(doc, criterion_id=c["Eenvoud"], municipality_id=m["Losser"], weight=None),
        lambda: edits.clear_weight_set(doc, municipality_id=m["Losser"]),
        # A criterion or municipality goes with its weights, and comes back with them.
        lambda: edits.remove(doc, edits.Table.CRITERION, c["Slagkracht"]),
        lambda: edits.remove(doc, edits.Table.MUNICIPALITY, m["Oldenzaal"]),
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


def test_a_signed_off_version_freezes_its_weight_sets(doc) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.services import versions
    from staan_desktop.services.signoff import sign_off

    m, c = ids(doc)
    without = fingerprint(load_tree(doc))
    edits.set_criterion_weight(doc, criterion_id=c["Eenvoud"], municipality_id=m["Losser"], weight=4)
    assert fingerprint(load_tree(doc)) != without  # the weights are part of what is signed off
    sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"])
    assert versions.version_tree(doc, 1).weight_sets == load_tree(doc).weight_sets != ()
    before = digest(doc)
    for call in (
        lambda: edits.set_criterion_weight(doc, criterion_id=c["Eenvoud"], municipality_id=m["Losser"], weight=1),
        lambda: edits.set_criterion_weight(doc, criterion_id=c["Slagkracht"], municipality_id=m["Oldenzaal"], weight=1),
        lambda: edits.clear_weight_set(doc, municipality_id=m["Losser"]),
    ):
        with pytest.raises(StaanError):
            call()
    assert digest(doc) == before


def test_a_document_without_weight_sets_keeps_its_fingerprint(doc) -> None:  # type: ignore[no-untyped-def]
    tree = load_tree(doc)
    assert tree.weight_sets == ()
    from staan_desktop.domain.fingerprint import tree_value

    assert "weight_sets" not in tree_value(tree)


def test_a_0010_document_migrates_and_takes_weight_sets(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from test_migrations import document_at_0001

    from staan_desktop.services import checks
    from staan_desktop.services.interchange import demo_tree

    path = tmp_path / "vorige.staan"
    document_at_0001(path, "0010_methods")
    assert file_admission.inspect_file(path).revision == "0010_methods"
    before = demo_tree()
    with store.open_document(path) as doc:
        tree = load_tree(doc)
        assert tree.weight_sets == () and fingerprint(tree) == fingerprint(before)
        m, c = ids(doc)
        edits.set_criterion_weight(doc, criterion_id=next(iter(c.values())), municipality_id=next(iter(m.values())), weight=3)
        assert load_tree(doc).weight_sets[0].weights[0].weight == 3.0
    report = checks.check_document(path)
    assert report.revision == revisions.head_revision() and report.problems == []
