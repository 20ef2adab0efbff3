"""``verify``: does this PDF belong to this document, and to which version, unchanged?

Four independent checks, each reported in words:

1. **Content.** The fingerprint in the PDF's metadata (written at export) must equal the
   fingerprint stored with that version, and that fingerprint is recomputed from the stored
   snapshot, so a snapshot altered outside STAAN is caught too; the sign-off records must
   still say what the snapshot froze (date, meeting, members).
2. **What a reader sees.** Metadata can be copied and an export hash can be added to the file
   by anyone with ``sqlite3``, so the page text itself is compared: the version the PDF claims
   to be is rendered again, in memory and exactly as an export renders it, both PDFs' text is
   extracted the same way (pypdf), and the first lines that differ are named; a page drawn
   otherwise with the same text (a colour, a rectangle over a line) does not verify either.
   Nothing on the pages depends on the moment of export (timestamps are only in the metadata),
   so nothing is ignored but annotations (the members' signature fields). The annex of open review comments shows the comments open *now*; a PDF made with
   them verifies while they are unchanged.
3. **Bytes.** When the export's SHA-256 was recorded, the PDF must be exactly those bytes —
   or those bytes followed by incremental updates that only add signatures (a member signing
   an empty field in their reader), as pyHanko's difference analysis judges it.
4. **Signatures.** Every digital signature in the PDF must be intact. Whether the signer's
   certificate is trusted is reported, not required: there is no trust list offline.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from staan_desktop.domain.document import Status, Trajectory
from staan_desktop.domain.fingerprint import fingerprint, fingerprint_of_stored, grouped, is_fingerprint, sha256_hex
from staan_desktop.domain.messages import msg
from staan_desktop.domain.review_info import PdfMarker, SignoffInfo, find_marker
from staan_desktop.reports.pdf.options import OpenComment
from staan_desktop.reports.pdf.signatures import INVITATION

from .errors import DocumentError, StaanError
from .pdf_signing import FIELD_PREFIX, quiet_pyhanko, subject_name
from .store import Document
from .text_compare import compare_pdfs, first_differences, page_lines, quiet_pypdf, read_pdf
from .versions import (
    content_fingerprint,
    content_for_export,
    export_hashes,
    list_versions,
    stored_version,
    tree_of,
    version_tree,
    version_with_fingerprint,
)

#: Metadata keys the renderer writes for a signed-off version (``reports/pdf/renderer.py``).
VERSION_KEY = "/StaanVersie"
FINGERPRINT_KEY = "/StaanVingerafdruk"
#: The title of the annex of open review comments (``reports/pdf/story.py``).
COMMENTS_TITLE = "Openstaande opmerkingen"
_KEYWORD_FP = re.compile(r"sha256:([0-9a-f]{64})")
_KEYWORD_VERSION = re.compile(r"\bversie (\d+)\b")


@dataclass
class VerifyReport:
    ok: bool = True
    version: int | None = None
    lines: list[str] = field(default_factory=list)

    def fail(self, line: str) -> None:
        self.ok = False
        self.lines.append(f"AFWIJKING: {line}")

    def note(self, line: str) -> None:
        self.lines.append(line)

    @property
    def text(self) -> str:
        verdict = "De PDF klopt." if self.ok else "De PDF klopt NIET."
        return "\n".join([*self.lines, verdict])


def read_marker(pdf: bytes) -> PdfMarker | None:
    """Version and fingerprint from the PDF metadata (our keys first, then the keywords)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    quiet_pypdf()
    try:
        info: Mapping[Any, Any] = PdfReader(io.BytesIO(pdf)).metadata or {}
    except (PyPdfError, ValueError, KeyError, OSError) as exc:
        raise DocumentError(msg("verification.not_pdf"), str(exc)) from None
    values = {str(k): str(v) for k, v in info.items()}
    fp = values.get(FINGERPRINT_KEY, "").strip()
    if is_fingerprint(fp):
        version = values.get(VERSION_KEY, "").strip()
        return PdfMarker(int(version) if version.isdigit() else None, fp)
    marker = find_marker(*values.values())
    if marker is not None:
        return marker
    keywords = values.get("/Keywords", "") + " " + values.get("/Subject", "")
    match = _KEYWORD_FP.search(keywords)
    if match:
        version_match = _KEYWORD_VERSION.search(keywords)
        return PdfMarker(int(version_match.group(1)) if version_match else None, match.group(1))
    return None


