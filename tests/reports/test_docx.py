"""The Word export: read back with python-docx, and converted by LibreOffice, it says what the PDF says."""

from __future__ import annotations

import collections
import io
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from reports.docx_helpers import (
    W,
    body_text_of_pdf,
    convert,
    count_differences,
    pdftotext,
    word_differences,
    words,
    xml_parts,
)
from strategies import trajectories

from staan_desktop.domain import document as d
from staan_desktop.reports.docx.renderer import TemplateError, WordInfo, load_template, render_docx
from staan_desktop.reports.pdf.options import RenderOptions
from staan_desktop.reports.pdf.renderer import StartdocumentRenderer, render_pdf
from staan_desktop.services.interchange import example_tree

FP = "ab" * 32
INFO = WordInfo(version_label="het concept", fingerprint=FP, author="Aa en Hunze, Assen")


def with_scores(tree: d.Trajectory) -> d.Trajectory:
    """The demo with a chapter that shows the score chart (the reference has none)."""
    section = d.Section(title="Scores", blocks=(d.Block(kind=d.BlockKind.SCORES),))
    return tree.model_copy(update={"sections": (*tree.sections, section)})


def render(tree: d.Trajectory, **kw: object) -> bytes:
    return render_docx(tree, RenderOptions(), info=INFO, **kw)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def demo_docx(demo: d.Trajectory) -> bytes:
    return render(with_scores(demo))


def test_headings_use_words_built_in_styles(demo: d.Trajectory, demo_docx: bytes) -> None:
    document = docx.Document(io.BytesIO(demo_docx))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert ("Heading 1", "1. Vooraf") in headings
    assert ("Heading 2", "3.1. Het gedeeld beeld van de samenwerking") in headings
    assert any(style == "Heading 3" and text == "De stuurgroep" for style, text in headings)
    # Every chapter and paragraph of the section tree is a heading, in order.
    titles = [text.split(" ", 1)[-1] for style, text in headings if style in ("Heading 1", "Heading 2")]
    expected: list[str] = []

    def walk(sections: tuple[d.Section, ...]) -> None:
        for s in sections:
            expected.append(s.title)
            walk(s.children)

    walk(with_scores(demo).sections)
    assert titles[: len(expected)] == expected
    assert document.paragraphs[0].style.name == "Title"
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert demo.statements[0] in bullets


def test_tables_are_real_with_repeated_header_rows(demo: d.Trajectory, demo_docx: bytes) -> None:
    document = docx.Document(io.BytesIO(demo_docx))
    owners = [t for t in document.tables if t.rows[0].cells[0].text == "Taakveld/onderwerp"]
    assert len(owners) == 1
    table = owners[0]
    assert table.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None
    assert all(r._tr.trPr is None or r._tr.trPr.find(f"{W}tblHeader") is None for r in table.rows[1:])
    owned = [tf for tf in demo.task_fields if tf.owners]
    assert len(table.rows) == len(owned) + 1
    assert "Tonnie Vos" in table.rows[1].cells[1].text
    # The title page's facts are a table without a header row.
    facts = document.tables[0]
    assert facts.rows[0]._tr.trPr is None or facts.rows[0]._tr.trPr.find(f"{W}tblHeader") is None


def test_footnotes_are_real_footnotes(demo: d.Trajectory, demo_docx: bytes) -> None:
    parts = xml_parts(demo_docx)
    notes = parts["word/footnotes.xml"]
    references = parts["word/document.xml"].count("<w:footnoteReference ")
    assert references >= 3
    assert notes.count("<w:footnote ") == references + 2  # the separators Word requires
    # The task fields' footnotes of the reference document are there, as notes.
    texts = [tf.footnote for tf in demo.task_fields if tf.footnote.strip() and tf.owners]
    assert texts and all(t[:40] in notes for t in texts)
    assert "footnotes" in parts["word/_rels/document.xml.rels"]
    assert 'PartName="/word/footnotes.xml"' in parts["[Content_Types].xml"]
    # Not also printed as text at the end of a chapter, as the PDF does.
    body = "\n".join(p.text for p in docx.Document(io.BytesIO(demo_docx)).paragraphs)
    assert texts[0][:40] not in body


