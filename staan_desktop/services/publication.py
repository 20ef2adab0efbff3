"""What goes out to be published or archived: the public version and the publication bundle.

The public version (``--public``) is rendered from the tree with every name that may not be
published replaced (:mod:`staan_desktop.domain.publication`), in PDF, Word and JSON alike —
metadata, bookmarks and document properties come from that same tree, so they cannot name
anyone the text does not. A redaction log beside it says what was replaced and where; it names
the replaced persons, so it is for the archive, not for publication.

The bundle (``--bundle``) is one ZIP for the archive: PDF, Word and JSON of the version, their
public versions, the redaction log and a short conformance report of both PDFs.
Everything is rendered before anything is written; each file is written atomically.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from staan_desktop.domain.fingerprint import fingerprint, grouped, sha256_hex
from staan_desktop.domain.messages import message_of, msg
from staan_desktop.domain.publication import PublicVersion, public_version
from staan_desktop.domain.review_info import SignoffInfo
from staan_desktop.reports.docx.renderer import TemplateError, WordInfo, render_docx
from staan_desktop.reports.json_interchange import to_json
from staan_desktop.reports.pdf.conformance import check_pdf, report_text
from staan_desktop.reports.pdf.options import RenderOptions, SignOff
from staan_desktop.reports.pdf.renderer import render_pdf

from .errors import DocumentError
from .files import write_atomically
from .pdf_export import render_content
from .store import Document
from .versions import content_for_export
from .word_export import render_word

#: The keyword by which a public version's PDF says what it is (never "sha256:" + hex, which
#: ``verify`` would take for the fingerprint of the version itself).
PUBLIC_MARKER = "STAAN-openbare-versie"
LOG_SUFFIX = ".redactielog.txt"


@dataclass(frozen=True)
class PublicExport:
    version: PublicVersion
    info: SignoffInfo | None


def public_content(doc: Document, version: int | None = None) -> PublicExport:
    """The public version of ``version`` (``None``: the latest, as an export shows it)."""
    tree, info = content_for_export(doc, version)
    label = info.version_label if info is not None else "het concept"
    source = info.fingerprint if info is not None else fingerprint(tree)
    return PublicExport(public_version(tree, source_label=label, source_fingerprint=source), info)


def _version_line(public: PublicVersion) -> str:
    return f"openbare versie, afgeleid van {public.source_label} (SHA-256 {grouped(public.source_fingerprint)})"


def public_options(export: PublicExport) -> RenderOptions:
    """What the public PDF and Word file print about their version: the sign-off as decided
    (members who are not published replaced too), the version named as a public version of it,
    and no fingerprint claimed for content that differs from the signed-off content."""
    public, info = export.version, export.info
    sign_off = None
    if info is not None:
        sign_off = SignOff(date=info.decided_on_text, meeting=public.redact_text(info.meeting),
                           members=tuple(public.redact_text(m) for m in info.members),
                           version=f"{info.version} – {_version_line(public)}", fingerprint="")
    marker = f"{PUBLIC_MARKER}: {public.derivation}"
    return RenderOptions(sign_off=sign_off, extra_keywords=(marker,))


def _public_tree(export: PublicExport) -> object:
    tree = export.version.tree
    if export.info is None:
        # A concept prints its version label on the title page; say there what this is.
        label = _version_line(export.version)
        tree = tree.model_copy(update={"trajectory": tree.trajectory.model_copy(update={"version_label": label})})
    return tree


def render_public(export: PublicExport, *, pdf: bool = False, docx: bool = False, json: bool = False,
                  template: Path | None = None) -> dict[str, bytes]:
    """The public version's files as bytes, by kind (``pdf``, ``docx``, ``json``)."""
    from staan_desktop.domain.document import Trajectory

    tree = _public_tree(export)
    assert isinstance(tree, Trajectory)
    options = public_options(export)
    out: dict[str, bytes] = {}
    if pdf:
        out["pdf"] = render_pdf(tree, options)
    if docx:
        info = WordInfo(version_label=f"de openbare versie van {export.version.source_label}",
                        fingerprint=export.version.fingerprint, author=", ".join(tree.municipalities),
                        extra_note=f"Dit is de {export.version.derivation}.")
        try:
            out["docx"] = render_docx(tree, options, info=info, template=template)
        except TemplateError as exc:
            raise DocumentError(message_of(exc)) from None
    if json:
        out["json"] = to_json(export.version.tree).encode("utf-8")
    return out


