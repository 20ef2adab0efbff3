"""The rule that turns participants' scores into their municipality's score."""

from __future__ import annotations

import pytest

from staan_desktop.domain.room_rules import aggregate


@pytest.mark.parametrize(
    ("values", "rule", "expected"),
    [
        ([3], "mean", 3),
        ([1, 2, 5], "mean", 3),  # 2.67
        ([1, 2], "mean", 2),  # 1.5 rounds half up, not to even
        ([2, 3], "mean", 3),  # 2.5 → 3 (banker's rounding would say 2)
        ([1, 1, 5], "median", 1),  # the median resists one outlier; the mean would say 2
        ([4, 4, 3, 5], "median", 4),
        ([2, 3], "median", 3),
        ([-3, -2], "mean", -3),  # half away from zero on a scale below zero
    ],
)
def test_aggregate(values: list[int], rule: str, expected: int) -> None:
    assert aggregate(values, rule) == expected


def test_aggregate_refuses_nothing_and_unknown_rules() -> None:
    with pytest.raises(ValueError):
        aggregate([], "mean")
    with pytest.raises(ValueError):
        aggregate([1], "mode")
