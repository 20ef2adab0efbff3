"""How what follows the session is stored in a ``.staan`` file: the register of results and
actions, key figures per municipality and the cost keys defined over them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Column, Date, UniqueConstraint
from sqlmodel import Field, SQLModel

from .tables import _ref


class ActionItemRow(SQLModel, table=True):
    __tablename__ = "action_item"
    id: int | None = Field(default=None, primary_key=True)
    kind: str = "actie"
    description: str
    owner_person: str = ""
    # The item stays when its party, task field or chapter is removed; only the link goes.
    owner_party_id: int | None = _ref("municipality", nullable=True, ondelete="SET NULL")
    target_date: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    status: str = "open"
    task_field_id: int | None = _ref("task_field", nullable=True, ondelete="SET NULL")
    section_id: int | None = _ref("section", nullable=True, ondelete="SET NULL")
    option_id: int | None = _ref("option", nullable=True, ondelete="SET NULL")
    position: int


class KeyFigureRow(SQLModel, table=True):
    __tablename__ = "key_figure"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    unit: str = ""
    source: str = ""
    as_of: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    position: int


class FigureValueRow(SQLModel, table=True):
    __tablename__ = "figure_value"
    __table_args__ = (UniqueConstraint("figure_id", "municipality_id", name="uq_figure_value_figure_municipality"),)
    id: int | None = Field(default=None, primary_key=True)
    figure_id: int | None = _ref("key_figure")
    municipality_id: int | None = _ref("municipality")
    value: float


class CostKeyRow(SQLModel, table=True):
    __tablename__ = "cost_key"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    description: str = ""
    chosen: bool = False
    reasons: str = ""
    position: int


class CostKeyTermRow(SQLModel, table=True):
    __tablename__ = "cost_key_term"
    id: int | None = Field(default=None, primary_key=True)
    cost_key_id: int | None = _ref("cost_key")
    figure_id: int | None = _ref("key_figure")
    weight: float = 1.0
    position: int


class KnowledgeRubricRow(SQLModel, table=True):
    __tablename__ = "knowledge_rubric"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    #: The expected products, in order.
    products: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    owner: str = ""
    owner_party_id: int | None = _ref("municipality", nullable=True, ondelete="SET NULL")
    position: int


class KnowledgeQuestionRow(SQLModel, table=True):
    __tablename__ = "knowledge_question"
    id: int | None = Field(default=None, primary_key=True)
    rubric_id: int | None = _ref("knowledge_rubric")
    text: str
    status: str = "open"
    answered_in: str = ""
    position: int


class OpenQuestionRow(SQLModel, table=True):
    __tablename__ = "open_question"
    id: int | None = Field(default=None, primary_key=True)
    theme: str = ""
    text: str
    status: str = "open"
    answered_in: str = ""
    position: int


class MandateRow(SQLModel, table=True):
    __tablename__ = "mandate"
    id: int | None = Field(default=None, primary_key=True)
    # A council's mandate goes with its municipality (as its interests do).
    municipality_id: int | None = _ref("municipality", nullable=True)
    kind: str = "kader"
    text: str
    answered_in: str = ""
    status: str = "open"
    position: int


class CooperationRow(SQLModel, table=True):
    __tablename__ = "cooperation"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    parties: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    field: str = ""
    legal_form: str = ""
    #: Ids of linked task fields; a removed task field drops out when read.
    task_field_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    #: Ids of linked options (forms of cooperation), likewise.
    option_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    position: int
