"""Tampering with an exported PDF or with the sign-off history, and what ``check`` and ``verify``
answer — run through ``main.py`` as a user (or a careless or hostile sender) would.

Every case is one the fingerprint or the stored export hash alone did not catch: a word changed
in a content stream, metadata copied onto another PDF, a hash added to the export record, sign-off
facts or a snapshot rewritten with the insert-only triggers dropped.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from cli_process import staan

pikepdf = pytest.importorskip("pikepdf")

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "staan.json"
#: A name in the demo's owners table, printed once in the PDF.
NAME, FAKE = b"Tonnie Vos", b"Tonnie Vis"
INSERT_ONLY = ("version", "signoff", "signoff_member", "draft", "version_export")




def ok(*args: object) -> subprocess.CompletedProcess[str]:
    result = staan(*args)
    assert result.returncode == 0, result.stderr
    return result


def refused(*args: object) -> subprocess.CompletedProcess[str]:
    """A command that must answer 'no' in Dutch lines, without a traceback."""
    result = staan(*args)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Made once, through main.py: a concept and its PDF; the same document signed off and its
    version PDF (recorded there); a copy made before that export with its own export of version 1
    (so the document has no record of those bytes); another document of other content and its PDF."""
    where = tmp_path_factory.mktemp("originals")
    ok("import", DEMO, "-o", where / "concept.staan")
    ok("export", where / "concept.staan", "--pdf", where / "concept.pdf")
    shutil.copy(where / "concept.staan", where / "signed.staan")
    ok("signoff", where / "signed.staan", "--date", "2026-12-01", "--member", "Anna Bakker", "--member", "Jan de Vries",
       "--meeting", "Stuurgroep 3")
    shutil.copy(where / "signed.staan", where / "elsewhere.staan")
    shutil.copy(where / "signed.staan", where / "unexported.staan")
    ok("export", where / "signed.staan", "--pdf", where / "v1.pdf")
    ok("export", where / "elsewhere.staan", "--pdf", where / "v1-elsewhere.pdf", "--version", "1")
    ok("import", DEMO, "-o", where / "other.staan")
    conn = sqlite3.connect(where / "other.staan")
    with conn:
        conn.execute("UPDATE statement SET text = 'Wij fuseren volgend jaar.' WHERE position = 0")
    conn.close()
    ok("export", where / "other.staan", "--pdf", where / "other.pdf")
    return where


@pytest.fixture
def concept(originals: Path, tmp_path: Path) -> Path:
    for name in ("concept.staan", "concept.pdf", "other.pdf"):
        shutil.copy(originals / name, tmp_path / name)
    return tmp_path / "concept.staan"


@pytest.fixture
def signed(originals: Path, tmp_path: Path) -> Path:
    """The signed-off document (named traject.staan) that recorded the export of v1.pdf, beside
    v1.pdf, v1-elsewhere.pdf and other.pdf."""
    shutil.copy(originals / "signed.staan", tmp_path / "traject.staan")
    for name in ("v1.pdf", "v1-elsewhere.pdf", "other.pdf"):
        shutil.copy(originals / name, tmp_path / name)
    return tmp_path / "traject.staan"


@pytest.fixture
def unexported(signed: Path, originals: Path) -> Path:
    """The same signed-off document without any export recorded (v1-elsewhere.pdf came from a copy)."""
    shutil.copy(originals / "unexported.staan", signed)
    return signed


def change_word(pdf: Path, target: Path, old: bytes = NAME, new: bytes = FAKE) -> None:
    """Replace ``old`` by ``new`` in the one page content stream that holds it; the metadata
    (version and fingerprint) stays as it was."""
    with pikepdf.open(pdf) as document:
        changed = 0
        for page in document.pages:
            for stream in page.get_contents() if hasattr(page, "get_contents") else [page.Contents]:
                data = stream.read_bytes()
                if old in data:
                    stream.write(data.replace(old, new))
                    changed += 1
        assert changed == 1
        document.save(target)


