"""Scoren: the short-listed task fields scored on the criteria, live, with the classification.

The facilitator picks whose scores are being entered — the agreed score of the room, or one
municipality — and types a row of digits per task field. The classification column follows
every keystroke; a dissent mark shows where the municipalities lie far apart. Ctrl+K places a
task field in a class by decision, with its reason.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from staan_desktop.services import edits
from staan_desktop.services.edits import Change

from .. import icons, theme
from ..context import WorkspaceContext
from ..models.scoring_model import SCALE_ROLE, SORT_ROLE, STRUCTURE, TASK_FIELD_ID_ROLE, ScoringModel
from ..widgets.beamer import CELL_PADDING_X, roomy_table
from ..widgets.labels import heading, hint
from ..widgets.override_dialog import OverrideDialog
from ..widgets.score_table import ScoreTableView
from ..widgets.weight_sets_panel import attach_weight_sets
from .base import Page

#: What the grid shows of a task field's name when room is short (the rest is elided and in
#: the tooltip): the classification beside it matters more than the end of a long name.
READABLE_NAME = "Personeels- en sal"
#: Narrow header margins: the criteria's names decide the width of the columns of digits.
HEADER_PADDING = 3


class ScoringPage(Page):
    key = "scoring"  # its title, icon and tables: gui/pages/__init__.py

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stale = True
        self._name_width = 0
        self.model = ScoringModel(context, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        # Rows must not jump away while a row of scores is being typed; sort on request.
        self.proxy.setDynamicSortFilter(False)

        self.source_combo = QComboBox(self)
        self.source_combo.setMinimumContentsLength(18)
        # Whom the digits are for is never elided: a score typed for the wrong municipality is lost work.
        # Fixed: the layout may not squeeze it below its longest choice when the panels take room.
        self.source_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.source_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.source_combo.setToolTip(self.tr("Voor wie de getypte cijfers gelden (Ctrl+PgDn / Ctrl+PgUp: volgende / vorige)"))
        self.source_combo.currentIndexChanged.connect(self._source_chosen)
        source_label = QLabel(self.tr("&Invoer voor:"), self)
        source_label.setBuddy(self.source_combo)

        # The key is in the tooltip and the hint below: the bar must fit beside both panels.
        self.override_button = QPushButton(icons.get("edit"), self.tr("Indeling aanpassen…"), self)
        self.override_button.setToolTip(self.tr("De klasse van het gekozen taakveld met een reden vastleggen (Ctrl+K)"))
        self.override_button.clicked.connect(self.override_current)
        self.order_button = QPushButton(self.tr("Volgorde van het document"), self)
        self.order_button.clicked.connect(self.document_order)

        self.view = ScoreTableView(self)
        self.view.setModel(self.proxy)
        roomy_table(self.view, header_padding=HEADER_PADDING)
        self.view.verticalHeader().hide()
        self.view.setSortingEnabled(True)
        # The task field's name and its classification stay in view; the criteria scroll
        # between them when the panels leave too little room for all of them.
        self.view.freeze(left=1, right=2)
        self.document_order()
        self.view.refused_key.connect(self._say)
        self.view.viewport().installEventFilter(self)  # the name column takes what is left

        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(f"color: {theme.error_text()}; font-weight: bold;")
        context.refused.connect(lambda text, _details: self._say(text) if self.isVisible() else None)

        bar = QHBoxLayout()
        bar.addWidget(source_label)
        bar.addWidget(self.source_combo)
        bar.addStretch(1)
        bar.addWidget(self.order_button)
        bar.addWidget(self.override_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 18, 16, 18)  # the widest grid of all: every pixel counts
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Scoren van de preferente taakvelden"), self))
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(
            hint(
                self.tr(
                    "Typ een cijfer: de score staat vast en de cursor gaat door naar het volgende criterium. "
                    "Delete wist · Enter gaat omlaag · Ctrl+PgDn / Ctrl+PgUp: volgende / vorige gemeente · "
                    "Ctrl+K: indeling aanpassen · klik op een kolomkop om te sorteren."
                ),
                self,
            )
        )
        # The municipalities' own weights beside the shared ones (Ctrl+G), under the grid.
        self.weight_sets = attach_weight_sets(self, context, "task_fields", layout)
        for keys, slot in (
            ("Ctrl+K", self.override_current),
            ("Ctrl+PgDown", lambda: self.step_source(1)),
            ("Ctrl+PgUp", lambda: self.step_source(-1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.setFocusProxy(self.view)

    def main_input(self) -> QWidget | None:
        """The grid, on a cell that takes a score: a digit typed right away is a score."""
        index = self.view.currentIndex()
        if not (index.isValid() and index.data(SCALE_ROLE)):
            self.view.first_score_cell()
        return self.view

    # Redrawing ----------------------------------------------------------------------------

    def refresh(self, change: Change | None) -> None:
        structural = change is None or bool((change.tables or {change.table}) & STRUCTURE)
        if structural and not self.isVisible() and change is not None:
            # A rename elsewhere while this page is hidden: reload once, when it is shown.
            self._stale = True
            return
        self._message_clear()
        current = self._current_place()
        self.model.refresh(change)
        if structural:
            self._stale = False
            self._fill_sources()
            self._layout_columns()
            self._restore_place(current)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.refresh(None)
        super().showEvent(event)

    def _fill_sources(self) -> None:
        wanted = self.model.source
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("Afgesproken score (de hele zaal)"), None)
        for municipality in self.model.municipalities():
            self.source_combo.addItem(municipality.name, municipality.id)
        index = self.source_combo.findData(wanted) if wanted is not None else 0
        if index < 0:
            index = 0
            self.model.set_source(None)
        self.source_combo.setCurrentIndex(index)
        self.source_combo.blockSignals(False)

    def _layout_columns(self) -> None:
        """Widths from what the columns hold, so that names and classes are not cut off and
        five criteria fit beside them on a 1280-pixel projector."""
        header = self.view.horizontalHeader()
        width = self.view.fontMetrics().horizontalAdvance
        header_width = header.fontMetrics().horizontalAdvance  # bold
        pad = 2 * CELL_PADDING_X + 12  # the style's own text margins come on top of ours
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(width("00000"))
        names = [self.model.task_field(row).name for row in range(self.model.rowCount())]
        longest = max((width(name) for name in names), default=width("Taakveld"))
        # The longest name of the reference document fits; longer ones are elided (tooltip).
        self._name_width = min(longest, width("Personeels- en salarisadministratie")) + pad
        for column in range(1, self.model.classification_column):
            lines = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "").split("\n")
            needed = max(header_width(line) for line in lines) + 2 * HEADER_PADDING + 6
            self.view.setColumnWidth(column, max(needed, width("⌀ 0,0") + pad))
        labels = [c.name for c in self.model.classes()] + [self.tr("niet gescoord")]
        suffix = self.tr(" (besluit)") if any(self.model.task_field(r).overridden for r in range(self.model.rowCount())) else ""
        suffix += self.model.fragile_mark()  # room for the mark of a class that hangs on one point
        self.view.setColumnWidth(self.model.classification_column, max(width(label + suffix) for label in labels) + pad)
        # A stretched last section never gets narrower than it was before stretching.
        header.setStretchLastSection(False)
        self.view.setColumnWidth(self.model.dissent_column, header.sectionSizeFromContents(self.model.dissent_column).width())
        header.setStretchLastSection(True)
        self._fit_name_column()

    def _fit_name_column(self) -> None:
        """Give the name column what is left beside the other columns, between a readable
        minimum and what the longest name needs, so that a few pixels never cost a scroll bar."""
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(1, self.model.dissent_column))
        last = header.sectionSizeFromContents(self.model.dissent_column).width()
        # A stretched last section keeps the width it was stretched to: after a panel opens beside
        # the page, the empty dissent column would keep the room the criteria need.
        if header.sectionSize(self.model.dissent_column) > last:
            header.setStretchLastSection(False)
            self.view.setColumnWidth(self.model.dissent_column, last)
            header.setStretchLastSection(True)
        room = self.view.viewport().width() - others - last - 2
        minimum = self.view.fontMetrics().horizontalAdvance(READABLE_NAME)
        self.view.setColumnWidth(0, max(minimum, min(self._name_width, room)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize and self.model.columnCount():
            QTimer.singleShot(0, self._fit_name_column)  # after the header has its new width
        return False

    def _current_place(self) -> tuple[int, int] | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return index.data(TASK_FIELD_ID_ROLE), index.column()

    def _restore_place(self, place: tuple[int, int] | None) -> None:
        if self.proxy.rowCount() == 0:
            return
        row, column = 0, 1 if self.model.classification_column > 1 else 0
        if place is not None:
            for r in range(self.proxy.rowCount()):
                if self.proxy.index(r, 0).data(TASK_FIELD_ID_ROLE) == place[0]:
                    row, column = r, min(place[1], self.proxy.columnCount() - 1)
                    break
        self.view.setCurrentIndex(self.proxy.index(row, column))

    def _say(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {theme.error_text()}; font-weight: bold;")  # the scheme may have changed
        self.message.setText(text)

    def _message_clear(self) -> None:
        self.message.clear()

    # Actions ------------------------------------------------------------------------------

    def _source_chosen(self, index: int) -> None:
        self.model.set_source(self.source_combo.itemData(index))

    def step_source(self, step: int) -> None:
        count = self.source_combo.count()
        if count:
            self.source_combo.setCurrentIndex((self.source_combo.currentIndex() + step) % count)

    def document_order(self) -> None:
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)

    def override_current(self) -> OverrideDialog | None:
        """Open the override dialog for the current row (non-blocking; returns it)."""
        index = self.view.currentIndex()
        if not index.isValid() or self.read_only:
            return None
        row = self.proxy.mapToSource(index).row()
        field = self.model.task_field(row)
        dialog = OverrideDialog(field, self.model.outcome(row), self.model.classes(), self)
        dialog.finished.connect(lambda _result: self._apply_override(field.id, field.name, dialog))
        dialog.open()
        return dialog

    def _apply_override(self, task_field_id: int, name: str, dialog: OverrideDialog) -> None:
        doc = self.context.doc
        if dialog.choice == "set":
            key, reason = dialog.class_key, dialog.reason
            self.context.edit(
                self.tr("Indeling van {0} aanpassen").format(name),
                lambda: edits.set_override(doc, task_field_id=task_field_id, class_key=key, reason=reason),
            )
        elif dialog.choice == "clear":
            self.context.edit(
                self.tr("Berekende indeling van {0} gebruiken").format(name),
                lambda: edits.clear_override(doc, task_field_id=task_field_id),
            )
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        dialog.deleteLater()