def _prefix_revision(pdf: bytes, hashes: set[str]) -> int | None:
    """The revision index whose end (an ``%%EOF``) ends a prefix with a recorded hash."""
    revision = -1
    for match in re.finditer(rb"%%EOF", pdf):
        revision += 1
        end = match.end()
        for tail in (b"", b"\n", b"\r\n", b"\r"):
            if pdf[end : end + len(tail)] == tail and sha256_hex(pdf[: end + len(tail)]) in hashes:
                return revision
    return None


def _check_bytes(report: VerifyReport, pdf: bytes, hashes: list[str]) -> None:
    if not hashes:
        report.note("Bytes: van deze versie is geen export vastgelegd; alleen de inhoud is gecontroleerd.")
        return
    if sha256_hex(pdf) in hashes:
        report.note("Bytes: precies de PDF zoals die is geëxporteerd.")
        return
    revision = _prefix_revision(pdf, set(hashes))
    if revision is None:
        report.fail("de PDF is na de export gewijzigd (de bytes komen met geen enkele export overeen).")
        return
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import DEFAULT_DIFF_POLICY, ModificationLevel

    quiet_pyhanko()
    try:
        result = DEFAULT_DIFF_POLICY.review_file(PdfFileReader(io.BytesIO(pdf), strict=False), base_revision=revision)
    except Exception as exc:  # noqa: BLE001 - a malformed update is a change we cannot explain
        report.fail(f"na de export is iets toegevoegd dat niet kan worden beoordeeld ({exc}).")
        return
    level = getattr(result, "modification_level", None)
    if level is None or level > ModificationLevel.FORM_FILLING:
        report.fail("na de export is de PDF gewijzigd op een manier die geen ondertekening is.")
    else:
        report.note("Bytes: de geëxporteerde PDF, daarna alleen aangevuld met handtekeningen.")


def _check_signatures(report: VerifyReport, pdf: bytes) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    quiet_pyhanko()
    try:
        signatures = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures
    except Exception:  # noqa: BLE001 - pypdf could read it; pyHanko's stricter parser may not
        report.note("Handtekeningen: de PDF kon niet op handtekeningen worden onderzocht.")
        return
    if not signatures:
        report.note("Handtekeningen: geen.")
        return
    context = ValidationContext(trust_roots=[], allow_fetching=False)
    for sig in signatures:
        who = subject_name(sig.signer_cert) if sig.signer_cert else "onbekend"
        try:
            status = validate_pdf_signature(sig, context)
        except Exception as exc:  # noqa: BLE001
            report.fail(f"de handtekening van {who} kan niet worden gecontroleerd ({exc}).")
            continue
        if not (status.intact and status.valid):
            report.fail(f"de handtekening van {who} is ongeldig: de ondertekende inhoud is gewijzigd.")
        else:
            trust = "vertrouwd" if status.trusted else "certificaat niet gecontroleerd tegen een vertrouwenslijst"
            report.note(f"Handtekening: {who} – intact ({trust}).")


def _concept_signed_as(doc: Document, concept_fingerprint: str) -> int | None:
    """The version that is this concept, signed off without change (sign-off only sets the
    status to *vastgesteld*, so compare with the status set back to concept)."""
    for summary in list_versions(doc):
        if fingerprint(_as_concept(version_tree(doc, summary.number))) == concept_fingerprint:
            return summary.number
    return None


