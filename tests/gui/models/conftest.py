"""Fixtures for the table models: a small document and a context over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from staan_desktop.services import interchange
from staan_desktop.services.store import Document


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[Document]:
    tree = interchange.template_tree("staan-werkwijze", "Proef")
    tree = tree.model_copy(update={"municipalities": ("Aa en Hunze", "Assen", "Noordenveld")})
    document = interchange.create_from_tree(tmp_path / "proef.staan", tree)
    yield document
    document.close()


@pytest.fixture
def demo_doc(tmp_path: Path) -> Iterator[Document]:
    document = interchange.create_demo(tmp_path / "demo.staan")
    yield document
    document.close()


@pytest.fixture
def context(qtbot, doc: Document):  # type: ignore[no-untyped-def]
    from staan_desktop.gui.context import WorkspaceContext

    return WorkspaceContext(doc)
