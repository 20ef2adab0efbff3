"""Sign-off freezes a version: every edit service refuses, the snapshot is insert-only, and only
an explicit new draft makes the content editable again (the frozen version stays as it was)."""

from __future__ import annotations

import inspect
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from staan_desktop.domain.document import Status
from staan_desktop.domain.fingerprint import fingerprint, sha256_hex, signed_snapshot_text, signoff_value
from staan_desktop.services import edits, review, versions
from staan_desktop.services.errors import ReadOnlyError, ValidationError
from staan_desktop.services.interchange import create_demo, load_tree
from staan_desktop.services.signoff import sign_off
from staan_desktop.services.store import copy_document, open_document

#: Public functions of services.edits that only read.
READERS = {"municipality_usage"}


def first_id(doc, row_type) -> int:  # type: ignore[no-untyped-def]
    with doc.reading() as session:
        return session.exec(select(row_type.id).order_by(row_type.id)).first()


@pytest.fixture
def prepared(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """A demo document with at least one item of every kind, and the ids and earlier changes
    that valid calls of every edit service need."""
    doc = create_demo(tmp_path / "demo.staan")
    ids = {row.__tablename__: first_id(doc, row) for row in edits.core.ROW_TYPES.values()}
    ids["participant"] = edits.add_participant(doc, conference_id=ids["conference"], name="Els").item_id
    ids["question"] = edits.add_question(doc, conference_id=ids["conference"], text="Wat willen we?").item_id
    gone = edits.add_rule(doc, text="We spreken elkaar aan.").item_id
    ids["rule"] = edits.add_rule(doc, text="Afspraak is afspraak.").item_id
    ids["member"] = edits.add_member(doc, role_id=ids["role"], name="Jan").item_id
    ids["removed"] = edits.remove(doc, "rule", gone).removed
    ids["change"] = edits.update_statement(doc, statement_id=ids["statement"], text="Eerder gewijzigd.")
    # What follows the session (the demo has none of it).
    ids["party"] = edits.add_party(doc, name="Provincie Drenthe", kind="extern").item_id
    ids["action_item"] = edits.add_action(doc, description="Opdracht formuleren", target_date="2027-01-01").item_id
    ids["key_figure"] = edits.add_figure(doc, name="inwoners").item_id
    ids["second_figure"] = edits.add_figure(doc, name="formatie").item_id
    ids["cost_key"] = edits.add_cost_key(doc, name="Inwoneraantal").item_id
    ids["cost_key_term"] = edits.add_cost_key_term(doc, cost_key_id=ids["cost_key"], figure_id=ids["key_figure"]).item_id
    ids["knowledge_rubric"] = edits.add_rubric(doc, name="Producten").item_id
    ids["knowledge_question"] = edits.add_knowledge_question(doc, rubric_id=ids["knowledge_rubric"], text="Wat?").item_id
    ids["open_question"] = edits.add_open_question(doc, text="Hoe houden we de mensen erbij?").item_id
    ids["mandate"] = edits.add_mandate(doc, text="Behoud van identiteit").item_id
    ids["cooperation"] = edits.add_cooperation(doc, name="GGD").item_id
    doc.close()
    return tmp_path / "demo.staan", ids


def calls(ids: dict[str, Any]) -> dict[str, Callable[[Any], object]]:
    """A valid call of every public edit service (proved valid on an unfrozen copy)."""
    i = ids
    return {
        "move": lambda d: edits.move(d, "statement", i["statement"], 1),
        "remove": lambda d: edits.remove(d, "statement", i["statement"]),
        "restore": lambda d: edits.restore(d, i["removed"]),
        "revert": lambda d: edits.revert(d, i["change"]),
        "add_member": lambda d: edits.add_member(d, role_id=i["role"], name="Piet"),
        "add_responsibility": lambda d: edits.add_responsibility(d, role_id=i["role"], text="Besluiten"),
        "add_role": lambda d: edits.add_role(d, name="De klankbordgroep"),
        "update_responsibility": lambda d: edits.update_responsibility(d, responsibility_id=i["responsibility"], text="x"),
        "update_member": lambda d: edits.update_member(d, member_id=i["member"], name="Kees", municipality_id=None),
        "update_role": lambda d: edits.update_role(d, role_id=i["role"], name="Stuurgroep", description="", responsibilities_title=""),
        "add_class": lambda d: edits.add_class(d, key="nieuw", name="Nieuw", min_ratio=0.1),
        "add_criterion": lambda d: edits.add_criterion(d, name="Snelheid"),
        "add_owner": lambda d: edits.add_owner(d, task_field_id=i["task_field"], person="Kees"),
        "add_task_field": lambda d: edits.add_task_field(d, name="Archief"),
        "add_task_fields": lambda d: edits.add_task_fields(d, names=["Archief", "Post"]),
        "clear_override": lambda d: edits.clear_override(d, task_field_id=i["task_field"]),
        "set_override": lambda d: edits.set_override(d, task_field_id=i["task_field"], class_key=None, reason="Besluit"),
        "set_score": lambda d: edits.set_score(d, task_field_id=i["task_field"], criterion_id=i["criterion"], municipality_id=None, value=2),
        "update_class": lambda d: edits.update_class(d, class_id=i["classification_class"], name="Top", note="", min_ratio=0.9),
        "update_criterion": lambda d: edits.update_criterion(d, criterion_id=i["criterion"], name="Ambitie", weight=2.0, scale_min=1, scale_max=5),
        "update_owner": lambda d: edits.update_owner(d, owner_id=i["owner"], person="Ria", municipality_id=None, role="eigenaar"),
        "update_task_field": lambda d: edits.update_task_field(d, task_field_id=i["task_field"], description="Nieuw"),
        "add_block": lambda d: edits.add_block(d, section_id=i["section"], text="Meer tekst"),
        "add_interest": lambda d: edits.add_interest(d, category_id=i["interest_category"], municipality_id=i["municipality"], text="Rust"),
        "add_interest_category": lambda d: edits.add_interest_category(d, name="Nieuwe categorie"),
        "add_motive": lambda d: edits.add_motive(d, letter="X", name="Extra"),
        "add_rule": lambda d: edits.add_rule(d, text="Nog een regel"),
        "add_section": lambda d: edits.add_section(d, title="Bijlage"),
        "add_statement": lambda d: edits.add_statement(d, text="Nieuwe uitspraak"),
        "rename_interest_category": lambda d: edits.rename_interest_category(d, category_id=i["interest_category"], name="Andere naam"),
        "rename_section": lambda d: edits.rename_section(d, section_id=i["section"], title="Woord vooraf"),
        "update_block": lambda d: edits.update_block(d, block_id=i["block"], text="Andere tekst"),
        "update_interest": lambda d: edits.update_interest(d, item_id=i["interest_item"], text="Ander belang"),
        "update_motive": lambda d: edits.update_motive(d, motive_id=i["motive"], letter="K", name="Klant", explanation=""),
        "update_rule": lambda d: edits.update_rule(d, rule_id=i["rule"], text="Gewijzigde regel"),
        "update_statement": lambda d: edits.update_statement(d, statement_id=i["statement"], text="Gewijzigd"),
        "add_conference": lambda d: edits.add_conference(d, date="1 juni", place="Assen"),
        "add_municipality": lambda d: edits.add_municipality(d, name="Emmen"),
        "add_participant": lambda d: edits.add_participant(d, conference_id=i["conference"], name="Bob"),
        "add_question": lambda d: edits.add_question(d, conference_id=i["conference"], text="Waarom?"),
        "rename_municipality": lambda d: edits.rename_municipality(d, municipality_id=i["municipality"], name="Gem. Assen"),
        "update_conference": lambda d: edits.update_conference(d, conference_id=i["conference"], place="Zuidlaren"),
        "update_participant": lambda d: edits.update_participant(d, participant_id=i["participant"], name="Els B.", municipality_id=None),
        "update_question": lambda d: edits.update_question(d, question_id=i["question"], text="Hoe?"),
        "update_trajectory": lambda d: edits.update_trajectory(d, title="Andere titel"),
        "set_public_function": lambda d: edits.set_public_function(d, table=edits.Table.OWNER, item_id=i["owner"], value=True),
        "set_procesmanager_public": lambda d: edits.set_procesmanager_public(d, True),
        "add_party": lambda d: edits.add_party(d, name="Adviesbureau", kind="extern"),
        "update_party": lambda d: edits.update_party(d, party_id=i["party"], description="financier"),
        "add_action": lambda d: edits.add_action(d, description="Nog een actie"),
        "update_action": lambda d: edits.update_action(d, action_id=i["action_item"], status="gereed"),
        "add_figure": lambda d: edits.add_figure(d, name="oppervlakte"),
        "update_figure": lambda d: edits.update_figure(d, figure_id=i["key_figure"], unit="aantal"),
        "set_figure_value": lambda d: edits.set_figure_value(d, figure_id=i["key_figure"], municipality_id=i["municipality"], value=3),
        "set_criterion_weight": lambda d: edits.set_criterion_weight(d, criterion_id=i["criterion"], municipality_id=i["municipality"], weight=2),
        "clear_weight_set": lambda d: edits.clear_weight_set(d, municipality_id=i["municipality"]),
        "add_cost_key": lambda d: edits.add_cost_key(d, name="Gelijk"),
        "update_cost_key": lambda d: edits.update_cost_key(d, cost_key_id=i["cost_key"], description="naar inwoners"),
        "add_cost_key_term": lambda d: edits.add_cost_key_term(d, cost_key_id=i["cost_key"], figure_id=i["second_figure"], weight=2),
        "update_cost_key_term": lambda d: edits.update_cost_key_term(d, term_id=i["cost_key_term"], weight=3),
        "choose_cost_key": lambda d: edits.choose_cost_key(d, cost_key_id=i["cost_key"], reasons="eenvoudig"),
        "add_rubric": lambda d: edits.add_rubric(d, name="Externe factoren"),
        "update_rubric": lambda d: edits.update_rubric(d, rubric_id=i["knowledge_rubric"], owner="InAxis"),
        "add_knowledge_question": lambda d: edits.add_knowledge_question(d, rubric_id=i["knowledge_rubric"], text="Hoe?"),
        "update_knowledge_question": lambda d: edits.update_knowledge_question(d, question_id=i["knowledge_question"], status="beantwoord"),
        "add_open_question": lambda d: edits.add_open_question(d, text="Wie betaalt?"),
        "update_open_question": lambda d: edits.update_open_question(d, question_id=i["open_question"], status="beantwoord"),
        "add_mandate": lambda d: edits.add_mandate(d, text="Wat kost het?", kind="vraag"),
        "update_mandate": lambda d: edits.update_mandate(d, mandate_id=i["mandate"], answered_in="hoofdstuk 3"),
        "add_cooperation": lambda d: edits.add_cooperation(d, name="Twenteboard"),
        "update_cooperation": lambda d: edits.update_cooperation(d, cooperation_id=i["cooperation"], legal_form="stichting"),
    }


def public_edit_functions() -> set[str]:
    return {name for name in edits.__all__ if inspect.isfunction(getattr(edits, name))} - READERS


def test_every_public_edit_service_is_covered(prepared) -> None:  # type: ignore[no-untyped-def]
    _path, ids = prepared
    assert set(calls(ids)) == public_edit_functions()


def test_the_calls_are_valid_on_an_unfrozen_copy(prepared, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, ids = prepared
    for name, call in calls(ids).items():
        copy = tmp_path / f"copy-{name}.staan"
        copy_document(path, copy)
        with open_document(copy) as doc:
            call(doc)  # raises if the arguments were not valid


@pytest.mark.parametrize("mode", ["frozen", "review"])
def test_every_edit_service_refuses(prepared, mode: str) -> None:  # type: ignore[no-untyped-def]
    path, ids = prepared
    if mode == "frozen":
        doc = open_document(path)
        sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"])
    else:
        doc = review.open_for_review(path, "Piet de Secretaris")
    before = fingerprint(load_tree(doc))
    file_before = path.read_bytes()
    for name, call in calls(ids).items():
        with pytest.raises(ReadOnlyError) as refused:
            call(doc)
        assert refused.value.message, name
    assert fingerprint(load_tree(doc)) == before
    assert path.read_bytes() == file_before
    doc.close()


def test_signoff_freezes_a_numbered_snapshot(prepared) -> None:  # type: ignore[no-untyped-def]
    path, _ids = prepared
    with open_document(path) as doc:
        info = sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker", "Jan de Vries"], meeting="Stuurgroep 3")
        assert info.version == 1 and info.members == ("Anna Bakker", "Jan de Vries")
        assert info.statement == "Vastgesteld door de stuurgroep op 1 december 2026 (Stuurgroep 3)"
        tree = load_tree(doc)
        assert tree.trajectory.status == Status.VASTGESTELD
        assert versions.version_tree(doc, 1) == tree
        # The fingerprint covers the decision too (form /2): content, date, meeting and members.
        facts = signoff_value(version=1, decided_on="2026-12-01", meeting="Stuurgroep 3", members=("Anna Bakker", "Jan de Vries"))
        assert info.fingerprint == sha256_hex(signed_snapshot_text(tree, facts).encode("utf-8"))
        assert info.fingerprint != fingerprint(tree)
        assert versions.state(doc).frozen
        with pytest.raises(ValidationError, match="al vastgesteld"):
            sign_off(doc, decided_on="2026-12-02", members=["Anna Bakker"])


def test_triggers_refuse_update_and_delete_of_a_frozen_version(prepared) -> None:  # type: ignore[no-untyped-def]
    path, _ids = prepared
    with open_document(path) as doc:
        sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"])
        versions.start_new_draft(doc)
        versions.record_export(doc, 1, b"%PDF-1.4 stand-in")
    conn = sqlite3.connect(path)
    try:
        for sql in (
            "UPDATE version SET content = '{}'",
            "DELETE FROM version",
            "UPDATE signoff SET decided_on = '2020-01-01'",
            "DELETE FROM signoff_member",
            "UPDATE draft SET started_by = 'x'",
            "DELETE FROM draft",
            "UPDATE version_export SET pdf_sha256 = 'x'",
        ):
            with pytest.raises(sqlite3.DatabaseError, match="vastgestelde versie"):
                conn.execute(sql)
    finally:
        conn.close()


def test_a_new_draft_is_editable_and_the_frozen_version_stays(prepared) -> None:  # type: ignore[no-untyped-def]
    path, ids = prepared
    with open_document(path) as doc:
        first = sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"])
        state = versions.start_new_draft(doc, started_by="procesmanager")
        assert (state.working, state.latest_signed, state.frozen) == (2, 1, False)
        assert load_tree(doc).trajectory.status == Status.CONCEPT
        edits.update_statement(doc, statement_id=ids["statement"], text="Na de vaststelling gewijzigd.")
        assert versions.version_tree(doc, 1).statements[0] == "Eerder gewijzigd."
        assert versions.signoff_info(doc, 1).fingerprint == first.fingerprint
        with pytest.raises(ValidationError, match="al aan een conceptversie"):
            versions.start_new_draft(doc)
        second = sign_off(doc, decided_on="2027-01-15", members=["Anna Bakker", "Kees"])
        assert second.version == 2 and second.fingerprint != first.fingerprint
        assert [v.number for v in versions.list_versions(doc)] == [1, 2]


def test_new_draft_copies_from_the_snapshot_when_the_content_was_altered_outside(prepared) -> None:  # type: ignore[no-untyped-def]
    path, ids = prepared
    with open_document(path) as doc:
        sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"])
        frozen = versions.version_tree(doc, 1)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE statement SET text = 'buiten STAAN gewijzigd'")
    conn.commit()
    conn.close()
    with open_document(path) as doc:
        versions.start_new_draft(doc)
        assert load_tree(doc).statements == frozen.statements


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"decided_on": "1 december", "members": ["A"]}, "geen geldige datum"),
        ({"decided_on": "2026-12-01", "members": []}, "ten minste één lid"),
        ({"decided_on": "2026-12-01", "members": ["  "]}, "ten minste één lid"),
        ({"decided_on": "2026-12-01", "members": ["A", "A"]}, "twee keer"),
    ],
)
def test_signoff_refuses_an_incomplete_decision(prepared, kwargs: dict, message: str) -> None:  # type: ignore[no-untyped-def]
    path, _ids = prepared
    with open_document(path) as doc:
        with pytest.raises(ValidationError, match=message):
            sign_off(doc, **kwargs)
        assert not versions.state(doc).frozen


