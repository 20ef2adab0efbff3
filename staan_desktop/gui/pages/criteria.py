"""Criteria en indeling: the criteria the task fields are scored on (name, weight, scale) and
the classes of the classification (name, footnote, lower bound), edited in the room.

A new document gets both from the template; here the facilitator adjusts them to what the
conference agrees. Every edit is one undoable step; the scoring page follows at once. Removing
a criterion that already has scores asks first and says how many go with it (undoable).
The rule itself is :mod:`staan_desktop.domain.classification`; the page explains it in short.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from staan_desktop.services import edits, queries
from staan_desktop.services.changes import Table
from staan_desktop.services.edits import Change
from staan_desktop.services.queries import ClassDef, Criterion
from staan_desktop.services.store import Document

from .. import icons
from ..context import WorkspaceContext
from ..models.record_table_model import Column, RecordTableModel
from ..widgets.labels import heading, hint, subheading
from ..widgets.record_table import RecordTable
from .base import Page


def number(value: float) -> str:
    """A weight or lower bound the way the room reads it: "1", "1,5", "0,65" (in Dutch)."""
    return QLocale().toString(float(value), "g", 4)


def _update_criterion(field: str) -> Callable[[Document, Criterion, object], Change]:
    def update(doc: Document, criterion: Criterion, value: object) -> Change:
        values: dict[str, Any] = {
            "name": criterion.name,
            "weight": criterion.weight,
            "scale_min": criterion.scale_min,
            "scale_max": criterion.scale_max,
            field: value,
        }
        return edits.update_criterion(doc, criterion_id=criterion.id, **values)

    return update


def _update_class(field: str) -> Callable[[Document, ClassDef, object], Change]:
    def update(doc: Document, rule: ClassDef, value: object) -> Change:
        values: dict[str, Any] = {"name": rule.name, "note": rule.note, "min_ratio": rule.min_ratio, field: value}
        return edits.update_class(doc, class_id=rule.id, **values)

    return update


class CriteriaModel(RecordTableModel):
    """The criteria; removing one asks first (through ``confirm``) when scores hang on it."""

    def __init__(self, *args: Any, confirm: Callable[[Criterion], bool], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.confirm = confirm

    def remove(self, row: int) -> bool:
        if not 0 <= row < len(self._records) or not self.confirm(self._records[row]):
            return False
        return super().remove(row)


class ClassesModel(RecordTableModel):
    """The classes: edited in place; their keys (and so their number) stay as the template has
    them, because overrides and the startdocument refer to them."""

    def move(self, row: int, step: int) -> bool:
        return False  # the order is the startdocument's; the classification sorts by bound

    def remove(self, row: int) -> bool:
        return False


class CriteriaTable(RecordTable):
    """The criteria table; Insert goes to the line where a new criterion is typed."""

    def __init__(self, model: RecordTableModel, on_insert: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self._on_insert = on_insert

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Insert and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._on_insert()
            return
        super().keyPressEvent(event)


class CriteriaPage(Page):
    key = "criteria"  # its title, icon and tables: gui/pages/__init__.py

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # Asks the user (title, text) → yes; replaced in tests.
        self.confirm: Callable[[str, str], bool] = self._ask

        criteria_columns = [
            Column(self.tr("Criterium"), lambda c: c.name, _update_criterion("name"), self.tr("Criterium hernoemen"), bold=True),
            Column(self.tr("Gewicht"), lambda c: c.weight, _update_criterion("weight"), self.tr("Gewicht wijzigen"), text=number),
            Column(self.tr("Schaal van"), lambda c: c.scale_min, _update_criterion("scale_min"), self.tr("Schaal wijzigen")),
            Column(self.tr("Schaal tot"), lambda c: c.scale_max, _update_criterion("scale_max"), self.tr("Schaal wijzigen")),
        ]
        self.criteria_model = CriteriaModel(
            context, Table.CRITERION, queries.criteria, criteria_columns, self,
            noun=self.tr("Criterium"), confirm=self.ask_removal,
        )  # fmt: skip
        self.criteria_table = CriteriaTable(self.criteria_model, self.focus_entry, self)
        # A criterion can be a long phrase: it wraps, and weight and scale stay in view.
        self.criteria_table.wrap_column(0)

        class_columns = [
            Column(self.tr("Klasse"), lambda c: c.name, _update_class("name"), self.tr("Klasse hernoemen"), bold=True),
            Column(self.tr("Ondergrens (0–1)"), lambda c: c.min_ratio, _update_class("min_ratio"), self.tr("Ondergrens wijzigen"), text=number),
            Column(self.tr("Voetnoot"), lambda c: c.note, _update_class("note"), self.tr("Voetnoot wijzigen")),
        ]
        self.classes_model = ClassesModel(
            context, Table.CLASSIFICATION_CLASS, queries.classification_classes, class_columns, self, noun=self.tr("Klasse")
        )
        self.classes_table = RecordTable(self.classes_model, self)

        # The entry row for a new criterion: the name, and (if not the usual) weight and scale.
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Nieuw criterium — Enter voegt toe"))
        self.name_edit.setClearButtonEnabled(True)
        self.weight_spin = QDoubleSpinBox(self)
        self.weight_spin.setRange(0, 1000)
        self.weight_spin.setDecimals(2)
        self.weight_spin.setValue(1)
        self.min_spin = QSpinBox(self)
        self.max_spin = QSpinBox(self)
        for spin, value in ((self.min_spin, 1), (self.max_spin, 5)):
            spin.setRange(-1000, 1000)
            spin.setValue(value)
        self.add_button = QPushButton(icons.get("add"), self.tr("Toevoegen"), self)
        self.name_edit.returnPressed.connect(self.add_criterion)
        for box in (self.weight_spin, self.min_spin, self.max_spin):
            box.lineEdit().returnPressed.connect(self.add_criterion)
        self.add_button.clicked.connect(self.add_criterion)

        form = QGridLayout()
        for column, (text, widget) in enumerate(
            (
                (self.tr("&Nieuw criterium"), self.name_edit),
                (self.tr("&Gewicht"), self.weight_spin),
                (self.tr("Schaal &van"), self.min_spin),
                (self.tr("Schaal &tot"), self.max_spin),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addWidget(label, 0, column)
            form.addWidget(widget, 1, column)
        form.addWidget(self.add_button, 1, 4)
        form.setColumnStretch(0, 1)

        #: Whether the document's method scores task fields (a verkenning weighs options only).
        self._task_fields = True
        self.rule_text = hint(self._rule_explanation(), self)
        self.criteria_title = subheading("", self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Criteria en indeling"), self))
        layout.addWidget(self.rule_text)
        layout.addWidget(self.criteria_title)
        layout.addWidget(self.criteria_table, 3)
        layout.addLayout(form)
        layout.addWidget(
            hint(
                self.tr(
                    "Enter voegt het criterium toe · in de tabel: typen of F2 wijzigt, Insert gaat naar een nieuw "
                    "criterium, Alt+↑/↓ verplaatst, Delete verwijdert (met de scores erop; Ctrl+Z herstelt)."
                ),
                self,
            )
        )
        layout.addWidget(subheading(self.tr("Indeling in klassen"), self))
        layout.addWidget(self.classes_table, 2)
        layout.addWidget(
            hint(self.tr("Typen of F2 wijzigt naam, ondergrens of voetnoot; de klassen zelf liggen vast."), self)
        )
        self.setFocusProxy(self.criteria_table)

    def _rule_explanation(self) -> str:
        if not self._task_fields:
            return self.tr(
                "Zo worden de opties gewogen: per criterium telt de afgesproken score, en anders het gemiddelde "
                "van de gemeenten; elke score wordt omgerekend naar 0 tot 1 over de schaal van het criterium, en die "
                "uitkomsten worden gemiddeld naar gewicht. Een optie die een knock-outvoorwaarde niet haalt, telt "
                "niet mee in de rangorde."
            )
        return self.tr(
            "Zo wordt ingedeeld: per criterium telt de afgesproken score, en anders het gemiddelde van de "
            "gemeenten; een criterium zonder scores telt niet mee. Elke score wordt omgerekend naar 0 tot 1 "
            "over de schaal van het criterium, en die uitkomsten worden gemiddeld naar gewicht. Een taakveld "
            "komt in de klasse met de hoogste ondergrens die dat gemiddelde haalt; haalt het geen enkele, dan "
            "is het niet geselecteerd. Een besluit van de procesmanager (Ctrl+K bij Scoren) gaat voor."
        )

    def retranslate(self) -> None:
        self.rule_text.setText(self._rule_explanation())
        self.criteria_title.setText(
            self.tr("Criteria waarop de taakvelden worden gescoord") if self._task_fields
            else self.tr("Criteria waarop de opties worden gewogen")
        )

    def refresh(self, change: Change | None) -> None:
        if change is None:
            # The method decides what the criteria weigh: task fields, or (a verkenning) options.
            from staan_desktop.domain.document import MethodPart
            from staan_desktop.domain.methods import uses
            from staan_desktop.services import methods

            self._task_fields = uses(methods.method_of(self.context.doc), MethodPart.TASK_FIELDS)
            self.retranslate()
        self.criteria_model.refresh(change)
        self.classes_model.refresh(change)
        for widget in (self.name_edit, self.weight_spin, self.min_spin, self.max_spin, self.add_button):
            widget.setEnabled(not self.read_only)

    def focus_entry(self) -> None:
        if not self.read_only:
            self.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def add_criterion(self) -> None:
        name = self.name_edit.text()
        if not name.strip():
            return
        doc = self.context.doc
        weight, low, high = self.weight_spin.value(), self.min_spin.value(), self.max_spin.value()
        change = self.context.edit(
            self.tr("Criterium toevoegen"),
            lambda: edits.add_criterion(doc, name=name, weight=weight, scale_min=low, scale_max=high),
        )
        if change is not None:
            self.name_edit.clear()
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.criteria_table.select_record(change.item_id, 0)

    # Removing -----------------------------------------------------------------------------

    def removal_message(self, name: str, scores: int) -> str:
        text = self.tr("Criterium ‘{0}’ verwijderen?").format(name) + "\n\n"
        counted = self.tr("{0} score") if scores == 1 else self.tr("{0} scores")
        text += self.tr("Daarmee verdwijnen ook: {0}.").format(counted.format(scores)) + "\n\n"
        text += self.tr("U kunt dit ongedaan maken met Ctrl+Z.")
        return text

    def ask_removal(self, criterion: Criterion) -> bool:
        scores = queries.criterion_score_count(self.context.doc, criterion.id)
        if not scores:
            return True  # nothing hangs on it; the removal is still undoable
        return self.confirm(self.tr("Criterium verwijderen"), self.removal_message(criterion.name, scores))

    def _ask(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        remove = box.addButton(self.tr("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Behouden"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter by habit keeps the data
        box.exec()
        return box.clickedButton() is remove


__all__ = ["CriteriaPage"]
