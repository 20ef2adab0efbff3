"""Rangorde per gewichtenset in Word: the same tables as the PDF's, read back with python-docx and
compared cell by cell with the text of the PDF's tagged tables (``Table`` > ``TR`` > ``TH``/``TD``
in the structure tree, each cell's marked content): the same rows in the same order, the header
row repeated on every page (``w:tblHeader``) and only that one, what moves in bold, and the
weights listed under each."""

from __future__ import annotations

import io
from typing import Any

import docx
import pikepdf
from reports.pdf_helpers import squash
from reports.test_weight_sets_pdf import with_sets

from staan_desktop.domain import document as d
from staan_desktop.domain.weight_sets import compare_options, compare_task_fields
from staan_desktop.reports.docx.renderer import WordInfo, render_docx
from staan_desktop.reports.pdf import RenderOptions, render_pdf
from staan_desktop.reports.pdf.conformance import _marked_text
from staan_desktop.resources import resource_path
from staan_desktop.services.interchange import read_json_file

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEAD = "Gedeelde gewichten"


def pdf_tables(data: bytes) -> list[list[list[str]]]:
    """Every tagged table of the PDF: its rows (``TR``), each a list of its cells' texts."""
    marked = _marked_text(data)
    tables: list[list[list[str]]] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pages = {page.obj.objgen: number for number, page in enumerate(pdf.pages, 1)}

        def kids(k: Any) -> list[Any]:
            return list(k) if isinstance(k, pikepdf.Array) else [] if k is None else [k]

        def text(element: Any, page: int | None) -> str:
            page = pages.get(element.Pg.objgen, page) if "/Pg" in element else page
            parts = []
            for kid in kids(element.get("/K")):
                if isinstance(kid, int):
                    parts.append(marked.get(page or 0, {}).get(int(kid), ""))
                elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == pikepdf.Name.MCR:
                    parts.append(marked.get(pages[kid.Pg.objgen], {}).get(int(kid.MCID), ""))
                elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    parts.append(text(kid, page))
            return "".join(parts)

        def walk(element: Any, page: int | None) -> None:
            for kid in kids(element.get("/K")):
                if not isinstance(kid, pikepdf.Dictionary) or "/S" not in kid:
                    continue
                here = pages.get(kid.Pg.objgen, page) if "/Pg" in kid else page
                if kid.S == pikepdf.Name("/Table"):
                    rows = [tr for tr in kids(kid.get("/K")) if isinstance(tr, pikepdf.Dictionary) and tr.get("/S") == pikepdf.Name("/TR")]
                    tables.append([[text(cell, here) for cell in kids(tr.get("/K")) if isinstance(cell, pikepdf.Dictionary)]
                                   for tr in rows])
                else:
                    walk(kid, here)

        walk(pdf.Root.StructTreeRoot, None)
    return tables


def weight_tables_of_pdf(data: bytes) -> list[list[list[str]]]:
    return [[[squash(c) for c in row] for row in table] for table in pdf_tables(data) if table and squash(HEAD) in map(squash, table[0])]


def weight_tables_of_word(data: bytes) -> list[Any]:
    document = docx.Document(io.BytesIO(data))
    return [t for t in document.tables if HEAD in [c.text for c in t.rows[0].cells]]


def texts(table: Any) -> list[list[str]]:
    return [[squash(cell.text) for cell in row.cells] for row in table.rows]


def render_both(tree: d.Trajectory) -> tuple[bytes, bytes]:
    options = RenderOptions(reproducible=True)
    return render_pdf(tree, options), render_docx(tree, options, info=WordInfo("het concept", "0" * 64))


def demo_with_five_sets(demo: d.Trajectory) -> d.Trajectory:
    """Five municipalities weigh the criteria their own way: two tables (four sets, then one)."""
    scores = d.Section(title="Scores", blocks=(d.Block(kind=d.BlockKind.SCORES),))
    towns = (*demo.municipalities, "Emmen")
    tree = demo.model_copy(update={"sections": (*demo.sections, scores), "municipalities": towns})
    return with_sets(tree, {"Aa en Hunze": {0: 3.0}, "Assen": {2: 0.0, 3: 0.0, 4: 0.0}, "Noordenveld": {1: 0.5},
                            "Tynaarlo": {0: 3.0, 4: 0.0}, "Emmen": {3: 4.0}})


def test_word_has_the_pdfs_tables_of_the_task_fields(demo: d.Trajectory) -> None:
    tree = demo_with_five_sets(demo)
    pdf, word = render_both(tree)
    in_pdf, in_word = weight_tables_of_pdf(pdf), weight_tables_of_word(word)
    assert len(in_pdf) == len(in_word) == 2  # four municipalities, then the fifth
    assert [texts(t) for t in in_word] == in_pdf
    comparison = compare_task_fields(tree)
    # The rows are every short-listed task field in the document's order, under its header row.
    assert [row[0] for row in in_pdf[0][1:]] == [squash(item.key) for item in comparison.items]
    assert in_pdf[0][0] == [squash(x) for x in ("Taakveld", HEAD, "Aa en Hunze", "Assen", "Noordenveld", "Tynaarlo")]
    assert in_pdf[1][0] == [squash(x) for x in ("Taakveld", HEAD, "Emmen")]
    for table in in_word:
        # The header row repeats on every page and is the only one that does.
        marks = [row._tr.trPr is not None and row._tr.trPr.find(f"{W}tblHeader") is not None for row in table.rows]
        assert marks == [True] + [False] * (len(table.rows) - 1)
    # What a municipality's weights move is bold in Word, as in the PDF; nothing else is.
    first = in_word[0]
    for r, item in enumerate(comparison.items, 1):
        for c in range(4):
            runs = [run for p in first.rows[r].cells[2 + c].paragraphs for run in p.runs if run.text.strip()]
            assert all(bool(run.bold) == item.moved(c) for run in runs), (item.key, comparison.sets[c])
    assert any(item.moved(1) for item in comparison.items)  # Assen's weights move something
    # The weights under the tables, as in the PDF.
    paragraphs = [p.text for p in docx.Document(io.BytesIO(word)).paragraphs]
    note = next(p for p in paragraphs if p.startswith("Per gemeente met eigen gewichten"))
    assert "Emmen: draagvlak achterban 4 (gedeeld 1)" in note


def test_word_has_the_pdfs_table_of_the_options() -> None:
    example = read_json_file(resource_path("examples/verkenning-noaberkracht.json"))
    scored = example.model_copy(update={"options": tuple(
        o.model_copy(update={"scores": tuple(d.Score(criterion=c.name, value=1 + (i * 3 + j) % 5) for j, c in enumerate(example.criteria))})
        for i, o in enumerate(example.options))})
    tree = with_sets(scored, {"Dinkelland": {6: 0.0}, "Tubbergen": {1: 2.0}, "Oldenzaal": {2: 5.0}})
    pdf, word = render_both(tree)
    in_pdf, in_word = weight_tables_of_pdf(pdf), weight_tables_of_word(word)
    assert len(in_pdf) == len(in_word) == 1
    assert texts(in_word[0]) == in_pdf[0]
    assert [row[0] for row in in_pdf[0][1:]] == [squash(item.key) for item in compare_options(tree).items]
    assert in_pdf[0][0][0] == "Optie"


def test_without_own_weights_neither_has_the_table(demo: d.Trajectory) -> None:
    pdf, word = render_both(demo_with_five_sets(demo).model_copy(update={"weight_sets": ()}))
    assert weight_tables_of_pdf(pdf) == [] and weight_tables_of_word(word) == []
