"""Edit services: validated, one transaction each, nothing written when refused, and every
change revertible exactly."""

from __future__ import annotations

import hashlib

import pytest

from staan_desktop.services import edits, queries
from staan_desktop.services.errors import ValidationError
from staan_desktop.services.interchange import load_tree


def digest(doc) -> str:
    return hashlib.sha256(doc.path.read_bytes()).hexdigest()


@pytest.fixture
def doc(new_doc):
    for name in ("Aa en Hunze", "Assen", "Noordenveld"):
        edits.add_municipality(new_doc, name=name)
    return new_doc


@pytest.mark.parametrize(
    "call",
    [
        lambda d: edits.add_municipality(d, name="   "),
        lambda d: edits.add_municipality(d, name="Assen"),
        lambda d: edits.add_municipality(d, name="x" * 501),
        lambda d: edits.add_municipality(d, name="regel\nnieuw"),
        lambda d: edits.rename_municipality(d, municipality_id=999, name="Elders"),
        lambda d: edits.add_statement(d, text=""),
        lambda d: edits.add_criterion(d, name="c", scale_min=5, scale_max=1),
        lambda d: edits.add_criterion(d, name="c", weight=-1),
        lambda d: edits.set_score(d, task_field_id=1, criterion_id=1, municipality_id=None, value=3),
        lambda d: edits.add_interest(d, category_id=42, municipality_id=1, text="x"),
        lambda d: edits.update_trajectory(d, status="klaar"),
        lambda d: edits.update_trajectory(d, onbekend="x"),
        lambda d: edits.add_owner(d, task_field_id=1, person="P", role="baas"),
        lambda d: edits.move(d, "municipality", 1, 7),
        lambda d: edits.remove(d, "statement", 12345),
    ],
)
def test_invalid_input_is_refused_and_writes_nothing(doc, call) -> None:
    before = digest(doc)
    with pytest.raises(ValidationError) as info:
        call(doc)
    assert info.value.message and "Traceback" not in info.value.message
    assert digest(doc) == before


def test_score_outside_scale_is_refused(doc) -> None:
    tf = edits.add_task_field(doc, name="ICT", shortlisted=True).item_id
    crit = edits.add_criterion(doc, name="draagvlak", scale_min=1, scale_max=5).item_id
    with pytest.raises(ValidationError, match="tussen 1 en 5"):
        edits.set_score(doc, task_field_id=tf, criterion_id=crit, municipality_id=None, value=6)
    edits.set_score(doc, task_field_id=tf, criterion_id=crit, municipality_id=None, value=5)
    assert load_tree(doc).task_fields[0].scores[0].value == 5


def test_at_most_fifty_municipalities(new_doc) -> None:
    for i in range(50):
        edits.add_municipality(new_doc, name=f"Gemeente {i}")
    with pytest.raises(ValidationError, match="50"):
        edits.add_municipality(new_doc, name="Nummer 51")


def test_positions_follow_inserts_moves_and_removals(doc) -> None:
    first = edits.add_statement(doc, text="een").item_id
    edits.add_statement(doc, text="drie")
    edits.add_statement(doc, text="twee", position=1)
    assert load_tree(doc).statements == ("een", "twee", "drie")
    edits.move(doc, "statement", first, 2)
    assert load_tree(doc).statements == ("twee", "drie", "een")
    edits.remove(doc, "statement", first)
    assert load_tree(doc).statements == ("twee", "drie")
    edits.add_statement(doc, text="vier")
    assert load_tree(doc).statements == ("twee", "drie", "vier")


def test_removing_a_municipality_takes_its_data_and_restore_brings_it_back(doc) -> None:
    tree = load_tree(doc)
    mun = {name: i + 1 for i, name in enumerate(tree.municipalities)}
    cat = edits.add_interest_category(doc, name="Visie en kernwaarden").item_id
    edits.add_interest(doc, category_id=cat, municipality_id=mun["Assen"], text="Vertrouwen")
    tf = edits.add_task_field(doc, name="Inkoop", shortlisted=True).item_id
    crit = edits.add_criterion(doc, name="vertrouwen").item_id
    edits.set_score(doc, task_field_id=tf, criterion_id=crit, municipality_id=mun["Assen"], value=4)
    edits.add_owner(doc, task_field_id=tf, person="Judith Jansen", municipality_id=mun["Assen"])
    usage = edits.municipality_usage(doc, mun["Assen"])
    assert usage["belangen"] == 1 and usage["scores"] == 1 and usage["eigenaren"] == 1
    before = load_tree(doc)

    change = edits.remove(doc, "municipality", mun["Assen"])
    after = load_tree(doc)
    assert after.municipalities == ("Aa en Hunze", "Noordenveld")
    assert after.interests[0].columns == ()
    assert after.task_fields[0].scores == ()
    assert after.task_fields[0].owners[0].municipality is None, "the owner stays, only the link goes"
    assert {"municipality", "interest_item", "score", "owner"} <= change.tables

    edits.revert(doc, change)
    assert load_tree(doc) == before


