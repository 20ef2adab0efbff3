"""The dot plot of the spread per municipality, one chart for task fields and options: in the
PDF as a tagged Figure whose alternative text says what it shows, in the Word export as a
picture with the same text, with each municipality's own marker drawn (not only the lines)."""

from __future__ import annotations

import io

import docx
import pikepdf
from PIL import Image
from reports.pdf_helpers import pdf_text, squash

from staan_desktop.domain import class_palette
from staan_desktop.domain import document as d
from staan_desktop.domain.spread import SpreadRow, spread_rows
from staan_desktop.reports.docx.raster import drawing_png
from staan_desktop.reports.docx.renderer import WordInfo, render_docx
from staan_desktop.reports.pdf import RenderOptions, render_pdf
from staan_desktop.reports.pdf.spread_chart import MAX_HEIGHT, spread_alt, spread_chart, spread_figures

TOWNS = ("Assen", "Tynaarlo", "Noordenveld")


def tree() -> d.Trajectory:
    criteria = (d.Criterion(name="draagvlak"), d.Criterion(name="tempo"))

    def scores(own: dict[str, tuple[int, int]], agreed: tuple[int, int] | None = None) -> tuple[d.Score, ...]:
        out = [d.Score(criterion=c, municipality=m, value=v) for m, pair in own.items() for c, v in zip(("draagvlak", "tempo"), pair)]
        if agreed:
            out += [d.Score(criterion=c, value=v) for c, v in zip(("draagvlak", "tempo"), agreed)]
        return tuple(out)

    return d.Trajectory(
        trajectory=d.TrajectoryInfo(title="Spreiding"),
        municipalities=TOWNS,
        criteria=criteria,
        classes=(d.ClassDef(key="k", name="kansrijk", min_ratio=0.5),),
        sections=(d.Section(title="Scores", blocks=(d.Block(kind=d.BlockKind.SCORES),)),),
        task_fields=(
            d.TaskField(name="Inkoop", shortlisted=True, scores=scores({"Assen": (1, 1), "Tynaarlo": (5, 5)})),
            d.TaskField(name="Belastingen", shortlisted=True, scores=scores({"Assen": (5, 5)}, agreed=(4, 4))),
            d.TaskField(name="ICT", shortlisted=True, scores=scores({}, agreed=(2, 2))),
        ),
    )


def test_rows_are_sorted_by_the_score_that_counts_with_each_municipalitys_own() -> None:
    t = tree()
    rows = spread_rows(t, ((tf, r, False) for tf, r in zip(t.task_fields, (0.5, 0.75, 0.25))))
    assert [r.name for r in rows] == ["Belastingen", "Inkoop", "ICT"]
    assert rows[1].own == (0.0, 1.0, None)  # Assen 1/1 → 0 %, Tynaarlo 5/5 → 100 %, Noordenveld nothing
    assert rows[0].own == (1.0, None, None) and rows[2].own == (None, None, None)


def test_the_pdf_shows_the_task_fields_spread_as_a_figure_with_alternative_text() -> None:
    data = render_pdf(tree(), RenderOptions(reproducible=True))
    text = squash("".join(pdf_text(data)))
    assert squash("Spreiding per gemeente") in text and squash("Per taakveld de gewogen score") in text
    with pikepdf.open(io.BytesIO(data)) as pdf:
        alts = [str(k.Alt) for k in _figures(pdf)]
    dots = [a for a in alts if a.startswith("Stippendiagram")]
    assert len(dots) == 1
    # In the chart's order, best first: Belastingen counts 75 %, Inkoop 50 %, ICT 25 %.
    assert dots[0].index("Belastingen: telt mee 75%") < dots[0].index("Inkoop: telt mee 50%") < dots[0].index("ICT")
    assert "Inkoop: telt mee 50%; Assen 0%, Tynaarlo 100%, Noordenveld geen score" in dots[0]


def test_no_spread_chart_when_only_agreed_scores() -> None:
    t = tree()
    agreed = tuple(tf.model_copy(update={"scores": tuple(s for s in tf.scores if s.municipality is None)}) for tf in t.task_fields)
    text = squash("".join(pdf_text(render_pdf(t.model_copy(update={"task_fields": agreed}), RenderOptions(reproducible=True)))))
    assert squash("Spreiding per gemeente") not in text


def test_word_shows_the_dot_plot_with_its_markers() -> None:
    data = render_docx(tree(), RenderOptions(), info=WordInfo(version_label="concept", fingerprint="ab" * 32, author="x"))
    document = docx.Document(io.BytesIO(data))
    ns = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
    descrs = [p.get("descr") for p in document.element.body.iter(ns)]
    assert any(x.startswith("Stippendiagram") for x in descrs)
    # The markers are painted: each municipality's colour is in the picture.
    rows = spread_rows(tree(), ((tf, 0.5, False) for tf in tree().task_fields))
    image = Image.open(io.BytesIO(drawing_png(spread_chart(TOWNS, rows, 400))))
    found = {image.getpixel((x, y)) for x in range(0, image.width, 2) for y in range(0, image.height, 2)}
    for index in range(2):
        colour = class_palette.series(index)[0]
        rgb = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
        assert rgb in found, colour


def test_each_municipality_has_its_own_colour_and_shape() -> None:
    pairs = [class_palette.series(i) for i in range(30)]
    assert len(set(pairs)) == 30
    assert len({shape for _c, shape in pairs[:5]}) == 5
    # Every colour reads on white (the legend's text is not coloured, the markers are).
    assert all(class_palette.contrast(colour, "#FFFFFF") >= 2.0 for colour in class_palette.SERIES_COLOURS)
    assert "Stippendiagram van de gewogen score per optie" in spread_alt(TOWNS, [], "optie")


def _figures(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    found = []

    def walk(k: object) -> None:
        for kid in (list(k) if isinstance(k, pikepdf.Array) else [k]):
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                if kid.S == pikepdf.Name.Figure:
                    found.append(kid)
                walk(kid.get("/K"))

    walk(pdf.Root.StructTreeRoot.K)
    return found


def test_a_long_list_is_drawn_in_parts_that_each_fit_a_page() -> None:
    """500 task fields and 50 municipalities: one drawing would be thousands of points tall,
    which ReportLab cannot place on a page."""
    towns = tuple(f"Gemeente {i}" for i in range(50))
    rows = [SpreadRow(name=f"Taakveld {i}", counted=i / 500, own=tuple(0.5 for _ in towns), excluded=False)
            for i in range(500)]
    parts = spread_figures(towns, rows, 450, "taakveld", 36)
    assert len(parts) > 1
    assert all(drawing.height <= MAX_HEIGHT for drawing, _ in parts)
    assert sum(alt.count("Taakveld ") for _, alt in parts) == 500
