"""The main window composes the workspace: chapter navigation, one page per chapter, the
read-only banner, the menus and the status bar. It holds no page logic of its own: pages
redraw themselves from the changes it hands them.

It is built in two steps, so that a document shows in the first frame. The shell — menus,
chapters, banner, status bar — needs only Qt; with ``shell_only`` the window stops there and
can show a first look at a document (:meth:`show_glance`). :meth:`complete` then loads the
database layer and the document tools (review, session, backups), after the first frame is
painted (``gui/first_paint.py``); only then is a document opened for editing. Qt classes that
only dialogs use are imported where the dialog opens: PySide builds a class's Python type,
enumerations and all, when the class is first named. For the same reason the shell names nothing
in Qt's own namespace (``Qt.AlignmentFlag`` and the like): naming ``Qt`` builds all 93 of its
enum classes, 15 ms. The modules the shell is made of import ``Qt`` in the functions that need
it later; ``tests/gui/test_first_frame.py`` checks that the first frame is drawn without it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from . import i18n, icons, paths, theme
from .banner import Banner
from .documents import Documents, OpenedDocument
from .file_actions import FileActions
from .pages import PAGES, PageKind
from .settings import (
    COLOR_SCHEME,
    FIRST_LOOK,
    LANGUAGE,
    SPLITTER_STATE,
    TEXT_SCALE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
)
from .status_bar import StatusBar
from .window_actions import DocumentUndoKeys, WindowActions, flush_focused_field
from .workspace import Workspace

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from staan_desktop.services.edits import Change
    from staan_desktop.services.glance import Glance

    from .backup_actions import BackupActions
    from .context import WorkspaceContext
    from .empty_state import EmptyState
    from .projector import SessionControls
    from .review_actions import ReviewActions

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, pages: Sequence[PageKind] | None = None, *, shell_only: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.page_classes = list(PAGES if pages is None else pages)
        self.current: OpenedDocument | None = None
        self.context: WorkspaceContext | None = None
        self.session: SessionControls | None = None
        self.review: ReviewActions | None = None
        self.backups: BackupActions | None = None
        #: The document the first frame shows a first look at, until it is opened.
        self.glance: Glance | None = None
        self._trajectory_title = ""
        self._following_undo = False
        self.undo_group = QUndoGroup(self)
        self.documents = Documents(self)
        self.documents.opened.connect(self.show_document)
        self.documents.failed.connect(self._open_failed)
        self.file_actions = FileActions(self, self.documents, settings)
        self.actions_ = WindowActions(self, self.undo_group)
        self._build()
        self._connect()
        self._restore_geometry()
        self._show_no_document()
        if not shell_only:
            self.show_empty()
            self.complete()

    def complete(self) -> None:
        """Load what works on an open document: the projector window, the session agenda and
        blind scoring (gui/projector/), the review menu, comments dock, sign-off and review mode
        (gui/review_actions.py), and backups on open, while working and on close."""
        if self.session is not None:
            return
        # An application-wide filter hands every event of every widget to Python, which makes
        # PySide build a Python type for each kind of widget and event it sees: only after the
        # first frame, and no earlier than a document can be edited.
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(DocumentUndoKeys(self, self.undo, self.redo))
        # Tooltips and screen-reader names of the toolbar's buttons: unseen in the first frame,
        # and reaching for the buttons makes PySide build their Python types.
        for changing in (self.undo_group.undoTextChanged, self.undo_group.redoTextChanged):
            changing.connect(self._label_toolbar)
        self._label_toolbar()
        from .backup_actions import BackupActions
        from .projector import SessionControls
        from .review_actions import ReviewActions

        self.session = SessionControls(self)
        self.review = ReviewActions(self)
        self.backups = BackupActions(self)
        state = self.settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)  # again, now that the docks it places exist

    # Building ---------------------------------------------------------------------------

    def _build(self) -> None:
        bar = self.menuBar()
        self.file_actions.build_menu(bar)
        self.actions_.build_menus(bar)
        self.workspace = Workspace(self.page_classes, self)
        # The pieces tests and the screenshot script reach for, under short names.
        self.navigation = self.workspace.navigation
        self.stack = self.workspace.stack
        self.pages = self.workspace.pages
        self.page_actions = self.workspace.page_actions
        self.actions_.set_page_actions(self.page_actions)
        self.addToolBar(self._toolbar())
        self.banner = Banner(self)
        self._empty: EmptyState | None = None
        self.body = QStackedWidget(self)
        self.body.addWidget(self.workspace)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.body, 1)
        self.setCentralWidget(central)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.setMinimumSize(800, 520)

    def _toolbar(self) -> QToolBar:
        """The few actions a mouse user wants at hand; every one is also in a menu with its keys."""
        toolbar = QToolBar(self)  # icons only, a main window's toolbars' default
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.addActions([self.file_actions.new, self.file_actions.open])
        toolbar.addSeparator()
        toolbar.addActions([self.actions_.undo, self.actions_.redo])
        toolbar.addSeparator()
        for action, _exporter in self.file_actions.exporters:
            toolbar.addAction(action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addActions([self.actions_.settings, self.actions_.shortcuts])
        self.toolbar = toolbar
        return toolbar

    def _label_toolbar(self) -> None:
        """Icon-only buttons say what they do, with their keys, to the eye and to screen readers."""
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if action.isSeparator() or button is None or not action.text():
                continue
            text = action.text().replace("&", "")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})" if keys else text)
            button.setAccessibleName(text)
        self.toolbar.setWindowTitle(self.tr("Werkbalk"))

    def _connect(self) -> None:
        a = self.actions_
        self.file_actions.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        a.settings.triggered.connect(self.edit_settings)
        a.next_page.triggered.connect(lambda: self.workspace.step(+1))
        a.previous_page.triggered.connect(lambda: self.workspace.step(-1))
        a.toggle_focus.triggered.connect(self.workspace.toggle_focus)
        a.larger.triggered.connect(lambda: self._step_text_scale(+1))
        a.smaller.triggered.connect(lambda: self._step_text_scale(-1))
        a.normal_size.triggered.connect(lambda: self._step_text_scale(0))
        a.full_screen.toggled.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.demo.triggered.connect(lambda: self.documents.open_demo())
        a.fresh_demo.triggered.connect(self.fresh_demo)
        a.example.triggered.connect(lambda: self.documents.open_example())
        a.log.triggered.connect(self.show_log_folder)
        a.about.triggered.connect(self.show_about)
        self.banner.retry_requested.connect(self.reopen)
        self.banner.take_over_requested.connect(self.take_over)

    def window_widget(self) -> QWidget:
        return self

    # Documents --------------------------------------------------------------------------

    def open_path(self, path: Path) -> None:
        path = Path(path)
        if self.current is not None and path.resolve() == self.current.path.resolve():
            if self.current.held_elsewhere:
                self.reopen()
            else:
                self.show_message(self.tr("{0} is al geopend.").format(path.name))
            return
        self.show_opening()
        self.documents.open(path)

    def open_demo(self) -> None:
        self.show_opening()
        self.documents.open_demo()

    def show_opening(self) -> None:
        """While a document opens into an empty window (at start-up), show the workspace's frame:
        the chapters, the page still blank. Not the invitation to open a document, which would
        flash by just before the document shows."""
        if self.current is None:
            self.body.setCurrentWidget(self.workspace)

    def show_glance(self, seen: Glance) -> None:
        """The first frame: ``seen``'s title and overview, read-only, while the document tools
        load. Opening the document replaces it with the real first page, in the same frame."""
        from .pages.overview_form import OverviewForm

        self.glance = seen
        if self.page_classes and self.page_classes[0].__name__ == "OverviewPage":
            form = OverviewForm()
            form.show_glance(seen)
            self.workspace.show_preview(form)
        self.body.setCurrentWidget(self.workspace)
        self._trajectory_title = seen.title
        self._update_title()

    def _open_failed(self, _path: Path | None) -> None:
        if self.current is None:
            self.show_empty()

    def reopen(self) -> None:
        if self.current is not None:
            path = self.current.path
            self.close_document()
            self.documents.open(path)

    def take_over(self) -> None:
        """Edit a document whose lock another computer left behind (it crashed, or was shut with
        the document open), once the user confirms nobody works in it there any more."""
        current = self.current
        if current is None or current.holder is None:
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Toch bewerken"), self.tr(
            "{0}. Neem het document alleen over als het daar niet meer open is, bijvoorbeeld omdat die "
            "computer is vastgelopen of uitgezet. Wordt er daar nog in gewerkt, dan overschrijven jullie "
            "elkaars wijzigingen.\n\nHet document overnemen?"
        ).format(current.holder.describe()), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        path, holder = current.path, current.holder
        self.close_document()
        self.documents.open(path, take_over=holder)

    def show_document(self, opened: OpenedDocument) -> None:
        from .context import WorkspaceContext

        self.complete()
        self._close_current()
        assert self.session is not None and self.review is not None and self.backups is not None
        self.glance = None
        self.current = opened
        context = self.context = WorkspaceContext(opened.doc, self)
        self.undo_group.addStack(context.undo_stack)
        self.undo_group.setActiveStack(context.undo_stack)
        context.changed.connect(self._on_changed)
        context.stored.connect(self.status.show_stored)
        context.refused.connect(self._on_refused)
        self.workspace.show_context(context)
        self.session.attach(context)
        self.body.setCurrentWidget(self.workspace)
        reason = opened.reason or (opened.doc.read_only_reason if opened.doc.read_only else "")
        if reason:
            self.banner.show_reason(reason, retry=opened.held_elsewhere, take_over=opened.holder is not None)
        else:
            self.banner.clear()
        self.status.set_document(True, read_only=opened.doc.read_only)
        self.review.attach(context)  # a signed-off version or a review: banner, read-only pages
        self.backups.attach(opened)
        self.file_actions.set_document_open(True)
        self.settings.add_recent(opened.path)
        self._load_title()
        self.navigation.setFocus()

    def _close_current(self) -> None:
        if self.current is None:
            return
        flush_focused_field()
        assert self.session is not None and self.review is not None and self.backups is not None
        self.session.detach()
        self.review.detach()
        self.backups.detach()  # the backup on close, while the document is still ours
        self.workspace.clear()
        if self.context is not None:
            self.undo_group.removeStack(self.context.undo_stack)
            self.context.changed.disconnect(self._on_changed)
            self.context.deleteLater()
            self.context = None
        closed = self.current.path
        self.current.close()
        self.current = None
        from staan_desktop.services.glance import remember  # late: the first frame does without

        # What the next start shows in its first frame if the file is still as it is now.
        self.settings.set(FIRST_LOOK, remember(closed))

    def release_document(self) -> None:
        self._close_current()

    def close_document(self) -> None:
        self._close_current()
        self.show_empty()

    @property
    def empty(self) -> EmptyState:
        """What the window shows without a document; made when first needed, since a window
        that starts on a document does not show it."""
        if self._empty is None:
            from .empty_state import EmptyState

            self._empty = EmptyState([self.file_actions.new, self.file_actions.open, self.actions_.demo], self)
            self.body.insertWidget(0, self._empty)
        return self._empty

    def show_empty(self) -> None:
        self.glance = None
        self.workspace.clear()
        self.body.setCurrentWidget(self.empty)
        self._show_no_document()

    def _show_no_document(self) -> None:
        self.banner.clear()
        self.status.set_document(False)
        self.file_actions.set_document_open(False)
        self._trajectory_title = ""
        self._update_title()

    def fresh_demo(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Voorbeelddocument opnieuw beginnen"),
            self.tr("Alles wat in het voorbeelddocument is ingevoerd, gaat verloren. Doorgaan?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.current is not None and self.current.path.resolve() == paths.demo_path().resolve():
            self.close_document()
        self.documents.open_demo(fresh=True)

    # Changes, undo, redo ----------------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        self.workspace.route(change, follow=self._following_undo)
        if "trajectory" in (change.tables or {change.table}):
            self._load_title()

    def undo(self) -> None:
        flush_focused_field()
        self._following_undo = True
        try:
            self.undo_group.undo()
        finally:
            self._following_undo = False

    def redo(self) -> None:
        self._following_undo = True
        try:
            self.undo_group.redo()
        finally:
            self._following_undo = False

    def _on_refused(self, message: str, details: str) -> None:
        log.info("edit refused: %s (%s)", message, details)
        self.status.show_warning(message)

    def show_message(self, text: str) -> None:
        self.status.showMessage(text, 10_000)

    # Navigation -------------------------------------------------------------------------

    def go_to(self, row: int, focus: bool = False) -> None:
        self.workspace.go_to(row, focus)

    # Looks and language -----------------------------------------------------------------

    def _load_title(self) -> None:
        from staan_desktop.services.interchange import load_info

        if self.current is not None:
            try:
                self._trajectory_title = load_info(self.current.doc).title
            except Exception:  # noqa: BLE001 - a title is not worth an error dialog
                log.exception("could not read the title")
        self._update_title()

    def _update_title(self) -> None:
        parts = [self._trajectory_title] if self._trajectory_title else []
        shown = self.current.path if self.current is not None else self.glance.path if self.glance else None
        if shown is not None:
            parts.append(shown.name)
        parts.append(self.tr("STAAN Desktop"))
        title = " — ".join(parts)
        if self.current is not None and self.current.doc.read_only:
            title += " " + self.tr("(alleen-lezen)")
        self.setWindowTitle(title)

    def _step_text_scale(self, step: int) -> None:
        choices = list(TEXT_SCALE.choices)
        current = self.settings.get(TEXT_SCALE)
        index = choices.index(current) + step if step else choices.index(100)
        self.settings.set(TEXT_SCALE, choices[min(max(index, 0), len(choices) - 1)])
        self.apply_appearance()

    def apply_appearance(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.apply(app, self.settings.get(COLOR_SCHEME), self.settings.get(TEXT_SCALE))

    def edit_settings(self) -> None:
        from .settings_dialog import SettingsDialog  # late: not needed to show the window

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            i18n.set_language(self.settings.get(LANGUAGE))
            self.apply_appearance()

    def show_shortcuts(self) -> None:
        actions = [*self.file_actions.findChildren(QAction), *self.actions_.findChildren(QAction), *self.page_actions]
        from .shortcuts_dialog import ShortcutsDialog  # late: not needed to show the window

        ShortcutsDialog(actions, self).exec()

    def show_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir())))

    def show_about(self) -> None:
        from importlib.metadata import PackageNotFoundError, version

        from PySide6.QtWidgets import QMessageBox

        try:
            number = version("staan-desktop")
        except PackageNotFoundError:
            number = "ontwikkelversie"
        QMessageBox.about(
            self,
            self.tr("Over STAAN Desktop"),
            self.tr(
                "<h3>STAAN Desktop {0}</h3><p>Werkconferenties tussen gemeenten faciliteren en het "
                "startdocument maken. Werkt volledig offline; elke wijziging wordt direct bewaard.</p>"
                "<p>Logbestanden: {1}</p>"
            ).format(number, paths.log_dir()),
        )

    def retranslate(self) -> None:
        self.file_actions.retranslate()
        self.actions_.retranslate()
        self.workspace.retranslate()
        self._label_toolbar()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslate()
        elif kind == QEvent.Type.PaletteChange:
            icons.restyle(self)
        super().changeEvent(event)

    # Window state -----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.get(SPLITTER_STATE)
        if not splitter.isEmpty():
            self.workspace.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        from . import tasks  # late: the first frame does without (gui/main_window.py)

        if tasks.running():
            self.show_message(self.tr("Even wachten: er loopt nog een taak."))
            event.ignore()
            return
        self._close_current()
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.set(SPLITTER_STATE, self.workspace.saveState())
        self.settings.sync()
        super().closeEvent(event)
