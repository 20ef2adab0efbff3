"""Digital signatures on an exported startdocument (pyHanko, offline).

With a PKCS#12 certificate chosen by the user the PDF is signed (PAdES baseline B-B: no
timestamp server or revocation check is contacted — the application never phones out).
Without one, a signed-off version gets a last page *Ondertekening* with an empty, visible
signature field per steering-group member, so that each can sign in their own PDF reader.

:func:`finish_export` is the last step of every PDF export: sign or add the fields, write the
file atomically, and record the SHA-256 of the final bytes with the version (for ``verify``).
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from staan_desktop.domain.fingerprint import grouped, sha256_hex
from staan_desktop.domain.review_info import SignoffInfo

from .errors import DocumentError, StaanError
from .files import write_atomically
from .store import Document
from .versions import record_export

#: One page of A4 in points; the signature page takes the size of the document's last page.
_A4 = (595.2756, 841.8898)
_MARGIN = 56.7
_BOX_W, _BOX_H = 225.0, 62.0
_ROW = 104.0
_HEADER = 150.0


@dataclass(frozen=True)
class Signer:
    """Key material loaded from a PKCS#12 file; ``name`` is the certificate's subject."""

    name: str
    _signer: object


def subject_name(cert: object) -> str:
    """The certificate holder's common name (the whole subject when it has none)."""
    subject = cert.subject  # type: ignore[attr-defined]
    return str(subject.native.get("common_name") or subject.human_friendly)


def read_passphrase_file(path: Path) -> bytes:
    """The passphrase is the file's first line (so that a trailing newline does not count)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DocumentError(f"Het wachtwoordbestand ‘{Path(path).name}’ kan niet worden gelezen.", str(exc)) from exc
    return data.splitlines()[0] if data else b""


def load_signer(pkcs12: Path, passphrase: bytes | None = None) -> Signer:
    from pyhanko.sign import signers

    path = Path(pkcs12)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"Het certificaatbestand ‘{path.name}’ kan niet worden gelezen.", str(exc)) from exc
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(data, other_certs=set(), passphrase=passphrase or None)
    except Exception as exc:  # noqa: BLE001 - pyHanko and cryptography raise several kinds
        reason = "het wachtwoord klopt niet of het is geen PKCS#12-bestand (.p12/.pfx)"
        raise DocumentError(f"Het certificaat ‘{path.name}’ kan niet worden geopend: {reason}.", str(exc)) from None
    if signer is None or signer.signing_cert is None:
        raise DocumentError(f"Het certificaat ‘{path.name}’ bevat geen sleutel om mee te ondertekenen.")
    return Signer(subject_name(signer.signing_cert), signer)


def sign_pdf(pdf: bytes, signer: Signer, *, reason: str = "", location: str = "", field_name: str = "Vaststelling") -> bytes:
    """``pdf`` with a PAdES signature appended as an incremental update (invisible field)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason or None,
        location=location or None,
    )
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        return signers.sign_pdf(writer, meta, signer=signer._signer).getvalue()  # type: ignore[arg-type]
    except Exception as exc:  # noqa: BLE001
        raise StaanError("De PDF kon niet worden ondertekend.", str(exc)) from exc


# Empty signature fields -------------------------------------------------------------------


def field_name(member: str, index: int) -> str:
    """A PDF field name for a member: no dots (they separate field-name parts), unique."""
    clean = re.sub(r"[.\x00-\x1f]", " ", member).strip()
    return f"Handtekening {index + 1} – {clean}"[:120]


