"""Review by the secretaries: comments on any item or section, and sections marked as checked.

A secretary opens the document with :func:`open_for_review`. The content is then read-only for
them (every edit service raises :class:`ReadOnlyError`), but they can comment and check off
sections. Resolving a comment is for the facilitator, who opens the document normally.

Comments and checks are review notes, not content: they are allowed on a frozen version too,
they never change a fingerprint, and they reach the PDF only when the open ones are asked for
as an annex (:func:`comments_for_print`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TypeGuard

from sqlmodel import Session, SQLModel, col, select

from staan_desktop.domain import review_tables as rt
from staan_desktop.domain import tables as t
from staan_desktop.domain.messages import Message, msg, phrase
from staan_desktop.domain.review_info import CommentNote

from .changes import Table
from .edits.core import LABELS, ROW_TYPES, clean_name, clean_text, get
from .errors import ReadOnlyError, ValidationError
from .store import Document, open_document
from .versions import now, state_in

MAX_COMMENT = 20_000


class ReviewDocument(Document):
    """A document opened by a reviewer: comments and checks yes, content edits no."""

    def __init__(
        self, path: Path, *, author: str, party: str = "", read_only: bool = False, read_only_reason: Message | str = ""
    ) -> None:
        super().__init__(path, read_only=read_only, read_only_reason=read_only_reason)
        self.author = author
        #: The municipality the reviewer speaks for: the party of their comments unless one is given.
        self.party = party

    @property
    def content_locked_reason(self) -> Message:
        # Read by versions.ensure_content_editable, which every edit service passes through.
        return msg("review.content_locked", author=self.author)


def open_for_review(
    path: Path, author: str, *, party: str = "", read_only: bool = False, read_only_reason: Message | str = ""
) -> ReviewDocument:
    """Open ``path`` for review by ``author``, who speaks for ``party`` (a municipality; may be
    empty), after the same checks and migration as any open."""
    author = clean_name(author, "De naam van wie beoordeelt")
    party = clean_name(party, "De gemeente van wie beoordeelt") if party.strip() else ""
    open_document(path, read_only=read_only, read_only_reason=read_only_reason).close()
    return ReviewDocument(Path(path), author=author, party=party, read_only=read_only, read_only_reason=read_only_reason)


def _is_reviewer(doc: Document) -> TypeGuard[ReviewDocument]:
    return isinstance(doc, ReviewDocument)


def _author(doc: Document, author: str | None, what: str) -> str:
    if _is_reviewer(doc):
        return doc.author
    if author is None:
        raise ValidationError(msg("review.needs_name", what=phrase(what)))
    return clean_name(author, what)


# What a comment is about ------------------------------------------------------------------


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


#: Every table an edit knows; a StrEnum member equals its name, so a name from the file is looked up as is.
_TABLES = frozenset(Table)


def _row_type(table: str) -> type[SQLModel] | None:
    """The row type of ``table`` when a comment can be about it, else ``None``."""
    return ROW_TYPES.get(Table(table)) if table in _TABLES else None


def _describe(session: Session, table: Table, row: object) -> str:
    noun = LABELS.get(table, "Het onderdeel").split(" ", 1)[-1]
    noun = noun[0].upper() + noun[1:]
    if isinstance(row, t.BlockRow):
        section = session.get(t.SectionRow, row.section_id)
        return f"Tekstblok in hoofdstuk ‘{_short(section.title) if section else '?'}’"
    if table == "section":
        noun = "Hoofdstuk"
    for attribute in ("title", "name", "person", "text", "key"):
        value = getattr(row, attribute, None)
        if isinstance(value, str) and value.strip():
            return f"{noun} ‘{_short(value)}’"
    if table == "score":
        return "Score"
    return noun


def _target(session: Session, table: str, item_id: int | None) -> tuple[str, int | None, str]:
    if not table:
        return "", None, "Het hele document"
    row_type = _row_type(table)
    if row_type is None:
        raise ValidationError(msg("review.not_commentable", table=table))
    row = get(session, row_type, item_id)
    return table, item_id, _describe(session, Table(table), row)


# Comments ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CommentView:
    id: int
    target_table: str
    target_id: int | None
    target_label: str
    #: Whether the item still exists (so that the list can offer to jump to it).
    target_exists: bool
    version_number: int
    author: str
    created_at: str
    text: str
    resolved_at: str | None
    resolved_by: str
    resolution: str
    #: For whom the author speaks (a municipality), "" when not said.
    party: str = ""

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None


def _view(session: Session, row: rt.CommentRow) -> CommentView:
    exists = True
    if row.target_table:
        row_type = _row_type(row.target_table)
        exists = row_type is not None and session.get(row_type, row.target_id) is not None
    return CommentView(
        id=row.id,  # type: ignore[arg-type]
        target_table=row.target_table,
        target_id=row.target_id,
        target_label=row.target_label,
        target_exists=exists,
        version_number=row.version_number,
        author=row.author,
        created_at=row.created_at,
        text=row.text,
        resolved_at=row.resolved_at,
        resolved_by=row.resolved_by,
        resolution=row.resolution,
        party=row.party,
    )


def add_comment(
    doc: Document,
    *,
    text: str,
    target_table: str = "",
    target_id: int | None = None,
    author: str | None = None,
    party: str = "",
) -> CommentView:
    """A comment on one item (``target_table`` is its table, e.g. ``"section"``), or with no
    target on the document as a whole. A reviewer's own name is used as author; ``party`` says
    for whom they speak (a municipality), by default the one they review for."""
    text = clean_text(text, "De opmerking", required=True).strip()
    if len(text) > MAX_COMMENT:
        raise ValidationError(msg("review.comment_too_long", maximum=MAX_COMMENT))
    name = _author(doc, author, "De schrijver van de opmerking")
    if not party.strip() and _is_reviewer(doc):
        party = doc.party
    party = clean_name(party, "De gemeente van de schrijver") if party.strip() else ""
    with doc.transaction() as session:
        table, item_id, label = _target(session, target_table, target_id)
        row = rt.CommentRow(
            target_table=table,
            target_id=item_id,
            target_label=label,
            version_number=state_in(session).working,
            author=name,
            party=party,
            created_at=now(),
            text=text,
        )
        session.add(row)
        session.flush()
        return _view(session, row)


def list_comments(doc: Document, *, open_only: bool = False) -> list[CommentView]:
    """Comments in the order they were made; ``open_only`` leaves out the resolved ones."""
    with doc.reading() as session:
        statement = select(rt.CommentRow).order_by(col(rt.CommentRow.id))
        if open_only:
            statement = statement.where(col(rt.CommentRow.resolved_at).is_(None))
        return [_view(session, row) for row in session.exec(statement)]


def open_comments(doc: Document) -> list[CommentView]:
    return list_comments(doc, open_only=True)


def _comment(session: Session, comment_id: int) -> rt.CommentRow:
    row = session.get(rt.CommentRow, comment_id) if isinstance(comment_id, int) else None
    if row is None:
        raise ValidationError(msg("review.no_such_comment"))
    return row


def resolve_comment(doc: Document, comment_id: int, *, resolved_by: str, resolution: str = "") -> CommentView:
    """Mark a comment as dealt with (the facilitator's job, not a reviewer's)."""
    if _is_reviewer(doc):
        raise ReadOnlyError(msg("review.only_manager_resolves"))
    name = clean_name(resolved_by, "De naam van wie de opmerking afhandelt")
    resolution = clean_text(resolution, "De toelichting").strip()
    with doc.transaction() as session:
        row = _comment(session, comment_id)
        if row.resolved_at is not None:
            raise ValidationError(msg("review.already_resolved"))
        row.resolved_at, row.resolved_by, row.resolution = now(), name, resolution
        session.flush()
        return _view(session, row)


def reopen_comment(doc: Document, comment_id: int) -> CommentView:
    if _is_reviewer(doc):
        raise ReadOnlyError(msg("review.only_manager_resolves"))
    with doc.transaction() as session:
        row = _comment(session, comment_id)
        row.resolved_at, row.resolved_by, row.resolution = None, "", ""
        session.flush()
        return _view(session, row)


def withdraw_comment(doc: Document, comment_id: int) -> None:
    """A reviewer takes back their own open comment (a facilitator may remove any)."""
    with doc.transaction() as session:
        row = _comment(session, comment_id)
        if _is_reviewer(doc) and row.author != doc.author:
            raise ReadOnlyError(msg("review.own_only"))
        if row.resolved_at is not None:
            raise ValidationError(msg("review.resolved_not_withdrawn"))
        session.delete(row)


def comments_for_print(doc: Document) -> tuple[CommentNote, ...]:
    """The open comments as the PDF's optional annex lists them."""
    return tuple(
        CommentNote(author=c.author, created_at=c.created_at, where=c.target_label, text=c.text) for c in open_comments(doc)
    )


