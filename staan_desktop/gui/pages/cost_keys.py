"""Kerngetallen en verdeelsleutels: the numbers per municipality, the cost keys made of them,
each municipality's share under every key side by side, and the key that was chosen and why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from staan_desktop.services import edits
from staan_desktop.services.edits import Change
from staan_desktop.services.figures import figures_view

from .. import icons
from ..context import WorkspaceContext
from ..models.figures_model import ComparisonModel, FiguresModel
from ..widgets.labels import heading, hint
from ..widgets.record_table import claim_columns_width
from ..widgets.whole_placeholder import keep_placeholder_whole
from .base import Page


class CostKeysPage(Page):
    key = "cost_keys"  # its title, icon and tables: gui/pages/__init__.py

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.figures = FiguresModel(context, self)
        self.comparison = ComparisonModel(self)
        self.figures_table = QTableView(self)
        self.figures_table.setModel(self.figures)
        self.comparison_table = QTableView(self)
        self.comparison_table.setModel(self.comparison)
        for table in (self.figures_table, self.comparison_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.setAlternatingRowColors(True)
            claim_columns_width(table)  # every figure and key in view beside both panels

        self.figure_edit = QLineEdit(self)
        self.figure_edit.setPlaceholderText(self.tr("bijv. inwoners — Enter voegt toe"))
        self.figure_edit.returnPressed.connect(self.add_figure)
        self.key_edit = QLineEdit(self)
        self.key_edit.setPlaceholderText(self.tr("bijv. Inwoneraantal — Enter voegt toe"))
        self.key_edit.returnPressed.connect(self.add_key)
        self.key_combo = QComboBox(self)
        self.figure_combo = QComboBox(self)
        self.weight_edit = QLineEdit("1", self)
        self.term_button = QPushButton(icons.get("add"), self.tr("Kerngetal in sleutel"), self)
        self.term_button.clicked.connect(self.add_term)
        self.reasons_edit = QLineEdit(self)
        self.reasons_edit.setPlaceholderText(self.tr("waarom deze sleutel"))
        for edit in (self.figure_edit, self.key_edit, self.reasons_edit):
            keep_placeholder_whole(edit)
        self.choose_button = QPushButton(self.tr("Als gekozen vastleggen"), self)
        self.choose_button.clicked.connect(self.choose)

        # One field a row (the weight beside its key figure): beside the session and comments
        # panels at 1366 px two fields a row cut the hints and the key figure's name.
        form = QGridLayout()
        rows = (
            ((self.tr("Nieuw &kerngetal"), self.figure_edit),),
            ((self.tr("Nieuwe &verdeelsleutel"), self.key_edit),),
            ((self.tr("&Sleutel"), self.key_combo),),
            ((self.tr("&Kerngetal"), self.figure_combo), (self.tr("&Gewicht"), self.weight_edit)),
            ((self.tr("&Motivering"), self.reasons_edit),),
        )
        for row, fields in enumerate(rows):
            for column, (text, widget) in enumerate(fields):
                label = QLabel(text, self)
                label.setBuddy(widget)
                form.addWidget(label, row, 2 * column)
                # The last field of a row takes what is left of it.
                span = 3 - 2 * column if column == len(fields) - 1 else 1
                form.addWidget(widget, row, 2 * column + 1, 1, span)
        form.setColumnStretch(1, 1)
        # The buttons under the fields rather than beside them: beside them they left each
        # field too narrow for a name with the side panels open at 1366 px.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.term_button)
        buttons.addWidget(self.choose_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Kerngetallen per gemeente"), self))
        layout.addWidget(self.figures_table, 2)
        layout.addWidget(heading(self.tr("Verdeelsleutels naast elkaar"), self))
        layout.addWidget(self.comparison_table, 2)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(hint(self.tr(
            "Getallen zoals u ze schrijft: 26.300 of 180,5 · elke kolom telt op tot 100 % · ★ is de gekozen sleutel; "
            "een sleutel die niet te berekenen is, zegt in zijn tooltip waarom."
        ), self))
        self.setFocusProxy(self.figure_edit)

    def main_input(self) -> QWidget | None:
        """The entry of the next key figure."""
        return self.figure_edit

    def refresh(self, change: Change | None) -> None:
        view = figures_view(self.context.doc)
        self.figures.set_view(view)
        self.comparison.set_view(view)
        for combo, items in ((self.key_combo, [(k.name, k.id) for k in view.keys]),
                             (self.figure_combo, [(f.name, f.id) for f in view.figures])):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)
        for widget in (self.figure_edit, self.key_edit, self.term_button, self.choose_button, self.reasons_edit):
            widget.setEnabled(not self.read_only)

    def add_figure(self) -> None:
        name, doc = self.figure_edit.text(), self.context.doc
        if name.strip() and self.context.edit(self.tr("Kerngetal toevoegen"), lambda: edits.add_figure(doc, name=name)):
            self.figure_edit.clear()

    def add_key(self) -> None:
        name, doc = self.key_edit.text(), self.context.doc
        if name.strip() and self.context.edit(self.tr("Verdeelsleutel toevoegen"), lambda: edits.add_cost_key(doc, name=name)):
            self.key_edit.clear()

    def add_term(self) -> None:
        key, figure, doc = self.key_combo.currentData(), self.figure_combo.currentData(), self.context.doc
        if key is None or figure is None:
            return
        text = self.weight_edit.text()

        def store() -> Change:
            from staan_desktop.domain.cost_keys import parse_dutch_number
            from staan_desktop.domain.messages import message_of
            from staan_desktop.services.errors import ValidationError

            try:
                weight = parse_dutch_number(text)
            except ValueError as exc:
                raise ValidationError(message_of(exc)) from None
            return edits.add_cost_key_term(doc, cost_key_id=key, figure_id=figure, weight=weight)

        self.context.edit(self.tr("Kerngetal aan sleutel toevoegen"), store)

    def choose(self) -> None:
        key, reasons, doc = self.key_combo.currentData(), self.reasons_edit.text(), self.context.doc
        if key is not None and self.context.edit(
            self.tr("Verdeelsleutel kiezen"), lambda: edits.choose_cost_key(doc, cost_key_id=key, reasons=reasons)
        ):
            self.reasons_edit.clear()