def verify_pdf(pdf_path: Path, doc: Document) -> VerifyReport:
    pdf_path = Path(pdf_path)
    try:
        pdf = pdf_path.read_bytes()
    except OSError as exc:
        raise DocumentError(msg("verification.pdf_unreadable", name=pdf_path.name), str(exc)) from exc
    marker = read_marker(pdf)
    report = VerifyReport()
    if marker is None:
        from .publication import verify_public

        if verify_public(pdf, doc, report):  # a public version carries a marker of its own
            return report
        report.fail("deze PDF bevat geen STAAN-vingerafdruk; ze is niet met STAAN gemaakt of de gegevens zijn verwijderd.")
        return report
    report.note(f"Vingerafdruk in de PDF: {grouped(marker.fingerprint)}")
    report.version = marker.version
    if marker.version is None:
        current = content_fingerprint(doc)
        if marker.fingerprint == current:
            report.note("Inhoud: de PDF is een concept en komt overeen met de huidige inhoud van het document.")
            _check_text(report, pdf, doc, tree_of(doc, None), None, "het concept")
        else:
            signed = _concept_signed_as(doc, marker.fingerprint)
            if signed is not None:
                report.note(f"Inhoud: dit concept is ongewijzigd vastgesteld als versie {signed}.")
                _check_text(report, pdf, doc, _as_concept(version_tree(doc, signed)), None, "het concept")
            else:
                report.fail("de PDF is een concept waarvan de inhoud sindsdien is gewijzigd.")
        _check_signatures(report, pdf)
        return report
    report.note(f"De PDF zegt: versie {marker.version}.")
    try:
        content, stored = stored_version(doc, marker.version)
    except StaanError as exc:
        report.fail(exc.message)
        other = version_with_fingerprint(doc, marker.fingerprint)
        if other is not None:
            report.note(f"De vingerafdruk hoort wel bij versie {other}.")
        return report
    snapshot_intact = _intact(content, stored)
    if not snapshot_intact:
        report.fail(f"de opgeslagen inhoud van versie {marker.version} in het document klopt niet meer met haar vingerafdruk.")
    if marker.fingerprint == stored:
        report.note(f"Inhoud: gelijk aan vastgestelde versie {marker.version}.")
    else:
        other = version_with_fingerprint(doc, marker.fingerprint)
        where = f"die van versie {other}" if other else "die van geen enkele versie van dit document"
        report.fail(f"de vingerafdruk is niet die van versie {marker.version} ({grouped(stored)}) maar {where}.")
    if snapshot_intact:
        try:
            tree, info = content_for_export(doc, marker.version)
        except StaanError as exc:  # the sign-off records no longer say what the snapshot froze
            report.fail(exc.message)
        else:
            _check_text(report, pdf, doc, tree, info, f"versie {marker.version}")
    _check_bytes(report, pdf, export_hashes(doc, marker.version))
    _check_signatures(report, pdf)
    return report


def _intact(content: str, stored: str) -> bool:
    try:
        return fingerprint_of_stored(content) == stored and sha256_hex(content.encode("utf-8")) == stored
    except (ValueError, RecursionError):
        return False


def _made_on(reader: Any) -> datetime.date | None:
    """The day a PDF says it was made (its creation date), or ``None``."""
    try:
        made = reader.metadata.creation_date if reader.metadata is not None else None
    except (ValueError, TypeError, AttributeError):
        return None
    return made.date() if isinstance(made, datetime.datetime) else None


