"""The agenda of a work conference: planned minutes within bounds, and the timer's arithmetic."""

from __future__ import annotations

import pytest

from staan_desktop.domain.agenda import (
    DEFAULT_AGENDA,
    MAX_MINUTES,
    STEP_KEYS,
    check_minutes,
    clock,
    reading,
    total_minutes,
    with_minutes,
)


def test_the_default_agenda_is_the_werkwijze_of_about_three_hours() -> None:
    assert [s.key for s in DEFAULT_AGENDA][0] == "kennismaking" and DEFAULT_AGENDA[-1].key == "eigenaren"
    assert total_minutes(DEFAULT_AGENDA) == 190
    # Every key once, and "terugblik", which a session starts with while actions are open.
    assert len(STEP_KEYS) == len(DEFAULT_AGENDA) + 1 and "terugblik" in STEP_KEYS


@pytest.mark.parametrize("minutes", [0, MAX_MINUTES + 1, -5, 2.5, "10", True, None])
def test_minutes_out_of_range_or_not_whole_are_refused_in_dutch(minutes: object) -> None:
    with pytest.raises(ValueError, match="minuten"):
        check_minutes(minutes)


def test_stored_minutes_replace_the_defaults_and_bad_ones_are_ignored() -> None:
    steps = with_minutes({"scoren": 60, "ambitie": 0, "onbekend": 5, "belangen": True})
    by_key = {s.key: s.minutes for s in steps}
    assert by_key["scoren"] == 60
    assert by_key["ambitie"] == 30 and by_key["belangen"] == 30  # the defaults, not 0 or True
    assert [s.key for s in steps] == [s.key for s in DEFAULT_AGENDA]


@pytest.mark.parametrize(("seconds", "text"), [(0, "0:00"), (59.9, "0:59"), (61, "1:01"), (3600, "1:00:00"), (3725, "1:02:05"), (-3, "0:00")])
def test_the_clock_reads_as_a_timer_and_is_never_negative(seconds: float, text: str) -> None:
    assert clock(seconds) == text


def test_reading_says_in_words_when_a_step_runs_over() -> None:
    on_time = reading(10 * 60, 15)
    assert (on_time.elapsed, on_time.remaining, on_time.late, on_time.over) == ("10:00", "5:00", "0:00", False)
    late = reading(17 * 60 + 10, 15)
    assert (late.remaining, late.late, late.over) == ("0:00", "2:10", True)
