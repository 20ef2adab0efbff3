"""How the method a trajectory follows is stored in a ``.staan`` file: at most one row with
its key, name and whole definition (JSON of :class:`~.document.Method`), so that a method a
user saved travels with the document to a machine that does not know it."""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from . import tables as _tables  # noqa: F401  (the naming convention must be set first)


class MethodRow(SQLModel, table=True):
    __tablename__ = "method"
    id: int | None = Field(default=None, primary_key=True)
    key: str
    name: str
    #: The method as JSON (``Method.model_dump_json()``); read back through the model.
    definition: str
