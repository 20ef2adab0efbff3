"""Export the startdocument as Word (``.docx``), optionally in a municipality's own template.

The content is what the PDF of the same version shows (see ``reports/docx``); the file names
the version and fingerprint it was made from, in its text and in its document properties.
"""

from __future__ import annotations

from pathlib import Path

from staan_desktop.domain.document import Trajectory
from staan_desktop.domain.fingerprint import fingerprint
from staan_desktop.domain.messages import message_of
from staan_desktop.domain.review_info import SignoffInfo
from staan_desktop.reports.docx.renderer import TemplateError, WordInfo, load_template, render_docx
from staan_desktop.reports.pdf.options import OpenComment, RenderOptions, SignOff

from .errors import DocumentError
from .files import write_atomically
from .pdf_export import open_comments
from .store import Document
from .versions import content_for_export


def check_template(path: Path) -> None:
    """Refuse a template that cannot be used, in one Dutch line, before anything is written."""
    try:
        load_template(Path(path))
    except TemplateError as exc:
        raise DocumentError(message_of(exc)) from None


def sign_off_of(info: SignoffInfo | None, *, version_suffix: str = "") -> SignOff | None:
    """What the title page shows of a sign-off (the PDF export builds the same from ``info``)."""
    if info is None:
        return None
    return SignOff(date=info.decided_on_text, meeting=info.meeting, members=info.members,
                   version=str(info.version) + version_suffix, fingerprint=info.fingerprint)


def word_info(tree: Trajectory, info: SignoffInfo | None, *, extra_note: str = "") -> WordInfo:
    label = info.version_label if info is not None else "het concept"
    print_fp = info.fingerprint if info is not None else fingerprint(tree)
    return WordInfo(version_label=label, fingerprint=print_fp, author=", ".join(tree.municipalities),
                    extra_note=extra_note)


def render_word(
    tree: Trajectory,
    info: SignoffInfo | None,
    *,
    template: Path | None = None,
    comments: tuple[OpenComment, ...] = (),
    version_suffix: str = "",
    extra_note: str = "",
    provenance: WordInfo | None = None,
) -> bytes:
    """The ``.docx`` bytes of ``tree`` as signed off by ``info`` (``None``: a concept)."""
    options = RenderOptions(sign_off=sign_off_of(info, version_suffix=version_suffix), open_comments=comments)
    try:
        return render_docx(tree, options, info=provenance or word_info(tree, info, extra_note=extra_note),
                           template=template)
    except TemplateError as exc:
        raise DocumentError(message_of(exc)) from None


def export_docx(
    doc: Document,
    path: Path,
    *,
    version: int | None = None,
    template: Path | None = None,
    include_open_comments: bool = False,
) -> Path:
    """Write the Word file of ``version`` (``None``: the latest) to ``path``; a failure (a bad
    template, an unwritable folder) leaves no file and never replaces an existing one."""
    tree, info = content_for_export(doc, version)
    comments = open_comments(doc) if include_open_comments else ()
    data = render_word(tree, info, template=template, comments=comments)
    write_atomically(Path(path), data)
    return Path(path)
