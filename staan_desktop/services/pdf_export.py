"""Export the startdocument PDF of a document (or of one of its signed-off versions).

Rendering reads only the plain tree; this module gathers what the PDF shows (content, sign-off,
open comments), renders, signs or adds member signature fields, writes the file atomically and
records the hash of a signed-off version's PDF so that ``verify`` can recognise it later.
"""

from __future__ import annotations

from pathlib import Path

from staan_desktop.domain.fingerprint import fingerprint
from staan_desktop.domain.review_info import metadata_marker
from staan_desktop.reports.pdf.options import OpenComment, Progress, RenderOptions, SignOff
from staan_desktop.reports.pdf.renderer import render_pdf

from .pdf_signing import ExportResult, Signer, finish_export
from .review import comments_for_print
from .store import Document
from .versions import content_for_export


def export_pdf(
    doc: Document,
    path: Path,
    *,
    version: int | None = None,
    signer: Signer | None = None,
    include_open_comments: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the PDF of ``version`` (``None``: the latest) to ``path``; a failure never
    replaces an existing file."""
    tree, info = content_for_export(doc, version)
    sign_off = None
    if info is not None:
        sign_off = SignOff(
            date=info.decided_on_text,
            meeting=info.meeting,
            members=info.members,
            version=str(info.version),
            fingerprint=info.fingerprint,
        )
    comments: tuple[OpenComment, ...] = ()
    if include_open_comments:
        comments = tuple(
            OpenComment(text=c.text, author=c.author, where=c.where, date=c.created_at[:10])
            for c in comments_for_print(doc)
        )
    # A concept carries its own fingerprint too, so `verify` can tell which content it shows.
    extra = () if info is not None else (metadata_marker(None, fingerprint(tree)),)
    options = RenderOptions(sign_off=sign_off, open_comments=comments, extra_keywords=extra)
    pdf = render_pdf(tree, options, progress)
    return finish_export(doc, pdf, Path(path), signoff=info, signer=signer)
