"""Rangorde per gewichtenset on the projector: one more slide after the scoring matrix (and its
spread) and after the options' comparison, there only when a municipality has weights of its
own. Each cell says what :mod:`staan_desktop.domain.weight_sets` says (place and class under the
shared weights and under each set, what moves marked by a symbol and a frame, not by colour
alone); the chips have the classes' palette and read in both themes; blind scoring holds:
a task field whose scores are hidden is not on it, and its scores enter no rank."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui.projector.test_option_slides import scored_example, settle
from gui.projector.test_projector_fits import minimum_pixels, slide_problems
from PySide6.QtWidgets import QGridLayout, QLabel

from staan_desktop.domain import class_palette
from staan_desktop.domain import document as d
from staan_desktop.domain.outcomes import rules_of
from staan_desktop.domain.weight_sets import WeightComparison, compare_options, compare_task_fields
from staan_desktop.gui.projector import style
from staan_desktop.gui.projector.option_views import ComparisonView
from staan_desktop.gui.projector.scoreboard import Reveal
from staan_desktop.gui.projector.scoring_view import ScoringView
from staan_desktop.gui.projector.weight_sets_slide import HIGHER, LOWER, OTHER_CLASS, WeightSetsSlide
from staan_desktop.gui.projector.window import ProjectorWindow
from staan_desktop.services import interchange

from .conftest import SECRET_A, SECRET_B, SECRET_MEAN, all_texts, blind_tree

SIZES = ((1366, 768), (1920, 1080))


def with_sets(tree: d.Trajectory, sets: dict[str, dict[int, float]]) -> d.Trajectory:
    """``tree`` with municipality → criterion number → own weight."""
    names = [c.name for c in tree.criteria]
    return tree.model_copy(update={"weight_sets": tuple(
        d.WeightSet(municipality=m, weights=tuple(d.CriterionWeight(criterion=names[i], weight=w) for i, w in own.items()))
        for m, own in sets.items())})


def demo_with_weight_sets() -> d.Trajectory:
    """The demo, where Assen counts only the first two criteria (Vastgoed and Lean rise to zeer
    kansrijk) and Tynaarlo weighs the first heavily and the last not at all."""
    return with_sets(interchange.demo_tree(), {"Assen": {2: 0.0, 3: 0.0, 4: 0.0}, "Tynaarlo": {0: 3.0, 4: 0.0}})


def open_projector(qtbot, doc, reveal: Reveal | None = None) -> ProjectorWindow:  # type: ignore[no-untyped-def]
    window = ProjectorWindow()
    qtbot.addWidget(window)
    window.set_document(doc, "Samenwerking in de regio")
    if reveal is not None:
        window.set_reveal(reveal)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def to_weights(window: ProjectorWindow, page: str) -> WeightSetsSlide | None:
    """PageDown through the page's slides until the ranking per weight set; None if it never comes."""
    window.show_page(page)
    view = window.view
    assert view is not None
    while True:
        settle()
        slide: WeightSetsSlide = view.weights  # type: ignore[attr-defined]
        if slide.isVisibleTo(window):
            return slide
        if not view.next_page():
            return None


def table_rows(slide: WeightSetsSlide) -> dict[str, list[QLabel]]:
    """Item name → the chips of its row (shared first, then each set in the slide's order),
    over the tables of the part shown."""
    return merged([_tables(slide)], slide)


def _tables(slide: WeightSetsSlide) -> dict[str, dict[str, QLabel]]:
    """Item name → column head → chip, over the tables of the part shown."""
    found: dict[str, dict[str, QLabel]] = {}
    for grid in slide.findChildren(QGridLayout):
        heads = [grid.itemAtPosition(0, c) for c in range(grid.columnCount())]
        names = [h.widget().text() if h is not None else "" for h in heads]
        for row in range(2, grid.rowCount()):
            cells = [grid.itemAtPosition(row, c) for c in range(grid.columnCount())]
            labels = [c.widget() if c is not None else None for c in cells]
            if labels and isinstance(labels[0], QLabel):
                found.setdefault(labels[0].text(), {}).update(
                    {names[c]: label for c, label in enumerate(labels) if c and isinstance(label, QLabel)})
    return found


