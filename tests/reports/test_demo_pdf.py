"""The demo (seed 000) startdocument as PDF: every part of the reference document is in it."""

from __future__ import annotations

import io
import subprocess
import time
from pathlib import Path

import pypdf
import pytest
from reports.pdf_helpers import pdf_text, poppler, squash

from staan_desktop.domain import document as d
from staan_desktop.domain import markup
from staan_desktop.reports.pdf import RenderOptions, StartdocumentRenderer, render_pdf
from staan_desktop.reports.scoring import classify_tree


@pytest.fixture(scope="module")
def demo_pdf(demo: d.Trajectory) -> bytes:
    return render_pdf(demo, RenderOptions(reproducible=True))


@pytest.fixture(scope="module")
def demo_text(demo_pdf: bytes) -> str:
    return squash("".join(pdf_text(demo_pdf)))


def _markup_phrases(source: str) -> list[str]:
    phrases = []
    for node in markup.parse(source):
        runs = [node.inlines] if isinstance(node, markup.Paragraph) else list(node.items)
        for inlines in runs:
            phrases.append(markup.plain_text(inlines))
            phrases += [i.text for i in inlines if isinstance(i, markup.FootnoteMark)]
    return phrases


def _sections(sections: tuple[d.Section, ...]) -> list[str]:
    out = []
    for s in sections:
        out.append(s.title)
        for block in s.blocks:
            if block.kind == d.BlockKind.TEXT:
                out += _markup_phrases(block.text)
        out += _sections(s.children)
    return out


def expected_phrases(tree: d.Trajectory) -> list[str]:
    """Everything of the tree that the startdocument shows, as the reader would read it."""
    info = tree.trajectory
    out = [info.title, info.subtitle, info.document_date, info.author_role, *tree.municipalities]
    out += _sections(tree.sections)
    out += list(tree.statements)
    for m in tree.motives:
        out += [m.name, m.explanation]
    for category in tree.interests:
        out.append(category.name)
        for column in category.columns:
            out += [column.municipality, *column.items]
    out += _markup_phrases(info.differences)
    out += [c.name for c in tree.criteria]
    for c in tree.classes:
        out += [c.name, c.note]
    for result in classify_tree(tree):
        out += [result.task_field.name, result.task_field.footnote]
    for tf in tree.task_fields:
        for owner in tf.owners:
            out += [owner.person, owner.municipality or "", owner.from_date]
    for role in tree.roles:
        out += [role.name, role.responsibilities_title, *_markup_phrases(role.description)]
        for r in role.responsibilities:
            out += [r.text, r.footnote]
        out += [m.name for m in role.members]
    out += list(tree.rules)
    for conference in tree.conferences:
        out += [conference.date, conference.place, conference.theme, *conference.questions]
        out += [p.name for p in conference.participants]
    return [p for p in out if p.strip()]


def test_every_part_of_the_demo_is_in_the_pdf(demo: d.Trajectory, demo_text: str) -> None:
    phrases = expected_phrases(demo)
    assert len(phrases) > 120  # the demo really is seed 000, not an empty template
    missing = [p for p in phrases if squash(p) not in demo_text]
    assert not missing


@pytest.mark.parametrize(
    "literal",
    [
        "Tonnie Vos⁵, Tynaarlo",
        "Personeels- en salarisadministratie",
        "Dit project is reeds van start gegaan.",
        "Evert Jansen (vanaf juli 2013), Tynaarlo",
        "Belastingen³",
        "kansrijk¹",
        "kansrijk op termijn²",
        "evt. opstellen en bewaken van spelregels⁶",
        "⁵Projectleider",
        "1. Vooraf",
        "3.1. Het gedeeld beeld van de samenwerking",
        "5. De preferente taakvelden",
        "6.2. Procesregie",
        "8. Communicatie",
        "Visie en kernwaarden",
        "Gelijkwaardig-/evenwaardigheid (in samenwerking)",
        "Samenwerking = ontmoeten.",
        "hygiëne in afspraken",
    ],
)
def test_literal_strings_of_seed_000(literal: str, demo_text: str) -> None:
    assert squash(literal) in demo_text


def test_footnotes_are_numbered_in_document_order(demo_text: str) -> None:
    """As in seed 000: class notes ¹ ², task field ³, owners' ⁴ ⁵, the rules of play ⁶."""
    positions = [demo_text.index(squash(mark)) for mark in
                 ("kansrijk¹", "kansrijkoptermijn²", "Belastingen³", "Belastingen⁴", "TonnieVos⁵", "spelregels⁶")]
    assert positions == sorted(positions)


def test_classification_table_follows_the_rule(demo: d.Trajectory, demo_pdf: bytes) -> None:
    pages = pdf_text(demo_pdf)
    page = next(squash(p) for p in pages if "zeerkansrijk" in squash(p) and "Belastingen" in squash(p))
    # The table is drawn cell by cell, row by row: the first row holds the first field of each class.
    assert squash("Belastingen³ Vastgoed ICT Inkoop Lean Ingenieursbureau") in page


