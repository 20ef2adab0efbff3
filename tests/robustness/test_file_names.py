"""Documents whose names hold characters that mean something in a URI (``#``, ``?``, ``%``)
must be read and written at exactly that name — not at a shortened one."""

from __future__ import annotations

from pathlib import Path

import pytest

from staan_desktop.services import backups, edits
from staan_desktop.services.checks import check_document
from staan_desktop.services.interchange import create_demo, export_json, import_json, load_tree
from staan_desktop.services.store import copy_document, open_document

from .helpers import integrity

NAMES = ["Regio #3.staan", "50% gemeenten.staan", "waarom?.staan", "a&b=c;d.staan", "%20 spatie.staan", "Ünïcödé ĳ.staan"]


@pytest.mark.parametrize("name", NAMES)
def test_every_service_uses_the_exact_file_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    with create_demo(path) as doc:
        edits.add_statement(doc, text="opgeslagen")
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    with open_document(path) as doc:
        assert "opgeslagen" in load_tree(doc).statements
        edits.add_statement(doc, text="nog een")
    with open_document(path, read_only=True) as doc:
        assert "nog een" in load_tree(doc).statements
    assert check_document(path).ok and integrity(path) == []
    copy_document(path, tmp_path / ("kopie " + name))
    with open_document(path, read_only=True) as doc:
        export_json(doc, tmp_path / (name + ".json"))
    import_json(tmp_path / (name + ".json"), tmp_path / ("import " + name)).close()
    info = backups.backup_now(path)
    assert backups.verify_backup(info)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [name, "kopie " + name, name + ".json", "import " + name]
    )


def test_an_edit_after_the_file_was_removed_does_not_create_an_empty_one(tmp_path: Path) -> None:
    from staan_desktop.services.errors import DocumentError

    path = tmp_path / "weg.staan"
    doc = create_demo(path)
    path.unlink()
    with pytest.raises(DocumentError):
        edits.add_statement(doc, text="waar moet dit heen?")
    assert not path.exists()
