"""The facilitator's side of the session, docked in the workspace: the agenda with its planned
minutes, the timer of the current step, the projector, and which scores the room may see.

Every button is an action of the window with its own key (F8 next step, F5 projector…), so the
panel can stay closed while the keys keep working.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from staan_desktop.domain.agenda import MAX_MINUTES, MIN_MINUTES, AgendaStep, TimerReading, total_minutes

from ..widgets.labels import ScaledLabel, hint
from .agenda_clock import step_title
from .scoreboard import Reveal

WARNING_STYLE = "background: #b3261e; color: white; border-radius: 4px; padding: 2px 8px;"
TASK_FIELD_ROLE = Qt.ItemDataRole.UserRole + 1


def _button(action: QAction, parent: QWidget) -> QPushButton:
    """A button for ``action`` with a text short enough for a narrow panel (the action's own
    text, with its keys, is the tooltip); it follows the action's checked and enabled state."""
    button = QPushButton(parent)
    button.setCheckable(action.isCheckable())
    if action.isCheckable():
        button.setChecked(action.isChecked())
        action.toggled.connect(button.setChecked)
        button.toggled.connect(action.setChecked)  # equal values emit nothing: no loop
    else:
        button.clicked.connect(action.trigger)

    def follow() -> None:
        button.setEnabled(action.isEnabled())
        button.setToolTip(action.toolTip())

    action.changed.connect(follow)
    follow()
    return button


