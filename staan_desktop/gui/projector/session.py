"""The live session, wired into the main window: the projector window that follows the
facilitator, the agenda whose steps move both windows, and blind scoring.

The main window only creates this object, and tells it when a document is shown
(:meth:`attach`) and closed (:meth:`detach`). Everything else it learns from signals that are
already there: the navigation's current row (which page the facilitator is on) and the
context's ``changed`` (what to redraw on the projector).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QActionGroup, QGuiApplication, QScreen
from PySide6.QtWidgets import QDockWidget, QScrollArea

from staan_desktop.domain.agenda import DEFAULT_AGENDA, AgendaStep
from staan_desktop.services import agenda, queries
from staan_desktop.services.edits import Change
from staan_desktop.services.errors import StaanError

from ..context import WorkspaceContext
from ..models.scoring_model import TASK_FIELD_ID_ROLE
from ..refusals import refusal_text
from ..room_panel import RoomControls
from . import screens, style
from .agenda_clock import AgendaClock
from .agenda_panel import AgendaPanel
from .scoreboard import Reveal
from .session_actions import SessionActions
from .window import PAGE_VIEWS, VIEW_PAGES, ProjectorWindow

if TYPE_CHECKING:  # for the annotation only: no run-time dependency on the shell
    from ..shell.window import ShellWindow

log = logging.getLogger(__name__)

#: Width of the session panel when the projector first shows it, in pixels.
PANEL_WIDTH = 330


class SessionControls(QObject):
    def __init__(self, window: ShellWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context: WorkspaceContext | None = None
        self.reveal = Reveal()
        self.shortlisted: list[tuple[int, str]] = []
        self.clock = AgendaClock(self)
        window_actions = window.actions_
        menus = window_actions.menus
        self.actions = SessionActions(window_actions, window, menus["session"])
        self.projector: ProjectorWindow | None = None
        #: Where the projector goes: a screen (full screen), or ``None`` for a window.
        self.projector_screen: QScreen | None = None
        self.panel = AgendaPanel(self.actions.all())
        self.dock = QDockWidget(window)
        self.dock.setObjectName("sessionDock")
        scroll = QScrollArea(self.dock)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.panel)
        self.dock.setWidget(scroll)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.actions.install(menus["view"], self.dock.toggleViewAction())
        for action in self.actions.all():
            window.addAction(action)  # the keys work with every menu closed
        # The room for participants' phones: its entry in the Session menu, its own panel.
        self.room = RoomControls(window, menus["session"], self._projector_for_room)
        self._connect()
        self._set_document_actions(False)
        window.installEventFilter(self)
        self.retranslate()

    def _connect(self) -> None:
        a = self.actions
        a["projector"].toggled.connect(self.show_projector)
        a["next_screen"].triggered.connect(self.next_screen)
        a["dark_projector"].toggled.connect(self._dark)
        a["next_step"].triggered.connect(lambda: self.clock.step(+1))
        a["previous_step"].triggered.connect(lambda: self.clock.step(-1))
        a["pause"].triggered.connect(self.clock.toggle_pause)
        a["reveal_all"].toggled.connect(lambda on: self.set_reveal(Reveal(everything=on)))
        a["reveal_current"].triggered.connect(self.reveal_current)
        a["next_part"].triggered.connect(lambda: self.turn_part(1))
        a["previous_part"].triggered.connect(lambda: self.turn_part(-1))
        a["hide_overtime"].toggled.connect(lambda _on: self._tick())
        self.actions.screens_menu.aboutToShow.connect(self._fill_screens_menu)
        self.clock.step_changed.connect(self._step_changed)
        self.clock.ticked.connect(self._tick)
        self.panel.minutes_changed.connect(self.plan_minutes)
        self.panel.step_chosen.connect(self.clock.go)
        self.panel.reveal_toggled.connect(self.toggle_reveal)
        workspace = getattr(self.window, "workspace", None)
        if workspace is not None:
            workspace.navigation.currentRowChanged.connect(lambda _row: self._follow())
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._screen_added)
            app.screenRemoved.connect(self._screen_removed)

    # The document -----------------------------------------------------------------------------

    def attach(self, context: WorkspaceContext) -> None:
        """A document is shown: read its agenda, and let the projector show it."""
        self.detach()
        self.context = context
        context.changed.connect(self._changed)
        try:
            steps = agenda.agenda(context.doc)
        except StaanError:
            log.exception("agenda could not be read; the default agenda is used")
            steps = DEFAULT_AGENDA
        self.clock.set_steps(steps)
        self.clock.reset()
        self.reveal = Reveal()
        self._load_task_fields()
        self._set_document_actions(True)
        self._follow_method(context)
        if self.projector is not None:
            self.projector.set_document(context.doc, self._title())
            self._show_state()
        self.room.attach(context)

    def detach(self) -> None:
        """The document closes: nothing of it may stay on the projector."""
        if self.context is None:
            return
        self.room.detach()
        self.context.changed.disconnect(self._changed)
        self.context = None
        self.reveal = Reveal()
        self.shortlisted = []
        self.clock.reset()
        self._set_document_actions(False)
        self.panel.set_task_fields([], self.reveal)
        if self.projector is not None:
            self.projector.set_document(None)

    def _follow_method(self, context: WorkspaceContext) -> None:
        """Revealing scores of task fields is for a method that scores them: a verkenning's
        Session menu and agenda panel do not offer it (nor name a part it does not use)."""
        from staan_desktop.domain.document import MethodPart
        from staan_desktop.domain.methods import uses
        from staan_desktop.services import methods

        try:
            scored = uses(methods.method_of(context.doc), MethodPart.SCORING)
        except StaanError:
            scored = True
        for name in ("reveal_all", "reveal_current"):
            self.actions[name].setVisible(scored)
        self.panel.set_scoring(scored)

    def _set_document_actions(self, enabled: bool) -> None:
        for name in ("next_step", "previous_step", "pause", "reveal_all", "reveal_current"):
            self.actions[name].setEnabled(enabled)
        self.panel.setEnabled(enabled)

    def _title(self) -> str:
        if self.context is None:
            return ""
        try:
            return agenda.trajectory_heading(self.context.doc)[0]
        except StaanError:
            return ""

    def _changed(self, change: Change) -> None:
        tables = change.tables or {change.table}
        if "task_field" in tables:
            self._load_task_fields()
        if self.projector is not None:
            if "trajectory" in tables:
                self.projector.footer.setText(self._title())
            self.projector.on_changed(change)

    def _load_task_fields(self) -> None:
        if self.context is None:
            return
        self.shortlisted = queries.shortlisted_names(self.context.doc)
        self.panel.set_task_fields(self.shortlisted, self.reveal)

    # Following the facilitator ----------------------------------------------------------------

    def current_page(self) -> str:
        workspace = getattr(self.window, "workspace", None)
        if workspace is None:
            return ""
        return workspace.current_key()

    def _follow(self) -> None:
        if self.projector is not None:
            self.projector.show_page(self.current_page())

    def go_to_view(self, view: str) -> None:
        """Show the workspace page where ``view`` (an agenda step's subject) is edited."""
        workspace = getattr(self.window, "workspace", None)
        page = VIEW_PAGES.get(view)
        if workspace is None or page is None:
            return
        if PAGE_VIEWS.get(self.current_page()) != view:
            workspace.go_to_key(page)

    def go_to_step(self, step: AgendaStep) -> None:
        """Show the workspace page of ``step``: its own page when it names one (scoring the
        options, whose view also stands for the toetsingskader), else its view's."""
        workspace = getattr(self.window, "workspace", None)
        if step.page and workspace is not None:
            if self.current_page() != step.page:
                workspace.go_to_key(step.page)
            return
        self.go_to_view(step.view)

    # The agenda -------------------------------------------------------------------------------

    def _step_changed(self, index: int) -> None:
        step = self.clock.current
        if step is not None:
            self.go_to_step(step)
        self.panel.set_steps(self.clock.steps, index, self._read_only())
        if self.projector is not None:
            self.projector.set_agenda(self.clock.steps, index)

    def _tick(self) -> None:
        step, reading = self.clock.current, self.clock.reading()
        self.panel.set_timer(step, reading, self.clock.running)
        if self.projector is not None:
            if reading is None:
                self.projector.set_timer("", False)
            elif reading.over and self.actions["hide_overtime"].isChecked():
                self.projector.set_timer("", False)  # the facilitator still sees it in the panel
            elif reading.over:
                self.projector.set_timer(self.tr("⚠ +{0} over tijd").format(reading.late), True)
            else:
                self.projector.set_timer(self.tr("nog {0}").format(reading.remaining), False)

    def _read_only(self) -> bool:
        return self.context is None or self.context.doc.read_only

    def plan_minutes(self, key: str, minutes: int) -> None:
        """Store the planned minutes of a step; on a read-only document keep them for now."""
        if self.context is None:
            return
        try:
            steps = agenda.set_planned_minutes(self.context.doc, key=key, minutes=minutes)
        except StaanError as error:
            steps = tuple(replace(s, minutes=minutes) if s.key == key else s for s in self.clock.steps)
            show = getattr(self.window, "show_message", None)
            if show is not None:
                show(self.tr("De geplande tijd geldt nu, maar is niet bewaard: {0}").format(refusal_text(error)))
        self._set_steps(steps)

    def _set_steps(self, steps: tuple[AgendaStep, ...]) -> None:
        self.clock.set_steps(steps)
        self.panel.set_steps(steps, self.clock.index, self._read_only())
        if self.projector is not None:
            self.projector.set_agenda(steps, self.clock.index)

    # Blind scoring ----------------------------------------------------------------------------

    def set_reveal(self, reveal: Reveal) -> None:
        self.reveal = reveal
        toggle = self.actions["reveal_all"]
        toggle.blockSignals(True)
        toggle.setChecked(reveal.everything)
        toggle.blockSignals(False)
        self.panel.set_task_fields(self.shortlisted, reveal)
        if self.projector is not None:
            self.projector.set_reveal(reveal)

    def toggle_reveal(self, task_field_id: int) -> None:
        self.set_reveal(self.reveal.toggled(task_field_id, (tf for tf, _name in self.shortlisted)))

    def current_task_field(self) -> int | None:
        """The task field under the cursor on the scoring page, if that page is shown."""
        workspace = getattr(self.window, "workspace", None)
        page = workspace.stack.currentWidget() if workspace is not None else None
        view = getattr(page, "view", None)
        if view is None or not hasattr(view, "currentIndex"):
            return None
        value = view.currentIndex().data(TASK_FIELD_ID_ROLE)
        return int(value) if value is not None else None

    def reveal_current(self) -> None:
        task_field_id = self.current_task_field()
        if task_field_id is None:
            show = getattr(self.window, "show_message", None)
            if show is not None:
                show(self.tr("Kies op de pagina Scoren het taakveld dat de zaal mag zien."))
            return
        self.toggle_reveal(task_field_id)

    # The projector window ---------------------------------------------------------------------

    def turn_part(self, step: int) -> None:
        """The next (previous) part of a slide that takes more than one screen."""
        view = self.projector.view if self.projector is not None else None
        if view is not None:
            view.turn(step)

    def show_projector(self, on: bool) -> None:
        if not on:
            if self.projector is not None:
                self.projector.hide()
            return
        if self.projector is None:
            self.projector = ProjectorWindow(self.window)
            self.projector.closed.connect(lambda: self.actions["projector"].setChecked(False))
            for action in self.actions.all():
                self.projector.addAction(action)  # F8 and friends also when the beamer has focus
            self._dark(self.actions["dark_projector"].isChecked())
        if self.context is not None:
            self.projector.set_document(self.context.doc, self._title())
        self._show_state()
        laptop = self.window.screen()
        if self.projector_screen is None or self.projector_screen not in screens.screens():
            self.projector_screen = screens.default_screen(laptop)
        screens.place(self.projector, self.projector_screen, laptop)
        if not self.dock.isVisible():
            self.dock.show()
            # Narrow: the page beside it is where the typing happens.
            self.window.resizeDocks([self.dock], [PANEL_WIDTH], Qt.Orientation.Horizontal)
        self._describe_screen()
        self.window.activateWindow()  # the facilitator keeps typing on the laptop
        if self.projector_screen is None:
            self.projector.raise_()  # one screen: in front, though the laptop's window has the keys

    def _show_state(self) -> None:
        assert self.projector is not None
        self.projector.set_reveal(self.reveal)
        self.projector.set_agenda(self.clock.steps, self.clock.index)
        self.projector.show_page(self.current_page())
        self._tick()

    def next_screen(self) -> None:
        self.projector_screen = screens.following(self.projector_screen, self.window.screen())
        if self.projector is not None and self.projector.isVisible():
            screens.place(self.projector, self.projector_screen, self.window.screen())
        self._describe_screen()

    def _describe_screen(self) -> None:
        if self.projector_screen is None:
            self.panel.set_screen(self.tr("In een venster (één scherm, of Shift+F5 voor een ander scherm)."))
        else:
            self.panel.set_screen(self.tr("Volledig scherm op {0}").format(screens.describe(self.projector_screen)))

    def _fill_screens_menu(self) -> None:
        menu = self.actions.screens_menu
        menu.clear()
        group = QActionGroup(menu)
        laptop = self.window.screen()
        choices = [(None, self.tr("In een venster"))] + [
            (screen, screens.describe(screen)) for screen in screens.screens() if screen is not laptop
        ]
        for screen, text in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(screen is self.projector_screen)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, screen=screen: self._choose_screen(screen))

    def _choose_screen(self, screen: QScreen | None) -> None:
        self.projector_screen = screen
        if self.projector is not None and self.projector.isVisible():
            screens.place(self.projector, screen, self.window.screen())
        self._describe_screen()

    def _screen_added(self, _screen: QScreen) -> None:
        """A beamer plugged in while the projector shows in a window: go there, full screen."""
        if self.projector is not None and self.projector.isVisible() and self.projector_screen is None:
            self._choose_screen(screens.default_screen(self.window.screen()))

    def _screen_removed(self, screen: QScreen) -> None:
        """The beamer's cable pulled: keep the projector as a window on the laptop."""
        if screen is self.projector_screen:
            self.projector_screen = None
            if self.projector is not None and self.projector.isVisible():
                screens.place(self.projector, None, self.window.screen())
            self._describe_screen()

    def _dark(self, on: bool) -> None:
        if self.projector is not None:
            self.projector.set_theme(style.DARK if on else style.LIGHT)

    # Language ---------------------------------------------------------------------------------

    def _projector_for_room(self) -> ProjectorWindow | None:
        """The projector window, shown first if it is not (the join card goes on it)."""
        if self.projector is None or not self.projector.isVisible():
            self.actions["projector"].setChecked(True)
        return self.projector

    def retranslate(self) -> None:
        self.actions.retranslate()
        self.room.retranslate()
        self.dock.setWindowTitle(self.tr("Sessie"))
        self.dock.toggleViewAction().setText(self.tr("Sessiep&aneel"))
        self.panel.retranslate()
        self._tick()
        self._describe_screen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
