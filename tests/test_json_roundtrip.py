"""JSON interchange: export → import → export gives the same JSON, for any trajectory."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from strategies import trajectories

from staan_desktop.reports.json_interchange import InterchangeError, from_json, json_schema_text, to_json
from staan_desktop.resources import resource_path
from staan_desktop.services.interchange import create_from_tree, export_json, import_json, load_tree

SCHEMA = resource_path("schema/staan.schema.json")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(tree=trajectories())
def test_export_import_export_is_exact(tmp_path_factory: pytest.TempPathFactory, tree) -> None:
    folder = tmp_path_factory.mktemp("rt")
    with create_from_tree(folder / "a.staan", tree) as first:
        stored = load_tree(first)  # the options, the toetsingskader and the decision survive the tables
        assert (stored.options, stored.frame, stored.decision) == (tree.options, tree.frame, tree.decision)
        assert stored.weight_sets == tree.weight_sets
        export_json(first, folder / "a.json")
    with import_json(folder / "a.json", folder / "b.staan") as second:
        export_json(second, folder / "b.json")
        assert load_tree(second) == from_json((folder / "a.json").read_bytes())
    assert (folder / "a.json").read_bytes() == (folder / "b.json").read_bytes()
    jsonschema.validate(json.loads((folder / "a.json").read_text("utf-8")), json.loads(SCHEMA.read_text("utf-8")))


def test_schema_file_matches_the_model() -> None:
    assert SCHEMA.read_text("utf-8") == json_schema_text(), "regenerate resources/schema/staan.schema.json"


@pytest.mark.parametrize("name", ["templates/staan-werkwijze.json", "templates/leeg.json", "demo/staan.json", "examples/startgesprek-bel.json",
                                  "examples/verkenning-noaberkracht.json"])
def test_shipped_json_is_valid(name: str) -> None:
    path = resource_path(name)
    if not path.exists():
        pytest.fail(f"{name} is missing")
    data = json.loads(path.read_text("utf-8"))
    jsonschema.validate(data, json.loads(SCHEMA.read_text("utf-8")))
    from_json(path.read_bytes())


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[1, 2]", "geen traject"),
        ('{"format": "iets"}', "geen STAAN-traject"),
        ('{"format": "staan", "format_version": 99}', "opmaakversie"),
        ('{"format": "staan", "format_version": 1}', "trajectory"),
        ('{"format": "staan", "format_version": 1, "trajectory": {"title": 5}}', "trajectory.title"),
        ("[" * 100000, "genest"),
        ("nee", "geen geldige JSON"),
    ],
)
def test_bad_json_gets_a_dutch_message(text: str, fragment: str) -> None:
    with pytest.raises(InterchangeError, match=fragment):
        from_json(text)


def test_import_refuses_dangling_reference_and_leaves_no_file(tmp_path: Path) -> None:
    data = json.loads(to_json(from_json(resource_path("templates/leeg.json").read_bytes())))
    data["task_fields"] = [{"name": "ICT", "owners": [{"person": "P", "municipality": "Nergenshuizen"}]}]
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data), "utf-8")
    from staan_desktop.services.errors import DocumentError

    with pytest.raises(DocumentError, match="Nergenshuizen"):
        import_json(source, tmp_path / "uit.staan")
    assert not (tmp_path / "uit.staan").exists()


@pytest.mark.parametrize("name", [" Assen", "Assen ", "Aa\nen Hunze", "Tyn\x00aarlo"])
def test_json_names_follow_the_same_rules_as_the_edit_services(name: str) -> None:
    data = json.loads(to_json(from_json(resource_path("templates/leeg.json").read_bytes())))
    data["municipalities"] = [name, "Assen2"]
    with pytest.raises(InterchangeError, match="spatie beginnen"):
        from_json(json.dumps(data))


def test_parts_added_later_are_left_out_while_empty() -> None:
    from staan_desktop.domain import document as d
    from staan_desktop.services.interchange import demo_tree

    plain = json.loads(to_json(demo_tree()))
    assert not {"options", "frame", "decision"} & plain.keys()  # an older release reads it as before
    with_option = demo_tree().model_copy(update={"options": (d.Option(name="Netwerk"),)})
    assert json.loads(to_json(with_option))["options"][0]["name"] == "Netwerk"
    assert from_json(to_json(with_option)) == with_option