def _check_text(report: VerifyReport, pdf: bytes, doc: Document, tree: Trajectory, info: SignoffInfo | None,
                label: str) -> None:
    """Compare what a reader sees in ``pdf`` with ``tree`` rendered again as an export would."""
    from .pdf_export import open_comments, render_content

    try:
        reader = read_pdf(pdf)
        # Which of the export's own choices this PDF made: a page for the members to sign on
        # (not when it was signed with a certificate), and the annex of open comments.
        signature_page = info is not None and _has_member_fields(reader)
        annex = _has_outline_entry(reader, COMMENTS_TITLE)
        comments = open_comments(doc) if annex else ()
        # A concept's register marks overdue items as of the day the PDF was made.
        today = _made_on(reader) if info is None else None
        expected, _boxes = render_content(tree, info, signature_page=signature_page, comments=comments, today=today)
        result = compare_pdfs(pdf, expected)
    except StaanError as exc:
        report.fail(exc.message)
        return
    if result.redrawn:
        # Same words, drawn otherwise (a colour, a position, a rectangle over a line): a reader
        # may see something else, and an export of the same version draws every page the same.
        pages = ", ".join(map(str, result.redrawn[:10])) + (" …" if len(result.redrawn) > 10 else "")
        report.fail(f"pagina {pages} is anders getekend dan {label} (dezelfde tekst, een andere opmaak).")
        return
    if not result.differences:
        report.note(f"Tekst: elke pagina toont wat {label} toont.")
        return
    if signature_page and info is not None and _earlier_signature_page(reader, tree, info, comments):
        report.note(
            f"Tekst: elke pagina toont wat {label} toont; de ondertekeningspagina heeft de opmaak van een "
            "eerdere uitgave van STAAN en is gecontroleerd op vaststelling, vingerafdruk en leden."
        )
        return
    report.fail(f"de tekst op de pagina's wijkt af van wat {label} toont. Eerste verschil:")
    for line in result.differences:
        report.note(f"  {line}")
    if annex:
        report.note("  (De bijlage met openstaande opmerkingen is vergeleken met de opmerkingen die nu open staan.)")


def _earlier_signature_page(reader: object, tree: Trajectory, info: SignoffInfo,
                            comments: tuple[OpenComment, ...]) -> bool:
    """A signed-off PDF exported before the signature page was part of the rendered document:
    the document's pages, counted without it, then one or more pages *Ondertekening* drawn apart
    (no header or footer). Those pages may show nothing but the decision, the fingerprint, the
    invitation and the members' names — all of which they must show."""
    from .pdf_export import render_content

    body, _boxes = render_content(tree, info, signature_page=False, comments=comments)
    expected = page_lines(body)
    pages = len(read_pdf(body).pages)
    if len(reader.pages) <= pages:  # type: ignore[attr-defined]
        return False
    actual = page_lines(reader)
    if first_differences([(p, line) for p, line in actual if p <= pages], expected):
        return False
    allowed = _squash(" ".join([
        "Ondertekening", f"{info.statement}, {info.version_label}.", "Vingerafdruk (SHA-256) van de vastgestelde inhoud:",
        grouped(info.fingerprint), INVITATION, *(member[:60] for member in info.members),
    ]))
    extra = [_squash(line) for p, line in actual if p > pages]
    shown = "".join(extra)
    return (
        all(line in allowed for line in extra)
        and _squash(grouped(info.fingerprint)) in shown
        and all(_squash(member[:60]) in shown for member in info.members)
    )


def _squash(text: str) -> str:
    return "".join(text.split())


def _has_member_fields(reader: object) -> bool:
    """The empty (or since signed) signature fields that an export puts on the signature page."""
    try:
        for page in reader.pages:  # type: ignore[attr-defined]
            annots = page.get("/Annots")
            for annot in annots.get_object() if annots is not None else ():
                annot = annot.get_object()
                if annot.get("/FT") == "/Sig" and str(annot.get("/T", "")).startswith(FIELD_PREFIX):
                    return True
    except Exception:  # noqa: BLE001 - broken annotations: compared as a PDF without the page
        return False
    return False


def _has_outline_entry(reader: object, title: str) -> bool:
    try:
        items = reader.outline  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a broken outline: the text comparison will show the rest
        return False
    stack = [items]
    while stack:
        for item in stack.pop():
            if isinstance(item, list):
                stack.append(item)
            elif title in str(getattr(item, "title", "")):
                return True
    return False


def _as_concept(tree: Trajectory) -> Trajectory:
    return tree.model_copy(update={"trajectory": tree.trajectory.model_copy(update={"status": Status.CONCEPT})})
