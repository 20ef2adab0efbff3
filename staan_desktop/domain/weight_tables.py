"""How the municipalities' own weights of the criteria are stored in a ``.staan`` file: one row
per (criterion, municipality) that has a weight of its own; a municipality without rows has no
weight set, and a criterion without a row in a set keeps the shared weight. Both references
cascade, so a weight goes with its criterion or municipality (and comes back on undo)."""

from __future__ import annotations

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from .tables import _ref


class CriterionWeightRow(SQLModel, table=True):
    __tablename__ = "criterion_weight"
    __table_args__ = (UniqueConstraint("criterion_id", "municipality_id", name="uq_criterion_weight_criterion_municipality"),)
    id: int | None = Field(default=None, primary_key=True)
    criterion_id: int | None = _ref("criterion")
    municipality_id: int | None = _ref("municipality")
    weight: float
