"""How the session agenda is stored in a ``.staan`` file: the planned minutes per step.

Only what the facilitator chose is stored (a step without a row takes the default of
:data:`~staan_desktop.domain.agenda.DEFAULT_AGENDA`), so a later version can add or rename
steps without migrating anyone's plans. The agenda is not content of the startdocument: it is
not in the trajectory tree, the JSON or the fingerprint of a signed-off version.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from . import tables as _tables  # noqa: F401  (the naming convention must be set first)


class AgendaStepRow(SQLModel, table=True):
    __tablename__ = "agenda_step"
    id: int | None = Field(default=None, primary_key=True)
    #: :attr:`AgendaStep.key <staan_desktop.domain.agenda.AgendaStep.key>`.
    key: str = Field(unique=True)
    minutes: int
