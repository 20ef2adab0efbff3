"""The fingerprint of a version: the same content gives the same fingerprint on every run and
machine; one changed character gives another."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from staan_desktop.domain.document import Criterion, Score, TaskField, Trajectory, TrajectoryInfo
from staan_desktop.domain.fingerprint import (
    CanonicalError,
    canonical_text,
    fingerprint,
    fingerprint_of_stored,
    grouped,
    tree_canonical_text,
)

ROOT = Path(__file__).resolve().parents[2]

#: If this changes, every stored version's fingerprint would change: the canonical form (or
#: the Trajectory model's fields) changed, and that needs a new FORMAT_VERSION and a migration.
EXPECTED = "b428f50a9c80a2fd59a49ed6ce72591dd7696e6825f90efbdb6a3f5ccb80ade9"


def small_tree(title: str = "Samenwerking Noord – Één") -> Trajectory:
    return Trajectory(
        trajectory=TrajectoryInfo(title=title, procesmanager="Zoë Ĳzerman"),
        municipalities=("Assen", "Tynaarlo"),
        statements=("Samen sterker.", 'Tekst met "aanhalingstekens"\nen een regel.'),
        criteria=(Criterion(name="draagvlak achterban", weight=1.5),),
        task_fields=(
            TaskField(name="Belastingen", shortlisted=True, scores=(Score(criterion="draagvlak achterban", value=4),)),
        ),
    )


def test_fixed_tree_has_fixed_fingerprint() -> None:
    assert fingerprint(small_tree()) == EXPECTED


def test_same_fingerprint_in_another_process_with_another_hash_seed() -> None:
    code = (
        "import sys; sys.path.insert(0, 'tests/services'); sys.path.insert(0, '.');"
        "from test_fingerprint import small_tree; from staan_desktop.domain.fingerprint import fingerprint;"
        "print(fingerprint(small_tree()))"
    )
    for seed in ("1", "4242"):
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env={"PYTHONHASHSEED": seed}
        )
        assert out.stdout.strip() == EXPECTED, out.stderr


@pytest.mark.parametrize("title", ["Samenwerking Noord – Eén", "Samenwerking Noord – Één!", "samenwerking Noord – Één"])
def test_one_changed_character_changes_the_fingerprint(title: str) -> None:
    assert fingerprint(small_tree(title)) != EXPECTED


def test_no_unicode_normalisation_composed_and_decomposed_differ() -> None:
    composed = small_tree("Café")
    decomposed = small_tree("Cafe\u0301")
    assert fingerprint(composed) != fingerprint(decomposed)


def test_order_of_a_list_is_content() -> None:
    tree = small_tree()
    swapped = tree.model_copy(update={"statements": tuple(reversed(tree.statements))})
    assert fingerprint(swapped) != fingerprint(tree)


def test_canonical_text_rules() -> None:
    # Sorted keys, no whitespace, non-ASCII as itself, floats as Python writes them, JSON escapes.
    assert canonical_text({"b": 1, "a": [1.0, 2.5, "é", None, True, "x\n\"y\""]}) == (
        '{"a":[1.0,2.5,"é",null,true,"x\\n\\"y\\""],"b":1}'
    )
    text = tree_canonical_text(small_tree())
    assert text.startswith('{"classes":[],"conferences":[],"criteria":[{"name":"draagvlak achterban"')
    # None of the texts in the tree contain these, so any occurrence would be formatting.
    assert ": " not in text and ", " not in text and "\n" not in text


@pytest.mark.parametrize("value", [float("nan"), float("inf"), {1: "x"}, {"a": object()}])
def test_values_without_a_canonical_form_are_refused(value: object) -> None:
    with pytest.raises(CanonicalError):
        canonical_text(value)


def test_stored_text_is_recomputed_from_its_meaning() -> None:
    text = tree_canonical_text(small_tree())
    assert fingerprint_of_stored(text) == EXPECTED
    # Pretty-printed, the same content still has the same fingerprint…
    assert fingerprint_of_stored(json.dumps(json.loads(text), indent=2)) == EXPECTED
    # …and an altered snapshot has another.
    assert fingerprint_of_stored(text.replace("Samen sterker.", "Samen sterker!")) != EXPECTED


def test_grouped_for_reading_aloud() -> None:
    assert grouped("ab12cd34ef") == "ab12 cd34 ef"


def _value_before_later_parts(tree: Any) -> dict[str, Any]:
    """What the fingerprint took before the later parts existed: the tree without its empty
    options, frame, decision and method, and without unset marks of a public function."""
    later = ("options", "frame", "decision", "method", "parties", "actions", "key_figures", "cost_keys",
             "knowledge_agenda", "open_questions", "mandates", "cooperations", "weight_sets")
    value = {k: v for k, v in tree.model_dump(mode="json").items() if k not in later}
    del value["trajectory"]["procesmanager_public"]
    for task_field in value["task_fields"]:
        for owner in task_field["owners"]:
            del owner["public_function"]
    return value


def test_a_tree_without_options_keeps_the_fingerprint_it_had_before_options_existed() -> None:
    from staan_desktop.domain.document import Option
    from staan_desktop.domain.fingerprint import fingerprint, fingerprint_of_value
    from staan_desktop.services.interchange import demo_tree

    tree = demo_tree()
    assert fingerprint(tree) == fingerprint_of_value(_value_before_later_parts(tree))
    with_option = tree.model_copy(update={"options": (Option(name="Netwerk"),)})
    assert fingerprint(with_option) != fingerprint(tree)


def test_a_tree_without_a_method_keeps_its_fingerprint_and_a_method_is_fingerprinted() -> None:
    from staan_desktop.domain.fingerprint import fingerprint, fingerprint_of_value
    from staan_desktop.services import methods
    from staan_desktop.services.interchange import demo_tree

    tree = demo_tree()
    assert tree.method is None
    # What the fingerprint took before methods existed: the tree without its empty options.
    assert fingerprint(tree) == fingerprint_of_value(_value_before_later_parts(tree))
    verkenning = next(m for m in methods.shipped() if m.key == "verkenning")
    assert fingerprint(tree.model_copy(update={"method": verkenning})) != fingerprint(tree)