def _font() -> tuple[str, str]:
    """DejaVu when the shipped fonts are there (names with any accent), else Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from staan_desktop.resources import resource_path

    try:
        for name, file in (("StaanSign", "DejaVuSans.ttf"), ("StaanSign-Bold", "DejaVuSans-Bold.ttf")):
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(resource_path(f"fonts/{file}"))))
        return "StaanSign", "StaanSign-Bold"
    except Exception:  # noqa: BLE001 - a missing font must not stop the export
        return "Helvetica", "Helvetica-Bold"


def _signature_pages(info: SignoffInfo, size: tuple[float, float]) -> tuple[bytes, list[tuple[int, tuple[float, ...]]]]:
    """PDF pages that name each member above an empty box; returns the boxes (page, rect)."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    regular, bold = _font()
    width, height = size
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=size, invariant=1)
    boxes: list[tuple[int, tuple[float, ...]]] = []
    per_row = 2
    rows_per_page = max(1, int((height - _HEADER - 2 * _MARGIN) // _ROW))
    per_page = rows_per_page * per_row
    pages = max(1, -(-len(info.members) // per_page))
    for page in range(pages):
        c.setFont(bold, 16)
        c.drawString(_MARGIN, height - _MARGIN - 16, "Ondertekening")
        c.setFont(regular, 9.5)
        paragraphs = [
            f"{info.statement}, {info.version_label}.",
            "Vingerafdruk (SHA-256) van de vastgestelde inhoud:",
            grouped(info.fingerprint),
            "Elk lid van de stuurgroep kan hieronder digitaal ondertekenen in de eigen PDF-lezer.",
        ]
        lines = [line for text in paragraphs for line in simpleSplit(text, regular, 9.5, width - 2 * _MARGIN)]
        for i, line in enumerate(lines[:6]):
            c.drawString(_MARGIN, height - _MARGIN - 40 - i * 14, line)
        chunk = info.members[page * per_page : (page + 1) * per_page]
        for k, member in enumerate(chunk):
            row, col = divmod(k, per_row)
            x = _MARGIN + col * (_BOX_W + 30)
            top = height - _MARGIN - _HEADER - row * _ROW
            c.setFont(bold, 10)
            c.drawString(x, top, member[:60])
            c.setLineWidth(0.6)
            c.rect(x, top - 8 - _BOX_H, _BOX_W, _BOX_H)
            boxes.append((page, (x, top - 8 - _BOX_H, x + _BOX_W, top - 8)))
        c.showPage()
    c.save()
    return out.getvalue(), boxes


def add_signature_fields(pdf: bytes, info: SignoffInfo) -> bytes:
    """``pdf`` with a last page *Ondertekening* holding an empty signature field per member."""
    from pypdf import PdfReader, PdfWriter
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    try:
        reader = PdfReader(io.BytesIO(pdf))
        box = reader.pages[-1].mediabox
        size = (float(box.width), float(box.height)) if box else _A4
        extra, boxes = _signature_pages(info, size)
        # Rewriting (not an incremental update) keeps the exported file one clean revision,
        # so that what the members sign is exactly what verify knows by its hash.
        writer = PdfWriter(clone_from=reader)
        first_new = len(writer.pages)
        for page in PdfReader(io.BytesIO(extra)).pages:
            writer.add_page(page)
        merged = io.BytesIO()
        writer.write(merged)
        fields_writer = IncrementalPdfFileWriter(io.BytesIO(merged.getvalue()), strict=False)
        for index, (member, (page, rect)) in enumerate(zip(info.members, boxes)):
            spec = fields.SigFieldSpec(sig_field_name=field_name(member, index), on_page=first_new + page, box=rect)  # type: ignore[arg-type]
            fields.append_signature_field(fields_writer, spec)
        # SignaturesExist | AppendOnly now, so that a member's signature later changes nothing
        # but its own field (verify then recognises the signing as a pure addition).
        fields_writer.root["/AcroForm"]["/SigFlags"] = generic.NumberObject(3)
        fields_writer.update_container(fields_writer.root["/AcroForm"])
        out = io.BytesIO()
        fields_writer.write(out)
        return out.getvalue()
    except Exception as exc:  # noqa: BLE001
        raise StaanError("De ondertekeningsvelden konden niet aan de PDF worden toegevoegd.", str(exc)) from exc


# The last step of an export ---------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    signed: bool
    #: Whether the hash was stored with the version (not for a concept or a read-only document).
    recorded: bool


def finish_export(
    doc: Document, pdf: bytes, target: Path, *, signoff: SignoffInfo | None, signer: Signer | None = None
) -> ExportResult:
    """Sign (with ``signer``) or add empty member fields (signed-off version without one),
    write ``target`` atomically, and record the final bytes' hash with the version."""
    if signer is not None:
        what = signoff.version_label if signoff else "concept"
        reason = f"Startdocument, {what}" + (f" – {signoff.statement.lower()}" if signoff else "")
        data = sign_pdf(pdf, signer, reason=reason)
    elif signoff is not None:
        data = add_signature_fields(pdf, signoff)
    else:
        data = pdf
    write_atomically(Path(target), data)
    recorded = False
    if signoff is not None and not doc.read_only:
        record_export(doc, signoff.version, data, signed=signer is not None)
        recorded = True
    return ExportResult(Path(target), sha256_hex(data), signer is not None, recorded)


def quiet_pyhanko() -> None:
    """pyHanko logs a full traceback for every certificate it cannot trust (e.g. self-signed);
    we report trust in words instead."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
