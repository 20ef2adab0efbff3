"""The spread per municipality on the projector: after the comparison of the options and after
the scoring matrix, a dot plot with each municipality's own score per item and the score that
counts, best first. It fits at 1366×768 and 1920×1080 (no name cut, nothing below the readable
minimum), and on the scoring slide it shows revealed task fields only."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui.projector.test_option_slides import scored_example, settle
from gui.projector.test_projector_fits import minimum_pixels, slide_problems

from staan_desktop.domain import document as d
from staan_desktop.domain.spread import spread_rows
from staan_desktop.gui.projector.dot_plot import DotRow
from staan_desktop.gui.projector.scoreboard import Reveal
from staan_desktop.gui.projector.window import ProjectorWindow
from staan_desktop.services import interchange, queries

SIZES = ((1366, 768), (1920, 1080))


def with_own_scores(tree: d.Trajectory, items: str) -> d.Trajectory:
    """Each municipality's own scores on every option or shortlisted task field, apart from
    the agreed ones, so that the spread differs per item."""
    changed = []
    for i, item in enumerate(getattr(tree, items)):
        if items == "task_fields" and not item.shortlisted:
            changed.append(item)
            continue
        own = tuple(d.Score(criterion=c.name, municipality=town,
                            value=c.scale_min + (2 * i + 3 * t + j) % (c.scale_max - c.scale_min + 1))
                    for t, town in enumerate(tree.municipalities) for j, c in enumerate(tree.criteria))
        changed.append(item.model_copy(update={"scores": item.scores + own}))
    return tree.model_copy(update={items: tuple(changed)})


@pytest.fixture(scope="module")
def options_doc(tmp_path_factory):  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("dots")) / "verkenning.staan"
    doc = interchange.create_from_tree(path, with_own_scores(scored_example(), "options"))
    yield doc
    doc.close()


@pytest.fixture(scope="module")
def scoring_doc(tmp_path_factory):  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("dots")) / "demo.staan"
    doc = interchange.create_from_tree(path, with_own_scores(interchange.demo_tree(), "task_fields"))
    yield doc
    doc.close()


def window_for(qtbot, doc, size):  # type: ignore[no-untyped-def]
    window = ProjectorWindow()
    qtbot.addWidget(window)
    window.set_document(doc, "Spreiding")
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_rows(window: ProjectorWindow) -> list[DotRow]:
    return sorted((r for r in window.findChildren(DotRow) if r.isVisibleTo(window)), key=lambda r: r.mapTo(window, r.rect().topLeft()).y())


def walk(window: ProjectorWindow, page: str, minimum: float) -> tuple[list[DotRow], dict[int, list[str]]]:
    """Every part of the slide for ``page``: the dot rows shown, and the problems per part."""
    window.show_page(page)
    rows: list[DotRow] = []
    problems = {}
    part = 1
    while True:
        settle()
        rows += shown_rows(window)
        found = slide_problems(window, minimum)
        if found:
            problems[part] = found[:4]
        view = window.view
        assert view is not None
        if not view.next_page():
            break
        part += 1
    return rows, problems


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_options_comparison_ends_with_the_spread_sorted_and_fitting(qtbot, options_doc, size) -> None:  # type: ignore[no-untyped-def]
    window = window_for(qtbot, options_doc, size)
    rows, problems = walk(window, "option_scores", minimum_pixels(*size))
    assert not problems, problems
    tree = interchange.load_tree(options_doc)
    from staan_desktop.domain.options import weigh_options

    expected = spread_rows(tree, ((r.option, r.outcome.ratio, r.excluded) for r in weigh_options(tree)))
    assert [r.row for r in rows] == expected
    counted = [r.row.counted for r in rows]
    assert counted == sorted(counted, reverse=True)  # best first
    assert all(len(r.row.own) == 3 and any(v is not None for v in r.row.own) for r in rows)
    # The excluded option is in it, and says so.
    assert any(r.label == "Ambtelijke fusie (uitgesloten)" for r in rows)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_scoring_slide_shows_the_spread_of_revealed_task_fields_only(qtbot, scoring_doc, size) -> None:  # type: ignore[no-untyped-def]
    window = window_for(qtbot, scoring_doc, size)
    minimum = minimum_pixels(*size)
    # Nothing revealed: the matrix is the whole slide, no spread of hidden scores after it.
    rows, problems = walk(window, "scoring", minimum)
    assert rows == [] and not problems
    grid = queries.scoring_grid(scoring_doc)
    first = grid.task_fields[0]
    window.set_reveal(Reveal(task_fields=frozenset({first.id})))
    rows, problems = walk(window, "scoring", minimum)
    assert [r.row.name for r in rows] == [first.name] and not problems
    window.set_reveal(Reveal(everything=True))
    rows, problems = walk(window, "scoring", minimum)
    assert not problems, problems
    shortlisted = [tf.name for tf in interchange.load_tree(scoring_doc).task_fields if tf.shortlisted]
    assert sorted(r.row.name for r in rows) == sorted(shortlisted)
    counted = [r.row.counted for r in rows]
    assert counted == sorted(counted, reverse=True)
    # PageUp from the plot goes back to the matrix.
    view = window.view
    assert view is not None and view.turn(-1) and shown_rows(window) == []


def test_the_plot_speaks_the_interfaces_language(qtbot, options_doc) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from staan_desktop.gui import i18n

    window = window_for(qtbot, options_doc, (1920, 1080))
    assert i18n.set_language("en")
    try:
        window.show_page("option_scores")
        settle()
        texts = [label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window)]
        assert "Spread per municipality" in texts and any("counts" in t for t in texts)
        assert any(r.label == "Ambtelijke fusie (excluded)" for r in shown_rows(window))
    finally:
        i18n.set_language("nl")
