"""The PDF of a signed-off version: ``verify`` on good and tampered PDFs, signing with a
certificate (validated with pyHanko), and empty signature fields for the members."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from staan_desktop.domain.fingerprint import fingerprint
from staan_desktop.domain.review_info import metadata_marker
from staan_desktop.services import edits, versions
from staan_desktop.services.errors import DocumentError
from staan_desktop.services.interchange import create_demo
from staan_desktop.services.pdf_signing import Signer, finish_export, load_signer, read_passphrase_file
from staan_desktop.services.signoff import sign_off
from staan_desktop.services.verification import verify_pdf


def export(doc, target: Path, version: int | None = None, signer: Signer | None = None) -> bytes:  # type: ignore[no-untyped-def]
    """The real export once ``services/pdf_export.py`` exists; until then a small ReportLab PDF
    that carries the metadata the way the renderer writes it, through the same last step."""
    try:
        from staan_desktop.services.pdf_export import export_pdf
    except ImportError:
        export_pdf = None
    if export_pdf is not None:
        export_pdf(doc, target, version=version, signer=signer)
        return target.read_bytes()
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas

    tree, info = versions.content_for_export(doc, version)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=1)
    page.drawString(72, 760, tree.trajectory.title[:80])
    for i, statement in enumerate(tree.statements[:20]):
        page.drawString(72, 730 - 16 * i, statement[:90])
    page.showPage()
    page.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    if info is not None:
        writer.add_metadata({"/StaanVersie": str(info.version), "/StaanVingerafdruk": info.fingerprint})
    else:  # a concept: the marker among the keywords (the renderer's ``extra_keywords``)
        writer.add_metadata({"/Keywords": f"startdocument, {metadata_marker(None, fingerprint(tree))}"})
    out = io.BytesIO()
    writer.write(out)
    finish_export(doc, out.getvalue(), target, signoff=info, signer=signer)
    return target.read_bytes()


@pytest.fixture
def doc(tmp_path: Path):  # type: ignore[no-untyped-def]
    d = create_demo(tmp_path / "demo.staan")
    sign_off(d, decided_on="2026-12-01", members=["Anna Bakker", "Jan de Vries", "Ĳsbrand Ødegård"])
    yield d
    d.close()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, x509.Certificate]:
    """A self-signed certificate in a PKCS#12 file, made here (no network, no files shipped)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Roel Schrotenboer")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    path = tmp_path_factory.mktemp("cert") / "procesmanager.p12"
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(b"pm", key, cert, None, serialization.BestAvailableEncryption(b"geheim"))
    )
    return path, b"geheim", cert


