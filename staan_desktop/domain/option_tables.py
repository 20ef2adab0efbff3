"""How options (forms of cooperation), the toetsingskader and the decision on the options are
stored in a ``.staan`` file, beside the task fields.

An option has a SWOT (one row per point, in four ordered lists: ``quadrant`` is one of
:data:`QUADRANTS`), reference cases, and scores on the document's criteria with the same
shape and uniqueness as a task field's scores.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from . import tables as _tables  # noqa: F401  (the naming convention must be set first)

#: The SWOT's four lists, in the order of the matrix: sterkten, zwakten, kansen, bedreigingen.
QUADRANTS = ("strengths", "weaknesses", "opportunities", "threats")


def _ref(table: str, nullable: bool = False) -> int | None:
    # Field() is typed Any; to the model the attribute is an optional id.
    field: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey(f"{table}.id", ondelete="CASCADE"), nullable=nullable, index=True),
    )
    return field


class OptionRow(SQLModel, table=True):
    __tablename__ = "option"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    description: str = ""
    position: int
    #: What the decision says of this option (an :class:`~.document.OptionStatus` value), or
    #: ``None`` while it says nothing; with its reason.
    decision_status: str | None = None
    decision_reason: str = ""


class OptionsDecisionRow(SQLModel, table=True):
    """The decision's own fields; at most one row (a document without it has no decision)."""

    __tablename__ = "options_decision"
    id: int | None = Field(default=None, primary_key=True)
    decided_on: str = ""
    reasons: str = ""


class FrameStepRow(SQLModel, table=True):
    __tablename__ = "frame_step"
    id: int | None = Field(default=None, primary_key=True)
    title: str
    description: str = ""
    position: int


class FrameCriterionRow(SQLModel, table=True):
    __tablename__ = "frame_criterion"
    __table_args__ = (UniqueConstraint("step_id", "criterion_id", name="uq_frame_criterion_step_id"),)
    id: int | None = Field(default=None, primary_key=True)
    step_id: int | None = _ref("frame_step")
    criterion_id: int | None = _ref("criterion")
    position: int


class KnockOutRow(SQLModel, table=True):
    __tablename__ = "knock_out"
    id: int | None = Field(default=None, primary_key=True)
    step_id: int | None = _ref("frame_step")
    condition: str
    position: int


class VerdictRow(SQLModel, table=True):
    __tablename__ = "knock_out_verdict"
    __table_args__ = (UniqueConstraint("knock_out_id", "option_id", name="uq_knock_out_verdict_knock_out_id"),)
    id: int | None = Field(default=None, primary_key=True)
    knock_out_id: int | None = _ref("knock_out")
    option_id: int | None = _ref("option")
    #: A :class:`~.document.Verdict` value.
    verdict: str
    reason: str = ""


class OptionSwotRow(SQLModel, table=True):
    __tablename__ = "option_swot"
    id: int | None = Field(default=None, primary_key=True)
    option_id: int | None = _ref("option")
    quadrant: str
    text: str = ""
    position: int


class OptionReferenceRow(SQLModel, table=True):
    __tablename__ = "option_reference"
    id: int | None = Field(default=None, primary_key=True)
    option_id: int | None = _ref("option")
    name: str
    description: str = ""
    position: int


class OptionScoreRow(SQLModel, table=True):
    __tablename__ = "option_score"
    __table_args__ = (
        Index("uq_option_score_municipal", "option_id", "criterion_id", "municipality_id", unique=True,
              sqlite_where=text("municipality_id IS NOT NULL")),
        Index("uq_option_score_agreed", "option_id", "criterion_id", unique=True,
              sqlite_where=text("municipality_id IS NULL")),
    )
    id: int | None = Field(default=None, primary_key=True)
    option_id: int | None = _ref("option")
    criterion_id: int | None = _ref("criterion")
    municipality_id: int | None = _ref("municipality", nullable=True)
    value: int
    note: str = ""
