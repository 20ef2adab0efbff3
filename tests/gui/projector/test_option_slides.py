"""The verkenning on the projector: the SWOT of an option, the comparison of the options and
the verdicts with the decision. On the example (seed 004) with scores and one failed knock-out
added, each slide fits at 1366×768 and 1920×1080 (no label clipped, elided or below the
readable minimum), and says what the rule says: the excluded option has no place."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui.projector.test_projector_fits import minimum_pixels, slide_problems
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel

from staan_desktop.domain import document as d
from staan_desktop.domain.options import weigh_options
from staan_desktop.gui.projector.option_views import ComparisonView, DecisionView, SwotView
from staan_desktop.gui.projector.weight_sets_slide import WeightSetsSlide
from staan_desktop.gui.projector.window import ProjectorWindow
from staan_desktop.reports.json_interchange import from_json
from staan_desktop.resources import resource_path
from staan_desktop.services import interchange
from staan_desktop.services.edits import options as option_edits

SIZES = ((1366, 768), (1920, 1080))


def scored_example() -> d.Trajectory:
    """The example with agreed scores on every criterion, and Ambtelijke fusie failing the
    second knock-out (the seed scores nothing and fails nobody: this makes the slides busy)."""
    tree = from_json(resource_path("examples/verkenning-noaberkracht.json").read_bytes())
    criteria = tree.criteria
    options = tuple(
        option.model_copy(update={"scores": tuple(
            d.Score(criterion=c.name, value=c.scale_min + (3 * i + j) % (c.scale_max - c.scale_min + 1))
            for j, c in enumerate(criteria)
        )})
        for i, option in enumerate(tree.options)
    )
    frame = []
    for step in tree.frame:
        knock_outs = []
        for k, knock_out in enumerate(step.knock_outs):
            verdicts = tuple(
                v.model_copy(update={"verdict": d.Verdict.FAIL, "reason": "Raden verliezen zeggenschap"})
                if k == 1 and v.option == "Ambtelijke fusie" else v
                for v in knock_out.verdicts
            )
            knock_outs.append(knock_out.model_copy(update={"verdicts": verdicts}))
        frame.append(step.model_copy(update={"knock_outs": tuple(knock_outs)}))
    return tree.model_copy(update={"options": options, "frame": tuple(frame)})


def with_weight_sets(tree: d.Trajectory) -> d.Trajectory:
    """Each municipality weighs one criterion its own way: the comparison is followed by the
    ranking per weight set, which fits as the other slides do."""
    names = [c.name for c in tree.criteria]
    return tree.model_copy(update={"weight_sets": tuple(
        d.WeightSet(municipality=m, weights=(d.CriterionWeight(criterion=names[(2 * i + 1) % len(names)], weight=4.0),))
        for i, m in enumerate(tree.municipalities))})


@pytest.fixture(scope="module")
def document(tmp_path_factory):  # type: ignore[no-untyped-def]
    doc = interchange.create_from_tree(Path(tmp_path_factory.mktemp("slides")) / "verkenning.staan",
                                       with_weight_sets(scored_example()))
    yield doc
    doc.close()


@pytest.fixture
def projector(qtbot, document):  # type: ignore[no-untyped-def]
    window = ProjectorWindow()
    qtbot.addWidget(window)
    window.set_document(document, "Verkenning Noaberkracht en Oldenzaal")
    window.show()
    qtbot.waitExposed(window)
    return window


def texts(window: ProjectorWindow) -> list[str]:
    view = window.view
    assert view is not None
    return [label.text() for label in view.findChildren(QLabel) if label.isVisibleTo(view)]


def row_of(window: ProjectorWindow, title: str) -> list[str]:
    """The texts right of the row heading ``title`` in the slide's grid, column by column."""
    view = window.view
    assert view is not None
    for grid in view.findChildren(QGridLayout):
        for index in range(grid.count()):
            widget = grid.itemAt(index).widget()
            if isinstance(widget, QLabel) and widget.text() == title:
                row = grid.getItemPosition(index)[0]
                cells = [grid.itemAtPosition(row, column) for column in range(1, grid.columnCount())]
                return [c.widget().text() for c in cells if c is not None and isinstance(c.widget(), QLabel)]
    raise AssertionError(f"no row {title!r}")


