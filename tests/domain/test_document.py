"""The trajectory tree: immutable, strict about unknown fields, and names as the services store
them (no surrounding whitespace, no line breaks)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from staan_desktop.domain.document import (
    MAX_NAME,
    BlockKind,
    ClassDef,
    Criterion,
    Score,
    Trajectory,
    TrajectoryInfo,
)


def tree(**fields: object) -> Trajectory:
    return Trajectory.model_validate({"trajectory": {"title": "Samenwerking"}, **fields})


def test_a_minimal_tree_has_the_defaults_of_the_format() -> None:
    t = tree()
    assert (t.format, t.format_version, t.trajectory.status.value) == ("staan", 1, "concept")
    assert t.task_fields == () and t.municipalities == ()


@pytest.mark.parametrize("name", ["", " Assen", "Assen ", "As\nsen", "x" * (MAX_NAME + 1), "A\x00"])
def test_names_are_refused_unless_stored_as_the_services_store_them(name: str) -> None:
    with pytest.raises(ValidationError):
        tree(municipalities=[name])


def test_names_with_inner_spaces_and_accents_are_kept_exactly() -> None:
    assert tree(municipalities=["Aa en Hunze", "Súdwest-Fryslân"]).municipalities == ("Aa en Hunze", "Súdwest-Fryslân")


def test_unknown_fields_are_refused_rather_than_dropped() -> None:
    with pytest.raises(ValidationError):
        tree(onbekend=1)
    with pytest.raises(ValidationError):
        TrajectoryInfo.model_validate({"title": "T", "kleur": "rood"})


def test_the_tree_is_immutable() -> None:
    t = tree()
    with pytest.raises(ValidationError):
        t.trajectory.title = "Anders"


def test_bounds_of_criteria_and_classes() -> None:
    assert Criterion(name="draagvlak").scale_min == 1 and Criterion(name="draagvlak").scale_max == 5
    with pytest.raises(ValidationError):
        Criterion(name="draagvlak", weight=-1)
    with pytest.raises(ValidationError):
        ClassDef(key="zk", name="zeer kansrijk", min_ratio=1.5)


def test_an_agreed_score_has_no_municipality_and_block_kinds_are_named() -> None:
    assert Score(criterion="draagvlak", value=4).municipality is None
    assert BlockKind("classification") is BlockKind.CLASSIFICATION
    with pytest.raises(ValidationError):
        tree(sections=[{"title": "Vooraf", "blocks": [{"kind": "video"}]}])
