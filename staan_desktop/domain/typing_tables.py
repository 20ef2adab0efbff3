"""Text still being typed, kept apart from the content: a half-typed new statement, an open
table editor. Each field stores its text here within a second of typing, so that a crash
loses at most that second; the text moves into the content when the user confirms it (Enter,
leaving the cell) and its row is removed. Rows left behind were interrupted and are offered
back, marked, when the document is opened again.

Not content of the startdocument: not in the trajectory tree, the JSON, the undo history or
the fingerprint of a signed-off version.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from . import tables as _tables  # noqa: F401  (the naming convention must be set first)


class TypingDraftRow(SQLModel, table=True):
    __tablename__ = "typing_draft"
    id: int | None = Field(default=None, primary_key=True)
    #: Which field: chosen by the window, e.g. ``"entry:statement"`` or ``"cell:interest:3:5"``.
    key: str = Field(unique=True)
    text: str
    #: When it was typed, ISO 8601 in UTC.
    saved_at: str
