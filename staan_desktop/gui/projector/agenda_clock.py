"""The clock of the session: which agenda step the room is on and how long it has taken.

This is the state of one sitting, so it lives in memory only: reopening the document starts
with the agenda not yet begun. The time source is injectable, so that tests need not wait.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from staan_desktop.domain.agenda import DEFAULT_AGENDA, AgendaStep, TimerReading, reading

from ..i18n import QT_TRANSLATE_NOOP

TICK_MS = 1000

#: The domain keeps the Dutch titles of the steps; they are translated where they are shown.
STEP_CONTEXT = "AgendaStep"
_STEP_TITLES = (
    QT_TRANSLATE_NOOP("AgendaStep", "Terugblik acties"),
    QT_TRANSLATE_NOOP("AgendaStep", "Kennismaking"),
    QT_TRANSLATE_NOOP("AgendaStep", "Gedeelde ambitie"),
    QT_TRANSLATE_NOOP("AgendaStep", "De 5 K's"),
    QT_TRANSLATE_NOOP("AgendaStep", "Belangen"),
    QT_TRANSLATE_NOOP("AgendaStep", "Groslijst van taakvelden"),
    QT_TRANSLATE_NOOP("AgendaStep", "Indikken tot preferente taakvelden"),
    QT_TRANSLATE_NOOP("AgendaStep", "Scoren"),
    QT_TRANSLATE_NOOP("AgendaStep", "Eigenaren en projectleiders"),
    QT_TRANSLATE_NOOP("AgendaStep", "Opties en SWOT"),
    QT_TRANSLATE_NOOP("AgendaStep", "Toetsingskader"),
    QT_TRANSLATE_NOOP("AgendaStep", "Besluit"),
    QT_TRANSLATE_NOOP("AgendaStep", "Opties scoren"),
)
#: The titles of the steps that name the method's word for task fields, with a place for it.
_NAMED_TITLES = {
    "groslijst": QT_TRANSLATE_NOOP("AgendaStep", "Groslijst van {0}"),
    "indikken": QT_TRANSLATE_NOOP("AgendaStep", "Indikken tot preferente {0}"),
}
#: The shipped methods' words for what is scored, translated like the rest of the window (a
#: user's own method's words are shown as they typed them).
TERM_CONTEXT = "MethodTerm"
_TERMS = (QT_TRANSLATE_NOOP("MethodTerm", "onderwerpen"), QT_TRANSLATE_NOOP("MethodTerm", "taakvelden"))


def step_title(step: AgendaStep) -> str:
    """The title of an agenda step in the language of the interface; a step that names the
    method's word for task fields has it in the translated title."""
    template = _NAMED_TITLES.get(step.key)
    if step.noun and template is not None:
        noun = step.noun if step.own_words else QCoreApplication.translate(TERM_CONTEXT, step.noun)
        return QCoreApplication.translate(STEP_CONTEXT, template).format(noun)
    return QCoreApplication.translate(STEP_CONTEXT, step.title)


class AgendaClock(QObject):
    #: The current step changed (its index; -1 before the first step).
    step_changed = Signal(int)
    #: The timer's reading may have changed (every second while running, and on every change).
    ticked = Signal()

    def __init__(self, parent: QObject | None = None, now: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.now = now
        self.steps: tuple[AgendaStep, ...] = DEFAULT_AGENDA
        self.index = -1
        self._since: float | None = None
        self._banked = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.ticked)

    # The agenda ------------------------------------------------------------------------------

    def set_steps(self, steps: tuple[AgendaStep, ...]) -> None:
        """New planned minutes (or another document's agenda); the running step keeps its time."""
        self.steps = steps
        if self.index >= len(steps):
            self.reset()
        self.ticked.emit()

    @property
    def current(self) -> AgendaStep | None:
        return self.steps[self.index] if 0 <= self.index < len(self.steps) else None

    def go(self, index: int) -> None:
        """Start step ``index`` with its timer at zero, running."""
        if not 0 <= index < len(self.steps):
            return
        self.index = index
        self._banked = 0.0
        self._since = self.now()
        self._timer.start()
        self.step_changed.emit(index)
        self.ticked.emit()

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) step; before the first step, "next" begins the agenda."""
        self.go(min(max(self.index + delta, 0), len(self.steps) - 1))

    def reset(self) -> None:
        self.index = -1
        self._banked = 0.0
        self._since = None
        self._timer.stop()
        self.step_changed.emit(-1)
        self.ticked.emit()

    # The timer -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._since is not None

    def elapsed(self) -> float:
        return self._banked + (self.now() - self._since if self._since is not None else 0.0)

    def toggle_pause(self) -> None:
        if self.current is None:
            return
        if self._since is not None:
            self._banked = self.elapsed()
            self._since = None
            self._timer.stop()
        else:
            self._since = self.now()
            self._timer.start()
        self.ticked.emit()

    def reading(self) -> TimerReading | None:
        step = self.current
        return None if step is None else reading(self.elapsed(), step.minutes)
