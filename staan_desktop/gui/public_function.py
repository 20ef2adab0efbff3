"""The column in which a person is marked as having a public function or not (participants,
owners): the public version publishes only those names (domain/publication.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from staan_desktop.services import edits
from staan_desktop.services.changes import Table
from staan_desktop.services.edits import Change
from staan_desktop.services.store import Document

from .models.record_table_model import Column


def public_choices() -> list[tuple[str, bool | None]]:
    """The default for the role, or an explicit yes or no."""
    translate = QCoreApplication.translate
    return [
        (translate("PublicFunction", "volgens rol"), None),
        (translate("PublicFunction", "ja, publieke functie"), True),
        (translate("PublicFunction", "nee, niet publiceren"), False),
    ]


def undo_text() -> str:
    return QCoreApplication.translate("PublicFunction", "Publieke functie wijzigen")


def public_function_column(table: Table) -> Column:
    """A drop-down column of :func:`public_choices`."""
    translate = QCoreApplication.translate
    choices = public_choices()

    def update(doc: Document, record: Any, value: object) -> Change:
        return edits.set_public_function(doc, table=table, item_id=record.id,
                                         value=value if isinstance(value, bool) else None)

    # The title on two lines: the column is then as wide as what it says ("volgens rol"),
    # which keeps the other columns of a table in view beside the panels at 1366 px.
    title = "\n".join(translate("PublicFunction", "Publieke functie").rsplit(" ", 1))
    return Column(title, lambda r: r.public_function, update, undo_text(), lambda: choices)
