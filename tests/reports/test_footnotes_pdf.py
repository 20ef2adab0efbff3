"""Footnotes at the foot of the page that refers to them (reports/pdf/footnotes.py): on the
page of their mark, below everything else on it, each once, tagged ``Note`` with a ``Lbl`` and
an ID, and after the page's content in the structure (so the reading order stays the page's)."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pikepdf
import pypdf
import pytest
from reports.pdf_helpers import poppler

from staan_desktop.domain import document as d
from staan_desktop.reports.pdf import RenderOptions, render_pdf
from staan_desktop.reports.pdf.conformance import check_pdf, report_text
from staan_desktop.reports.pdf.text import superscript
from staan_desktop.resources import resource_path
from staan_desktop.services.interchange import read_json_file

SUPERSCRIPTS = "".join(superscript(n) for n in range(10))
WORDS = ("De gemeenten werken samen aan de dienstverlening en spreken af hoe zij kosten, kwaliteit en "
         "kwetsbaarheid wegen; de stuurgroep besluit over elk voorstel na advies van de eigenaren. ")


def _page_texts(data: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    out = subprocess.run([poppler("pdftotext"), "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True)
    return out.stdout.decode().split("\f")


def _mark_pages(pages: list[str]) -> dict[int, int]:
    """Note number → the page (from 1) where its mark follows a word. Marks come in number
    order, so a run such as "¹²" is read as the next numbers (1, then 2); a run that is not
    the next number (a header row repeated on a new page) is not a new mark."""
    found: dict[int, int] = {}
    expected = 1
    pattern = re.compile(rf"(?<=[^\s{SUPERSCRIPTS}])([{SUPERSCRIPTS}]+)")
    for number, text in enumerate(pages, 1):
        for match in pattern.finditer(text):
            digits = match.group(1).translate(str.maketrans(SUPERSCRIPTS, "0123456789"))
            while digits.startswith(str(expected)):
                found[expected] = number
                digits = digits[len(str(expected)):]
                expected += 1
    return found


def _heights(data: bytes) -> dict[int, dict[int, tuple[float, float]]]:
    """Per page, the lowest and highest baseline of each marked-content id's text."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return {number: _page_heights(page) for number, page in enumerate(reader.pages, 1)}


def _page_heights(page: pypdf.PageObject) -> dict[int, tuple[float, float]]:
    stack: list[int | None] = []
    spans: dict[int, tuple[float, float]] = {}

    def before(op: bytes, args: list[object], cm: object, tm: object) -> None:
        if op == b"BDC":
            props = args[1]
            mcid = props.get("/MCID") if hasattr(props, "get") else None
            stack.append(int(mcid) if mcid is not None else None)
        elif op == b"BMC":
            stack.append(None)
        elif op == b"EMC" and stack:
            stack.pop()

    def text(t: str, cm: list[float], tm: list[float], font: object, size: object) -> None:
        mcid = next((m for m in reversed(stack) if m is not None), None)
        if mcid is None or not t.strip():
            return
        y = tm[5] * cm[3] + cm[5]
        low, high = spans.get(mcid, (y, y))
        spans[mcid] = (min(low, y), max(high, y))

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return spans


