"""A record table whose rows are given by something else (one row per option): its cells are
edited, but its rows are neither moved nor removed from it.

The verdicts of a knock-out and the decision on the options are tables with a row per
option, keyed by the option's id; the generic Delete and Alt+↑/↓ of a record table would
remove or move the option itself, which belongs to the options page.
"""

from __future__ import annotations

from .record_table_model import RecordTableModel


class FixedRowsModel(RecordTableModel):
    def move(self, row: int, step: int) -> bool:
        return False

    def remove(self, row: int) -> bool:
        return False