def test_every_kind_of_change_reverts_to_the_same_tree(doc) -> None:
    steps = [
        lambda: edits.update_trajectory(doc, title="Titel met é & <tag>", short_name="STAAN"),
        lambda: edits.add_task_fields(doc, names=["Belastingen", "", "Inkoop", "Belastingen", "- Repro"]),
        lambda: edits.add_section(doc, title="Vooraf"),
        lambda: edits.add_statement(doc, text="Samenwerking is géén doel op zich. 🤝"),
        lambda: edits.add_motive(doc, letter="K", name="Klant", explanation="De klant centraal"),
        lambda: edits.add_rule(doc, text="Informeer elkaar"),
        lambda: edits.add_role(doc, name="De stuurgroep", responsibilities_title="De stuurgroep:"),
        lambda: edits.add_conference(doc, date="30 mei 2012", place="Norg", theme="Samenwerking"),
    ]
    for step in steps:
        before = load_tree(doc)
        change = step()
        assert load_tree(doc) != before
        inverse = edits.revert(doc, change)
        assert load_tree(doc) == before
        edits.revert(doc, inverse)
        assert load_tree(doc) != before


def test_pasted_long_list_skips_blanks_bullets_and_duplicates(doc) -> None:
    edits.add_task_fields(doc, names="Belastingen\n\n- Inkoop\n• Repro\nBelastingen\n".splitlines())
    assert [tf.name for tf in load_tree(doc).task_fields] == ["Belastingen", "Inkoop", "Repro"]


def test_override_needs_a_reason_and_a_known_class(doc) -> None:
    tf = edits.add_task_field(doc, name="ICT").item_id
    edits.add_class(doc, key="kansrijk", name="kansrijk", min_ratio=0.5)
    with pytest.raises(ValidationError, match="reden"):
        edits.set_override(doc, task_field_id=tf, class_key="kansrijk", reason="  ")
    with pytest.raises(ValidationError, match="bestaat niet"):
        edits.set_override(doc, task_field_id=tf, class_key="onbekend", reason="besloten")
    edits.set_override(doc, task_field_id=tf, class_key="kansrijk", reason="Besloten in de stuurgroep")
    override = load_tree(doc).task_fields[0].override
    assert override is not None and override.class_key == "kansrijk"


def test_texts_are_stored_exactly(doc) -> None:
    text = "Ämbitie “quotes” <b>&amp; 😀 \t  ‘step by step’ " + "lang " * 5000
    edits.add_statement(doc, text=text)
    assert load_tree(doc).statements == (text,)


def test_changing_a_scale_refuses_when_scores_fall_outside(doc) -> None:
    tf = edits.add_task_field(doc, name="ICT").item_id
    crit = edits.add_criterion(doc, name="c").item_id
    edits.set_score(doc, task_field_id=tf, criterion_id=crit, municipality_id=1, value=5)
    with pytest.raises(ValidationError, match="buiten de nieuwe schaal"):
        edits.update_criterion(doc, criterion_id=crit, name="c", weight=1, scale_min=1, scale_max=4)


def test_member_can_be_renamed_and_moved_to_another_municipality(doc) -> None:
    role = edits.add_role(doc, name="De stuurgroep").item_id
    member = edits.add_member(doc, role_id=role, name="Secretaris A", municipality_id=1).item_id
    change = edits.update_member(doc, member_id=member, name="Secretaris B", municipality_id=2)
    assert load_tree(doc).roles[0].members[0].name == "Secretaris B"
    assert load_tree(doc).roles[0].members[0].municipality == "Assen"
    with pytest.raises(ValidationError):
        edits.update_member(doc, member_id=member, name="X", municipality_id=99)
    edits.revert(doc, change)
    assert load_tree(doc).roles[0].members[0].name == "Secretaris A"


@pytest.mark.parametrize("missing", ["task_field", "criterion", "municipality"])
@pytest.mark.parametrize("bad_id", [9_999, True, "1"])
def test_a_score_for_something_that_is_gone_is_refused_and_changes_nothing(doc, missing: str, bad_id) -> None:  # type: ignore[no-untyped-def]
    ids = {
        "task_field": edits.add_task_field(doc, name="ICT").item_id,
        "criterion": edits.add_criterion(doc, name="draagvlak").item_id,
        "municipality": queries.municipalities(doc)[0].id,
    }
    ids[missing] = bad_id
    label = {"task_field": "Het taakveld", "criterion": "Het criterium", "municipality": "De gemeente"}[missing]
    before = load_tree(doc)
    with pytest.raises(ValidationError, match=f"^{label} bestaat niet \\(meer\\)\\.$"):
        edits.set_score(doc, task_field_id=ids["task_field"], criterion_id=ids["criterion"],
                        municipality_id=ids["municipality"], value=3)
    assert load_tree(doc) == before


def test_a_short_name_longer_than_a_name_is_refused_and_the_document_stays_readable(doc) -> None:
    """The short name is read back with a name's limit (500): a longer one accepted here made
    the file refused as unreadable on the next opening."""
    before = digest(doc)
    with pytest.raises(ValidationError, match="korte naam is te lang"):
        edits.update_trajectory(doc, short_name="x" * 501)
    assert digest(doc) == before
    edits.update_trajectory(doc, short_name="x" * 500)
    assert load_tree(doc).trajectory.short_name == "x" * 500
