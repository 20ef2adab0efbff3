"""signoff, draft, history, diff, verify and comments from the command line, as a user runs them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cli_process import staan

ROOT = Path(__file__).resolve().parents[1]




@pytest.fixture
def demo(tmp_path: Path) -> Path:
    result = staan("import", ROOT / "resources" / "demo" / "staan.json", "-o", tmp_path / "demo.staan")
    assert result.returncode == 0, result.stderr
    return tmp_path / "demo.staan"


def export_pdf(doc_path: Path, target: Path, version: int | None = None) -> None:
    """``staan export --pdf`` once the PDF export exists; until then the same last step
    (finish_export) on a small PDF that carries the renderer's metadata keys."""
    try:
        import staan_desktop.services.pdf_export  # noqa: F401
    except ImportError:
        pass
    else:
        args = ["export", doc_path, "--pdf", target] + (["--version", version] if version else [])
        result = staan(*args)
        assert result.returncode == 0, result.stderr
        return
    from pypdf import PdfWriter

    from staan_desktop.services.pdf_signing import finish_export
    from staan_desktop.services.store import open_document
    from staan_desktop.services.versions import content_for_export

    with open_document(doc_path) as doc:
        tree, info = content_for_export(doc, version)
        writer = PdfWriter()
        writer.add_blank_page(595, 842)
        assert info is not None
        writer.add_metadata({"/Title": tree.trajectory.title, "/StaanVersie": str(info.version), "/StaanVingerafdruk": info.fingerprint})
        out = io.BytesIO()
        writer.write(out)
        finish_export(doc, out.getvalue(), target, signoff=info)


def test_signoff_history_and_frozen(demo: Path) -> None:
    result = staan("signoff", demo, "--date", "2026-12-01", "--member", "Anna Bakker", "--member", "Jan de Vries",
                   "--meeting", "Stuurgroep 3")
    assert result.returncode == 0, result.stderr
    assert "Vastgesteld door de stuurgroep op 1 december 2026 (Stuurgroep 3): versie 1 is bevroren." in result.stdout
    again = staan("signoff", demo, "--date", "2026-12-02", "--member", "Anna Bakker")
    assert again.returncode == 1 and again.stderr.strip() == (
        "staan: Versie 1 is al vastgesteld. Begin eerst een nieuwe conceptversie."
    )
    history = staan("history", demo)
    assert history.returncode == 0
    assert "Versie 1: vastgesteld op 1 december 2026 (Stuurgroep 3)" in history.stdout
    assert "door: Anna Bakker, Jan de Vries" in history.stdout
    assert staan("check", demo).returncode == 0


def test_signoff_needs_date_and_members(demo: Path) -> None:
    assert staan("signoff", demo, "--date", "2026-12-01").returncode == 2
    bad = staan("signoff", demo, "--date", "morgen", "--member", "A")
    assert bad.returncode == 1 and "geen geldige datum" in bad.stderr and bad.stderr.count("\n") == 1


def test_draft_and_diff(demo: Path) -> None:
    from staan_desktop.services import edits
    from staan_desktop.services.store import open_document

    assert staan("draft", demo).returncode == 1  # nothing signed off yet
    assert staan("signoff", demo, "--date", "2026-12-01", "--member", "A").returncode == 0
    draft = staan("draft", demo)
    assert draft.returncode == 0 and "Nieuwe conceptversie 2" in draft.stdout
    with open_document(demo) as doc:
        edits.add_statement(doc, text="Een nieuwe uitspraak.")
    assert staan("signoff", demo, "--date", "2027-01-15", "--member", "A").returncode == 0
    diff = staan("diff", demo, "1", "2")
    assert diff.returncode == 0, diff.stderr
    assert "Uitspraken" in diff.stdout and "+ toegevoegd:  Uitspraak 9: ‘Een nieuwe uitspraak.’" in diff.stdout
    assert "Geen verschillen" in staan("diff", demo, "2", "concept").stdout
    missing = staan("diff", demo, "1", "5")
    assert missing.returncode == 1 and "Versie 5 bestaat niet" in missing.stderr


def test_verify_good_and_tampered(demo: Path, tmp_path: Path) -> None:
    assert staan("signoff", demo, "--date", "2026-12-01", "--member", "Anna Bakker").returncode == 0
    pdf = tmp_path / "startdocument.pdf"
    export_pdf(demo, pdf)
    good = staan("verify", pdf, demo)
    assert good.returncode == 0, good.stderr
    assert "Inhoud: gelijk aan vastgestelde versie 1." in good.stdout and good.stdout.strip().endswith("De PDF klopt.")
    tampered = tmp_path / "vervalst.pdf"
    tampered.write_bytes(pdf.read_bytes().replace(b"/Producer", b"/Producex", 1))
    bad = staan("verify", tampered, demo)
    assert bad.returncode == 1 and "De PDF klopt NIET." in bad.stderr


def test_comments_listing(demo: Path) -> None:
    from staan_desktop.services import review

    assert "Geen openstaande opmerkingen." in staan("comments", demo).stdout
    reviewer = review.open_for_review(demo, "Piet")
    review.add_comment(reviewer, text="Klopt dit?", target_table="section", target_id=1)
    out = staan("comments", demo).stdout
    assert "[open] Hoofdstuk ‘Vooraf’ – Piet" in out and "Klopt dit?" in out


def test_export_with_a_missing_certificate_is_refused_before_rendering(demo: Path, tmp_path: Path) -> None:
    result = staan("export", demo, "--pdf", tmp_path / "x.pdf", "--sign", tmp_path / "bestaat-niet.p12")
    assert result.returncode == 1 and "certificaatbestand" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
