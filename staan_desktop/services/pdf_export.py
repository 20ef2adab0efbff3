"""Export the startdocument PDF of a document (or of one of its signed-off versions).

Rendering reads only the plain tree; this module gathers what the PDF shows (content, sign-off,
open comments), renders, signs or adds member signature fields, writes the file atomically and
records the hash of a signed-off version's PDF so that ``verify`` can recognise it later.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from staan_desktop.domain.document import Trajectory
from staan_desktop.domain.fingerprint import fingerprint
from staan_desktop.domain.review_info import SignoffInfo, metadata_marker
from staan_desktop.reports.pdf.options import OpenComment, Progress, RenderOptions, SignOff
from staan_desktop.reports.pdf.renderer import StartdocumentRenderer

from .pdf_signing import ExportResult, Signer, finish_export
from .store import Document
from .versions import content_for_export

Boxes = list[tuple[int, tuple[float, float, float, float]]]


def render_content(
    tree: Trajectory,
    info: SignoffInfo | None,
    *,
    signature_page: bool,
    comments: tuple[OpenComment, ...] = (),
    progress: Progress | None = None,
    today: datetime.date | None = None,
) -> tuple[bytes, Boxes]:
    """The PDF of ``tree`` as signed off by ``info`` (``None``: a concept), with a signature
    page or not, and where its members' boxes are. ``verify`` renders through here too, so that
    what it compares a PDF with is made exactly as an export makes it. ``today``: the day a
    concept's register marks overdue items against (a signed-off version marks none, so that it
    prints the same whatever day it is printed)."""
    sign_off = None
    if info is not None:
        sign_off = SignOff(
            date=info.decided_on_text,
            meeting=info.meeting,
            members=info.members,
            version=str(info.version),
            fingerprint=info.fingerprint,
        )
    # A concept carries its own fingerprint too, so `verify` can tell which content it shows.
    extra = () if info is not None else (metadata_marker(None, fingerprint(tree)),)
    options = RenderOptions(
        sign_off=sign_off,
        open_comments=comments,
        extra_keywords=extra,
        signature_page=signature_page and info is not None,
        today=today if info is None else None,
    )
    renderer = StartdocumentRenderer(tree, options)
    pdf = renderer.render(progress)
    return pdf, list(renderer.signature_boxes)


def open_comments(doc: Document) -> tuple[OpenComment, ...]:
    # Only when the annex is asked for: the review module brings the edit services with it.
    from .review import comments_for_print

    return tuple(
        OpenComment(text=c.text, author=c.author, where=c.where, date=c.created_at[:10]) for c in comments_for_print(doc)
    )


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
    comments = open_comments(doc) if include_open_comments else ()
    # Signed with a certificate, the PDF needs no page for the members to sign on.
    pdf, boxes = render_content(
        tree, info, signature_page=signer is None, comments=comments, progress=progress, today=datetime.date.today()
    )
    return finish_export(doc, pdf, Path(path), signoff=info, signer=signer, boxes=boxes)
