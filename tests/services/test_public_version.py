"""No name without a public function appears anywhere in the public PDF, Word file or JSON:
not in the text, not in the metadata, XMP or bookmarks, not in any XML part of the Word file.
On the demo, the example, a signed-off version and Hypothesis-generated documents."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pikepdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from strategies import trajectories

from staan_desktop.domain import document as d
from staan_desktop.domain.publication import public_version, published_names
from staan_desktop.services.interchange import create_from_tree, demo_tree, example_tree
from staan_desktop.services.publication import PublicExport, export_public, public_content, render_public
from staan_desktop.services.signoff import sign_off

FP = "ab" * 32
_WS = re.compile(r"\s+")


def flat(text: str) -> str:
    return _WS.sub(" ", text)


def pdf_texts(data: bytes) -> list[str]:
    """What a reader of the PDF can find: page text, document info, XMP, bookmarks, and every
    string object in the file (link targets, annotations, form fields)."""
    texts: list[str] = []
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    texts.append(subprocess.run([tool, "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True)
                 .stdout.decode("utf-8"))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        texts += [str(v) for v in pdf.docinfo.values()]
        texts.append(str(pdf.open_metadata()))
        with pdf.open_outline() as outline:
            stack = list(outline.root)
            while stack:
                item = stack.pop()
                texts.append(item.title)
                stack += list(item.children)
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.String):
                texts.append(str(obj))
    return texts


def docx_texts(data: bytes) -> list[str]:
    """Every XML part of the Word file: its text nodes joined per part (a name may be split
    over runs), and every attribute value (alternative text, properties)."""
    texts: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if not name.endswith((".xml", ".rels")):
                continue
            root = etree.fromstring(z.read(name))
            for paragraph in root.iter("{*}p"):
                texts.append("".join(paragraph.itertext()))
            texts.append(" ".join(root.itertext()))
            texts += [v for el in root.iter() for v in el.attrib.values()]
    return texts


def leaked(hidden: list[str], texts: list[str]) -> list[str]:
    found = []
    for name in hidden:
        # A footnote mark may follow a name directly ("Tonnie Vos⁵"); "Jan" in "Jannes" is not a name.
        pattern = re.compile(rf"(?<![^\W⁰¹²³⁴⁵⁶⁷⁸⁹]){re.escape(flat(name))}(?![^\W⁰¹²³⁴⁵⁶⁷⁸⁹])")
        if any(pattern.search(flat(t)) for t in texts):
            found.append(name)
    return found


def check_export(tree: d.Trajectory, export: PublicExport | None = None) -> tuple[list[str], list[str]]:
    """(hidden names, names that leaked into any public file)."""
    if export is None:
        export = PublicExport(public_version(tree, source_label="het concept", source_fingerprint=FP), None)
    files = render_public(export, pdf=True, docx=True, json=True)
    hidden = [name for name, public in published_names(tree).items() if not public]
    texts = pdf_texts(files["pdf"]) + docx_texts(files["docx"]) + [files["json"].decode("utf-8")]
    return hidden, leaked(hidden, texts)


def test_the_checks_find_a_name_when_it_is_there() -> None:
    """The detector itself: an ordinary export names the staff of the demo."""
    tree = demo_tree()
    export = PublicExport(public_version(tree, source_label="het concept", source_fingerprint=FP), None)
    unredacted = PublicExport(public_version(tree.model_copy(update={"task_fields": ()}), source_label="x",
                                             source_fingerprint=FP), None)
    files = render_public(unredacted, pdf=True, docx=True, json=True)
    names = [r.name for r in export.version.redactions]
    assert "Tonnie Vos" in names
    # Without the task fields only the procesmanager is hidden; the owners are simply absent.
    assert leaked(["Roel Schrotenboer"], pdf_texts(files["pdf"])) == []
    from staan_desktop.reports.docx.renderer import WordInfo, render_docx
    from staan_desktop.reports.pdf.renderer import render_pdf

    plain_pdf = render_pdf(tree)
    plain_docx = render_docx(tree, info=WordInfo("het concept", FP))
    assert "Tonnie Vos" in leaked(names, pdf_texts(plain_pdf))
    assert "Tonnie Vos" in leaked(names, docx_texts(plain_docx))
    assert "Roel Schrotenboer" in leaked(names, docx_texts(plain_docx))


def test_demo() -> None:
    hidden, found = check_export(demo_tree())
    assert len(hidden) == 9 and found == []


def test_example_with_people() -> None:
    tree = example_tree("verkenning-noaberkracht")
    people = (d.Participant(name="Gerrit Haverkamp", municipality=tree.municipalities[0], function="beleidsadviseur"),
              d.Participant(name="Ineke Jonker", municipality=tree.municipalities[1], function="wethouder"))
    tree = tree.model_copy(update={
        "conferences": (d.Conference(date="3 maart", participants=people),),
        "roles": (d.Role(name="Projectgroep", members=(d.Member(name="Gerrit Haverkamp"),)),),
        "trajectory": tree.trajectory.model_copy(update={"subtitle": "Met dank aan Gerrit Haverkamp"}),
    })
    hidden, found = check_export(tree)
    assert hidden == ["Gerrit Haverkamp"] and found == []


def test_a_signed_off_version_through_the_service(tmp_path: Path) -> None:
    tree = demo_tree()
    doc = create_from_tree(tmp_path / "demo.staan", tree)
    try:
        sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker", "Tonnie Vos"], meeting="Stuurgroep met Tonnie Vos")
        export = public_content(doc)
        assert export.info is not None and export.version.source_label == "versie 1"
        hidden, found = check_export(tree, export)
        assert "Tonnie Vos" in hidden and found == []
        written = export_public(doc, pdf_path=tmp_path / "open.pdf", docx_path=tmp_path / "open.docx",
                                json_path=tmp_path / "open.json")
        assert len(written) == 4
        log = (tmp_path / "open.redactielog.txt").read_text("utf-8")
        assert "Tonnie Vos → [projectleider, Tynaarlo]" in log and "versie 1" in log
        assert export.version.fingerprint in log
        # The public PDF says what it is derived from, and carries no fingerprint verify would take for version 1's.
        with pikepdf.open(tmp_path / "open.pdf") as pdf:
            keywords = str(pdf.docinfo.get("/Keywords", ""))
        assert "STAAN-openbare-versie" in keywords and "afgeleid van versie 1" in keywords
        assert "sha256:" not in keywords
    finally:
        doc.close()


_word = st.from_regex(r"[A-Z][a-z]{3,8}", fullmatch=True)
person_names = st.tuples(_word, _word).map(" ".join)


@st.composite
def documents_with_people(draw: st.DrawFn) -> d.Trajectory:
    tree: d.Trajectory = draw(trajectories())
    names = draw(st.lists(person_names, min_size=1, max_size=6, unique=True))
    marks = st.sampled_from([None, True, False])
    functions = st.sampled_from(["", "wethouder", "teamleider", "gemeentesecretaris", "adviseur"])
    pick = st.sampled_from(names)
    municipality = st.sampled_from([None, *tree.municipalities])
    conferences = tuple(c.model_copy(update={"participants": tuple(
        d.Participant(name=draw(pick), municipality=draw(municipality), function=draw(functions), public_function=draw(marks))
        for _ in range(draw(st.integers(0, 3))))}) for c in tree.conferences) or (
        d.Conference(participants=(d.Participant(name=draw(pick), public_function=draw(marks)),)),)
    task_fields = tuple(tf.model_copy(update={"owners": tuple(
        o.model_copy(update={"person": draw(pick), "public_function": draw(marks)}) for o in tf.owners)})
        for tf in tree.task_fields)
    roles = tuple(r.model_copy(update={"members": tuple(
        m.model_copy(update={"name": draw(pick), "public_function": draw(marks)}) for m in r.members)})
        for r in tree.roles)
    mention = f"Gesproken met {draw(pick)} en {draw(pick)}."
    section = d.Section(title=f"Over {draw(pick)}", blocks=(d.Block(text=mention),
                                                            d.Block(kind=d.BlockKind.OWNERS), d.Block(kind=d.BlockKind.ROLES)))
    info = tree.trajectory.model_copy(update={"procesmanager": draw(pick), "procesmanager_public": draw(marks),
                                              "character_keywords": (draw(pick),)})
    return tree.model_copy(update={"conferences": conferences, "task_fields": task_fields, "roles": roles,
                                   "sections": (*tree.sections, section), "trajectory": info})


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(documents_with_people())
def test_generated_documents(tree: d.Trajectory) -> None:
    hidden, found = check_export(tree)
    assert found == []
    published = [n for n, public in published_names(tree).items() if public]
    export = public_version(tree, source_label="het concept", source_fingerprint=FP)
    text = export.tree.model_dump_json()
    assert all(name in text for name in published)


def test_verify_recognises_a_public_version(tmp_path: Path) -> None:
    from staan_desktop.services import edits
    from staan_desktop.services.verification import verify_pdf

    doc = create_from_tree(tmp_path / "demo.staan", demo_tree())
    try:
        sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"])
        export_public(doc, pdf_path=tmp_path / "open.pdf")
        report = verify_pdf(tmp_path / "open.pdf", doc)
        assert report.ok and report.version == 1, report.text
        assert "openbare versie van versie 1" in report.text
        # The same PDF against a document whose version 1 says something else.
        other = create_from_tree(tmp_path / "ander.staan", demo_tree())
        try:
            edits.update_trajectory(other, subtitle="Een andere ondertitel")
            sign_off(other, decided_on="2026-12-01", members=["Anna Bakker"])
            wrong = verify_pdf(tmp_path / "open.pdf", other)
            assert not wrong.ok and "vingerafdruk verschilt" in wrong.text
        finally:
            other.close()
    finally:
        doc.close()
