"""A frozen version refuses every write path, not only the edit services: whole-content
replacement included, and no service may open a content-writing transaction of its own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from staan_desktop.services import review, versions
from staan_desktop.services.errors import ReadOnlyError
from staan_desktop.services.interchange import create_demo, load_tree, replace_content, template_tree
from staan_desktop.services.signoff import sign_off
from staan_desktop.services.store import open_document

PACKAGE = Path(__file__).resolve().parents[2] / "staan_desktop"
#: Modules that open a plain transaction because what they write is not content: review notes,
#: the session agenda, the sign-off itself, a new draft and export records, comments taken in
#: from a returned copy, and the drafts of text still being typed (not content until confirmed).
#: Everything else writes through ``versions.content_transaction``.
NOT_CONTENT = {"agenda.py", "review.py", "signoff.py", "versions.py", "comment_import.py", "typing_drafts.py"}


def test_replace_content_refuses_a_frozen_version(tmp_path: Path) -> None:
    path = tmp_path / "demo.staan"
    create_demo(path).close()
    with open_document(path) as doc:
        sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"])
        before = load_tree(doc)
    file_before = path.read_bytes()
    with open_document(path) as doc:
        with pytest.raises(ReadOnlyError, match="vastgesteld"):
            replace_content(doc, template_tree("leeg", "Iets anders"))
        assert load_tree(doc) == before
    assert path.read_bytes() == file_before
    with open_document(path) as doc:  # after a new draft it is a concept again, and may be replaced
        versions.start_new_draft(doc)
        replace_content(doc, template_tree("leeg", "Iets anders"))
        assert load_tree(doc).trajectory.title == "Iets anders"
        assert versions.version_tree(doc, 1) == before


def test_replace_content_refuses_a_reviewer(tmp_path: Path) -> None:
    path = tmp_path / "demo.staan"
    create_demo(path).close()
    doc = review.open_for_review(path, "Piet de Secretaris")
    try:
        with pytest.raises(ReadOnlyError):
            replace_content(doc, template_tree("leeg", "Iets anders"))
    finally:
        doc.close()


def test_no_other_service_opens_a_transaction_of_its_own() -> None:
    offenders = []
    for module in sorted(PACKAGE.rglob("*.py")):  # services, and the window, CLI and room too
        if module.parent.name == "services" and module.name in NOT_CONTENT:
            continue
        text = module.read_text(encoding="utf-8")
        if re.search(r"\.transaction\(\)", text):
            offenders.append(module.name)
        if module.name not in ("tree.py", "interchange.py") and re.search(r"\bwrite_tree\(", text):
            offenders.append(module.name)
    assert offenders == []
