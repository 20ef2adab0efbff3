"""Methods: the three shipped ones, a new trajectory of each, a trajectory's structure saved as
a new method (and offered beside the shipped ones), the method stored in the file, and a
document of 0006 (before methods) that migrates and follows the STAAN-werkwijze."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from services.test_migration_0006_options import document_at_0003

from staan_desktop.domain import document as d
from staan_desktop.domain import methods as rules
from staan_desktop.services import checks, methods, revisions, store
from staan_desktop.services.errors import StaanError, ValidationError
from staan_desktop.services.interchange import create_from_tree, load_tree, template_tree


def test_three_methods_ship_with_their_parts_and_words() -> None:
    shipped = {m.key: m for m in methods.shipped()}
    assert list(shipped) == ["staan-werkwijze", "verkenning", "startgesprek"]
    assert [m.name for m in shipped.values()] == ["STAAN-werkwijze", "Verkenning met toetsingskader", "Startgesprek"]
    assert rules.parts_of(shipped["staan-werkwijze"]) == rules.parts_of(None)  # what older documents follow
    assert shipped["staan-werkwijze"].terms == d.MethodTerms()
    assert rules.parts_of(shipped["verkenning"]) == {d.MethodPart.CRITERIA, d.MethodPart.OPTIONS, d.MethodPart.FRAME,
                                                     d.MethodPart.DECISION}
    assert not rules.uses(shipped["verkenning"], "task_fields")
    assert shipped["startgesprek"].terms.conference == "startgesprek"


def test_the_werkwijze_chapters_are_those_of_its_template() -> None:
    staan = methods.find("staan-werkwijze")
    template = template_tree("staan-werkwijze")
    assert [c.title for c in staan.chapters] == [s.title for s in template.sections]
    assert rules.structure_of(template, "STAAN-werkwijze").chapters == staan.chapters


@pytest.mark.parametrize("key", methods.SHIPPED)
def test_a_new_trajectory_of_each_method_is_stored_with_it(tmp_path: Path, key: str) -> None:
    method = methods.find(key)
    with methods.create_from_method(tmp_path / f"{key}.staan", method, "Proef") as doc:
        tree = load_tree(doc)
        assert tree.method == method
        assert methods.method_of(doc) == method
        assert [s.title for s in tree.sections] == [c.title for c in method.chapters]
        assert tree.trajectory.title == "Proef"
    assert checks.check_document(tmp_path / f"{key}.staan").problems == []


def test_a_trajectorys_structure_is_saved_as_a_new_method(tmp_path: Path) -> None:
    folder = tmp_path / "methoden"
    with methods.create_from_method(tmp_path / "v.staan", methods.find("verkenning"), "Verkenning Twente") as doc:
        method, path = methods.save_structure(doc, folder, "  Verkenning   Twente ", "Onze eigen variant")
        assert path == folder / "verkenning-twente.json"
        assert method.name == "Verkenning Twente" and method.description == "Onze eigen variant"
        assert method.parts == methods.find("verkenning").parts and method.terms.conference == "bijeenkomst"
        assert json.loads(path.read_text("utf-8"))["chapters"][1]["blocks"] == ["text", "frame"]
        # Offered beside the shipped ones, and a trajectory can start from it.
        assert [m.key for m in methods.available(folder)][-1] == "verkenning-twente"
        new = methods.new_tree(methods.find("verkenning-twente", folder), "Tweede")
        assert [s.title for s in new.sections] == [s.title for s in load_tree(doc).sections]
        with pytest.raises(ValidationError, match="al een methode"):
            methods.save_structure(doc, folder, "Verkenning Twente")
        with pytest.raises(ValidationError):
            methods.save_structure(doc, folder, "   ")
        before = path.read_bytes()
        with pytest.raises(ValidationError):
            methods.save_structure(doc, folder, "verkenning")  # a shipped key
        assert path.read_bytes() == before


def test_a_saved_structure_takes_the_parts_its_chapters_show(tmp_path: Path) -> None:
    tree = template_tree("leeg").model_copy(update={"sections": (
        d.Section(title="Opties", blocks=(d.Block(kind=d.BlockKind.OPTIONS),)),
    )})
    method = rules.structure_of(tree, "Mengvorm")
    assert d.MethodPart.OPTIONS in method.parts and d.MethodPart.TASK_FIELDS in method.parts  # no method: the werkwijze's


def test_a_broken_method_file_is_passed_over_and_an_unknown_key_refused(tmp_path: Path) -> None:
    (tmp_path / "kapot.json").write_text("{niet: json", "utf-8")
    assert [m.key for m in methods.available(tmp_path)] == list(methods.SHIPPED)
    with pytest.raises(StaanError, match="bestaat niet"):
        methods.find("onbekend", tmp_path)


def test_a_document_before_methods_migrates_and_follows_the_werkwijze(tmp_path: Path) -> None:
    path = tmp_path / "oud.staan"
    document_at_0003(path)
    with store.open_document(path) as doc:
        assert methods.method_of(doc) is None
        assert load_tree(doc).method is None
    report = checks.check_document(path)
    assert report.revision == revisions.head_revision() and report.problems == []


def test_a_stored_definition_that_is_no_method_is_refused_in_dutch(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "m.staan"
    create_from_tree(path, methods.new_tree(methods.find("startgesprek"), "Proef")).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE method SET definition = '{\"key\": \"startgesprek\"}'")
    conn.commit()
    conn.close()
    with pytest.raises(StaanError) as refused:
        with store.open_document(path) as doc:
            load_tree(doc)
    assert "method" in str(refused.value.message) or "methode" in str(refused.value.message)
