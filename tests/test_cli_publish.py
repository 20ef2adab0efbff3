"""``main.py export`` for publication: Word, the public version and the bundle, end to end."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import docx
import pytest
from cli_process import staan

ROOT = Path(__file__).resolve().parents[1]




@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.staan"
    result = staan("import", ROOT / "resources" / "demo" / "staan.json", "-o", path)
    assert result.returncode == 0, result.stderr
    return path


def one_dutch_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("staan: ") and "Traceback" not in result.stderr
    return lines[0]


def test_export_docx(demo_file: Path, tmp_path: Path) -> None:
    before = demo_file.read_bytes()
    out = tmp_path / "startdocument.docx"
    result = staan("export", demo_file, "--docx", out)
    assert result.returncode == 0, result.stderr
    assert "Word-bestand geschreven" in result.stdout
    document = docx.Document(io.BytesIO(out.read_bytes()))
    assert any(p.style.name == "Heading 1" for p in document.paragraphs)
    assert "vingerafdruk" in document.paragraphs[-1].text
    assert demo_file.read_bytes() == before


def test_export_docx_and_pdf_together(demo_file: Path, tmp_path: Path) -> None:
    result = staan("export", demo_file, "--docx", tmp_path / "a.docx", "--pdf", tmp_path / "a.pdf")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "a.docx").stat().st_size > 0 and (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("content", [b"", b"dit is geen sjabloon", b"PK\x03\x04kapot"])
def test_a_bad_template_leaves_no_file(demo_file: Path, tmp_path: Path, content: bytes) -> None:
    template = tmp_path / "huisstijl.dotx"
    template.write_bytes(content)
    out = tmp_path / "startdocument.docx"
    line = one_dutch_line(staan("export", demo_file, "--docx", out, "--template", template))
    assert "sjabloon" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["huisstijl.dotx"]


def test_a_template_without_docx_is_refused(demo_file: Path, tmp_path: Path) -> None:
    line = one_dutch_line(staan("export", demo_file, "--pdf", tmp_path / "a.pdf", "--template", tmp_path / "t.dotx"))
    assert "--docx" in line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_an_unwritable_target_leaves_nothing(demo_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        line = one_dutch_line(staan("export", demo_file, "--docx", folder / "a.docx"))
        assert "kon niet worden geschreven" in line
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_missing_folder_is_one_line(demo_file: Path, tmp_path: Path) -> None:
    line = one_dutch_line(staan("export", demo_file, "--docx", tmp_path / "bestaat-niet" / "a.docx"))
    assert "bestaat niet" in line


def test_a_folder_as_target_is_one_line(demo_file: Path, tmp_path: Path) -> None:
    line = one_dutch_line(staan("export", demo_file, "--docx", tmp_path))
    assert "is een map" in line
    assert list(tmp_path.iterdir()) == []


def test_a_target_that_cannot_be_written_is_one_line(demo_file: Path) -> None:
    # /proc takes no new files, not even from root.
    line = one_dutch_line(staan("export", demo_file, "--docx", "/proc/startdocument.docx"))
    assert "kon niet worden geschreven" in line


def test_export_public_writes_all_three_and_the_log(demo_file: Path, tmp_path: Path) -> None:
    result = staan("export", demo_file, "--public", "--pdf", tmp_path / "open.pdf", "--docx", tmp_path / "open.docx",
                   "--json", tmp_path / "open.json")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["open.docx", "open.json", "open.pdf", "open.redactielog.txt"]
    assert "Tonnie Vos" not in (tmp_path / "open.json").read_text("utf-8")
    assert "[projectleider, Tynaarlo]" in (tmp_path / "open.json").read_text("utf-8")
    log = (tmp_path / "open.redactielog.txt").read_text("utf-8")
    assert "Tonnie Vos → [projectleider, Tynaarlo]" in log and "NIET OPENBAAR" in log
    assert "Redactielog geschreven" in result.stdout


def test_public_needs_a_target(demo_file: Path, tmp_path: Path) -> None:
    line = one_dutch_line(staan("export", demo_file, "--public"))
    assert "openbare versie" in line


def test_export_bundle(demo_file: Path, tmp_path: Path) -> None:
    import zipfile

    out = tmp_path / "bundel.zip"
    result = staan("export", demo_file, "--bundle", out)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as z:
        names = sorted(z.namelist())
        assert names == sorted([
            "startdocument.pdf", "startdocument.docx", "startdocument.json",
            "openbaar/startdocument-openbaar.pdf", "openbaar/startdocument-openbaar.docx",
            "openbaar/startdocument-openbaar.json", "intern/redactielog.txt", "toetsing.txt",
        ])
        report = z.read("toetsing.txt").decode("utf-8")
        assert "openbaar/startdocument-openbaar.pdf:" in report and "[in orde] Lettertypen ingebed met ToUnicode" in report
        assert "Tonnie Vos" in z.read("startdocument.json").decode("utf-8")
        for name in names:
            if name.startswith("openbaar/") and not name.endswith(".pdf"):
                assert b"Tonnie Vos" not in z.read(name)
        assert z.read("startdocument.pdf").startswith(b"%PDF")
        # Every file is listed in the report with its SHA-256.
        import hashlib

        for name in names:
            if name != "toetsing.txt":
                assert f"{hashlib.sha256(z.read(name)).hexdigest()}  {name}" in report


def test_a_bundle_with_a_bad_template_leaves_nothing(demo_file: Path, tmp_path: Path) -> None:
    template = tmp_path / "t.dotx"
    template.write_bytes(b"kapot")
    line = one_dutch_line(staan("export", demo_file, "--bundle", tmp_path / "b.zip", "--template", template))
    assert "sjabloon" in line and sorted(p.name for p in tmp_path.iterdir()) == ["t.dotx"]
