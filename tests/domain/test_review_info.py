"""What the PDF prints about a signed-off version, and the marker verify reads back."""

from __future__ import annotations

import pytest

from staan_desktop.domain.review_info import SignoffInfo, dutch_date, find_marker, metadata_marker

FP = "ab" * 32


@pytest.mark.parametrize(("iso", "text"), [("2026-12-01", "1 december 2026"), ("2027-03-09", "9 maart 2027"), ("morgen", "morgen"), ("", "")])
def test_dates_are_written_in_dutch_and_anything_else_is_left_alone(iso: str, text: str) -> None:
    assert dutch_date(iso) == text


def test_the_marker_is_found_again_among_other_keywords() -> None:
    keywords = f"samenwerking, {metadata_marker(3, FP)}, drenthe"
    marker = find_marker(None, "", keywords)
    assert marker is not None and (marker.version, marker.fingerprint) == (3, FP)
    concept = find_marker(metadata_marker(None, FP))
    assert concept is not None and concept.version is None


def test_no_marker_or_a_damaged_one_is_none() -> None:
    assert find_marker("STAAN-versie: 3; STAAN-vingerafdruk: sha256:" + "z" * 64) is None
    assert find_marker(None) is None


def test_a_signoff_states_the_decision_with_its_meeting() -> None:
    info = SignoffInfo(2, "2026-12-01", ("A. de Vries",), FP, meeting="stuurgroep 4")
    assert info.statement == "Vastgesteld door de stuurgroep op 1 december 2026 (stuurgroep 4)"
    assert info.version_label == "versie 2"
    assert find_marker(info.metadata_marker()) is not None
    assert SignoffInfo(1, "2026-12-01", (), FP).statement.endswith("2026")