def test_only_embedded_fonts(demo_pdf: bytes, tmp_path: Path) -> None:
    pdffonts = poppler("pdffonts")
    path = tmp_path / "demo.pdf"
    path.write_bytes(demo_pdf)
    lines = subprocess.run([pdffonts, str(path)], check=True, capture_output=True, text=True).stdout.splitlines()[2:]
    assert lines, "no fonts at all?"
    for line in lines:
        assert line.split()[-5] == "yes", line  # the "emb" column
        assert "DejaVuSans" in line


def test_metadata_and_language(demo: d.Trajectory, demo_pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(demo_pdf))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == demo.trajectory.title
    assert meta.author == "procesmanager samenwerking"
    assert "STAAN" in (meta.subject or "")
    assert "Assen" in meta["/Keywords"]
    assert meta["/Creator"] == "STAAN Desktop"
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"


def _outline(reader: pypdf.PdfReader) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append((item.title, reader.get_destination_page_number(item)))

    walk(reader.outline)
    return out


def test_outline_points_at_the_chapter_pages(demo_pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(demo_pdf))
    outline = _outline(reader)
    titles = [t for t, _ in outline]
    assert titles[:5] == ["Inhoud", "1. Vooraf", "2. Context", "3. Gedeelde ambitie",
                          "3.1. Het gedeeld beeld van de samenwerking"]
    assert "6.2. Procesregie" in titles and "8. Communicatie" in titles
    for title, page in outline:
        assert squash(title) in squash(reader.pages[page].extract_text()), title


def test_contents_lists_chapters_with_their_pages(demo_pdf: bytes, tmp_path: Path) -> None:
    pdftotext = poppler("pdftotext")
    reader = pypdf.PdfReader(io.BytesIO(demo_pdf))
    path = tmp_path / "demo.pdf"
    path.write_bytes(demo_pdf)
    contents = subprocess.run([pdftotext, "-layout", "-f", "2", "-l", "2", str(path), "-"],
                              check=True, capture_output=True, text=True).stdout
    for title, page in _outline(reader)[1:]:
        line = next(line for line in contents.splitlines() if title in line)
        assert line.rstrip().endswith(f" {page + 1}"), line


def test_page_numbers_and_header(demo: d.Trajectory, demo_pdf: bytes) -> None:
    pages = pdf_text(demo_pdf)
    total = len(pages)
    assert 5 <= total <= 12
    for number, text in enumerate(pages, 1):
        assert f"pagina {number} van {total}" in text
    assert all("STAAN" in text for text in pages[1:])


def test_draft_carries_the_concept_mark(demo_pdf: bytes) -> None:
    pages = pdf_text(demo_pdf)
    assert all("CONCEPT" in text for text in pages)
    assert b"CONCEPT" in pypdf.PdfReader(io.BytesIO(demo_pdf)).pages[3].get_contents().get_data()


def test_questions_annex_is_bijlage_1(demo: d.Trajectory) -> None:
    conference = demo.conferences[0].model_copy(update={"questions": (
        "Wat is uw beeld van de samenwerking over vijf jaar?", "Welke taakvelden liggen voor de hand?")})
    tree = demo.model_copy(update={"conferences": (conference,)})
    text = squash("".join(pdf_text(render_pdf(tree))))
    assert squash("Bijlage 1 Voorbereidende vragen") in text
    assert squash("1. Wat is uw beeld van de samenwerking over vijf jaar?") in text
    assert squash("2. Welke taakvelden liggen voor de hand?") in text


def test_no_questions_no_annex(demo: d.Trajectory, demo_text: str) -> None:
    assert not any(c.questions for c in demo.conferences)
    assert "Voorbereidendevragen" not in demo_text


def test_conference_facts_on_the_title_page(demo_pdf: bytes) -> None:
    title_page = squash(pdf_text(demo_pdf)[0])
    assert squash("Werkconferentie 30 mei 2012, Norg – Samenwerking") in title_page
    assert squash("Aa en Hunze · Assen · Noordenveld · Tynaarlo") in title_page


def test_reproducible_rendering(demo: d.Trajectory, demo_pdf: bytes) -> None:
    assert render_pdf(demo, RenderOptions(reproducible=True)) == demo_pdf


def test_demo_renders_fast_in_a_warm_process(demo: d.Trajectory) -> None:
    render_pdf(demo)
    start = time.perf_counter()
    render_pdf(demo)
    assert time.perf_counter() - start < 1.0


def test_progress_is_reported_up_to_done(demo: d.Trajectory) -> None:
    calls: list[tuple[int, int]] = []
    renderer = StartdocumentRenderer(demo)
    renderer.render(progress=lambda done, total: calls.append((done, total)))
    assert len(calls) > 10
    assert all(0 <= done <= total for done, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1][0] == calls[-1][1]
    assert renderer.page_count == len(pdf_text(renderer.render()))