def redaction_log(export: PublicExport, files: list[str]) -> str:
    """The redaction log: what was replaced, by what, and where it was named."""
    public = export.version
    lines = [
        "Redactielog van de openbare versie van het startdocument",
        "NIET OPENBAAR: dit log noemt de namen die in de openbare versie zijn vervangen.",
        "",
        f"Gemaakt op:      {date.today().isoformat()}",
        f"Afgeleid van:    {public.source_label}, vingerafdruk SHA-256 {public.source_fingerprint}",
        f"Openbare versie: vingerafdruk SHA-256 {public.fingerprint}",
        "Regel:           namen van personen zonder publieke functie (Woo, AVG: ‘nee, tenzij’) zijn vervangen",
        "                 door hun rol en organisatie, overal waar ze voorkomen (ook in metadata en bladwijzers).",
    ]
    if files:
        lines.append(f"Bestanden:       {', '.join(files)}")
    lines.append("")
    if not public.redactions:
        lines.append("Er is geen naam vervangen: iedereen in het document heeft een publieke functie.")
    for number, redaction in enumerate(public.redactions, 1):
        lines.append(f"{number}. {redaction.name} → {redaction.replacement}")
        for place in redaction.places:
            lines.append(f"   genoemd als: {place}")
        for place in redaction.texts:
            lines.append(f"   genoemd in:  {place}")
    return "\n".join(lines) + "\n"


def log_path_for(target: Path) -> Path:
    return target.with_name(target.stem + LOG_SUFFIX)


def export_public(
    doc: Document,
    *,
    version: int | None = None,
    json_path: Path | None = None,
    pdf_path: Path | None = None,
    docx_path: Path | None = None,
    template: Path | None = None,
) -> list[str]:
    """Write the public version to the given paths and the redaction log beside the first;
    returns what was written, in words."""
    targets = {kind: Path(p) for kind, p in (("pdf", pdf_path), ("docx", docx_path), ("json", json_path)) if p}
    if not targets:
        raise DocumentError(msg("cli.public_needs_target"))
    export = public_content(doc, version)
    files = render_public(export, template=template, **{kind: True for kind in targets})
    log_target = log_path_for(next(iter(targets.values())))
    log = redaction_log(export, [p.name for p in targets.values()]).encode("utf-8")
    written: list[str] = []
    names = {"pdf": "PDF", "docx": "Word-bestand", "json": "JSON"}
    for kind, target in targets.items():
        write_atomically(target, files[kind])
        written.append(f"Openbare versie ({names[kind]}) geschreven: {target}")
    write_atomically(log_target, log)
    written.append(f"Redactielog geschreven: {log_target} ({len(export.version.redactions)} naam/namen vervangen)")
    return written


# Verifying a public PDF -----------------------------------------------------------------------

_DERIVED = re.compile(
    PUBLIC_MARKER + r": openbare versie, afgeleid van (?:versie (?P<version>\d+)|het concept) "
    r"\(SHA-256 (?P<source>[0-9a-f]{64})\); vingerafdruk van de openbare versie: SHA-256 (?P<public>[0-9a-f]{64})"
)


class Report(Protocol):
    """What ``verify`` reports into (services/verification.py's VerifyReport)."""

    version: int | None

    def fail(self, line: str) -> None: ...

    def note(self, line: str) -> None: ...