def settle() -> None:
    """Let the slide lay out and fit (a few turns of the event loop, as on screen)."""
    for _ in range(3):
        QApplication.processEvents()
    QTest.qWait(50)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_option_slides_fit(qtbot, projector, size) -> None:  # type: ignore[no-untyped-def]
    projector.resize(*size)
    minimum = minimum_pixels(*size)
    failures = {}
    weight_slide_seen = False
    for page in ("options", "frame", "decision"):
        projector.show_page(page)
        part = 1
        while True:
            settle()
            weight_slide_seen |= any(s.isVisibleTo(projector) for s in projector.findChildren(WeightSetsSlide))
            problems = slide_problems(projector, minimum)
            if problems:
                failures[f"{page} ({part})"] = problems[:4]
            view = projector.view
            assert view is not None
            if not view.next_page():
                break
            part += 1
    assert not failures, "\n".join(f"{page}: {problems}" for page, problems in failures.items())
    assert weight_slide_seen, "the ranking per weight set was not among the slides"


def test_the_swot_slide_shows_an_option_and_pages_through_them(qtbot, projector) -> None:  # type: ignore[no-untyped-def]
    tree = scored_example()
    projector.resize(1366, 768)
    projector.show_page("options")
    assert isinstance(projector.view, SwotView)
    shown = texts(projector)
    first = tree.options[0]
    assert first.name in shown
    assert set(first.swot.strengths) | set(first.swot.threats) <= set(shown)
    assert projector.view.next_page()
    assert tree.options[1].name in texts(projector) and first.name not in texts(projector)


def test_the_swot_slide_fills_as_the_room_speaks(qtbot, projector, document) -> None:  # type: ignore[no-untyped-def]
    projector.show_page("options")
    fusie = next(o for o in interchange.load_tree(document).options if o.name == "Ambtelijke fusie")
    from staan_desktop.services import option_queries

    option_id = next(o.id for o in option_queries.options(document) if o.name == fusie.name)
    change = option_edits.add_swot_item(document, option_id=option_id, quadrant="opportunities", text="Eén loket voor ondernemers")
    try:
        projector.on_changed(change)
        shown = texts(projector)
        assert "Ambtelijke fusie" in shown and "Eén loket voor ondernemers" in shown
    finally:
        from staan_desktop.services import edits

        edits.revert(document, change)


def test_the_comparison_excludes_the_option_that_fails_a_knock_out(qtbot, projector, document) -> None:  # type: ignore[no-untyped-def]
    projector.resize(1920, 1080)
    projector.show_page("frame")
    assert isinstance(projector.view, ComparisonView)
    shown = texts(projector)
    results = {r.option.name: r for r in weigh_options(interchange.load_tree(document))}
    assert results["Ambtelijke fusie"].excluded
    assert shown.count("✕ uitgesloten") == 1
    ranked = sorted((r.rank, name) for name, r in results.items() if r.rank is not None)
    assert ranked and "Ambtelijke fusie" not in [name for _rank, name in ranked]
    places = row_of(projector, "Plaats")
    assert places[[o.name for o in interchange.load_tree(document).options].index("Ambtelijke fusie")] == "✕ uitgesloten"
    assert sorted(int(p) for p in places if p.isdigit()) == sorted(rank for rank, _name in ranked)
    assert any(t.startswith("plaats: ") or t == "robuust" or t.startswith("fragiel") for t in shown)
    assert "Gewogen score" in shown and "Gevoeligheid" in shown


def test_the_decision_slide_names_the_basisrichtingen_and_the_failed_verdict(qtbot, projector) -> None:  # type: ignore[no-untyped-def]
    projector.resize(1366, 768)
    projector.show_page("decision")
    assert isinstance(projector.view, DecisionView)
    shown = texts(projector)
    assert shown.count("Basisrichting") == 2
    assert any(t.startswith("Ambtelijke fusie") for t in shown)
    assert "✕ voldoet niet" in shown
