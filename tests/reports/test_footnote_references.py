"""A footnote's mark in the text is a ``Reference`` element of its own (reports/pdf/references.py):
inside its paragraph (or cell, or list body), between the paragraph's content before and after
it, with its own marked content (the superscript number), and its ``/Ref`` leading to the
``Note``. The conformance check of notes and references fails when either side is missing, and
the content check fails when marked content and a text object do not nest apart."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reports.pdf_helpers import words_with_boxes

from staan_desktop.domain import document as d
from staan_desktop.reports.docx.renderer import WordInfo, render_docx
from staan_desktop.reports.pdf import RenderOptions, render_pdf
from staan_desktop.reports.pdf.conformance import _marked_text, check_pdf, report_text
from staan_desktop.reports.pdf.text import superscript
from staan_desktop.resources import resource_path
from staan_desktop.services.interchange import read_json_file

NOTES = "Voetnoten met verwijzing"
CONTENT = "Alle inhoud getagd of artefact"
READING_ORDER = "Leesvolgorde pdftotext gelijk aan de structuur"
WORDS = ("De gemeenten werken samen aan de dienstverlening en spreken af hoe zij kosten, kwaliteit en "
         "kwetsbaarheid wegen; de stuurgroep besluit over elk voorstel na advies van de eigenaren. ")


@dataclass(frozen=True)
class Reference:
    target: str  # the ID of the element its /Ref leads to
    parent: str  # the tag of the element it stands in
    text: str  # the text of its own marked content
    before: str  # the parent's text before it (its content and elements, in order)
    after: str  # … and after it


def references(data: bytes) -> list[Reference]:
    marked = _marked_text(data)
    found: list[Reference] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pages = {p.obj.objgen: i for i, p in enumerate(pdf.pages, 1)}

        def text_of(kid: object, page: int | None) -> str:
            if isinstance(kid, int):
                return marked.get(page or 0, {}).get(int(kid), "")
            if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == pikepdf.Name.MCR:
                return marked.get(pages[kid.Pg.objgen], {}).get(int(kid.MCID), "")
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                own = pages[kid.Pg.objgen] if "/Pg" in kid else page
                return "".join(text_of(k, own) for k in kids(kid))
            return ""

        def walk(elem: pikepdf.Dictionary, page: int | None) -> None:
            page = pages[elem.Pg.objgen] if "/Pg" in elem else page
            children = kids(elem)
            for i, kid in enumerate(children):
                if not isinstance(kid, pikepdf.Dictionary) or "/S" not in kid:
                    continue
                if kid.S == "/Reference":
                    found.append(Reference(
                        target=str(kid.Ref[0].ID) if "/Ref" in kid else "",
                        parent=str(elem.S)[1:], text=text_of(kid, page),
                        before="".join(text_of(k, page) for k in children[:i]),
                        after="".join(text_of(k, page) for k in children[i + 1:])))
                walk(kid, page)

        walk(pdf.Root.StructTreeRoot.K, None)
    return found


def kids(elem: pikepdf.Dictionary) -> list[object]:
    k = elem.get("/K")
    return list(k) if isinstance(k, pikepdf.Array) else ([] if k is None else [k])


def note_ids(data: bytes) -> list[str]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        out = []

        def walk(k: object) -> None:
            for kid in (list(k) if isinstance(k, pikepdf.Array) else [k]):
                if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    if kid.S == "/Note":
                        out.append(str(kid.ID))
                    walk(kid.get("/K"))

        walk(pdf.Root.StructTreeRoot.K)
    return out


def assert_each_mark_a_reference(data: bytes) -> list[Reference]:
    """One ``Reference`` per note, in note order, its content the superscript number, right
    behind a word of its parent's text, its /Ref leading to that note."""
    found = references(data)
    ids = note_ids(data)
    assert ids and [r.target for r in found] == ids == [f"voetnoot-{n}" for n in range(1, len(ids) + 1)]
    for number, ref in enumerate(found, 1):
        assert ref.text == superscript(number), ref
        assert ref.parent in ("P", "TD", "TH", "LBody", "H1", "H2", "H3"), ref
        assert re.search(r"\S$", ref.before), ref  # the word it was put after, then the mark
    results = {r.name: r for r in check_pdf(data)}
    assert results[NOTES].passed and results[CONTENT].passed, report_text(list(results.values()))
    return found


@pytest.fixture(scope="module")
def demo_pdf(demo: d.Trajectory) -> bytes:
    return render_pdf(demo, RenderOptions(reproducible=True))


