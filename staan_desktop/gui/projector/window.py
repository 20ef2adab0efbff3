"""The projector window: what the room sees, in large type, with no menus, toolbars, comments
or other workings of the laptop.

It follows the facilitator: :meth:`show_page` is told which workspace page is current and shows
the view that stands for it (the title screen for pages without one). Every view reads the
document through services; the window reloads the current view on each change that touches
its tables and the others when they are shown next.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLayout, QStackedWidget, QVBoxLayout, QWidget

from staan_desktop.domain.agenda import AgendaStep
from staan_desktop.services.edits import Change
from staan_desktop.services.store import Document

from . import style
from .agenda_clock import step_title
from .grid_views import InterestsView, OwnersView
from .list_views import AmbitionView, MotivesView, TaskFieldsView
from .option_views import ComparisonView, DecisionView, SwotView
from .register_view import RegisterView
from .scoreboard import Reveal
from .scoring_view import ScoringView
from .title_view import TitleView
from .view_base import ProjectorView

log = logging.getLogger(__name__)

VIEW_TYPES: tuple[type[ProjectorView], ...] = (
    TitleView, AmbitionView, MotivesView, InterestsView, TaskFieldsView, ScoringView, OwnersView, RegisterView,
    SwotView, ComparisonView, DecisionView,
)  # fmt: skip
#: Workspace page class name → projector view key.
PAGE_VIEWS = {page: view.key for view in VIEW_TYPES for page in view.pages}
#: Projector view key → the workspace page that edits what it shows.
VIEW_PAGES = {view.key: sorted(view.pages)[0] for view in VIEW_TYPES}


class ProjectorWindow(QWidget):
    #: The facilitator closed the window (Esc on it, or the window manager's close).
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        #: Where the window was before F11 made it full screen.
        self._windowed: QRect | None = None
        self.setObjectName("projectorWindow")
        self.setWindowTitle(self.tr("STAAN — projectorweergave"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.theme = style.LIGHT
        self.doc: Document | None = None
        self.page = ""
        self._stale: set[str] = set()
        self._pixels = 24.0

        self.band = QWidget(self)
        self.band.setObjectName("projectorBand")
        self.band.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.heading = style.label("", self.band, wrap=False)
        self.step = style.label("", self.band, wrap=False)
        self.timer = style.label("", self.band, wrap=False)
        self.timer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        band = QHBoxLayout(self.band)
        band.addWidget(self.heading, 1)
        band.addWidget(self.step)
        band.addWidget(self.timer)
        self.accent = QWidget(self)
        self.accent.setObjectName("projectorAccent")
        self.accent.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.stack = QStackedWidget(self)
        self.idle = style.label("STAAN", self.stack, wrap=False, role="muted")
        self.idle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.idle)
        self.views: dict[str, ProjectorView] = {}
        for view_type in VIEW_TYPES:
            view = view_type(self.stack)
            self.views[view.key] = view
            self.stack.addWidget(view)
        self.footer = style.label("", self, wrap=False, role="muted")

        self.content = QVBoxLayout()
        self.content.addWidget(self.stack, 1)
        self.content.addWidget(self.footer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.band)
        layout.addWidget(self.accent)
        layout.addLayout(self.content, 1)
        # The slides fit themselves to the window (fitting.py): what one shows at full screen
        # must not hold the window that large when it is a window again.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.set_theme(style.LIGHT)
        self.resize(1280, 720)

    # What is shown ----------------------------------------------------------------------------

    @property
    def view(self) -> ProjectorView | None:
        current = self.stack.currentWidget()
        return current if isinstance(current, ProjectorView) else None

    def set_document(self, doc: Document | None, title: str = "") -> None:
        """Show ``doc`` (``None``: a neutral screen, nothing of the last document)."""
        self.doc = doc
        self._stale = set(self.views)
        self.footer.setText(title)
        if doc is None:
            for view in self.views.values():
                view.clear_content()
            self.stack.setCurrentWidget(self.idle)
            self.heading.setText("")
            return
        self.show_page(self.page)

    def show_page(self, page: str) -> None:
        """Follow the facilitator to the workspace page with class name ``page``."""
        self.page = page
        if self.doc is None:
            return
        view = self.views[PAGE_VIEWS.get(page, TitleView.key)]
        if view.key in self._stale or self.stack.currentWidget() is not view:
            self._load(view)
        self.stack.setCurrentWidget(view)
        self.heading.setText(view.heading())
        view.set_pixels(self._pixels)

    def on_changed(self, change: Change) -> None:
        for view in self.views.values():
            if view.shows(change):
                view.last_change = change
                if view is self.view:
                    self._load(view)
                else:
                    self._stale.add(view.key)

    def _load(self, view: ProjectorView) -> None:
        self._stale.discard(view.key)
        if self.doc is None:
            return
        try:
            view.load(self.doc)
        except Exception:  # noqa: BLE001 - the room keeps the last picture; the log has the cause
            log.exception("projector view %s could not load", view.key)

    def reload(self, key: str | None = None) -> None:
        """Read again the view ``key`` (default: the one shown)."""
        view = self.views.get(key) if key else self.view
        if view is None:
            return
        if view is self.view:
            self._load(view)
        else:
            self._stale.add(view.key)

    def set_reveal(self, reveal: Reveal) -> None:
        scoring = self.views["scoring"]
        assert isinstance(scoring, ScoringView)
        scoring.reveal = reveal
        self.reload("scoring")

    def set_agenda(self, steps: tuple[AgendaStep, ...], current: int) -> None:
        title = self.views["overview"]
        assert isinstance(title, TitleView)
        title.set_agenda(steps, current)
        self.reload("overview")
        step = steps[current] if 0 <= current < len(steps) else None
        self.step.setText(self.tr("Stap {0} van {1} · {2}").format(current + 1, len(steps), step_title(step)) if step else "")

    def set_timer(self, text: str, over: bool) -> None:
        """The timer of the current step; over time it turns into a warning in words."""
        self.timer.setText(text)
        self.timer.setProperty("role", "warning" if over else "body")
        self.timer.style().unpolish(self.timer)
        self.timer.style().polish(self.timer)

    # Looks ------------------------------------------------------------------------------------

    def set_theme(self, theme: style.Theme) -> None:
        self.theme = theme
        self.setStyleSheet(style.style_sheet(theme))
        scoring = self.views["scoring"]
        assert isinstance(scoring, ScoringView)
        scoring.set_theme(theme)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._pixels = style.base_pixels(self.width(), self.height())
        self._size_frame()
        view = self.view
        if view is not None:
            view.set_pixels(self._pixels)

    def _size_frame(self) -> None:
        pixels = self._pixels
        margin = int(pixels * 1.1)
        band = self.band.layout()
        assert band is not None, "the band's layout is made with it in __init__"
        band.setContentsMargins(margin, int(pixels * 0.5), margin, int(pixels * 0.5))
        band.setSpacing(int(pixels))
        least = max(style.MIN_PIXELS, pixels * style.MIN_READABLE)
        self.heading.setFont(style.font(pixels * 1.3, bold=True))
        self.step.setFont(style.font(max(least, pixels * 0.8)))
        self.timer.setFont(style.font(max(least, pixels * 0.9), bold=True))
        self.accent.setFixedHeight(max(4, int(pixels * 0.22)))
        self.content.setContentsMargins(margin, int(pixels * 0.8), margin, int(pixels * 0.4))
        self.content.setSpacing(int(pixels * 0.4))
        self.footer.setFont(style.font(max(least, pixels * 0.6)))
        self.idle.setFont(style.font(pixels * 3, bold=True))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("STAAN — projectorweergave"))
            self._stale = set(self.views)
            self.show_page(self.page)
        super().changeEvent(event)

    # Keys -------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
            return
        if key == Qt.Key.Key_F11:
            self.toggle_full_screen()
            return
        view = self.view
        if view is not None and key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_PageUp):
            view.turn(-1 if key == Qt.Key.Key_PageUp else 1)
            return
        super().keyPressEvent(event)

    def toggle_full_screen(self) -> None:
        """F11 on the projector: full screen on the screen it is on, or back to the window it
        was (the slide laid out for the full screen must not stretch the window past the screen)."""
        if self.isFullScreen():
            self.showNormal()
            if self._windowed is not None:
                self.setGeometry(self._windowed)
        else:
            self._windowed = self.geometry()
            self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        super().closeEvent(event)
        self.closed.emit()
