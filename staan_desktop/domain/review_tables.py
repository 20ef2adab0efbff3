"""How review, sign-off and versions are stored in a ``.staan`` file.

Two kinds of table:

* **Insert-only** (``version``, ``signoff``, ``signoff_member``, ``draft``, ``version_export``):
  what the steering group signed off. Triggers created by migration ``0002`` refuse every
  UPDATE and DELETE, so not even a service bug or a hand-edited file can change a frozen
  version without leaving the fingerprint check to find it. Whether the document is frozen
  is *derived* from these tables (a sign-off after the last started draft), so it cannot be
  switched off by updating a flag either.
* **Review notes** (``review_comment``, ``section_check``): they are not content. They can be
  added, resolved and removed at any time, also on a frozen version, and never change a
  fingerprint.

Times are ISO 8601 text with the offset (``2026-12-01T10:15:00+01:00``): readable, sortable
and the same on every database.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from . import tables as _tables  # noqa: F401  (the naming convention must be set first)

#: Tables whose rows, once written, stay as they are (triggers in migration 0002).
INSERT_ONLY_TABLES = ("version", "signoff", "signoff_member", "draft", "version_export")


def _ref(column: str, nullable: bool = False, ondelete: str | None = None) -> int | None:
    # Field() is typed Any; to the model the attribute is an optional id.
    field: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey(column, ondelete=ondelete), nullable=nullable, index=True),
    )
    return field


class VersionRow(SQLModel, table=True):
    """A frozen snapshot of the whole content, numbered from 1."""

    __tablename__ = "version"
    number: int = Field(primary_key=True)
    created_at: str
    #: The canonical JSON of the Trajectory tree (see ``domain/fingerprint.py``).
    content: str
    content_sha256: str
    canonical_form: str


class SignoffRow(SQLModel, table=True):
    """The steering group's decision that froze one version."""

    __tablename__ = "signoff"
    id: int | None = Field(default=None, primary_key=True)
    version_number: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("version.number"), nullable=False, unique=True)
    )
    #: ISO date of the decision (``YYYY-MM-DD``), as the steering group took it.
    decided_on: str
    meeting: str = ""
    recorded_at: str
    recorded_by: str = ""


class SignoffMemberRow(SQLModel, table=True):
    __tablename__ = "signoff_member"
    id: int | None = Field(default=None, primary_key=True)
    signoff_id: int | None = _ref("signoff.id")
    name: str
    position: int


class DraftRow(SQLModel, table=True):
    """A new draft started from a signed-off version; ``number`` is the version it will become."""

    __tablename__ = "draft"
    number: int = Field(primary_key=True)
    based_on: int | None = _ref("version.number")
    started_at: str
    started_by: str = ""


class VersionExportRow(SQLModel, table=True):
    """The SHA-256 of the bytes of a PDF exported from a signed-off version."""

    __tablename__ = "version_export"
    id: int | None = Field(default=None, primary_key=True)
    version_number: int | None = _ref("version.number")
    pdf_sha256: str
    exported_at: str
    #: Signed with a certificate at export (``False``: with empty signature fields or none).
    signed: bool = False


class CommentRow(SQLModel, table=True):
    """A reviewer's comment on an item or section, or on the document as a whole.

    The target is named by table and id (not a foreign key): a comment outlives the item it
    was about, and ``target_label`` still says what that was.
    """

    __tablename__ = "review_comment"
    id: int | None = Field(default=None, primary_key=True)
    target_table: str = ""
    target_id: int | None = None
    target_label: str = ""
    #: The version being worked on when the comment was made.
    version_number: int
    author: str
    #: For whom the author speaks (a municipality), "" when not said.
    party: str = ""
    created_at: str
    text: str
    resolved_at: str | None = None
    resolved_by: str = ""
    resolution: str = ""


class SectionCheckRow(SQLModel, table=True):
    """A reviewer has read a section of this version and found it in order."""

    __tablename__ = "section_check"
    __table_args__ = (UniqueConstraint("section_id", "version_number", "checked_by"),)
    id: int | None = Field(default=None, primary_key=True)
    section_id: int | None = _ref("section.id", ondelete="CASCADE")
    version_number: int
    checked_by: str
    checked_at: str