def test_a_reviewer_cannot_sign_off_or_start_a_draft(prepared) -> None:  # type: ignore[no-untyped-def]
    path, _ids = prepared
    doc = review.open_for_review(path, "Piet")
    with pytest.raises(ReadOnlyError):
        sign_off(doc, decided_on="2026-12-01", members=["A"])
    with pytest.raises(ReadOnlyError):
        versions.start_new_draft(doc)


def test_signoff_writes_a_backup_first(prepared) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.services.backups import list_backups

    path, _ids = prepared
    with open_document(path) as doc:
        sign_off(doc, decided_on="2026-12-01", members=["A"])
    assert [b.reason for b in list_backups(path)] == ["vaststellen"]


def test_comments_and_checks_are_allowed_on_a_frozen_version(prepared) -> None:  # type: ignore[no-untyped-def]
    path, ids = prepared
    with open_document(path) as doc:
        sign_off(doc, decided_on="2026-12-01", members=["A"])
        comment = review.add_comment(doc, text="Nog doen", target_table="section", target_id=ids["section"], author="Piet")
        review.resolve_comment(doc, comment.id, resolved_by="Roel")
        review.mark_section_checked(doc, ids["section"], by="Piet")
        assert versions.content_for_export(doc).signoff.fingerprint == versions.signoff_info(doc, 1).fingerprint
        assert versions.content_for_export(doc).tree == load_tree(doc)


def test_the_calls_cover_every_public_edit_service() -> None:
    """A new edit service (the parties, the register, the figures, the knowledge agenda…) is
    in the refusal test above as soon as it is exported."""
    import inspect
    from collections import defaultdict

    services = {name for name in edits.__all__ if inspect.isfunction(getattr(edits, name))}
    # municipality_usage only reads.
    assert services - {"municipality_usage"} <= set(calls(defaultdict(int)))
