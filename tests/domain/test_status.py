"""The status of a startdocument: two values, stored and compared as their Dutch words."""

from __future__ import annotations

import subprocess
import sys

import pytest

from staan_desktop.domain.status import Status


def test_the_two_statuses_are_their_dutch_words() -> None:
    assert [s.value for s in Status] == ["concept", "vastgesteld"]
    assert Status("vastgesteld") is Status.VASTGESTELD
    assert "concept" == Status.CONCEPT.value and isinstance(Status.CONCEPT, str)  # compares with the stored text


def test_an_unknown_status_is_refused() -> None:
    with pytest.raises(ValueError):
        Status("klaar")


def test_knowing_the_status_does_not_load_the_validation_library() -> None:
    code = "import sys, staan_desktop.domain.status; print('pydantic' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