def merged(parts: list[dict[str, dict[str, QLabel]]], slide: WeightSetsSlide) -> dict[str, list[QLabel]]:
    columns = ["Gedeelde gewichten", *slide.comparison.sets]
    rows: dict[str, dict[str, QLabel]] = {}
    for part in parts:
        for name, cells in part.items():
            rows.setdefault(name, {}).update(cells)
    return {name: [cells[c] for c in columns if c in cells] for name, cells in rows.items()}


def all_rows(slide: WeightSetsSlide) -> dict[str, list[QLabel]]:
    """:func:`table_rows` over every part of the slide, from the part shown on."""
    parts = [_tables(slide)]
    while slide.next_page():
        settle()
        parts.append(_tables(slide))
    return merged(parts, slide)


def expected_text(comparison: WeightComparison[str], name: str, column: int, classes: tuple[str, ...]) -> str:
    item = next(i for i in comparison.items if i.key == name)
    standing = item.shared if column == 0 else item.by_set[column - 1]
    rank = classes.index(standing.class_key) if standing.class_key in classes else None
    words = f"{'–' if standing.rank is None else standing.rank} · {class_palette.symbol(rank, len(classes))} {standing.label}"
    if column == 0 or not item.moved(column - 1):
        return words
    before, after = item.shared.rank, standing.rank
    mark = (HIGHER if after < before else LOWER) if item.rank_changed(column - 1) and before and after else OTHER_CLASS
    return f"{mark} {words}"


@pytest.fixture
def demo_doc(tmp_path: Path):  # type: ignore[no-untyped-def]
    doc = interchange.create_from_tree(tmp_path / "demo.staan", demo_with_weight_sets())
    yield doc
    doc.close()


def test_after_the_matrix_the_ranking_per_weight_set_says_what_the_domain_says(qtbot, demo_doc) -> None:  # type: ignore[no-untyped-def]
    window = open_projector(qtbot, demo_doc, Reveal(everything=True))
    slide = to_weights(window, "scoring")
    assert slide is not None and isinstance(window.view, ScoringView)
    tree = interchange.load_tree(demo_doc)
    comparison = compare_task_fields(tree)
    assert comparison.sets == ("Assen", "Tynaarlo") and comparison.any_change
    classes = tuple(c.key for c in rules_of(tree).ranked)
    rows = all_rows(slide)
    assert set(rows) == {item.key for item in comparison.items}
    for item in comparison.items:
        cells = rows[item.key]
        assert [c.text() for c in cells] == [expected_text(comparison, item.key, column, classes) for column in range(3)]
        for index, chip in enumerate(cells[1:]):
            # What moves is bold and framed: said by the frame and the symbol, not by colour alone.
            assert chip.font().bold() == item.moved(index) == bool(chip.property("moved"))
    # Vastgoed rises to zeer kansrijk under Assen's weights (as the PDF's test reads it).
    assert rows["Vastgoed"][1].text().startswith(OTHER_CLASS) and "zeer kansrijk" in rows["Vastgoed"][1].text()
    # Best first by the shared ranking.
    assert list(rows) == sorted(rows, key=lambda name: next(i.shared.rank for i in comparison.items if i.key == name) or 99)
    # PageUp goes back to the spread (then the matrix); PageDown past the slide's end does nothing more.
    view = window.view
    while view.next_page():
        pass
    assert view.previous_page() and not slide.isVisibleTo(window)


