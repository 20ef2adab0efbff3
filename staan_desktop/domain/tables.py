"""How a trajectory is stored in a ``.staan`` file: one SQLModel table per kind of item.

Every ordered item has a ``position``; references use ids with ``ON DELETE CASCADE`` so that
removing a municipality removes its interests and scores in the same transaction. The tables of
review and sign-off and of the session agenda build on these (their own modules); the metadata
with every table of a file is :data:`staan_desktop.domain.schema.metadata`.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, MetaData, Table, text
from sqlmodel import Field, SQLModel

# Alembic's batch mode on SQLite needs every constraint to have a stable name.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata: MetaData = SQLModel.metadata


class PositionedRow(Protocol):
    """A row of an ordered list: read back by ``position``, ties broken by ``id``."""

    id: int | None
    position: int


def sql_table(row_type: type[SQLModel]) -> Table:
    """The table of a ``table=True`` model."""
    # SQLModel sets ``__table__`` on every table model but does not declare it.
    table: Table = row_type.__table__  # type: ignore[attr-defined]
    return table


def _ref(table: str, nullable: bool = False, ondelete: str = "CASCADE") -> int | None:
    # Field() is typed Any; to the model the attribute is an optional id.
    field: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey(f"{table}.id", ondelete=ondelete), nullable=nullable, index=True),
    )
    return field


def _optional_municipality() -> int | None:
    # A person stays when their municipality is removed; only the link goes.
    return _ref("municipality", nullable=True, ondelete="SET NULL")


class TrajectoryRow(SQLModel, table=True):
    __tablename__ = "trajectory"
    id: int | None = Field(default=None, primary_key=True)
    title: str
    subtitle: str = ""
    short_name: str = ""
    procesmanager: str = ""
    author_role: str = "procesmanager samenwerking"
    document_date: str = ""
    version_label: str = ""
    status: str = "concept"
    character_keywords: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    differences: str = ""
    procesmanager_public: bool | None = None


class MunicipalityRow(SQLModel, table=True):
    """A party around the table; most are municipalities (``kind`` "gemeente"). Other parties
    share this table so that a participant, owner or member can belong to any of them."""

    __tablename__ = "municipality"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    position: int
    kind: str = Field(default="gemeente", sa_column_kwargs={"server_default": "gemeente"})
    #: Ids of the municipalities an organisation acts for.
    acts_for: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    description: str = Field(default="", sa_column_kwargs={"server_default": ""})


class ConferenceRow(SQLModel, table=True):
    __tablename__ = "conference"
    id: int | None = Field(default=None, primary_key=True)
    date: str = ""
    place: str = ""
    theme: str = ""
    position: int


class ParticipantRow(SQLModel, table=True):
    __tablename__ = "participant"
    id: int | None = Field(default=None, primary_key=True)
    conference_id: int | None = _ref("conference")
    municipality_id: int | None = _optional_municipality()
    name: str
    function: str = ""
    position: int
    #: ``None``: the default by role (domain/publication.py).
    public_function: bool | None = None


class QuestionRow(SQLModel, table=True):
    __tablename__ = "question"
    id: int | None = Field(default=None, primary_key=True)
    conference_id: int | None = _ref("conference")
    text: str
    position: int


class SectionRow(SQLModel, table=True):
    __tablename__ = "section"
    id: int | None = Field(default=None, primary_key=True)
    parent_id: int | None = _ref("section", nullable=True)
    title: str
    position: int


class BlockRow(SQLModel, table=True):
    __tablename__ = "block"
    id: int | None = Field(default=None, primary_key=True)
    section_id: int | None = _ref("section")
    kind: str = "text"
    text: str = ""
    position: int


class StatementRow(SQLModel, table=True):
    __tablename__ = "statement"
    id: int | None = Field(default=None, primary_key=True)
    text: str
    position: int


class MotiveRow(SQLModel, table=True):
    __tablename__ = "motive"
    id: int | None = Field(default=None, primary_key=True)
    letter: str
    name: str
    explanation: str = ""
    position: int


class InterestCategoryRow(SQLModel, table=True):
    __tablename__ = "interest_category"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    position: int


class InterestItemRow(SQLModel, table=True):
    __tablename__ = "interest_item"
    id: int | None = Field(default=None, primary_key=True)
    category_id: int | None = _ref("interest_category")
    municipality_id: int | None = _ref("municipality")
    text: str
    position: int


class CriterionRow(SQLModel, table=True):
    __tablename__ = "criterion"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    weight: float = 1.0
    scale_min: int = 1
    scale_max: int = 5
    position: int


class ClassRow(SQLModel, table=True):
    __tablename__ = "classification_class"
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    name: str
    note: str = ""
    min_ratio: float = 0.0
    position: int


class TaskFieldRow(SQLModel, table=True):
    __tablename__ = "task_field"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    description: str = ""
    footnote: str = ""
    shortlisted: bool = False
    #: An override with an empty ``override_key`` means "niet geselecteerd" by decision.
    overridden: bool = False
    override_key: str | None = None
    override_reason: str = ""
    position: int


class ScoreRow(SQLModel, table=True):
    __tablename__ = "score"
    __table_args__ = (
        Index(
            "uq_score_municipal",
            "task_field_id",
            "criterion_id",
            "municipality_id",
            unique=True,
            sqlite_where=text("municipality_id IS NOT NULL"),
        ),
        Index(
            "uq_score_agreed",
            "task_field_id",
            "criterion_id",
            unique=True,
            sqlite_where=text("municipality_id IS NULL"),
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    task_field_id: int | None = _ref("task_field")
    criterion_id: int | None = _ref("criterion")
    municipality_id: int | None = _ref("municipality", nullable=True)
    value: int
    note: str = ""


class OwnerRow(SQLModel, table=True):
    __tablename__ = "owner"
    id: int | None = Field(default=None, primary_key=True)
    task_field_id: int | None = _ref("task_field")
    municipality_id: int | None = _optional_municipality()
    person: str
    role: str = "eigenaar"
    from_date: str = ""
    position: int
    public_function: bool | None = None


class RoleRow(SQLModel, table=True):
    __tablename__ = "role"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    description: str = ""
    responsibilities_title: str = ""
    position: int


class ResponsibilityRow(SQLModel, table=True):
    __tablename__ = "responsibility"
    id: int | None = Field(default=None, primary_key=True)
    role_id: int | None = _ref("role")
    text: str
    footnote: str = ""
    position: int


class MemberRow(SQLModel, table=True):
    __tablename__ = "member"
    id: int | None = Field(default=None, primary_key=True)
    role_id: int | None = _ref("role")
    municipality_id: int | None = _optional_municipality()
    name: str
    position: int
    public_function: bool | None = None


class RuleRow(SQLModel, table=True):
    __tablename__ = "rule"
    id: int | None = Field(default=None, primary_key=True)
    text: str
    position: int
