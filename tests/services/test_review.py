"""Review: a secretary reads, comments and checks sections; the facilitator resolves."""

from __future__ import annotations

from pathlib import Path

import pytest

from staan_desktop.domain.fingerprint import fingerprint
from staan_desktop.services import edits, review
from staan_desktop.services.errors import ReadOnlyError, ValidationError
from staan_desktop.services.interchange import create_demo, load_tree
from staan_desktop.services.store import open_document


@pytest.fixture
def path(tmp_path: Path) -> Path:
    create_demo(tmp_path / "demo.staan").close()
    return tmp_path / "demo.staan"


def test_reviewer_reads_and_comments_but_cannot_edit(path: Path) -> None:
    doc = review.open_for_review(path, "  Piet de Secretaris ")
    before = fingerprint(load_tree(doc))
    with pytest.raises(ReadOnlyError, match="Piet de Secretaris.*alleen-lezen"):
        edits.update_statement(doc, statement_id=1, text="Anders")
    with pytest.raises(ReadOnlyError):
        edits.remove(doc, "section", 1)
    comment = review.add_comment(doc, text="Is ‘géén doel’ niet te stellig?", target_table="statement", target_id=2)
    assert comment.author == "Piet de Secretaris"
    assert comment.target_label.startswith("Uitspraak ‘Samenwerking is géén doel")
    assert comment.is_open and comment.version_number == 1 and "T" in comment.created_at
    review.mark_section_checked(doc, 1)
    assert fingerprint(load_tree(doc)) == before  # comments and checks are not content


def test_a_reviewers_comments_carry_the_municipality_they_review_for(path: Path) -> None:
    doc = review.open_for_review(path, "Judith Jansen", party="  Eemnes ")
    assert doc.party == "Eemnes"
    assert review.add_comment(doc, text="Klopt dit?").party == "Eemnes"
    assert review.add_comment(doc, text="Namens de regio", party="Laren").party == "Laren"
    assert review.open_for_review(path, "Piet").party == ""


def test_a_comment_can_be_on_any_item_or_the_whole_document(path: Path) -> None:
    doc = review.open_for_review(path, "Piet")
    labels = [
        review.add_comment(doc, text="x", target_table=table, target_id=1).target_label
        for table in ("section", "block", "task_field", "role", "municipality", "criterion", "motive", "owner")
    ]
    assert labels[0] == "Hoofdstuk ‘Vooraf’"
    assert labels[1] == "Tekstblok in hoofdstuk ‘Vooraf’"
    assert labels[2] == "Taakveld ‘Belastingen’"
    assert labels[4] == "Gemeente ‘Aa en Hunze’"
    whole = review.add_comment(doc, text="Mooi stuk.")
    assert whole.target_label == "Het hele document" and whole.target_id is None


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"text": "   "}, "mag niet leeg"),
        ({"text": "x", "target_table": "section", "target_id": 999}, "bestaat niet"),
        ({"text": "x", "target_table": "version", "target_id": 1}, "geen opmerking"),
        ({"text": "x" * 20_001}, "ten hoogste"),
    ],
)
def test_invalid_comments_are_refused(path: Path, kwargs: dict, message: str) -> None:
    doc = review.open_for_review(path, "Piet")
    with pytest.raises(ValidationError, match=message):
        review.add_comment(doc, **kwargs)
    assert review.list_comments(doc) == []


def test_facilitator_sees_open_comments_and_resolves_them(path: Path) -> None:
    reviewer = review.open_for_review(path, "Piet")
    first = review.add_comment(reviewer, text="Klopt de datum?", target_table="section", target_id=1)
    second = review.add_comment(reviewer, text="Typfout", target_table="statement", target_id=3)
    with pytest.raises(ReadOnlyError, match="procesmanager"):
        review.resolve_comment(reviewer, first.id, resolved_by="Piet")

    with open_document(path) as doc:
        open_list = review.open_comments(doc)
        assert [(c.id, c.target_table, c.target_id, c.target_exists) for c in open_list] == [
            (first.id, "section", 1, True),
            (second.id, "statement", 3, True),
        ]
        resolved = review.resolve_comment(doc, first.id, resolved_by="Roel", resolution="Datum aangepast.")
        assert not resolved.is_open and resolved.resolved_by == "Roel"
        with pytest.raises(ValidationError, match="al afgehandeld"):
            review.resolve_comment(doc, first.id, resolved_by="Roel")
        assert [c.id for c in review.open_comments(doc)] == [second.id]
        assert len(review.list_comments(doc)) == 2
        review.reopen_comment(doc, first.id)
        assert len(review.open_comments(doc)) == 2


def test_a_comment_outlives_its_item(path: Path) -> None:
    reviewer = review.open_for_review(path, "Piet")
    comment = review.add_comment(reviewer, text="Schrappen?", target_table="statement", target_id=4)
    with open_document(path) as doc:
        edits.remove(doc, "statement", 4)
        [view] = review.open_comments(doc)
    assert view.id == comment.id and not view.target_exists and view.target_label == comment.target_label


def test_withdraw_only_own_open_comment(path: Path) -> None:
    piet = review.open_for_review(path, "Piet")
    anna = review.open_for_review(path, "Anna")
    mine = review.add_comment(piet, text="Eigen")
    with pytest.raises(ReadOnlyError, match="eigen opmerkingen"):
        review.withdraw_comment(anna, mine.id)
    review.withdraw_comment(piet, mine.id)
    assert review.list_comments(piet) == []


def test_sections_checked_per_reviewer(path: Path) -> None:
    piet = review.open_for_review(path, "Piet")
    anna = review.open_for_review(path, "Anna")
    review.mark_section_checked(piet, 1)
    review.mark_section_checked(piet, 1)  # twice is once
    review.mark_section_checked(anna, 1)
    review.mark_section_checked(anna, 2)
    checks = review.section_checks(piet)
    assert [c.checked_by for c in checks[1]] == ["Piet", "Anna"] and [c.checked_by for c in checks[2]] == ["Anna"]
    review.mark_section_checked(anna, 1, checked=False)
    assert [c.checked_by for c in review.section_checks(piet)[1]] == ["Piet"]
    with pytest.raises(ValidationError):
        review.mark_section_checked(piet, 999)
    with open_document(path) as doc:
        with pytest.raises(ValidationError, match="naam"):
            review.mark_section_checked(doc, 1)  # the facilitator must say who checked
        edits.remove(doc, "section", 2)  # a removed section takes its checks with it
        assert 2 not in review.section_checks(doc)


def test_open_comments_for_the_pdf_annex(path: Path) -> None:
    reviewer = review.open_for_review(path, "Piet")
    review.add_comment(reviewer, text="Open", target_table="section", target_id=1)
    done = review.add_comment(reviewer, text="Afgehandeld")
    with open_document(path) as doc:
        review.resolve_comment(doc, done.id, resolved_by="Roel")
        [note] = review.comments_for_print(doc)
    assert (note.author, note.where, note.text) == ("Piet", "Hoofdstuk ‘Vooraf’", "Open")


def test_review_needs_a_name(path: Path) -> None:
    with pytest.raises(ValidationError):
        review.open_for_review(path, " ")
