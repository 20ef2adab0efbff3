"""Comments from the command line and back from the municipalities: four secretaries each get a
copy, comment on it, and send it back; merged into the facilitator's document nothing is lost
or doubled, and a copy of another document or version is refused in Dutch, changing nothing."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from cli_process import staan

from staan_desktop.services import interchange, review
from staan_desktop.services.comment_import import import_comments
from staan_desktop.services.errors import DocumentError
from staan_desktop.services.signoff import sign_off
from staan_desktop.services.store import open_document
from staan_desktop.services.versions import start_new_draft

TOWNS = (("Judith Jansen", "Assen"), ("Binse van Spronsen", "Aa en Hunze"), ("Evert Jansen", "Tynaarlo"), ("Anna Bakker", "Noordenveld"))




@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("master") / "BEL.staan"
    interchange.create_demo(path).close()
    return path


@pytest.fixture
def original(master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "BEL.staan"
    shutil.copyfile(master, path)
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_four_copies_reviewed_and_merged_back_nothing_lost_or_doubled(original: Path, tmp_path: Path) -> None:
    with open_document(original) as doc:
        review.add_comment(doc, text="Al in het origineel", author="Roel Schrotenboer")
    copies = []
    for number, (person, town) in enumerate(TOWNS):
        copy = tmp_path / f"BEL-{town}.staan"
        shutil.copyfile(original, copy)
        added = staan("comments", "add", copy, "--text", f"Opmerking {number} uit {town}", "--author", person,
                      "--party", town, "--section", "Vooraf" if number % 2 else "2")  # fmt: skip
        assert added.returncode == 0, added.stderr
        reviewer = review.open_for_review(copy, person)
        review.add_comment(reviewer, text=f"Tweede van {person}", target_table="section", target_id=1, party=town)
        reviewer.close()
        copies.append(copy)

    for copy in copies:
        result = staan("comments", "import", copy, original)
        assert result.returncode == 0, result.stderr
        assert "2 opmerking(en) overgenomen" in result.stdout and "had het document al" in result.stdout
    again = staan("comments", "import", copies[0], original)  # the same copy twice
    assert again.returncode == 0 and "Geen nieuwe opmerkingen" in again.stdout

    with open_document(original, read_only=True) as doc:
        comments = review.list_comments(doc)
    texts = [c.text for c in comments]
    assert len(texts) == len(set(texts)) == 1 + 2 * len(TOWNS)
    for number, (person, town) in enumerate(TOWNS):
        mine = [c for c in comments if c.author == person]
        assert {c.text for c in mine} == {f"Opmerking {number} uit {town}", f"Tweede van {person}"}
        assert {c.party for c in mine} == {town}
    listed = staan("comments", original).stdout
    assert "Judith Jansen (Assen)" in listed and "Hoofdstuk ‘Vooraf’" in listed


def test_a_copy_of_another_document_or_version_is_refused_and_nothing_changes(original: Path, tmp_path: Path) -> None:
    other = tmp_path / "ander.staan"
    interchange.create_from_tree(other, interchange.template_tree("staan-werkwijze", "Een heel ander traject")).close()
    staan("comments", "add", other, "--text", "Elders", "--author", "X")
    before = sha(original)
    refused = staan("comments", "import", other, original)
    assert refused.returncode == 1 and "kopie van een ander document" in refused.stderr
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert sha(original) == before

    old_copy = tmp_path / "oude-kopie.staan"
    shutil.copyfile(original, old_copy)
    staan("comments", "add", old_copy, "--text", "Op versie 1", "--author", "Y")
    with open_document(original) as doc:
        sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"])
        start_new_draft(doc, started_by="Roel Schrotenboer")  # now working on version 2
    before = sha(original)
    refused = staan("comments", "import", old_copy, original)
    assert refused.returncode == 1 and "versie 1" in refused.stderr and "versie 2" in refused.stderr
    assert sha(original) == before
    with open_document(original) as doc, pytest.raises(DocumentError):
        import_comments(doc, original)