def test_the_demo_s_marks_are_references_to_their_notes(demo_pdf: bytes) -> None:
    found = assert_each_mark_a_reference(demo_pdf)
    assert len(found) == 6
    # In a table cell: the cell's text before the mark, the mark, nothing after it.
    assert found[0].parent == "TH" and found[0].before == "kansrijk" and found[0].after.strip() == ""
    # In a list item's body, mid-sentence.
    assert any(r.parent == "LBody" for r in found)


def _with_notes(section: d.Section) -> d.Section:
    """Every text block of ``section`` with a footnote after its first sentence."""
    blocks = tuple(b.model_copy(update={"text": re.sub(r"\.(\s)", r".[^Toelichting bij deze zin.]\1", b.text, count=1)})
                   if b.kind == d.BlockKind.TEXT else b for b in section.blocks)
    return section.model_copy(update={"blocks": blocks, "children": tuple(_with_notes(c) for c in section.children)})


@pytest.mark.parametrize("name", ["verkenning-noaberkracht", "startgesprek-bel"])
def test_the_examples_marks_are_references(name: str) -> None:
    tree = read_json_file(resource_path(f"examples/{name}.json"))
    tree = tree.model_copy(update={"sections": tuple(_with_notes(s) for s in tree.sections)})
    found = assert_each_mark_a_reference(render_pdf(tree))
    assert len(found) >= 5
    # Each after the first sentence of a text block: its full stop, then the mark, then the
    # rest of the paragraph (from the next line when the mark ends one).
    assert all(r.parent in ("P", "LBody") for r in found)
    assert sum(r.before.endswith(".") for r in found) > len(found) * 0.9
    assert sum(r.after.startswith(" ") for r in found) > len(found) // 2


def test_fifty_notes_over_pages_each_a_reference() -> None:
    """Over 50 notes: adjacent marks ("¹²"), marks in both parts of paragraphs split over pages, after
    bold words (the mark then a fragment of its own), in bullets; every check passes."""
    paragraphs = []
    for i in range(40):
        body = (WORDS * (1 + i % 7)).rstrip()
        if i % 5 == 0:
            paragraphs.append(f"{body}[^Eerste noot bij alinea {i}.][^Tweede noot, direct erna.] {WORDS}")
        elif i % 7 == 6:
            half = len(body) // 2
            paragraphs.append(f"{body[:half]}[^Noot midden in alinea {i}.]{body[half:]}[^Noot aan het eind.]")
        elif i % 4 == 1:
            paragraphs.append(f"{body} En **vooral dit**[^Noot na vet, alinea {i}.] telt.")
        else:
            paragraphs.append(f"{body}[^Noot bij alinea {i}.]")
    paragraphs.append("- een punt met een noot[^Noot bij een opsomming.]\n- nog een punt")
    notes = sum(p.count("[^") for p in paragraphs)
    assert notes >= 50
    tree = d.Trajectory(trajectory=d.TrajectoryInfo(title="Voetnoten"), sections=(
        d.Section(title="Vijftig voetnoten", blocks=(d.Block(text="\n\n".join(paragraphs)),)),))
    data = render_pdf(tree)
    found = assert_each_mark_a_reference(data)
    assert len(found) == notes
    assert any(r.before.endswith("vooral dit") for r in found)
    assert any(r.parent == "LBody" for r in found)
    results = check_pdf(data)
    assert [r for r in results if not r.passed] == [], report_text(results)


_word = st.sampled_from(["samen", "kosten", "eigenaren.", "m²", "400", "Ede,", "één", "ÿ", "stuurgroep"])


@st.composite
def _marked_paragraphs(draw: st.DrawFn) -> str:
    paragraphs = []
    for _ in range(draw(st.integers(1, 6))):
        words = draw(st.lists(_word, min_size=1, max_size=60))
        out = []
        for word in words:
            if draw(st.booleans()) and draw(st.booleans()):
                word = f"**{word}**"
            out.append(word)
            for _ in range(draw(st.integers(0, 2)) if draw(st.integers(0, 4)) == 0 else 0):
                out[-1] += "[^Een noot.]"
        paragraphs.append(("- " if draw(st.booleans()) else "") + " ".join(out))
    return "\n\n".join(paragraphs)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_marked_paragraphs())
def test_any_marks_become_references(text: str) -> None:
    """Marks after any word (bold or not, typed superscripts around), several in a row, in
    paragraphs and bullets: one ``Reference`` per note, each to its note."""
    tree = d.Trajectory(trajectory=d.TrajectoryInfo(title="Voetnoten"), sections=(
        d.Section(title="Noten", blocks=(d.Block(text=text),)),))
    data = render_pdf(tree)
    if "[^" in text:
        assert_each_mark_a_reference(data)
    else:
        assert references(data) == []