class AgendaPanel(QWidget):
    #: The facilitator planned other minutes for a step: (step key, minutes).
    minutes_changed = Signal(str, int)
    #: Double click on a step: go there (its index).
    step_chosen = Signal(int)
    #: A task field's tick in the reveal list was changed (its id).
    reveal_toggled = Signal(int)

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPanel")
        by_name = {action.objectName(): action for action in actions}
        self.buttons = {
            name: _button(by_name[name], self)
            for name in ("previous_step", "pause", "next_step", "projector", "next_screen", "reveal_all", "reveal_current")
        }
        self.step_label = ScaledLabel("", 1.15, True, self)
        self.step_label.setWordWrap(True)
        self.timer_label = ScaledLabel("", 1.6, True, self)
        self.timer_label.setAccessibleName(self.tr("Tijd van de huidige stap"))
        controls = QGridLayout()
        for column, name in enumerate(("previous_step", "pause", "next_step")):
            controls.addWidget(self.buttons[name], 0, column)

        self.steps = QTableWidget(0, 2, self)
        self.steps.setObjectName("agendaSteps")
        self.steps.verticalHeader().hide()
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.steps.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.steps.cellDoubleClicked.connect(lambda row, _column: self.step_chosen.emit(row))
        self.total = QLabel(self)

        self.screen_label = QLabel(self)
        self.screen_label.setWordWrap(True)
        projector = QGridLayout()
        projector.addWidget(self.buttons["projector"], 0, 0)
        projector.addWidget(self.buttons["next_screen"], 0, 1)

        reveal = QGridLayout()
        reveal.addWidget(self.buttons["reveal_all"], 0, 0)
        reveal.addWidget(self.buttons["reveal_current"], 0, 1)
        self.revealed = QListWidget(self)
        self.revealed.setObjectName("revealedTaskFields")
        self.revealed.itemChanged.connect(self._reveal_item_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        self.agenda_title = ScaledLabel("", 1.25, True, self)
        layout.addWidget(self.agenda_title)
        layout.addWidget(self.step_label)
        layout.addWidget(self.timer_label)
        layout.addLayout(controls)
        layout.addWidget(self.steps, 2)
        layout.addWidget(self.total)
        self.projector_title = ScaledLabel("", 1.25, True, self)
        layout.addWidget(self.projector_title)
        layout.addLayout(projector)
        layout.addWidget(self.screen_label)
        self.reveal_title = ScaledLabel("", 1.25, True, self)
        layout.addWidget(self.reveal_title)
        layout.addLayout(reveal)
        layout.addWidget(self.revealed, 1)
        self.reveal_hint = hint("", self)
        layout.addWidget(self.reveal_hint)
        self._steps: tuple[AgendaStep, ...] = ()
        self._current = -1
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "previous_step": self.tr("◀ Vorige"),
            "pause": self.tr("Pauze"),
            "next_step": self.tr("Volgende ▶"),
            "projector": self.tr("Projector (F5)"),
            "next_screen": self.tr("Ander scherm"),
            "reveal_all": self.tr("Alles onthullen"),
            "reveal_current": self.tr("Dit taakveld"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.agenda_title.setText(self.tr("Agenda"))
        self.projector_title.setText(self.tr("Projector"))
        self.reveal_title.setText(self.tr("Scores op de projector"))
        self.steps.setHorizontalHeaderLabels([self.tr("Stap"), self.tr("Minuten")])
        self.reveal_hint.setText(
            self.tr("Zolang een taakveld niet is onthuld, ziet de zaal alleen welke gemeenten hebben gescoord.")
        )
        self.set_steps(self._steps, self._current)

    def set_scoring(self, scored: bool) -> None:
        """Show which scores the room may see only for a method that scores task fields: a
        verkenning's panel neither offers it nor names task fields it does not have."""
        reveal = (self.reveal_title, self.buttons["reveal_all"], self.buttons["reveal_current"], self.revealed)
        for widget in (*reveal, self.reveal_hint):
            widget.setVisible(scored)

    # The agenda -------------------------------------------------------------------------------

    def set_steps(self, steps: tuple[AgendaStep, ...], current: int, read_only: bool = False) -> None:
        self._steps, self._current = steps, current
        self.steps.setRowCount(len(steps))
        for row, step in enumerate(steps):
            marker = "▶ " if row == current else "✓ " if row < current else ""
            item = QTableWidgetItem(marker + step_title(step))
            font = item.font()
            font.setBold(row == current)
            item.setFont(font)
            item.setToolTip(self.tr("Dubbelklik om naar deze stap te gaan"))
            self.steps.setItem(row, 0, item)
            spin = self.steps.cellWidget(row, 1)
            if not isinstance(spin, QSpinBox):
                spin = QSpinBox(self.steps)
                spin.setRange(MIN_MINUTES, MAX_MINUTES)
                spin.setSuffix(self.tr(" min"))
                spin.setKeyboardTracking(False)  # store 45, not 4 and then 45
                spin.valueChanged.connect(lambda value, row=row: self._minutes(row, value))
                self.steps.setCellWidget(row, 1, spin)
            spin.blockSignals(True)
            spin.setValue(step.minutes)
            spin.blockSignals(False)
            spin.setReadOnly(read_only)
            spin.setAccessibleName(self.tr("Geplande minuten voor {0}").format(step_title(step)))
        if 0 <= current < len(steps):
            self.steps.selectRow(current)
        # A header sized to its contents does not see cell widgets added to rows it has already
        # measured: without this the column keeps the width of "Minuten" and cuts "15 min".
        self.steps.resizeColumnToContents(1)
        minutes = total_minutes(steps)
        self.total.setText(self.tr("Totaal gepland: {0}:{1:02d} uur").format(minutes // 60, minutes % 60))

    def _minutes(self, row: int, value: int) -> None:
        if 0 <= row < len(self._steps):
            self.minutes_changed.emit(self._steps[row].key, value)

    def set_timer(self, step: AgendaStep | None, reading: TimerReading | None, running: bool) -> None:
        if step is None or reading is None:
            self.step_label.setText(self.tr("Nog niet begonnen — F8 start de eerste stap."))
            self.timer_label.setText("")
            self.timer_label.setStyleSheet("")
            return
        self.step_label.setText(step_title(step))
        if reading.over:
            text = self.tr("⚠ +{0} over tijd").format(reading.late)
        else:
            text = self.tr("{0} · nog {1}").format(reading.elapsed, reading.remaining)
        if not running:
            text += self.tr(" (gepauzeerd)")
        self.timer_label.setText(text)
        self.timer_label.setStyleSheet(WARNING_STYLE if reading.over else "")

    # Projector and reveal ---------------------------------------------------------------------

    def set_screen(self, text: str) -> None:
        self.screen_label.setText(text)

    def set_task_fields(self, fields: Sequence[tuple[int, str]], reveal: Reveal) -> None:
        self.revealed.blockSignals(True)
        self.revealed.clear()
        for task_field_id, name in fields:
            item = QListWidgetItem(name, self.revealed)
            item.setData(TASK_FIELD_ROLE, task_field_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            shown = reveal.shows(task_field_id)
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
        self.revealed.blockSignals(False)

    def _reveal_item_changed(self, item: QListWidgetItem) -> None:
        self.reveal_toggled.emit(int(item.data(TASK_FIELD_ROLE)))
