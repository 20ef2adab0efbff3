"""The score chart: one drawing for PDF and SVG, bars labelled with their class."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Group, Rect, String

from staan_desktop.domain import document as d
from staan_desktop.reports.pdf.charts import chart_rows, score_chart, score_chart_pages, score_chart_svg
from staan_desktop.reports.scoring import classify_tree


def _strings(drawing: Drawing) -> list[str]:
    out: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, String):
            out.append(node.text)
        elif isinstance(node, (Group, Drawing)):
            for child in node.contents:
                walk(child)

    walk(drawing)
    return out


def test_every_shortlisted_task_field_has_a_labelled_bar(demo: d.Trajectory) -> None:
    drawing = score_chart(demo)
    strings = _strings(drawing)
    results = classify_tree(demo)
    assert len(results) == 13
    for result in results:
        assert result.task_field.name in strings
        label = f"{round(result.outcome.ratio * 100)}% · {result.outcome.label}"
        assert label in strings  # the class is written out, not only coloured
    bars = [n for n in drawing.contents if isinstance(n, Rect) and n.height > 8]
    assert len(bars) == 13


def test_rows_are_ordered_by_class_then_score(demo: d.Trajectory) -> None:
    rows = chart_rows(demo)
    order = {c.name: i for i, c in enumerate(demo.classes)}
    keys = [(order[r.label], -(r.ratio or 0)) for r in rows]
    assert keys == sorted(keys)
    assert rows[0].name == "Belastingen"


def test_svg_is_the_same_drawing(demo: d.Trajectory) -> None:
    svg = score_chart_svg(demo)
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    for result in classify_tree(demo):
        assert escape(result.task_field.name) in svg
    assert "zeer kansrijk" in svg
    assert "font-family: 'DejaVu Sans'" in svg


def test_long_lists_are_cut_into_page_sized_drawings(large: d.Trajectory) -> None:
    drawings = score_chart_pages(large, rows_per_drawing=40)
    assert len(drawings) == 13  # 500 task fields
    assert all(dr.height < 700 for dr in drawings)
    legend = [s for s in _strings(drawings[-1]) if "(vanaf" in s]
    assert legend and not [s for s in _strings(drawings[0]) if "(vanaf" in s]


def test_no_scores_no_bars(demo: d.Trajectory) -> None:
    empty = demo.model_copy(update={"task_fields": ()})
    assert "Nog geen gescoorde taakvelden" in _strings(score_chart(empty))
