"""Comparing two versions: matched by what identifies an item to a reader, renames shown once."""

from __future__ import annotations

from staan_desktop.domain.comparison import ADDED, CHANGED, MOVED, REMOVED, compare, describe, format_differences
from staan_desktop.domain.document import Criterion, Score, TaskField, Trajectory, TrajectoryInfo


def tree(**fields: object) -> Trajectory:
    return Trajectory.model_validate({"trajectory": {"title": "Samenwerking"}, **fields})


def test_no_differences_between_equal_versions() -> None:
    assert compare(tree(statements=["a"]), tree(statements=["a"])) == []
    assert format_differences([], "versie 1", "versie 2") == "Geen verschillen tussen versie 1 en versie 2."


def test_an_inserted_statement_is_one_addition_not_every_later_one_changed() -> None:
    found = compare(tree(statements=["a", "b", "c"]), tree(statements=["a", "nieuw", "b", "c"]))
    assert [(d.part, d.change, d.item, d.after) for d in found] == [("Uitspraken", ADDED, "Uitspraak 2", "nieuw")]


def test_a_renamed_municipality_is_one_change_and_its_scores_follow_it() -> None:
    def version(name: str) -> Trajectory:
        return Trajectory(
            trajectory=TrajectoryInfo(title="T"),
            municipalities=("Assen", name),
            criteria=(Criterion(name="draagvlak"),),
            task_fields=(TaskField(name="ICT", scores=(Score(criterion="draagvlak", municipality=name, value=3),)),),
        )

    found = compare(version("Tynaarlo"), version("Tynaarloo"))
    assert [(d.part, d.change, d.before, d.after) for d in found] == [("Gemeenten", CHANGED, "Tynaarlo", "Tynaarloo")]


def test_removed_fields_changed_values_and_order_are_reported_per_part_in_document_order() -> None:
    old = tree(rules=["r"], task_fields=[{"name": "ICT"}, {"name": "Post"}, {"name": "Inkoop", "footnote": "x"}])
    new = tree(rules=[], task_fields=[{"name": "Inkoop", "footnote": "y"}, {"name": "ICT"}], trajectory={"title": "Nieuw"})
    found = compare(old, new)
    assert [d.part for d in found] == ["Traject", "Taakvelden", "Taakvelden", "Taakvelden", "Spelregels"]
    changes = {(d.change, d.item) for d in found}
    assert (REMOVED, "Taakveld ‘Post’") in changes and (MOVED, "volgorde") in changes
    assert (CHANGED, "Taakveld ‘Inkoop’ – voetnoot") in changes
    assert describe(found[0]) == "Traject – titel: ‘Samenwerking’ → ‘Nieuw’"


def test_the_report_names_the_count_and_signs_each_line() -> None:
    text = format_differences(compare(tree(rules=["r"]), tree(rules=["r", "s"])), "versie 1", "concept")
    assert text.splitlines()[0] == "Verschillen van versie 1 naar concept: 1 wijziging."
    assert "  + toegevoegd:" in text and "Spelregel 2: ‘s’" in text


def test_weight_sets_are_compared_and_follow_a_renamed_municipality_and_criterion() -> None:
    def version(municipality: str, criterion: str, weights: dict[str, float], sets: bool = True) -> Trajectory:
        return tree(municipalities=["Assen", municipality], criteria=[{"name": "draagvlak"}, {"name": criterion}],
                    weight_sets=[{"municipality": municipality,
                                  "weights": [{"criterion": c, "weight": w} for c, w in weights.items()]}] if sets else [])

    found = compare(version("Tynaarlo", "tempo", {"draagvlak": 2.0, "tempo": 1.0}),
                    version("Tynaarloo", "snelheid", {"draagvlak": 3.0, "snelheid": 1.0}))
    # The renames show once; the weight that changed shows as a change of that municipality's set.
    assert [(d.part, d.change, d.item, d.before, d.after) for d in found] == [
        ("Gemeenten", CHANGED, "Gemeente ‘Tynaarloo’ – naam", "Tynaarlo", "Tynaarloo"),
        ("Criteria", CHANGED, "Criterium ‘snelheid’ – naam", "tempo", "snelheid"),
        ("Gewichten per gemeente", CHANGED, "Gewichten van ‘Tynaarloo’, ‘draagvlak’ – gewicht", "2.0", "3.0"),
    ]
    added = compare(version("Tynaarlo", "tempo", {}, sets=False), version("Tynaarlo", "tempo", {"tempo": 0.5}))
    assert [(d.part, d.change, d.after) for d in added] == [("Gewichten per gemeente", ADDED, "tempo 0.5")]