# Sections checked -------------------------------------------------------------------------


@dataclass(frozen=True)
class SectionCheck:
    section_id: int
    checked_by: str
    checked_at: str


def mark_section_checked(doc: Document, section_id: int, *, checked: bool = True, by: str | None = None) -> None:
    """Mark (or, with ``checked=False``, unmark) a section as read and in order for the
    version being worked on. A check is per reviewer: two secretaries each check."""
    name = _author(doc, by, "Wie het hoofdstuk controleert")
    with doc.transaction() as session:
        get(session, t.SectionRow, section_id)
        version = state_in(session).working
        existing = session.exec(
            select(rt.SectionCheckRow).where(
                rt.SectionCheckRow.section_id == section_id,
                rt.SectionCheckRow.version_number == version,
                rt.SectionCheckRow.checked_by == name,
            )
        ).first()
        if checked and existing is None:
            session.add(rt.SectionCheckRow(section_id=section_id, version_number=version, checked_by=name, checked_at=now()))
        elif not checked and existing is not None:
            session.delete(existing)


def section_checks(doc: Document) -> dict[int, list[SectionCheck]]:
    """Section id → who checked it (for the version being worked on), in the order they did."""
    with doc.reading() as session:
        version = state_in(session).working
        rows = session.exec(
            select(rt.SectionCheckRow).where(rt.SectionCheckRow.version_number == version).order_by(col(rt.SectionCheckRow.id))
        ).all()
    result: dict[int, list[SectionCheck]] = {}
    for row in rows:
        result.setdefault(row.section_id, []).append(SectionCheck(row.section_id, row.checked_by, row.checked_at))  # type: ignore[arg-type]
    return result
