"""Weights per municipality: each weight set ranks and classifies the items by the one rule,
next to the shared weights; checked by hand and against a brute-force recomputation."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from staan_desktop.domain import document as d
from staan_desktop.domain.options import weigh_options
from staan_desktop.domain.outcomes import classify_all
from staan_desktop.domain.weight_sets import compare_options, compare_task_fields, weight_sets_of

CLASSES = (d.ClassDef(key="zk", name="zeer kansrijk", min_ratio=0.75), d.ClassDef(key="k", name="kansrijk", min_ratio=0.5))


def field(name: str, a: int, b: int) -> d.TaskField:
    return d.TaskField(name=name, shortlisted=True,
                       scores=(d.Score(criterion="A", value=a), d.Score(criterion="B", value=b)))


def weight_set(municipality: str, **weights: float) -> d.WeightSet:
    return d.WeightSet(municipality=municipality,
                       weights=tuple(d.CriterionWeight(criterion=c, weight=w) for c, w in weights.items()))


def example() -> d.Trajectory:
    return d.Trajectory(
        trajectory=d.TrajectoryInfo(title="Gewichten"),
        municipalities=("Losser", "Oldenzaal", "Dinkelland"),
        criteria=(d.Criterion(name="A"), d.Criterion(name="B")),
        classes=CLASSES,
        task_fields=(field("ICT", 5, 1), field("Inkoop", 2, 4), field("Belastingen", 4, 4),
                     d.TaskField(name="Groslijst", scores=(d.Score(criterion="A", value=5),))),
        # Listed out of order: the comparison follows the municipalities' order.
        weight_sets=(weight_set("Oldenzaal", B=0.0), weight_set("Losser", A=3.0)),
    )


def test_hand_computed_classes_and_ranks_per_weight_set() -> None:
    result = compare_task_fields(example())
    assert result.sets == ("Losser", "Oldenzaal")
    rows = {item.key: item for item in result.items}
    assert set(rows) == {"ICT", "Inkoop", "Belastingen"}  # the short list only
    # Shared weights 1 and 1: ICT (1 + 0) / 2 = 0.5, Inkoop (0.25 + 0.75) / 2 = 0.5, Belastingen 0.75.
    assert [(rows[n].shared.class_key, rows[n].shared.rank) for n in ("ICT", "Inkoop", "Belastingen")] == [
        ("k", 2), ("k", 2), ("zk", 1)]
    # Losser weighs A three times: ICT 3/4 = 0.75, Inkoop (0.75 + 0.75) / 4 = 0.375, Belastingen 0.75.
    losser = [(rows[n].by_set[0].class_key, rows[n].by_set[0].rank) for n in ("ICT", "Inkoop", "Belastingen")]
    assert losser == [("zk", 1), (None, 3), ("zk", 1)]
    assert rows["Inkoop"].by_set[0].label == "niet geselecteerd"
    assert rows["ICT"].by_set[0].ratio == 0.75 and rows["Inkoop"].by_set[0].ratio == 0.375
    # Oldenzaal gives B no weight: only A counts (ICT 1.0, Inkoop 0.25, Belastingen 0.75).
    oldenzaal = [(rows[n].by_set[1].class_key, rows[n].by_set[1].rank) for n in ("ICT", "Inkoop", "Belastingen")]
    assert oldenzaal == [("zk", 1), (None, 3), ("zk", 2)]
    assert result.class_changes(0) == ("ICT", "Inkoop") and result.rank_changes(0) == ("ICT", "Inkoop")
    assert result.class_changes(1) == ("ICT", "Inkoop") and result.rank_changes(1) == ("ICT", "Inkoop", "Belastingen")
    assert rows["Belastingen"].moved_under == (1,) and rows["ICT"].moved_under == (0, 1)


def test_no_weight_sets_means_nothing_to_compare_and_an_equal_set_changes_nothing() -> None:
    tree = example().model_copy(update={"weight_sets": ()})
    assert compare_task_fields(tree).sets == () and not compare_task_fields(tree).any_change
    same = tree.model_copy(update={"weight_sets": (weight_set("Dinkelland", A=1.0, B=1.0),)})
    assert compare_task_fields(same).sets == ("Dinkelland",) and not compare_task_fields(same).any_change


def test_an_excluded_option_keeps_its_class_but_gets_no_place() -> None:
    tree = example().model_copy(update={
        "options": (d.Option(name="Netwerk", scores=(d.Score(criterion="A", value=5),)),
                    d.Option(name="Fusie", scores=(d.Score(criterion="B", value=5),))),
        "frame": (d.FrameStep(title="Knock-outs", knock_outs=(d.KnockOut(
            condition="Eigen raad", verdicts=(d.KnockOutVerdict(option="Fusie", verdict=d.Verdict.FAIL),)),)),),
    })
    rows = {item.key: item for item in compare_options(tree).items}
    assert rows["Fusie"].shared.rank is None and rows["Fusie"].shared.class_key == "zk"
    assert rows["Netwerk"].shared.rank == 1 and [s.rank for s in rows["Netwerk"].by_set] == [1, 1]


def test_a_set_with_every_weight_zero_leaves_the_items_unscored() -> None:
    tree = example().model_copy(update={"weight_sets": (weight_set("Losser", A=0.0, B=0.0),)})
    row = compare_task_fields(tree).items[0]
    assert row.by_set[0].label == "niet gescoord" and row.by_set[0].rank is None and row.class_changed(0)


# Brute force: rebuild the tree with the set's weights and classify and rank it as the document would.

MUNICIPALITIES = ("M1", "M2", "M3")
CRITERIA = ("C1", "C2", "C3")
weights = st.sampled_from([0.0, 0.5, 1.0, 2.0, 3.0, 7.5])


@st.composite
def small_trees(draw: st.DrawFn) -> d.Trajectory:
    criteria = tuple(d.Criterion(name=c, weight=draw(weights)) for c in CRITERIA[: draw(st.integers(1, 3))])
    names = [c.name for c in criteria]

    def scores() -> tuple[d.Score, ...]:
        keys = draw(st.lists(st.tuples(st.sampled_from(names), st.sampled_from((None, *MUNICIPALITIES))), unique=True, max_size=6))
        return tuple(d.Score(criterion=c, municipality=m, value=draw(st.integers(1, 5))) for c, m in keys)

    task_fields = tuple(d.TaskField(name=f"T{i}", shortlisted=draw(st.booleans()), scores=scores())
                        for i in range(draw(st.integers(0, 5))))
    options = tuple(d.Option(name=f"O{i}", scores=scores()) for i in range(draw(st.integers(0, 4))))
    verdicts = tuple(d.KnockOutVerdict(option=o.name, verdict=draw(st.sampled_from(list(d.Verdict)))) for o in options)
    sets = []
    for municipality in draw(st.lists(st.sampled_from(MUNICIPALITIES), unique=True)):
        chosen = draw(st.lists(st.sampled_from(names), unique=True, min_size=1))
        sets.append(d.WeightSet(municipality=municipality,
                                weights=tuple(d.CriterionWeight(criterion=c, weight=draw(weights)) for c in chosen)))
    return d.Trajectory(
        trajectory=d.TrajectoryInfo(title="T"), municipalities=MUNICIPALITIES, criteria=criteria,
        classes=(*CLASSES, d.ClassDef(key="t", name="kansrijk op termijn", min_ratio=draw(st.sampled_from([0.0, 0.25])))),
        task_fields=task_fields, options=options, weight_sets=tuple(sets),
        frame=(d.FrameStep(title="K", knock_outs=(d.KnockOut(condition="X", verdicts=verdicts),)),) if options else (),
    )


def reweighted(tree: d.Trajectory, municipality: str) -> d.Trajectory:
    own = {w.criterion: w.weight for s in tree.weight_sets if s.municipality == municipality for w in s.weights}
    criteria = tuple(c.model_copy(update={"weight": own.get(c.name, c.weight)}) for c in tree.criteria)
    return tree.model_copy(update={"criteria": criteria})


def brute_ranks(ratios: dict[str, float | None]) -> dict[str, int | None]:
    return {k: None if r is None else 1 + sum(1 for o, x in ratios.items() if o != k and x is not None and x > r + 1e-9)
            for k, r in ratios.items()}


@settings(max_examples=150, deadline=None)
@given(tree=small_trees())
def test_every_weight_set_agrees_with_a_brute_force_recomputation(tree: d.Trajectory) -> None:
    fields, options = compare_task_fields(tree), compare_options(tree)
    expected_sets = [m for m in MUNICIPALITIES if any(s.municipality == m for s in tree.weight_sets)]
    assert list(fields.sets) == expected_sets == list(options.sets)
    for index, municipality in enumerate((None, *expected_sets)):
        variant = tree if municipality is None else reweighted(tree, municipality)
        outcomes = classify_all(variant)  # no overrides here: the computed class
        ranks = brute_ranks({name: o.ratio for name, o in outcomes.items()})
        for item in fields.items:
            standing = item.shared if municipality is None else item.by_set[index - 1]
            assert (standing.class_key, standing.label, standing.rank) == (
                outcomes[item.key].class_key, outcomes[item.key].label, ranks[item.key])
        weighed = {r.option.name: r for r in weigh_options(variant)}
        for item in options.items:
            standing = item.shared if municipality is None else item.by_set[index - 1]
            assert (standing.class_key, standing.rank) == (weighed[item.key].outcome.class_key, weighed[item.key].rank)


def test_weight_sets_of_skips_what_the_tree_does_not_hold() -> None:
    tree = example().model_copy(update={"weight_sets": (weight_set("Nergens", A=2.0), weight_set("Losser", Z=2.0, B=4.0))})
    assert weight_sets_of(tree) == {"Losser": {1: 4.0}}


def test_a_listing_shows_every_item_up_to_25_and_beyond_only_what_moves() -> None:
    from staan_desktop.domain.weight_sets import ALL_ITEMS_UP_TO, ItemComparison, Standing, WeightComparison

    still, higher = Standing(0.5, "k", "kansrijk", 2), Standing(0.5, "k", "kansrijk", 1)

    def comparison(count: int, moving: set[int]) -> WeightComparison[str]:
        return WeightComparison(("Assen",), tuple(
            ItemComparison(f"veld {n}", still, (higher if n in moving else still,)) for n in range(count)))

    few = comparison(ALL_ITEMS_UP_TO, {3})
    assert few.listed() == few.items
    many = comparison(ALL_ITEMS_UP_TO + 1, {3, 20})
    assert [item.key for item in many.listed()] == ["veld 3", "veld 20"]