def _notes(data: bytes) -> list[tuple[int, str, int, list[int], list[str]]]:
    """Each ``Note``: number, ID, page, its MCIDs on that page, and the tags of its kids."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pages = {p.obj.objgen: i for i, p in enumerate(pdf.pages, 1)}
        found = []

        def walk(k: object) -> None:
            for kid in (list(k) if isinstance(k, pikepdf.Array) else [k]):
                if not isinstance(kid, pikepdf.Dictionary) or "/S" not in kid:
                    continue
                if kid.S == "/Note":
                    page = pages[kid.Pg.objgen]
                    kids = list(kid.K) if isinstance(kid.K, pikepdf.Array) else [kid.K]
                    mcids = [int(x) for x in kids if isinstance(x, int)]
                    tags = [str(x.S) for x in kids if isinstance(x, pikepdf.Dictionary) and "/S" in x]
                    for label in (x for x in kids if isinstance(x, pikepdf.Dictionary) and "/S" in x):
                        mcids += [int(m) for m in label.K]
                    ident = str(kid.ID)
                    found.append((int(ident.rsplit("-", 1)[1]), ident, page, mcids, tags))
                walk(kid.get("/K"))

        walk(pdf.Root.StructTreeRoot.K)
    return found


def assert_notes_at_the_foot(data: bytes, tmp_path: Path) -> int:
    notes = _notes(data)
    marks = _mark_pages(_page_texts(data, tmp_path))
    heights = _heights(data)
    numbers = [n for n, *_ in notes]
    assert sorted(numbers) == numbers == list(range(1, len(notes) + 1))  # each once, in order
    for number, ident, page, mcids, tags in notes:
        assert ident == f"voetnoot-{number}" and tags == ["/Lbl"]
        assert marks.get(number) == page, f"note {number} on page {page}, its mark on page {marks.get(number)}"
        note_top = max(heights[page][m][1] for m in mcids)
        others = [low for m, (low, _) in heights[page].items()
                  if m not in {x for _, _, p, ms, _ in notes if p == page for x in ms}]
        assert others and note_top < min(others), f"note {number} is not below the text of page {page}"
    return len(notes)


def test_the_demo_s_notes_stand_at_the_foot_of_the_page_of_their_mark(demo: d.Trajectory, tmp_path: Path) -> None:
    data = render_pdf(demo, RenderOptions(reproducible=True))
    assert assert_notes_at_the_foot(data, tmp_path) == 6


def _with_notes(section: d.Section) -> d.Section:
    """Every text block of ``section`` with a footnote after its first sentence."""
    blocks = tuple(b.model_copy(update={"text": re.sub(r"\.(\s)", r".[^Toelichting bij deze zin.]\1", b.text, count=1)})
                   if b.kind == d.BlockKind.TEXT else b for b in section.blocks)
    return section.model_copy(update={"blocks": blocks, "children": tuple(_with_notes(c) for c in section.children)})


@pytest.mark.parametrize("name", ["verkenning-noaberkracht", "startgesprek-bel"])
def test_the_examples_with_notes_in_their_text(name: str, tmp_path: Path) -> None:
    """The examples have no footnotes of their own: one is added to each text block."""
    tree = read_json_file(resource_path(f"examples/{name}.json"))
    tree = tree.model_copy(update={"sections": tuple(_with_notes(s) for s in tree.sections)})
    data = render_pdf(tree)
    assert assert_notes_at_the_foot(data, tmp_path) >= 5


def test_many_notes_and_paragraphs_that_cross_pages(tmp_path: Path) -> None:
    """Notes everywhere: one per paragraph, two adjacent marks, long paragraphs split over
    pages with marks in both parts, bullets with notes. Each note on its mark's page, below
    the text, once; the document still passes every check."""
    paragraphs = []
    for i in range(40):
        body = (WORDS * (1 + i % 7)).rstrip()
        if i % 5 == 0:
            paragraphs.append(f"{body}[^Eerste noot bij alinea {i}.][^Tweede noot, direct erna.] {WORDS}")
        elif i % 7 == 6:
            half = len(body) // 2
            paragraphs.append(f"{body[:half]}[^Noot midden in alinea {i}.]{body[half:]}[^Noot aan het eind.]")
        else:
            paragraphs.append(f"{body}[^Noot bij alinea {i}: {WORDS * (i % 3)}]")
    paragraphs.append("- een punt met een noot[^Noot bij een opsomming.]\n- nog een punt")
    tree = d.Trajectory(trajectory=d.TrajectoryInfo(title="Voetnoten"), sections=(
        d.Section(title="Veel voetnoten", blocks=(d.Block(text="\n\n".join(paragraphs)),)),))
    data = render_pdf(tree)
    assert assert_notes_at_the_foot(data, tmp_path) == sum(p.count("[^") for p in paragraphs)
    results = check_pdf(data)
    assert [r for r in results if not r.passed] == [], report_text(results)


def test_a_typed_superscript_is_not_taken_for_a_mark(tmp_path: Path) -> None:
    """"400 m²" on one page and the mark of note 2 pages later: the note goes with its mark."""
    text = "\n\n".join([
        "De eerste alinea.[^Noot een.]",
        "De hal van het gemeentehuis meet 400 m² en blijft in gebruik.",
        *[WORDS * 3] * 12,
        "Zie de kerngetallen[^Noot twee.] van elke gemeente.",
    ])
    tree = d.Trajectory(trajectory=d.TrajectoryInfo(title="Voetnoten"), sections=(
        d.Section(title="Een getypte m²", blocks=(d.Block(text=text),)),))
    data = render_pdf(tree)
    pages = _page_texts(data, tmp_path)
    [(_, _, page, _, _)] = [note for note in _notes(data) if note[0] == 2]
    assert "kerngetallen²" in pages[page - 1]
    assert "m²" not in pages[page - 1]
