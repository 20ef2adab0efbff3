"""Digital signatures on an exported startdocument (pyHanko, offline).

With a PKCS#12 certificate chosen by the user the PDF is signed (PAdES baseline B-B: no
timestamp server or revocation check is contacted — the application never phones out).
Without one, a signed-off version gets an empty, visible signature field per steering-group
member on the boxes of its last page *Ondertekening* (drawn by the renderer, like every other
page: ``reports/pdf/signatures.py``), so that each can sign in their own PDF reader.

:func:`finish_export` is the last step of every PDF export: sign or add the fields, write the
file atomically, and record the SHA-256 of the final bytes with the version (for ``verify``).
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from staan_desktop.domain.fingerprint import sha256_hex
from staan_desktop.domain.messages import msg, phrase
from staan_desktop.domain.review_info import SignoffInfo

from .errors import DocumentError, StaanError
from .files import write_atomically
from .pdf_form_tags import field_ref, tag_widget
from .store import Document
from .versions import record_export

# pyHanko 0.38 (the latest) imports cryptography's DSA key class when it is imported, and recent
# cryptography releases warn on that import: a CryptographyDeprecationWarning on stderr of every
# export and verify. STAAN never signs or validates with DSA; silence exactly that warning, raised
# from exactly that module, so that any other deprecation still shows. (Named by its message,
# not its class: importing cryptography to name it would load the signing stack for every export.)
warnings.filterwarnings(
    "ignore",
    message=r"DSA is deprecated",
    module=r"pyhanko\.sign\.signers\.pdf_cms",
)


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
        raise DocumentError(msg("signing.password_unreadable", name=Path(path).name), str(exc)) from exc
    return data.splitlines()[0] if data else b""


def load_signer(pkcs12: Path, passphrase: bytes | None = None) -> Signer:
    from pyhanko.sign import signers

    path = Path(pkcs12)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(msg("signing.certificate_unreadable", name=path.name), str(exc)) from exc
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(data, other_certs=set(), passphrase=passphrase or None)
    except Exception as exc:  # noqa: BLE001 - pyHanko and cryptography raise several kinds
        reason = phrase("het wachtwoord klopt niet of het is geen PKCS#12-bestand (.p12/.pfx)")
        raise DocumentError(msg("signing.certificate_not_opened", name=path.name, reason=reason), str(exc)) from None
    if signer is None or signer.signing_cert is None:
        raise DocumentError(msg("signing.no_key", name=path.name))
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
        writer = _keeping_metadata(IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False))
        # The field is made here, tagged, and then filled by pyHanko (all one update): a field
        # pyHanko made itself while signing would be an annotation outside the structure tree.
        fields.append_signature_field(writer, fields.SigFieldSpec(sig_field_name=field_name, on_page=-1))
        tag_widget(writer, field_ref(writer, field_name), f"Digitale handtekening: {reason or 'startdocument'}")
        signed: bytes = signers.sign_pdf(writer, meta, signer=signer._signer).getvalue()  # type: ignore[arg-type]
        return signed
    except Exception as exc:  # noqa: BLE001
        raise StaanError(msg("signing.not_signed"), str(exc)) from exc


_Writer = TypeVar("_Writer")


def _keeping_metadata(writer: _Writer) -> _Writer:
    """pyHanko rewrites the document information and the XMP of every file it updates (its
    own producer, the time of the update, the XMP serialised anew); the rendering's metadata,
    which PDF/A asks to agree between the two, then no longer does. A signature or an empty
    field changes nothing the metadata describes, so the update leaves it as it is."""
    setattr(writer, "_update_meta", lambda: None)  # noqa: B010 - an instance override, on purpose
    return writer


# Empty signature fields -------------------------------------------------------------------


#: How the name of every member's signature field begins (``verify`` recognises them by it).
FIELD_PREFIX = "Handtekening "


def field_name(member: str, index: int) -> str:
    """A PDF field name for a member: no dots (they separate field-name parts), unique."""
    clean = re.sub(r"[.\x00-\x1f]", " ", member).strip()
    return f"{FIELD_PREFIX}{index + 1} – {clean}"[:120]


Boxes = Sequence[tuple[int, tuple[float, float, float, float]]]


def add_signature_fields(pdf: bytes, info: SignoffInfo, boxes: Boxes) -> bytes:
    """``pdf`` with an empty signature field per member on the boxes the renderer drew on its
    signature page (``boxes``: page number from 1 and rectangle, one per member, in order)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    from staan_desktop.reports.pdf.signatures import signer_id  # ReportLab: only when it is needed

    if len(boxes) != len(info.members):
        raise StaanError(msg("signing.fields_not_added"),
                         f"{len(boxes)} boxes for {len(info.members)} members")
    try:
        fields_writer = _keeping_metadata(IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False))
        for index, (member, (page, rect)) in enumerate(zip(info.members, boxes)):
            # pyHanko types the box as whole numbers; a PDF rectangle takes any number (points).
            name = field_name(member, index)
            spec = fields.SigFieldSpec(sig_field_name=name, on_page=page - 1, box=rect)  # type: ignore[arg-type]
            fields.append_signature_field(fields_writer, spec)
            tag_widget(fields_writer, field_ref(fields_writer, name), f"Handtekeningveld voor {member}",
                       after_id=signer_id(index))
        # SignaturesExist | AppendOnly now, so that a member's signature later changes nothing
        # but its own field (verify then recognises the signing as a pure addition).
        # pyHanko leaves NumberObject and write() unannotated.
        fields_writer.root["/AcroForm"]["/SigFlags"] = generic.NumberObject(3)  # type: ignore[no-untyped-call]
        fields_writer.update_container(fields_writer.root["/AcroForm"])
        out = io.BytesIO()
        fields_writer.write(out)  # type: ignore[no-untyped-call]
        return out.getvalue()
    except Exception as exc:  # noqa: BLE001
        raise StaanError(msg("signing.fields_not_added"), str(exc)) from exc


# The last step of an export ---------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    signed: bool
    #: Whether the hash was stored with the version (not for a concept or a read-only document).
    recorded: bool


def finish_export(
    doc: Document,
    pdf: bytes,
    target: Path,
    *,
    signoff: SignoffInfo | None,
    signer: Signer | None = None,
    boxes: Boxes = (),
) -> ExportResult:
    """Sign (with ``signer``) or add empty member fields on ``boxes`` (signed-off version
    without one), write ``target`` atomically, and record the final bytes' hash with the version."""
    if signer is not None:
        what = signoff.version_label if signoff else "concept"
        reason = f"Startdocument, {what}" + (f" – {signoff.statement.lower()}" if signoff else "")
        data = sign_pdf(pdf, signer, reason=reason)
    elif signoff is not None:
        data = add_signature_fields(pdf, signoff, boxes)
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
