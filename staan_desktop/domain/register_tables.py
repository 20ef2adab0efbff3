"""How the register of results and actions is stored in a ``.staan`` file."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Date
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
