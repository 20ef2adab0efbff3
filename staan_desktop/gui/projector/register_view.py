"""Terugblik acties: what the room agreed last time and what is still open, overdue first,
on the projector while the facilitator is on the register page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QGridLayout

from staan_desktop.domain.register import dutch_date, review_items
from staan_desktop.services import register
from staan_desktop.services.changes import Table
from staan_desktop.services.store import Document

from . import style
from .view_base import ProjectorView

OVERDUE = "!"
OPEN = "■"


class RegisterView(ProjectorView):
    key = "register"
    pages = frozenset({"register"})
    tables = frozenset({Table.ACTION_ITEM, Table.MUNICIPALITY, Table.TASK_FIELD, Table.OPTION})

    def heading(self) -> str:
        return self.tr("Terugblik acties")

    def load(self, doc: Document) -> None:
        self.clear_content()
        today = dt.date.today()
        items = review_items([v.item for v in register.actions(doc, today=today)], today)
        if not items:
            self.empty(self.tr("Geen openstaande resultaten of acties."))
            return
        late = sum(overdue for _item, overdue in items)
        summary = self.tr("{0} open · {1} te laat").format(len(items), late)
        self.body.addWidget(self.sized(style.label(summary, self, role="muted"), 0.9))
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(12)
        grid.setColumnStretch(1, 1)
        for row, (item, overdue) in enumerate(items):
            mark = self.sized(style.label(OVERDUE if overdue else OPEN, self, wrap=False, role="accent"), 0.9, bold=overdue)
            grid.addWidget(mark, row, 0)
            grid.addWidget(self.sized(style.label(item.description, self), 1.0, bold=overdue), row, 1)
            owner = ", ".join(x for x in (item.owner_person, item.owner_party or "") if x)
            when = dutch_date(item.target_date) if item.target_date else ""
            if overdue:
                when = self.tr("{0} (te laat)").format(when)
            grid.addWidget(self.sized(style.label(" · ".join(x for x in (owner, when) if x), self, role="muted"), 0.8), row, 2)
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self.request_refit()
