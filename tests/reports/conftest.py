"""Fixtures of the report tests; the helpers themselves are in ``pdf_helpers``."""

from __future__ import annotations

import pytest
from reports.pdf_helpers import large_tree

from staan_desktop.domain import document as d
from staan_desktop.services.interchange import demo_tree


@pytest.fixture(scope="session")
def demo() -> d.Trajectory:
    return demo_tree()


@pytest.fixture(scope="session")
def large() -> d.Trajectory:
    return large_tree()
