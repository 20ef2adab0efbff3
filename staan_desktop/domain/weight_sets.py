"""Weights per municipality: what the ranking would be if one municipality's weights counted.

The shared weights of the criteria classify and rank; they are the document's. A municipality
may also give the criteria weights of its own (a *weight set*: :class:`~.document.WeightSet`);
a criterion it gives none keeps the shared weight. For every weight set this module computes
the class and the place in the ranking each item (a short-listed task field, an option) would
get with those weights, by the one rule of :mod:`.classification`, next to the shared result,
so that the room sees which items change class or place under whose weights.

The **class** compared is the computed one: a facilitator's override is a decision, and no
weight moves it. The **rank** is one plus the number of other ranked items with a higher ratio
(by more than :data:`~.sensitivity.RANK_TOLERANCE`), as in :mod:`.sensitivity`; an option that
a knock-out excluded, or an item without scores, has none.

Sensitivity (:mod:`.sensitivity`) stays computed on the shared weights only. It answers how
far one score or one weight must move before the shared result changes; a weight set is not
such a step but a whole other vector of weights, and its effect is this comparison. Folding
the sets into the sensitivity (e.g. "the nearest set that flips it") would mix a measured
distance with a political position and make the *fragiel* mark depend on who filled in a set.
"""

from __future__ import annotations

import bisect
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from .classification import Rules, ScoreSummary, pick_class, ratio
from .document import Trajectory
from .options import screen
from .outcomes import rules_of, summaries_of
from .sensitivity import RANK_TOLERANCE, with_weights

K = TypeVar("K", bound=Hashable)

#: Up to this many items a listing shows every one (the whole ranking); beyond it only those
#: some municipality's weights move, so that 500 task fields do not fill pages of the PDF or
#: slides of the projector with what stays put.
ALL_ITEMS_UP_TO = 25


@dataclass(frozen=True)
class Standing:
    """Where one item stands under one set of weights."""

    ratio: float | None
    class_key: str | None
    label: str
    #: 1 for the best ratio (ties share a place); ``None`` when not ranked.
    rank: int | None


@dataclass(frozen=True)
class ItemComparison(Generic[K]):
    key: K
    shared: Standing
    #: One standing per weight set, in the order of :attr:`WeightComparison.sets`.
    by_set: tuple[Standing, ...]

    def class_changed(self, index: int) -> bool:
        # The label too: *niet geselecteerd* and *niet gescoord* both have no class key.
        other = self.by_set[index]
        return (other.class_key, other.label) != (self.shared.class_key, self.shared.label)

    def rank_changed(self, index: int) -> bool:
        return self.by_set[index].rank != self.shared.rank

    def moved(self, index: int) -> bool:
        return self.class_changed(index) or self.rank_changed(index)

    @property
    def moved_under(self) -> tuple[int, ...]:
        """The indexes of the weight sets under which this item changes class or place."""
        return tuple(i for i in range(len(self.by_set)) if self.moved(i))


@dataclass(frozen=True)
class WeightComparison(Generic[K]):
    #: The municipalities whose weight sets are compared, in the document's order.
    sets: tuple[str, ...]
    items: tuple[ItemComparison[K], ...]

    def class_changes(self, index: int) -> tuple[K, ...]:
        return tuple(item.key for item in self.items if item.class_changed(index))

    def rank_changes(self, index: int) -> tuple[K, ...]:
        return tuple(item.key for item in self.items if item.rank_changed(index))

    @property
    def any_change(self) -> bool:
        return any(item.moved_under for item in self.items)

    def listed(self) -> tuple[ItemComparison[K], ...]:
        """The items a listing shows: all of them, or beyond :data:`ALL_ITEMS_UP_TO` only
        those some weight set moves."""
        if len(self.items) <= ALL_ITEMS_UP_TO:
            return self.items
        return tuple(item for item in self.items if item.moved_under)


def standings(
    rules: Rules, items: Mapping[K, Mapping[int, ScoreSummary]], ranked: Sequence[K] | None = None
) -> dict[K, Standing]:
    """Item key → its ratio, computed class and rank under ``rules``; the rank is taken among
    ``ranked`` (``None``: all items), the others get none."""
    ratios = {key: ratio(rules, scores) for key, scores in items.items()}
    in_ranking = set(items) if ranked is None else set(ranked)
    order = sorted(r for key, r in ratios.items() if key in in_ranking and r is not None)
    result = {}
    for key, value in ratios.items():
        class_key, label = pick_class(value, rules)
        rank = None
        if key in in_ranking and value is not None:
            rank = 1 + len(order) - bisect.bisect_right(order, value + RANK_TOLERANCE)
        result[key] = Standing(value, class_key, label, rank)
    return result


def compare(
    rules: Rules,
    items: Mapping[K, Mapping[int, ScoreSummary]],
    weight_sets: Mapping[str, Mapping[int, float]],
    ranked: Sequence[K] | None = None,
) -> WeightComparison[K]:
    """Each item's standing under the shared weights of ``rules`` and under each weight set
    (criterion id → weight; criteria it leaves out keep their shared weight)."""
    shared = standings(rules, items, ranked)
    per_set = [standings(with_weights(rules, weights), items, ranked) for weights in weight_sets.values()]
    return WeightComparison(
        tuple(weight_sets),
        tuple(ItemComparison(key, shared[key], tuple(s[key] for s in per_set)) for key in items),
    )


def weight_sets_of(tree: Trajectory) -> dict[str, dict[int, float]]:
    """Municipality → criterion id (its place in ``tree.criteria``) → weight, in the order of
    the municipalities; references to what the tree does not hold are left out (a report
    renders whatever it is given)."""
    ids = {c.name: i for i, c in enumerate(tree.criteria)}
    given = {s.municipality: s for s in tree.weight_sets}
    result: dict[str, dict[int, float]] = {}
    for municipality in tree.municipalities:
        weight_set = given.get(municipality)
        if weight_set is None:
            continue
        weights = {ids[w.criterion]: w.weight for w in weight_set.weights if w.criterion in ids}
        if weights:
            result[municipality] = weights
    return result


def compare_task_fields(tree: Trajectory) -> WeightComparison[str]:
    """The short-listed task fields (by name) under the shared weights and each weight set."""
    items = {tf.name: summaries_of(tree, tf) for tf in tree.task_fields if tf.shortlisted}
    return compare(rules_of(tree), items, weight_sets_of(tree))


def compare_options(tree: Trajectory) -> WeightComparison[str]:
    """The options (by name) likewise; an option a knock-out excluded keeps its class but has
    no place in any ranking."""
    screenings = screen(tree)
    items = {o.name: summaries_of(tree, o) for o in tree.options}
    ranked = [name for name in items if not screenings[name].excluded]
    return compare(rules_of(tree), items, weight_sets_of(tree), ranked)
