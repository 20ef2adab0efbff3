"""Rangorde per gewichtenset in the PDF: printed under the scores and under the options'
comparison only when a municipality has weights of its own, tagged as a table, read back with
pdftotext, and the conformance checks still pass."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pikepdf
import pytest
from reports.pdf_helpers import pdf_text, poppler, squash

from staan_desktop.domain import document as d
from staan_desktop.reports.pdf import RenderOptions, render_pdf
from staan_desktop.reports.pdf.conformance import check_pdf, report_text
from staan_desktop.resources import resource_path
from staan_desktop.services.interchange import read_json_file

READING_ORDER = "Leesvolgorde pdftotext gelijk aan de structuur"


def with_sets(tree: d.Trajectory, sets: dict[str, dict[int, float]]) -> d.Trajectory:
    names = [c.name for c in tree.criteria]
    return tree.model_copy(update={"weight_sets": tuple(
        d.WeightSet(municipality=m, weights=tuple(d.CriterionWeight(criterion=names[i], weight=w) for i, w in own.items()))
        for m, own in sets.items())})


def text_of(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "uit.pdf"
    path.write_bytes(data)
    return subprocess.run([poppler("pdftotext"), str(path), "-"], check=True, capture_output=True, text=True).stdout


def tables(data: bytes) -> int:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        count = 0

        def walk(k: object) -> None:
            nonlocal count
            for kid in (list(k) if isinstance(k, pikepdf.Array) else [k]):
                if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    count += kid.S == pikepdf.Name("/Table")
                    walk(kid.get("/K"))

        walk(pdf.Root.StructTreeRoot.K)
        return count


def test_the_demo_prints_the_table_only_with_weight_sets(demo: d.Trajectory, tmp_path: Path) -> None:
    # The chapter of the scores alone: the rest of the demo has a table poppler reads out of order.
    scores = d.Section(title="Scores", blocks=(d.Block(kind=d.BlockKind.SCORES),))
    plain = demo.model_copy(update={"sections": (scores,)})
    weighted = with_sets(plain, {"Assen": {0: 3.0, 4: 0.0}, "Tynaarlo": {3: 2.5}})
    without, with_ = render_pdf(plain, RenderOptions(reproducible=True)), render_pdf(weighted, RenderOptions(reproducible=True))
    assert "Rangorde per gewichtenset" not in text_of(without, tmp_path)
    unscored = with_sets(plain.model_copy(update={"task_fields": tuple(
        tf.model_copy(update={"scores": ()}) for tf in plain.task_fields)}), {"Assen": {0: 3.0}})
    assert "Rangorde per gewichtenset" not in text_of(render_pdf(unscored, RenderOptions(reproducible=True)), tmp_path)
    text = squash(text_of(with_, tmp_path))
    assert squash("Rangorde per gewichtenset") in text
    assert squash("Gedeelde gewichten") in text
    assert squash("Eigen gewichten: Assen: gedeeld ambitieniveau 3 (gedeeld 1), binnen 2 jaar te effectueren 0 (gedeeld 1); "
                  "Tynaarlo: draagvlak achterban 2,5 (gedeeld 1).") in text
    # One more table in the structure tree, where it is printed.
    assert tables(with_) == tables(without) + 1
    results = check_pdf(with_)
    assert [r for r in results if not r.passed] == [], report_text(results)  # the reading order included


def test_the_verkenning_with_weight_sets_passes_every_check(tmp_path: Path) -> None:
    example = read_json_file(resource_path("examples/verkenning-noaberkracht.json"))
    # The example leaves the options unscored; agreed scores that differ per criterion.
    verkenning = example.model_copy(update={"options": tuple(
        o.model_copy(update={"scores": tuple(d.Score(criterion=c.name, value=1 + (i * 3 + j) % 5) for j, c in enumerate(example.criteria))})
        for i, o in enumerate(example.options))})
    # Oldenzaal weighs efficiency heavily, Dinkelland gives bestuurlijke slagkracht no weight.
    weighted = with_sets(verkenning, {"Dinkelland": {6: 0.0}, "Tubbergen": {1: 2.0}, "Oldenzaal": {2: 5.0}})
    data = render_pdf(weighted, RenderOptions(reproducible=True))
    text = squash(text_of(data, tmp_path))
    assert squash("Rangorde per gewichtenset") in text
    # The header reads in its order: the shared result, then each municipality.
    assert squash("Rangorde per gewichtenset Gedeelde gewichten Dinkelland Tubbergen Oldenzaal") in text
    for name in ("Dinkelland", "Tubbergen", "Oldenzaal"):
        assert squash(f"{name}:") in text
    # The same checks pass as without weight sets; the one that does not (poppler's order of the
    # key figures' source column, an appendix after the options) fails there on the same words.
    results = check_pdf(data)
    plain = check_pdf(render_pdf(verkenning, RenderOptions(reproducible=True)))
    assert [r.name for r in results if not r.passed] == [r.name for r in plain if not r.passed], report_text(results)
    assert {r.name for r in results if not r.passed} <= {READING_ORDER}
    # On the same words: the page number moves with the weight-set table the options chapter gains.
    assert [r.detail.split(":", 1)[1] for r in results if not r.passed] == [r.detail.split(":", 1)[1] for r in plain if not r.passed]


@pytest.mark.parametrize("count", [5])
def test_many_weight_sets_continue_in_a_further_table(demo: d.Trajectory, count: int, tmp_path: Path) -> None:
    scores = d.Section(title="Scores", blocks=(d.Block(kind=d.BlockKind.SCORES),))
    municipalities = (*demo.municipalities, "Emmen")
    plain = demo.model_copy(update={"sections": (*demo.sections, scores), "municipalities": municipalities})
    weighted = with_sets(plain, {m: {0: 2.0} for m in municipalities[:count]})
    assert tables(render_pdf(weighted, RenderOptions(reproducible=True))) == tables(render_pdf(plain, RenderOptions(reproducible=True))) + 2


def test_without_a_scores_block_the_table_follows_the_classification_once(demo: d.Trajectory, tmp_path: Path) -> None:
    """The STAAN startdocument prints the classification, not the scores: the table comes there,
    and only once when a chapter prints both."""
    weighted = with_sets(demo, {"Assen": {2: 0.0, 3: 0.0, 4: 0.0}})
    data = render_pdf(weighted, RenderOptions(reproducible=True))
    assert text_of(data, tmp_path).count("Rangorde per gewichtenset") == 1
    # Under Assen's weights Vastgoed reaches zeer kansrijk (4, 4 on the two criteria left: 0.75);
    # read in drawing order, row by row.
    assert squash("Vastgoed 8 · kansrijk 8 · zeer kansrijk") in squash("".join(pdf_text(data)))
    scores = d.Section(title="Scores", blocks=(d.Block(kind=d.BlockKind.SCORES),))
    both = weighted.model_copy(update={"sections": (*weighted.sections, scores)})
    assert text_of(render_pdf(both, RenderOptions(reproducible=True)), tmp_path).count("Rangorde per gewichtenset") == 1


def test_a_long_list_prints_only_what_moves(large: d.Trajectory, tmp_path: Path) -> None:
    """500 task fields: only those some municipality's weights move are listed, the others counted."""
    scores = d.Section(title="Scores", blocks=(d.Block(kind=d.BlockKind.CLASSIFICATION),))
    tree = with_sets(large.model_copy(update={"sections": (scores,)}), {large.municipalities[0]: {0: 0.0}})
    from staan_desktop.domain.weight_sets import compare_task_fields

    comparison = compare_task_fields(tree)
    moved = [item.key for item in comparison.items if item.moved_under]
    assert 0 < len(moved) < len(comparison.items)
    text = squash("".join(pdf_text(render_pdf(tree, RenderOptions(reproducible=True)))))
    assert squash(f"De andere {len(comparison.items) - len(moved)} houden onder elke gewichtenset hun klasse en plaats.") in text
    still = next(item.key for item in comparison.items if not item.moved_under)
    table = text[text.index(squash("Rangorde per gewichtenset")):]
    assert squash(moved[0]) in table and squash(moved[-1]) in table and squash(still) not in table
