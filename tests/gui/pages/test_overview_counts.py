"""The overview's "Inhoud van het startdocument" counts what the document's method uses, the
same numbers the document holds: a verkenning shows its options, SWOT points, toetsingskader
and decision (it used to show only "Gemeenten 3"), the STAAN demo its task fields, and neither
names a part the method does not use."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFormLayout

from staan_desktop.domain.document import OptionStatus, Trajectory
from staan_desktop.gui.pages.overview import OverviewPage
from staan_desktop.services import interchange, queries


def _expected(tree: Trajectory) -> dict[str, int]:
    chosen = tree.decision.choices if tree.decision is not None else ()
    return {
        "municipalities": len(tree.municipalities),
        "task_fields": len(tree.task_fields),
        "shortlisted": sum(1 for field in tree.task_fields if field.shortlisted),
        "options": len(tree.options),
        "swot_points": sum(
            len(o.swot.strengths) + len(o.swot.weaknesses) + len(o.swot.opportunities) + len(o.swot.threats)
            for o in tree.options
        ),
        "frame_steps": len(tree.frame),
        "knock_outs": sum(len(step.knock_outs) for step in tree.frame),
        "chosen_options": sum(1 for choice in chosen if choice.status == OptionStatus.CHOSEN),
        "results_and_actions": len(tree.actions),
        "key_figures": len(tree.key_figures),
    }


@pytest.mark.parametrize("name", [None, *interchange.EXAMPLES])
def test_the_counts_are_what_the_document_holds(tmp_path: Path, name: str | None) -> None:
    path = tmp_path / "doc.staan"
    doc = interchange.create_demo(path) if name is None else interchange.create_example(path, name)
    try:
        counts = queries.content_counts(doc)
        expected = _expected(interchange.load_tree(doc))
    finally:
        doc.close()
    assert {field: getattr(counts, field) for field in expected} == expected


def _shown_rows(page: OverviewPage) -> dict[str, str]:
    layout = page.form.details.layout()
    assert isinstance(layout, QFormLayout)
    rows = {}
    for row in range(layout.rowCount()):
        if layout.isRowVisible(row):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            value = layout.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            rows[label.text()] = value.text()
    return rows


def test_a_verkenning_shows_its_options_and_no_task_fields(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.gui.context import WorkspaceContext

    doc = interchange.create_example(tmp_path / "v.staan", "verkenning-noaberkracht")
    try:
        tree = interchange.load_tree(doc)
        page = OverviewPage(WorkspaceContext(doc))
        qtbot.addWidget(page)
        page.refresh(None)
        rows = _shown_rows(page)
    finally:
        doc.close()
    expected = _expected(tree)
    assert rows["Opties"] == str(expected["options"]) == "5"
    assert rows["SWOT-punten"] == str(expected["swot_points"])
    assert rows["Stappen toetsingskader"] == str(expected["frame_steps"])
    assert rows["Knock-outvoorwaarden"] == str(expected["knock_outs"])
    assert rows["Gekozen opties"] == "2"  # the two basisrichtingen
    assert not any("aakveld" in label for label in rows), rows


def test_the_demo_shows_its_task_fields_and_no_options(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.gui.context import WorkspaceContext

    doc = interchange.create_demo(tmp_path / "d.staan")
    try:
        page = OverviewPage(WorkspaceContext(doc))
        qtbot.addWidget(page)
        page.refresh(None)
        rows = _shown_rows(page)
    finally:
        doc.close()
    assert rows["Preferente taakvelden"] == "13"
    assert "Opties" not in rows and "Stappen toetsingskader" not in rows
