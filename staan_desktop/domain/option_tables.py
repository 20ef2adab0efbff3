"""How options (forms of cooperation) are stored in a ``.staan`` file, beside the task fields.

An option has a SWOT (one row per point, in four ordered lists: ``quadrant`` is one of
:data:`QUADRANTS`), reference cases, and scores on the document's criteria with the same
shape and uniqueness as a task field's scores.
"""

from __future__ import annotations

from typing import Optional

from sqlalchemy import Column, ForeignKey, Index, Integer, text
from sqlmodel import Field, SQLModel

from . import tables as _tables  # noqa: F401  (the naming convention must be set first)

#: The SWOT's four lists, in the order of the matrix: sterkten, zwakten, kansen, bedreigingen.
QUADRANTS = ("strengths", "weaknesses", "opportunities", "threats")


def _ref(table: str, nullable: bool = False) -> Optional[int]:
    return Field(
        default=None,
        sa_column=Column(Integer, ForeignKey(f"{table}.id", ondelete="CASCADE"), nullable=nullable, index=True),
    )


class OptionRow(SQLModel, table=True):
    __tablename__ = "option"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    description: str = ""
    position: int


class OptionSwotRow(SQLModel, table=True):
    __tablename__ = "option_swot"
    id: Optional[int] = Field(default=None, primary_key=True)
    option_id: Optional[int] = _ref("option")
    quadrant: str
    text: str = ""
    position: int


class OptionReferenceRow(SQLModel, table=True):
    __tablename__ = "option_reference"
    id: Optional[int] = Field(default=None, primary_key=True)
    option_id: Optional[int] = _ref("option")
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
    id: Optional[int] = Field(default=None, primary_key=True)
    option_id: Optional[int] = _ref("option")
    criterion_id: Optional[int] = _ref("criterion")
    municipality_id: Optional[int] = _ref("municipality", nullable=True)
    value: int
    note: str = ""
