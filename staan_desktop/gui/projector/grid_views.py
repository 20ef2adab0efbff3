"""The projector views that are grids: the interests per municipality and the owners of the
preferred task fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QWidget

from staan_desktop.services import queries
from staan_desktop.services.store import Document

from . import style
from .view_base import ProjectorView

#: Grids grow less than lists: a column of four words must not break a name in two.
GRID_MAX_SCALE = 1.1


def _rule(parent: QWidget) -> QFrame:
    """A strong horizontal line under a header row (thin lines vanish on a beamer)."""
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFixedHeight(3)
    line.setProperty("role", "line")
    return line


class InterestsView(ProjectorView):
    """Categories down, municipalities across, as in the startdocument's tables."""

    max_scale = GRID_MAX_SCALE
    key = "interests"
    pages = frozenset({"interests"})
    tables = frozenset({"interest_category", "interest_item", "municipality"})

    def heading(self) -> str:
        return self.tr("Belangen per gemeente")

    def load(self, doc: Document) -> None:
        self.clear_content()
        grid_data = queries.interest_grid(doc)
        if not grid_data.categories or not grid_data.municipalities:
            self.empty(self.tr("Nog geen belangen. Wat is voor elke gemeente belangrijk?"))
            return

        def build(start: int, end: int) -> None:
            grid = QGridLayout()
            grid.setHorizontalSpacing(28)
            grid.setVerticalSpacing(20)
            for column, municipality in enumerate(grid_data.municipalities, start=1):
                grid.addWidget(self.sized(style.label(municipality.name, self), 1.05, bold=True), 0, column)
                grid.setColumnStretch(column, 1)
            grid.addWidget(_rule(self), 1, 0, 1, len(grid_data.municipalities) + 1)
            for row, category in enumerate(grid_data.categories[start:end], start=2):
                name = self.sized(style.label(category.text, self), 0.9, bold=True)
                grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
                for column, municipality in enumerate(grid_data.municipalities, start=1):
                    items = [item.text for item in grid_data.cells.get((category.id, municipality.id), ())]
                    grid.addWidget(self._bullets(items), row, column, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(0, 0)
            self.body.addLayout(grid)

        self.paged(len(grid_data.categories), build)

    def _bullets(self, items: list[str]) -> QWidget:
        """Items under each other, a wrapped line indented under its own text, not the bullet.
        (A widget, not a nested layout: only a widget passes its height-for-width on.)"""
        holder = QWidget(self)
        cell = QGridLayout(holder)
        cell.setContentsMargins(0, 0, 0, 0)
        cell.setHorizontalSpacing(8)
        cell.setVerticalSpacing(4)
        cell.setColumnStretch(1, 1)
        for line, text in enumerate(items or ["—"]):
            if items:
                cell.addWidget(self.sized(style.label("•", self, wrap=False), 0.95), line, 0, Qt.AlignmentFlag.AlignTop)
            cell.addWidget(self.sized(style.label(text, self), 0.95), line, 1)
        return holder


class OwnersView(ProjectorView):
    """Per preferred task field: who owns it and who leads the project, with municipality."""

    max_scale = GRID_MAX_SCALE
    key = "owners"
    pages = frozenset({"owners"})
    tables = frozenset({"owner", "task_field", "municipality"})

    def heading(self) -> str:
        return self.tr("Eigenaren en projectleiders")

    def load(self, doc: Document) -> None:
        self.clear_content()
        fields = [f for f in queries.task_fields(doc) if f.shortlisted]
        towns = {m.id: m.name for m in queries.municipalities(doc)}
        by_field: dict[int, dict[str, list[str]]] = {}
        for owner in queries.owners(doc):
            town = towns.get(owner.municipality_id) if owner.municipality_id is not None else None
            person = f"{owner.person} ({town})" if town else owner.person
            by_field.setdefault(owner.task_field_id, {}).setdefault(owner.role, []).append(person)
        if not fields:
            self.empty(self.tr("Nog geen preferente taakvelden."))
            return
        headers = (self.tr("Taakveld"), self.tr("Eigenaar"), self.tr("Projectleider"))

        def build(start: int, end: int) -> None:
            grid = QGridLayout()
            grid.setHorizontalSpacing(28)
            grid.setVerticalSpacing(8)
            for column, header in enumerate(headers):
                grid.addWidget(self.sized(style.label(header, self), 1.0, bold=True), 0, column)
                grid.setColumnStretch(column, 1)
            grid.addWidget(_rule(self), 1, 0, 1, len(headers))
            for row, task_field in enumerate(fields[start:end], start=2):
                roles = by_field.get(task_field.id, {})
                grid.addWidget(self.sized(style.label(task_field.name, self), 0.9, bold=True), row, 0, Qt.AlignmentFlag.AlignTop)
                for column, role in enumerate(("eigenaar", "projectleider"), start=1):
                    text = "\n".join(roles.get(role, [])) or "—"
                    grid.addWidget(self.sized(style.label(text, self), 0.9), row, column, Qt.AlignmentFlag.AlignTop)
            self.body.addLayout(grid)

        self.paged(len(fields), build)