def test_verify_a_good_pdf(doc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    export(doc, tmp_path / "v1.pdf")
    report = verify_pdf(tmp_path / "v1.pdf", doc)
    assert report.ok and report.version == 1, report.text
    assert "gelijk aan vastgestelde versie 1" in report.text
    assert "precies de PDF zoals die is geëxporteerd" in report.text
    # It still belongs to version 1 after a new draft and a second sign-off.
    versions.start_new_draft(doc)
    edits.add_statement(doc, text="Nieuw in versie 2")
    sign_off(doc, decided_on="2027-01-15", members=["Anna Bakker"])
    assert verify_pdf(tmp_path / "v1.pdf", doc).ok


def test_verify_a_tampered_pdf_text(doc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    good = export(doc, tmp_path / "v1.pdf")
    # An incremental update that replaces the first page's text, metadata left as it was.
    writer = IncrementalPdfFileWriter(io.BytesIO(good), strict=False)
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    page["/Contents"] = writer.add_object(generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 760 Td (Vervalst) Tj ET"))
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    (tmp_path / "vervalst.pdf").write_bytes(out.getvalue())
    report = verify_pdf(tmp_path / "vervalst.pdf", doc)
    assert not report.ok and "geen ondertekening" in report.text


def test_verify_a_rewritten_pdf(doc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = export(doc, tmp_path / "v1.pdf")
    (tmp_path / "anders.pdf").write_bytes(good.replace(b"/Producer", b"/Producex", 1))
    report = verify_pdf(tmp_path / "anders.pdf", doc)
    assert not report.ok and "na de export gewijzigd" in report.text


def test_verify_a_pdf_whose_fingerprint_was_changed(doc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader, PdfWriter

    export(doc, tmp_path / "v1.pdf")
    writer = PdfWriter(clone_from=PdfReader(tmp_path / "v1.pdf"))
    writer.add_metadata({"/StaanVingerafdruk": "0" * 64})
    writer.write(tmp_path / "andere-inhoud.pdf")
    report = verify_pdf(tmp_path / "andere-inhoud.pdf", doc)
    assert not report.ok and "geen enkele versie" in report.text


def test_verify_a_pdf_of_a_version_this_document_does_not_have(doc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader, PdfWriter

    export(doc, tmp_path / "v1.pdf")
    writer = PdfWriter(clone_from=PdfReader(tmp_path / "v1.pdf"))
    writer.add_metadata({"/StaanVersie": "7"})
    writer.write(tmp_path / "v7.pdf")
    report = verify_pdf(tmp_path / "v7.pdf", doc)
    assert not report.ok and "Versie 7 bestaat niet" in report.text and "hoort wel bij versie 1" in report.text


def test_verify_refuses_a_pdf_without_fingerprint_and_a_non_pdf(doc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(tmp_path / "vreemd.pdf"))
    c.drawString(72, 720, "Iets anders")
    c.save()
    assert "geen STAAN-vingerafdruk" in verify_pdf(tmp_path / "vreemd.pdf", doc).text
    (tmp_path / "geen.pdf").write_bytes(b"dit is geen pdf")
    with pytest.raises(DocumentError, match="geen leesbare PDF"):
        verify_pdf(tmp_path / "geen.pdf", doc)


def test_empty_signature_fields_for_the_members_and_signing_one_later(doc, tmp_path: Path, certificate) -> None:  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields, signers

    data = export(doc, tmp_path / "v1.pdf")
    names = [name for name, value, _ref in fields.enumerate_sig_fields(PdfFileReader(io.BytesIO(data)))]
    assert names == ["Handtekening 1 – Anna Bakker", "Handtekening 2 – Jan de Vries", "Handtekening 3 – Ĳsbrand Ødegård"]
    # Anna signs her field in her own reader: an incremental update that verify accepts.
    path, passphrase, _cert = certificate
    signer = signers.SimpleSigner.load_pkcs12(str(path), passphrase=passphrase)
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    signed = signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name=names[0]), signer=signer).getvalue()
    (tmp_path / "getekend.pdf").write_bytes(signed)
    report = verify_pdf(tmp_path / "getekend.pdf", doc)
    assert report.ok, report.text
    assert "alleen aangevuld met handtekeningen" in report.text and "Roel Schrotenboer – intact" in report.text


def test_signing_with_a_certificate_is_valid_pades(doc, tmp_path: Path, certificate) -> None:  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    path, passphrase, cert = certificate
    (tmp_path / "wachtwoord.txt").write_bytes(passphrase + b"\n")
    signer = load_signer(path, read_passphrase_file(tmp_path / "wachtwoord.txt"))
    assert "Roel Schrotenboer" in signer.name
    data = export(doc, tmp_path / "getekend.pdf", signer=signer)
    [signature] = PdfFileReader(io.BytesIO(data)).embedded_signatures
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES
    from pyhanko.keys import load_cert_from_pemder

    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    context = ValidationContext(trust_roots=[load_cert_from_pemder(str(tmp_path / "cert.pem"))], allow_fetching=False)
    status = validate_pdf_signature(signature, context)
    assert status.intact and status.valid and status.trusted and status.bottom_line
    report = verify_pdf(tmp_path / "getekend.pdf", doc)
    assert report.ok and "precies de PDF" in report.text, report.text
    assert [e.signed for e in _exports(doc)] == [True]


def _exports(doc):  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from staan_desktop.domain.review_tables import VersionExportRow

    with doc.reading() as session:
        return list(session.exec(select(VersionExportRow)))


def test_a_wrong_passphrase_is_one_dutch_sentence(certificate) -> None:  # type: ignore[no-untyped-def]
    path, _passphrase, _cert = certificate
    with pytest.raises(DocumentError, match="wachtwoord klopt niet"):
        load_signer(path, b"fout")


def test_a_concept_pdf_has_no_fields_and_is_not_recorded(tmp_path: Path) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields

    with create_demo(tmp_path / "concept.staan") as doc:
        data = export(doc, tmp_path / "concept.pdf")
        assert list(fields.enumerate_sig_fields(PdfFileReader(io.BytesIO(data)))) == []
        assert _exports(doc) == []


def test_verify_a_concept_pdf(tmp_path: Path) -> None:
    with create_demo(tmp_path / "concept.staan") as doc:
        export(doc, tmp_path / "concept.pdf")
        report = verify_pdf(tmp_path / "concept.pdf", doc)
        assert report.ok and report.version is None and "komt overeen met de huidige inhoud" in report.text
        sign_off(doc, decided_on="2026-12-01", members=["A"])
        report = verify_pdf(tmp_path / "concept.pdf", doc)
        assert report.ok and "ongewijzigd vastgesteld als versie 1" in report.text
        versions.start_new_draft(doc)
        edits.add_statement(doc, text="Later toegevoegd")
        sign_off(doc, decided_on="2027-01-01", members=["A"])
        assert verify_pdf(tmp_path / "concept.pdf", doc).ok  # still: it became version 1
    with create_demo(tmp_path / "ander.staan") as doc:
        edits.add_statement(doc, text="Na de export")
        report = verify_pdf(tmp_path / "concept.pdf", doc)
        assert not report.ok and "sindsdien is gewijzigd" in report.text


def test_verify_reads_what_a_reader_sees(doc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The page text is compared with the version rendered again; a page drawn otherwise with
    the same words (here: one line turned white) does not verify either."""
    import pikepdf

    export(doc, tmp_path / "v1.pdf")
    assert "Tekst: elke pagina toont wat versie 1 toont." in verify_pdf(tmp_path / "v1.pdf", doc).text
    with pikepdf.open(tmp_path / "v1.pdf") as pdf:
        page = pdf.pages[5]
        data = page.Contents.read_bytes()
        assert b"Tonnie Vos" in data
        page.Contents.write(data.replace(b"Tonnie Vos", b"Tonnie Vis"))
        pdf.save(tmp_path / "vis.pdf")
    report = verify_pdf(tmp_path / "vis.pdf", doc)
    assert not report.ok and "pagina 6, in de PDF: ‘Tonnie Vis" in report.text, report.text
    with pikepdf.open(tmp_path / "v1.pdf") as pdf:
        page = pdf.pages[5]
        data = page.Contents.read_bytes()
        page.Contents.write(data.replace(b"(Tonnie Vos", b"1 1 1 rg (Tonnie Vos", 1))
        pdf.save(tmp_path / "wit.pdf")
    report = verify_pdf(tmp_path / "wit.pdf", doc)
    assert not report.ok and "pagina 6 is anders getekend dan versie 1" in report.text, report.text


def test_verify_a_pdf_with_the_annex_of_open_comments(tmp_path: Path) -> None:
    from staan_desktop.services import review
    from staan_desktop.services.pdf_export import export_pdf

    with create_demo(tmp_path / "concept.staan") as doc:
        comment = review.add_comment(doc, text="Klopt dit bedrag?", author="Piet")
        export_pdf(doc, tmp_path / "concept.pdf", include_open_comments=True)
        report = verify_pdf(tmp_path / "concept.pdf", doc)
        assert report.ok, report.text
        review.resolve_comment(doc, comment.id, resolved_by="Roel")  # the annex now differs
        report = verify_pdf(tmp_path / "concept.pdf", doc)
        assert not report.ok and "de PDF heeft 8 pagina's, het document geeft er 7" in report.text
        assert "opmerkingen die nu open staan" in report.text


def _earlier_release_export(doc, extra_line: str = "", members: tuple[str, ...] | None = None) -> bytes:  # type: ignore[no-untyped-def]
    """A signed-off PDF as releases before the signature page was rendered with the document
    made it: the document without that page ("pagina N van 7"), then a page drawn apart with
    ReportLab's canvas (as ``pdf_signing._signature_pages`` did), then the members' fields."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from staan_desktop.domain.fingerprint import grouped
    from staan_desktop.resources import resource_path
    from staan_desktop.services.pdf_export import render_content
    from staan_desktop.services.pdf_signing import add_signature_fields

    tree, info = versions.content_for_export(doc, 1)
    body, _boxes = render_content(tree, info, signature_page=False)
    page = io.BytesIO()
    for name, file in (("EerderSign", "DejaVuSans.ttf"), ("EerderSign-Bold", "DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource_path(f"fonts/{file}"))))
    c = canvas.Canvas(page, invariant=1)
    c.setFont("EerderSign-Bold", 16)
    c.drawString(56.7, 769, "Ondertekening")
    c.setFont("EerderSign", 9.5)
    lines = [f"{info.statement}, {info.version_label}.", "Vingerafdruk (SHA-256) van de vastgestelde inhoud:",
             grouped(info.fingerprint), "Elk lid van de stuurgroep kan hieronder digitaal ondertekenen in de eigen PDF-lezer.",
             *([extra_line] if extra_line else [])]
    for i, line in enumerate(lines):
        c.drawString(56.7, 745 - i * 14, line)
    boxes = []
    for k, member in enumerate(info.members if members is None else members):
        row, col = divmod(k, 2)
        x, top = 56.7 + col * 255, 635 - row * 104
        c.drawString(x, top, member[:60])
        c.rect(x, top - 70, 225, 62)
        boxes.append((len(PdfReader(io.BytesIO(body)).pages) + 1, (x, top - 70, x + 225, top - 8)))
    c.showPage()
    c.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(body)))
    writer.add_page(PdfReader(io.BytesIO(page.getvalue())).pages[0])
    merged = io.BytesIO()
    writer.write(merged)
    return add_signature_fields(merged.getvalue(), info, boxes)


def test_a_signed_off_pdf_of_an_earlier_release_still_verifies(doc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "eerder.pdf").write_bytes(_earlier_release_export(doc))
    report = verify_pdf(tmp_path / "eerder.pdf", doc)
    assert report.ok and "opmaak van een eerdere uitgave" in report.text, report.text
    # Its signature page may say nothing else, and must name every member.
    (tmp_path / "meer.pdf").write_bytes(_earlier_release_export(doc, extra_line="Akkoord met een tonnetje extra"))
    assert not verify_pdf(tmp_path / "meer.pdf", doc).ok
    (tmp_path / "minder.pdf").write_bytes(_earlier_release_export(doc, members=("Anna Bakker", "Jan de Vries", "Piet Klaassen")))
    assert not verify_pdf(tmp_path / "minder.pdf", doc).ok