def page_lines(pdf: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def tamper(doc: Path, *statements: str) -> None:
    """Run SQL on the document as someone with ``sqlite3`` would: triggers dropped first and
    put back afterwards (exactly as migration 0002 made them), so that the file looks whole."""
    conn = sqlite3.connect(doc)
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    with conn:
        for name, _sql in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        for statement in statements:
            conn.execute(statement)
        for _name, sql in triggers:
            conn.execute(sql)
    conn.close()


# Changed word -----------------------------------------------------------------------------


def test_a_changed_word_in_a_concept_pdf_is_named(concept: Path, tmp_path: Path) -> None:
    change_word(tmp_path / "concept.pdf", tmp_path / "vervalst.pdf")
    assert "Tonnie Vis" in page_lines(tmp_path / "vervalst.pdf")  # a reader sees the change

    answer = refused("verify", tmp_path / "vervalst.pdf", concept)
    assert "De PDF klopt NIET." in answer.stderr
    assert "Tonnie Vis" in answer.stderr and "Tonnie Vos" in answer.stderr  # the lines that differ
    assert ok("verify", tmp_path / "concept.pdf", concept).stdout.rstrip().endswith("De PDF klopt.")
    assert "In orde" in ok("check", concept).stdout  # the document itself is untouched


def test_a_changed_word_in_a_signed_off_pdf_exported_elsewhere(unexported: Path, tmp_path: Path) -> None:
    signed = unexported
    # A secretary exported version 1 from her own copy: this document has no record of those bytes.
    assert ok("verify", tmp_path / "v1-elsewhere.pdf", signed).stdout.rstrip().endswith("De PDF klopt.")
    change_word(tmp_path / "v1-elsewhere.pdf", tmp_path / "v1-vervalst.pdf")

    answer = refused("verify", tmp_path / "v1-vervalst.pdf", signed)
    assert "De PDF klopt NIET." in answer.stderr
    assert "Tonnie Vis" in answer.stderr and "Tonnie Vos" in answer.stderr


def test_a_changed_word_in_a_signed_off_pdf_exported_here(signed: Path, tmp_path: Path) -> None:
    change_word(tmp_path / "v1.pdf", tmp_path / "v1-vervalst.pdf")
    answer = refused("verify", tmp_path / "v1-vervalst.pdf", signed)
    assert "na de export gewijzigd" in answer.stderr  # the bytes differ from the recorded export
    assert "Tonnie Vis" in answer.stderr  # and the text says where


# Copied metadata --------------------------------------------------------------------------


def _copy_metadata(source: Path, onto: Path, target: Path) -> None:
    with pikepdf.open(source) as original, pikepdf.open(onto) as other:
        for key, value in original.docinfo.items():
            other.docinfo[key] = value
        other.save(target)


def test_metadata_copied_onto_another_concept_pdf(concept: Path, tmp_path: Path) -> None:
    _copy_metadata(tmp_path / "concept.pdf", tmp_path / "other.pdf", tmp_path / "nagemaakt.pdf")

    answer = refused("verify", tmp_path / "nagemaakt.pdf", concept)
    assert "De PDF klopt NIET." in answer.stderr and "Wij fuseren volgend jaar." in answer.stderr


def test_metadata_of_a_signed_off_version_copied_onto_a_concept(unexported: Path, tmp_path: Path) -> None:
    signed = unexported
    # The version PDF from a copy (no export record here), its metadata pasted onto a concept of
    # other content: the fingerprint says version 1, the pages say something else.
    _copy_metadata(tmp_path / "v1-elsewhere.pdf", tmp_path / "other.pdf", tmp_path / "nagemaakt.pdf")

    answer = refused("verify", tmp_path / "nagemaakt.pdf", signed)
    assert "De PDF klopt NIET." in answer.stderr and "wijkt af van wat versie 1 toont" in answer.stderr
    # The first lines that differ are the title page's: a concept's mark and status line.
    assert "pagina 1, in de PDF: ‘CONCEPT’" in answer.stderr


# The export record ------------------------------------------------------------------------


def test_a_hash_added_to_the_export_record(signed: Path, tmp_path: Path) -> None:
    change_word(tmp_path / "v1.pdf", tmp_path / "v1-vervalst.pdf")
    digest = hashlib.sha256((tmp_path / "v1-vervalst.pdf").read_bytes()).hexdigest()
    conn = sqlite3.connect(signed)  # inserting is what the insert-only tables allow
    with conn:
        conn.execute(
            "INSERT INTO version_export (version_number, pdf_sha256, exported_at, signed) VALUES (1, ?, ?, 0)",
            (digest, "2026-12-02T10:00:00+01:00"),
        )
    conn.close()

    answer = refused("verify", tmp_path / "v1-vervalst.pdf", signed)
    assert "De PDF klopt NIET." in answer.stderr and "Tonnie Vis" in answer.stderr
    assert ok("verify", tmp_path / "v1.pdf", signed).stdout.rstrip().endswith("De PDF klopt.")


# The sign-off record ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE signoff_member SET name = 'Piet Klaassen' WHERE name = 'Jan de Vries'",
        "UPDATE signoff SET decided_on = '2026-11-01'",
        "UPDATE signoff SET meeting = 'Stuurgroep 2'",
        "DELETE FROM signoff_member WHERE name = 'Anna Bakker'",
    ],
    ids=["member", "date", "meeting", "member-removed"],
)
def test_rewritten_sign_off_facts(signed: Path, tmp_path: Path, statement: str) -> None:
    tamper(signed, statement)

    answer = refused("check", signed)
    assert "versie 1" in answer.stderr and "vaststelling" in answer.stderr
    answer = refused("verify", tmp_path / "v1.pdf", signed)
    assert "De PDF klopt NIET." in answer.stderr and "vaststelling" in answer.stderr


