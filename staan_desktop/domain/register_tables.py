"""How what follows the session is stored in a ``.staan`` file: the register of results and
actions, key figures per municipality and the cost keys defined over them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Date, UniqueConstraint
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
