"""The projector views that are lists: the shared ambition's statements, the 5 K's and the long
list of task fields. Each reads through :mod:`staan_desktop.services.queries`."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout

from staan_desktop.services import queries
from staan_desktop.services.store import Document

from . import style
from .view_base import ProjectorView

BULLET = "■"
SHORTLISTED = "★"
LONGLIST = "☆"


def _bullet(view: ProjectorView, text: str) -> QLabel:
    mark = view.sized(style.label(text, view, wrap=False, role="accent"), 0.8)
    assert isinstance(mark, QLabel)
    mark.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    return mark


class AmbitionView(ProjectorView):
    """The statements of the shared ambition, the one just typed in bold."""

    key = "ambition"
    pages = frozenset({"ambition"})
    tables = frozenset({"statement"})

    def heading(self) -> str:
        return self.tr("Het gedeeld beeld van de samenwerking")

    def load(self, doc: Document) -> None:
        self.clear_content()
        statements = queries.statements(doc)
        if not statements:
            self.empty(self.tr("Nog geen uitspraken. Wat zien de gemeenten samen?"))
            return
        change = self.last_change
        fresh = change.item_id if change is not None and change.table == "statement" else None

        def build(start: int, end: int) -> None:
            grid = QGridLayout()
            grid.setHorizontalSpacing(18)
            grid.setVerticalSpacing(14)
            grid.setColumnStretch(1, 1)
            for row, statement in enumerate(statements[start:end]):
                grid.addWidget(_bullet(self, BULLET), row, 0)
                text = self.sized(style.label(statement.text, self), 1.0, bold=statement.id == fresh)
                text.setAccessibleName(statement.text)
                grid.addWidget(text, row, 1)
            self.body.addLayout(grid)

        self.paged(len(statements), build)


class MotivesView(ProjectorView):
    """De 5 K's: letter, name and explanation of each motive."""

    key = "motives"
    pages = frozenset({"motives"})
    tables = frozenset({"motive"})

    def heading(self) -> str:
        return self.tr("Waarom samenwerken: de 5 K's")

    def load(self, doc: Document) -> None:
        self.clear_content()
        motives = queries.motives(doc)
        if not motives:
            self.empty(self.tr("Nog geen motieven."))
            return

        def build(start: int, end: int) -> None:
            grid = QGridLayout()
            grid.setHorizontalSpacing(24)
            grid.setVerticalSpacing(18)
            grid.setColumnStretch(1, 1)
            for row, motive in enumerate(motives[start:end]):
                letter = self.sized(style.label(motive.letter, self, wrap=False, role="current"), 1.3, bold=True)
                assert isinstance(letter, QLabel)
                letter.setAlignment(Qt.AlignmentFlag.AlignCenter)
                grid.addWidget(letter, row, 0, Qt.AlignmentFlag.AlignTop)
                column = QVBoxLayout()
                column.setSpacing(2)
                column.addWidget(self.sized(style.label(motive.name, self), 1.15, bold=True))
                if motive.explanation:
                    column.addWidget(self.sized(style.label(motive.explanation, self), 0.9))
                grid.addLayout(column, row, 1)
            self.body.addLayout(grid)

        self.paged(len(motives), build)


class TaskFieldsView(ProjectorView):
    """The long list of task fields in columns, the short list starred and in bold."""

    key = "task_fields"
    pages = frozenset({"task_fields"})
    tables = frozenset({"task_field"})

    def heading(self) -> str:
        return self.tr("Groslijst van taakvelden")

    def load(self, doc: Document) -> None:
        self.clear_content()
        fields = queries.task_fields(doc)
        if not fields:
            self.empty(self.tr("Nog geen taakvelden. Welke taken komen in aanmerking?"))
            return
        shortlisted = sum(1 for f in fields if f.shortlisted)
        summary = self.tr("{0} taakvelden · {1} {2} preferent (de korte lijst)").format(
            len(fields), SHORTLISTED, shortlisted
        )

        def build(start: int, end: int) -> None:
            self.body.addWidget(self.sized(style.label(summary, self, role="muted"), 0.9))
            part = fields[start:end]
            columns = 1 if len(part) <= 8 else 2 if len(part) <= 24 else 3
            per_column = math.ceil(len(part) / columns)
            grid = QGridLayout()
            grid.setHorizontalSpacing(14)
            grid.setVerticalSpacing(10)
            for index, task_field in enumerate(part):
                row, column = index % per_column, index // per_column
                mark = SHORTLISTED if task_field.shortlisted else LONGLIST
                grid.addWidget(_bullet(self, mark), row, 2 * column)
                name = self.sized(style.label(task_field.name, self), 1.0, bold=task_field.shortlisted)
                grid.addWidget(name, row, 2 * column + 1)
                grid.setColumnStretch(2 * column + 1, 1)
            self.body.addLayout(grid)

        self.paged(len(fields), build)