def verify_public(pdf: bytes, doc: Document, report: Report) -> bool:
    """``verify`` of a public version's PDF (``False``: the PDF is not one, nothing reported):
    is it the public version of a version of this document, and does every page show what that
    shows?"""
    from pypdf import PdfReader

    from .text_compare import compare_pdfs, quiet_pypdf

    quiet_pypdf()
    try:
        metadata: Any = PdfReader(io.BytesIO(pdf)).metadata or {}
    except Exception:  # noqa: BLE001 - an unreadable PDF is reported by verify itself
        return False
    match = _DERIVED.search(str(metadata.get("/Keywords", "") or ""))
    if match is None:
        return False
    version = int(match.group("version")) if match.group("version") else None
    label = f"versie {version}" if version is not None else "het concept"
    report.version = version
    report.note(f"Dit is een openbare versie van {label}: namen zonder publieke functie zijn vervangen.")
    export = public_content(doc, version)
    if export.version.source_fingerprint != match.group("source") or export.version.fingerprint != match.group("public"):
        report.fail(f"de PDF is niet de openbare versie van {label} van dit document (de vingerafdruk verschilt).")
        return True
    report.note(f"Vingerafdruk van de openbare versie: {grouped(export.version.fingerprint)}")
    result = compare_pdfs(pdf, render_public(export, pdf=True)["pdf"])
    if result.differences:
        report.fail("de tekst wijkt af van de openbare versie: " + "; ".join(result.differences[:3]))
    elif result.redrawn:
        report.fail("een pagina is anders getekend dan de openbare versie (dezelfde tekst, een andere opmaak).")
    else:
        report.note("Tekst: elke pagina toont wat de openbare versie toont.")
    return True


# The bundle ----------------------------------------------------------------------------------


def conformance_report(pdfs: dict[str, bytes], manifest: dict[str, bytes]) -> str:
    lines = [
        "Toetsing van de PDF's in deze bundel",
        "Machinaal controleerbare voorwaarden (getagd, metadata, lettertypen); geen vervanging van een",
        "validator zoals veraPDF.",
        "",
    ]
    for name, data in pdfs.items():
        lines.append(f"{name}:")
        lines += [f"  {line}" if line else "" for line in report_text(check_pdf(data)).splitlines()]
        lines.append("")
    lines.append("Inhoud van de bundel (SHA-256):")
    lines += [f"  {sha256_hex(data)}  {name}" for name, data in manifest.items()]
    return "\n".join(lines) + "\n"


def bundle_bytes(doc: Document, *, version: int | None = None, template: Path | None = None) -> tuple[bytes, int]:
    """The publication bundle as ZIP bytes, and how many names the public version replaced."""
    tree, info = content_for_export(doc, version)
    pdf, _boxes = render_content(tree, info, signature_page=False)
    files: dict[str, bytes] = {
        "startdocument.pdf": pdf,
        "startdocument.docx": render_word(tree, info, template=template),
        "startdocument.json": to_json(tree).encode("utf-8"),
    }
    export = public_content(doc, version)
    public = render_public(export, pdf=True, docx=True, json=True, template=template)
    files.update({f"openbaar/startdocument-openbaar.{kind}": data for kind, data in public.items()})
    files["intern/redactielog.txt"] = redaction_log(
        export, [n for n in files if n.startswith("openbaar/")]).encode("utf-8")
    pdfs = {n: d for n, d in files.items() if n.endswith(".pdf")}
    files["toetsing.txt"] = conformance_report(pdfs, dict(files)).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue(), len(export.version.redactions)


def export_bundle(doc: Document, path: Path, *, version: int | None = None, template: Path | None = None) -> str:
    """Write the bundle to ``path`` (atomically); a short description of what is in it."""
    data, replaced = bundle_bytes(doc, version=version, template=template)
    write_atomically(Path(path), data)
    return f"PDF, Word en JSON, de openbare versies ({replaced} naam/namen vervangen), redactielog en toetsing"