def test_a_removed_sign_off_record(signed: Path, tmp_path: Path) -> None:
    tamper(signed, "DELETE FROM signoff_member", "DELETE FROM signoff")

    answer = refused("check", signed)
    assert "versie 1: de vaststelling ontbreekt" in answer.stderr
    for command in (("verify", tmp_path / "v1.pdf", signed), ("history", signed), ("export", signed, "--pdf", tmp_path / "x.pdf")):
        answer = refused(*command)
        assert "vaststelling van versie 1 ontbreekt" in answer.stderr, command


# The snapshot -----------------------------------------------------------------------------


def test_a_rewritten_snapshot(signed: Path, tmp_path: Path) -> None:
    tamper(signed, "UPDATE version SET content = replace(content, 'Tonnie Vos', 'Tonnie Vis')")

    answer = refused("check", signed)
    assert "versie 1" in answer.stderr and "vingerafdruk" in answer.stderr
    answer = refused("verify", tmp_path / "v1.pdf", signed)
    assert "De PDF klopt NIET." in answer.stderr and "vingerafdruk" in answer.stderr


def test_a_snapshot_rewritten_with_its_fingerprint(signed: Path, tmp_path: Path) -> None:
    """A careful forger also replaces the stored fingerprint: the genuine PDF no longer matches
    any version, and check finds the frozen content no longer the snapshot's."""
    conn = sqlite3.connect(signed)
    content, = conn.execute("SELECT content FROM version WHERE number = 1").fetchone()
    conn.close()
    forged = content.replace("Tonnie Vos", "Tonnie Vis")
    digest = hashlib.sha256(forged.encode("utf-8")).hexdigest()
    tamper(signed, f"UPDATE version SET content = '{forged.replace(chr(39), chr(39) * 2)}', content_sha256 = '{digest}'")

    answer = refused("verify", tmp_path / "v1.pdf", signed)
    assert "De PDF klopt NIET." in answer.stderr
    answer = refused("check", signed)  # the snapshot no longer says what was signed off
    assert "versie 1" in answer.stderr


# Dropped triggers -------------------------------------------------------------------------


def test_dropped_insert_only_triggers_and_an_edit_after_draft(signed: Path) -> None:
    from staan_desktop.services import edits
    from staan_desktop.services.errors import DocumentError
    from staan_desktop.services.store import open_document

    ok("draft", signed)
    conn = sqlite3.connect(signed)
    with conn:
        for table in INSERT_ONLY:
            conn.execute(f"DROP TRIGGER IF EXISTS trg_{table}_no_update")
            conn.execute(f"DROP TRIGGER IF EXISTS trg_{table}_no_delete")
    conn.close()
    # Without its protection the document is no longer opened for editing …
    with pytest.raises(DocumentError, match="vastgestelde versie"):
        with open_document(signed) as doc:
            edits.add_statement(doc, text="Na het concept toegevoegd")
    conn = sqlite3.connect(signed)  # … but any other program may now erase the history
    with conn:
        conn.execute("DELETE FROM signoff_member")
    conn.close()

    answer = refused("check", signed)
    assert "beveiliging van een vastgestelde versie ontbreekt" in answer.stderr  # said in words
    assert "versie 1" in answer.stderr  # and the damage it let through


# Damaged PDFs -----------------------------------------------------------------------------


def _garbage_stream(source: Path, target: Path) -> None:
    with pikepdf.open(source) as document:
        document.pages[3].Contents.write(b"\x00\xff BT (x) Tj ET ET q q Q")
        document.save(target)


def _deep_resources(source: Path, target: Path) -> None:
    with pikepdf.open(source) as document:
        outer = inner = pikepdf.Array()
        for _ in range(2000):
            deeper = pikepdf.Array()
            inner.append(deeper)
            inner = deeper
        document.pages[3].Resources["/Deep"] = outer
        document.save(target)


def _truncated(source: Path, target: Path) -> None:
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2] + data[-3000:])


@pytest.mark.parametrize("damage", [_garbage_stream, _deep_resources, _truncated], ids=["garbage", "deep", "truncated"])
def test_a_damaged_pdf_is_refused_in_words(concept: Path, tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    damage(tmp_path / "concept.pdf", tmp_path / "beschadigd.pdf")
    answer = refused("verify", tmp_path / "beschadigd.pdf", concept)
    assert answer.stderr.rstrip().endswith("De PDF klopt NIET.")
    # Every line is ours: no traceback, no log line of the PDF library.
    assert all(line.startswith(("Vingerafdruk", "Inhoud", "AFWIJKING", "  ", "Handtekeningen", "De PDF"))
               for line in answer.stderr.splitlines()), answer.stderr