# The check fails ----------------------------------------------------------------------------


def _edited(data: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        change(pdf)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _a_reference(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    stack = [pdf.Root.StructTreeRoot.K]
    while stack:
        elem = stack.pop()
        for kid in (list(elem) if isinstance(elem, pikepdf.Array) else [elem]):
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                if kid.S == "/Reference":
                    return kid
                stack.append(kid.get("/K"))
    raise AssertionError("no Reference")


def _result(data: bytes, name: str):  # type: ignore[no-untyped-def]
    return next(r for r in check_pdf(data) if r.name == name)


def test_a_reference_without_target_fails(demo_pdf: bytes) -> None:
    def change(pdf: pikepdf.Pdf) -> None:
        del _a_reference(pdf)[pikepdf.Name.Ref]

    result = _result(_edited(demo_pdf, change), NOTES)
    # Its note is then left without a reference too.
    assert not result.passed and "1 verwijzingen (Reference) zonder doel" in result.detail
    assert "1 voetnoten zonder verwijzing" in result.detail


def test_a_note_without_reference_fails(demo_pdf: bytes) -> None:
    def change(pdf: pikepdf.Pdf) -> None:
        _a_reference(pdf).S = pikepdf.Name.Span

    result = _result(_edited(demo_pdf, change), NOTES)
    assert not result.passed and "zonder verwijzing" in result.detail


def test_a_note_without_id_fails(demo_pdf: bytes) -> None:
    def change(pdf: pikepdf.Pdf) -> None:
        note = _a_reference(pdf).Ref[0]
        del note[pikepdf.Name.ID]

    assert not _result(_edited(demo_pdf, change), NOTES).passed


def test_marked_content_across_a_text_object_boundary_fails(demo_pdf: bytes) -> None:
    """The paragraph's content begun before its text object and ended inside it: what the
    marks would need if the paragraph's content were opened outside its text object."""
    def change(pdf: pikepdf.Pdf) -> None:
        for page in pdf.pages:
            data = page.Contents.read_bytes()
            moved = re.sub(rb"BT (1 0 0 1 \S+ \S+ Tm) (/T[HD] <</MCID \d+>> BDC)", rb"\2 BT \1", data, count=1)
            if moved != data:
                page.Contents.write(moved)
                return
        raise AssertionError("no cell with a mark")

    result = _result(_edited(demo_pdf, change), CONTENT)
    assert not result.passed and "niet apart genest" in result.detail


# Word ---------------------------------------------------------------------------------------


def test_the_word_file_has_a_real_footnote_for_each_note(demo: d.Trajectory, demo_pdf: bytes) -> None:
    """Word's own footnotes (``w:footnoteReference`` in the text, ``w:footnote`` in the notes
    part), one per ``Note`` of the PDF, each reference to a note that exists, in the same order."""
    data = render_docx(demo, RenderOptions(), info=WordInfo(version_label="het concept", fingerprint="ab" * 32))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        body, notes = z.read("word/document.xml").decode(), z.read("word/footnotes.xml").decode()
    referenced = re.findall(r'<w:footnoteReference w:id="(\d+)"', body)
    defined = re.findall(r'<w:footnote w:id="(\d+)"', notes)
    assert len(referenced) == len(note_ids(demo_pdf)) == 6
    assert referenced == defined and len(set(referenced)) == len(referenced)


def test_a_three_digit_note_number_stays_inside_the_margin(tmp_path: Path) -> None:
    """A note's number stands right-aligned a space before its text; "¹⁰⁰" is wider than the
    room a one- or two-digit number has, and its note moves right rather than into the margin."""
    text = "\n\n".join(f"Alinea {i} met een noot.[^Noot {i}.]" for i in range(1, 106))
    tree = d.Trajectory(trajectory=d.TrajectoryInfo(title="Voetnoten"), sections=(
        d.Section(title="Honderd voetnoten", blocks=(d.Block(text=text),)),))
    path = tmp_path / "notes.pdf"
    path.write_bytes(render_pdf(tree))
    margin = 2.5 * 72 / 2.54
    labels = [(word, round(x0, 1)) for word, x0, *_ in words_with_boxes(path) if word in (superscript(99), superscript(100))]
    assert labels and all(x0 >= margin - 1.0 for _, x0 in labels), labels