def test_each_chip_has_its_class_colour_and_reads_in_both_themes(qtbot, demo_doc) -> None:  # type: ignore[no-untyped-def]
    window = open_projector(qtbot, demo_doc, Reveal(everything=True))
    tree = interchange.load_tree(demo_doc)
    names = {c.name: rank for rank, c in enumerate(rules_of(tree).ranked)}
    for theme in (style.LIGHT, style.DARK):
        window.set_theme(theme)
        slide = to_weights(window, "scoring")
        assert slide is not None
        chips = [chip for cells in table_rows(slide).values() for chip in cells]
        assert chips
        for chip in chips:
            label = chip.text()[2:] if chip.text()[0] in (HIGHER, LOWER, OTHER_CLASS) else chip.text()
            klass = label.split(" ", 3)[-1]
            background, text = class_palette.colours(names.get(klass))
            palette = chip.palette()
            assert palette.color(chip.backgroundRole()).name().upper() == background.upper(), chip.text()
            assert palette.color(chip.foregroundRole()).name().upper() == text.upper(), chip.text()
            assert class_palette.contrast(text, background) >= 4.5, chip.text()
        window.show_page("OverviewPage")


def test_without_weight_sets_there_is_no_such_slide(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = interchange.create_from_tree(tmp_path / "demo.staan", interchange.demo_tree())
    try:
        window = open_projector(qtbot, doc, Reveal(everything=True))
        assert to_weights(window, "scoring") is None
    finally:
        doc.close()


def test_a_weight_set_typed_while_the_room_looks_shows_at_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.services import edits, queries

    doc = interchange.create_from_tree(tmp_path / "demo.staan", interchange.demo_tree())
    try:
        window = open_projector(qtbot, doc, Reveal(everything=True))
        assert to_weights(window, "scoring") is None
        criterion = queries.criteria(doc)[2].id
        assen = next(m.id for m in queries.municipalities(doc) if m.name == "Assen")
        window.on_changed(edits.set_criterion_weight(doc, criterion_id=criterion, municipality_id=assen, weight=0.0))
        slide = to_weights(window, "scoring")
        assert slide is not None and "Assen" in [label.text() for label in slide.findChildren(QLabel)]
    finally:
        doc.close()


def test_hidden_scores_are_not_on_the_slide_nor_in_its_ranks(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Belastingen scored by two municipalities (hidden until revealed), Inkoop agreed by the
    room: before reveal the slide ranks Inkoop alone; Belastingen comes on it once revealed."""
    tree = blind_tree()
    scores = (d.Score(criterion="draagvlak", municipality="Aa en Hunze", value=SECRET_A),
              d.Score(criterion="draagvlak", municipality="Assen", value=SECRET_B),
              d.Score(criterion="tempo", municipality="Aa en Hunze", value=SECRET_A),
              d.Score(criterion="tempo", municipality="Assen", value=SECRET_B))
    agreed = (d.Score(criterion="draagvlak", value=600), d.Score(criterion="tempo", value=300))
    fields = tuple(tf.model_copy(update={"scores": scores if tf.name == "Belastingen" else agreed if tf.name == "Inkoop" else ()})
                   for tf in tree.task_fields)
    tree = with_sets(tree.model_copy(update={"task_fields": fields}), {"Assen": {0: 0.0}})
    doc = interchange.create_from_tree(tmp_path / "blind.staan", tree)
    try:
        window = open_projector(qtbot, doc)
        slide = to_weights(window, "scoring")
        assert slide is not None
        shown = "\n".join(label.text() for label in slide.findChildren(QLabel))
        assert list(table_rows(slide)) == ["Inkoop"] and "Belastingen" not in shown
        assert not any(secret in shown for secret in (str(SECRET_A), str(SECRET_B), SECRET_MEAN))
        # Nor anywhere in the projector: every text of every widget, hidden ones included.
        everything = "\n".join(all_texts(window))
        assert not any(secret in everything for secret in (str(SECRET_A), str(SECRET_B), SECRET_MEAN))
        assert "verborgen scores tellen niet mee" in shown  # the slide says it compares only what the room may see
        # Inkoop is first among what is shown, whatever Belastingen's hidden scores are.
        assert all(chip.text().startswith("1 · ") for chip in table_rows(slide)["Inkoop"])
        window.set_reveal(Reveal(everything=True))
        slide = to_weights(window, "scoring")
        assert slide is not None and set(table_rows(slide)) == {"Belastingen", "Inkoop"}
    finally:
        doc.close()


@pytest.fixture(scope="module")
def options_doc(tmp_path_factory):  # type: ignore[no-untyped-def]
    tree = with_sets(scored_example(), {"Dinkelland": {6: 0.0}, "Tubbergen": {1: 3.0}, "Oldenzaal": {2: 5.0, 3: 0.0}})
    doc = interchange.create_from_tree(Path(tmp_path_factory.mktemp("weights")) / "verkenning.staan", tree)
    yield doc
    doc.close()


def test_after_the_options_comparison_the_ranking_per_weight_set(qtbot, options_doc) -> None:  # type: ignore[no-untyped-def]
    window = open_projector(qtbot, options_doc)
    slide = to_weights(window, "frame")
    assert slide is not None and isinstance(window.view, ComparisonView)
    tree = interchange.load_tree(options_doc)
    comparison = compare_options(tree)
    classes = tuple(c.key for c in rules_of(tree).ranked)
    rows = all_rows(slide)
    assert set(rows) == {o.name for o in tree.options}
    for item in comparison.items:
        assert [c.text() for c in rows[item.key]] == [expected_text(comparison, item.key, col, classes) for col in range(4)]
    # The option a knock-out excluded has no place under any weights.
    assert all(chip.text().startswith("– · ") for chip in rows["Ambtelijke fusie"])
    # Back: the comparison again, its last part.
    assert window.view.previous_page() and not slide.isVisibleTo(window)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_slide_fits_with_many_municipalities(qtbot, tmp_path: Path, size) -> None:  # type: ignore[no-untyped-def]
    """Seven municipalities with weights of their own: two tables, every label whole and readable."""
    demo = interchange.demo_tree()
    towns = (*demo.municipalities, "Emmen", "Borger-Odoorn", "Westerwolde")
    tree = with_sets(demo.model_copy(update={"municipalities": towns}), {t: {i % 5: 0.0} for i, t in enumerate(towns)})
    doc = interchange.create_from_tree(tmp_path / "many.staan", tree)
    try:
        window = open_projector(qtbot, doc, Reveal(everything=True))
        window.resize(*size)
        slide = to_weights(window, "scoring")
        assert slide is not None
        minimum = minimum_pixels(*size)
        failures, parts = [], []
        while True:
            settle()
            failures += slide_problems(window, minimum)
            parts.append(_tables(slide))
            if not slide.next_page():
                break
        assert not failures, failures[:6]
        # Every task field under every municipality's weights, over the parts and the two tables.
        rows = merged(parts, slide)
        assert len(rows) == len([tf for tf in demo.task_fields if tf.shortlisted])
        assert all(len(cells) == 1 + len(towns) for cells in rows.values())
    finally:
        doc.close()


def test_beyond_25_items_only_what_moves_is_listed_and_the_rest_counted(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """As in the PDF (the rule: ``WeightComparison.listed``): thirty task fields, of which
    Assen's weights leave six where they were."""
    from gui.projector.test_projector_fits import tree as fit_tree

    tree = with_sets(fit_tree(30).model_copy(update={"weight_sets": ()}), {"Assen": {0: 1.5}})
    comparison = compare_task_fields(tree)
    moved = {item.key for item in comparison.items if item.moved_under}
    assert 0 < len(moved) < len(comparison.items) == 30 and {i.key for i in comparison.listed()} == moved
    doc = interchange.create_from_tree(tmp_path / "dertig.staan", tree)
    try:
        window = open_projector(qtbot, doc)
        slide = to_weights(window, "scoring")
        assert slide is not None
        rows = all_rows(slide)
        assert set(rows) == moved
        shown = [label.text() for label in slide.findChildren(QLabel)]
        assert f"De andere {30 - len(moved)} houden onder elke gewichtenset hun klasse en plaats." in shown
    finally:
        doc.close()