def test_chart_is_a_picture_with_alternative_text(demo_docx: bytes) -> None:
    document = docx.Document(io.BytesIO(demo_docx))
    doc_prs = list(document.element.body.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"))
    assert len(doc_prs) == 1
    descr = doc_prs[0].get("descr")
    assert descr.startswith("Staafdiagram") and "%" in descr
    assert document.inline_shapes[0].width > 0


def test_properties_and_provenance(demo: d.Trajectory, demo_docx: bytes) -> None:
    document = docx.Document(io.BytesIO(demo_docx))
    props = document.core_properties
    assert props.title == demo.trajectory.title
    assert props.subject.startswith("Startdocument samenwerking")
    assert props.author == "Aa en Hunze, Assen"
    assert "startdocument" in props.keywords and "Assen" in props.keywords
    assert FP in props.comments
    last = document.paragraphs[-1].text
    assert "het concept" in last and FP in last


def test_the_example_renders_options_and_decision() -> None:
    tree = example_tree("verkenning-noaberkracht")
    document = docx.Document(io.BytesIO(render(tree)))
    text = "\n".join(p.text for p in document.paragraphs)
    for option in tree.options:
        assert option.name in text
    swot = [t for t in document.tables if t.rows[0].cells[0].text == "Sterkten"]
    assert len(swot) == len(tree.options)


def make_template(path: Path, *, dotx: bool) -> None:
    document = docx.Document()
    document.styles["Heading 1"].font.name = "Gemeentelijke Huisletter"
    document.sections[0].header.paragraphs[0].text = "Gemeente Voorbeeld – huisstijl"
    document.add_paragraph("Deze tekst van het sjabloon hoort niet in het startdocument.")
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    if dotx:  # a .dotx is a .docx whose main part says it is a template
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
            for item in zin.infolist():
                content = zin.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    content = content.replace(b"document.main+xml", b"template.main+xml")
                zout.writestr(item, content)
        data = out.getvalue()
    path.write_bytes(data)


@pytest.mark.parametrize("dotx", [True, False])
def test_a_municipalitys_template_gives_its_styles(demo: d.Trajectory, tmp_path: Path, dotx: bool) -> None:
    template = tmp_path / ("huisstijl.dotx" if dotx else "huisstijl.docx")
    make_template(template, dotx=dotx)
    document = docx.Document(io.BytesIO(render(demo, template=template)))
    assert document.styles["Heading 1"].font.name == "Gemeentelijke Huisletter"
    assert document.sections[0].header.paragraphs[0].text == "Gemeente Voorbeeld – huisstijl"
    text = "\n".join(p.text for p in document.paragraphs)
    assert "hoort niet in het startdocument" not in text
    assert "1. Vooraf" in text


def test_a_template_without_the_built_in_styles_still_works(demo: d.Trajectory, tmp_path: Path) -> None:
    template = tmp_path / "kaal.docx"
    make_template(template, dotx=False)
    # Strip every list and caption style, as a minimal house template might.
    document = docx.Document(str(template))
    styles = document.styles.element
    for style in list(styles):
        name = style.find(f"{W}name")
        if name is not None and name.get(f"{W}val") in ("List Bullet", "List Number", "Caption", "Table Grid"):
            styles.remove(style)
    document.save(str(template))
    out = docx.Document(io.BytesIO(render(demo, template=template)))
    assert any(p.style.name == "List Bullet" for p in out.paragraphs)


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04broken"])
def test_a_bad_template_is_refused_in_dutch(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "kapot.dotx"
    bad.write_bytes(content)
    with pytest.raises(TemplateError, match="geen bruikbaar Word-sjabloon"):
        load_template(bad)
    with pytest.raises(TemplateError, match="kan niet worden gelezen"):
        load_template(tmp_path / "bestaat-niet.dotx")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trajectories())
def test_any_document_gives_a_readable_word_file(tree: d.Trajectory) -> None:
    data = render(tree)
    document = docx.Document(io.BytesIO(data))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert len([h for h in headings if h[:1].isdigit()]) >= len(tree.sections)
    for part in xml_parts(data).values():  # every part is well-formed XML
        from lxml import etree

        etree.fromstring(part.encode())


@pytest.mark.parametrize("name", ["demo", "verkenning-noaberkracht"])
def test_libreoffice_reads_the_same_text_as_the_pdf(demo: d.Trajectory, tmp_path: Path, name: str) -> None:
    # Without the chart: its words are text in the PDF, a picture (and its alternative text) in Word.
    tree = demo if name == "demo" else example_tree(name)
    source = tmp_path / "startdocument.docx"
    source.write_bytes(render(tree))
    pdf_path = tmp_path / "startdocument.pdf"
    pdf_path.write_bytes(render_pdf(tree))
    lo_pdf = convert(source, "pdf", tmp_path / "profile")
    renderer = StartdocumentRenderer(tree)
    decoration = renderer.get_decoration(renderer.get_context())
    pdf_words = words(body_text_of_pdf(pdftotext(pdf_path), header=decoration.header_text, status=decoration.status_text))
    doc_text = pdftotext(lo_pdf)
    doc_text = doc_text.replace(doc_text[doc_text.index("Gemaakt met STAAN Desktop"):], "")  # the provenance note
    doc_words = words(doc_text)
    only_pdf, only_doc = word_differences(pdf_words, doc_words)
    assert only_pdf == [] and only_doc == []
    # And as counts: every word as often on both sides, but for words broken in a narrow column
    # and the words of table header rows, which each side repeats on every page a table
    # continues on, and the two paginate differently.
    document = docx.Document(io.BytesIO(source.read_bytes()))
    header_words = set(words(" ".join(c.text for t in document.tables for c in t.rows[0].cells)))
    differences = count_differences(pdf_words, doc_words)
    differences = collections.Counter({w: n for w, n in differences.items() if w not in header_words})
    # (0 on the demo and the example; a dropped paragraph of a few words counts 3 or more.)
    assert sum(differences.values()) <= 2, differences
    assert len(pdf_words) > 1000
