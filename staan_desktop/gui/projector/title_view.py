"""The title screen: the trajectory, the municipalities at the table and the agenda of the
session with the current step. Shown at the start (kennismaking) and whenever the facilitator
is on a page that has nothing for the room to look at (chapters, roles, settings…)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from staan_desktop.domain.agenda import AgendaStep
from staan_desktop.domain.document import MethodTerms
from staan_desktop.domain.methods import capital, terms_of
from staan_desktop.services import agenda, methods, queries
from staan_desktop.services.store import Document

from . import style
from .agenda_clock import step_title
from .view_base import ProjectorView

DONE, CURRENT, TO_COME = "✓", "▶", "○"


class TitleView(ProjectorView):
    key = "overview"
    pages = frozenset({"overview"})
    tables = frozenset({"trajectory", "municipality"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps: tuple[AgendaStep, ...] = ()
        self._current = -1
        self._meeting = ""

    def heading(self) -> str:
        # The method's own word for the meeting (startgesprek, bijeenkomst), if it has one.
        return self._meeting or self.tr("Werkconferentie")

    def set_agenda(self, steps: tuple[AgendaStep, ...], current: int) -> None:
        """The agenda to show; the window loads the view again afterwards."""
        self._steps = steps
        self._current = current

    def load(self, doc: Document) -> None:
        self.clear_content()
        terms = terms_of(methods.method_of(doc))
        self._meeting = capital(terms.conference) if terms.conference != MethodTerms().conference else ""
        title, subtitle = agenda.trajectory_heading(doc)
        self.body.addWidget(self.sized(style.label(title or self.tr("Nieuw traject"), self), 1.7, bold=True))
        if subtitle:
            self.body.addWidget(self.sized(style.label(subtitle, self, role="muted"), 1.05))
        towns = " · ".join(m.name for m in queries.municipalities(doc))
        if towns:
            self.body.addWidget(self.sized(style.label(towns, self), 1.05, bold=True))
        if self._steps:
            self.body.addSpacing(12)
            self.body.addWidget(self.sized(style.label(self.tr("Agenda"), self, role="muted"), 0.9, bold=True))
            self.body.addLayout(self._agenda_grid())
        self.body.addStretch(1)
        self.request_refit()

    def _agenda_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(3, 1)  # minutes beside their step, not at the far edge
        for row, step in enumerate(self._steps):
            mark = DONE if row < self._current else CURRENT if row == self._current else TO_COME
            role = "current" if row == self._current else "muted" if row < self._current else "body"
            marker = self.sized(style.label(mark, self, wrap=False, role="accent" if row == self._current else "muted"), 0.85)
            assert isinstance(marker, QLabel)
            marker.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(marker, row, 0)
            name = self.sized(style.label(step_title(step), self, wrap=False, role=role), 0.95, bold=row == self._current)
            grid.addWidget(name, row, 1, Qt.AlignmentFlag.AlignLeft)
            past = "muted" if row < self._current else "body"
            minutes = self.sized(style.label(self.tr("{0} min").format(step.minutes), self, wrap=False, role=past), 0.85)
            assert isinstance(minutes, QLabel)
            minutes.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(minutes, row, 2)
        grid.setColumnMinimumWidth(2, 1)
        return grid
