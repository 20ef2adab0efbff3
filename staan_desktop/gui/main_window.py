"""The main window: the shell's frame (:mod:`.shell.window`) with a document in it. It opens,
shows and closes documents, routes every change to the pages that show it, and owns the
document tools — review, session, backups — which it builds one step at a time
(:meth:`MainWindow.tool_steps`) once the document layer is loaded (see :mod:`.shell`).
It holds no page logic of its own: pages redraw themselves from the changes it hands them.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from . import paths, tasks
from .documents import OpenedDocument
from .empty_state import EmptyState
from .pages import PageSpec
from .refusals import reason_text
from .review_targets import home_row, show_item
from .settings import Settings
from .shell.loader import run_in_steps
from .shell.window import ShellWindow
from .widgets.labels import show_plain
from .window_actions import DocumentUndoKeys, flush_focused_field

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from staan_desktop.services.edits import Change

    from .backup_actions import BackupActions
    from .context import WorkspaceContext
    from .projector import SessionControls
    from .review_actions import ReviewActions

log = logging.getLogger(__name__)

#: The modules of the document tools and the first page, imported one per step (each takes
#: 5-30 ms once the document layer is loaded), in an order in which each finds most of what it
#: imports already there.
TOOL_MODULES = (
    "staan_desktop.gui.context",
    "staan_desktop.gui.widgets.beamer",
    "staan_desktop.gui.models.scoring_model",
    "staan_desktop.gui.projector.scoreboard",
    "staan_desktop.gui.projector.agenda_panel",
    "staan_desktop.gui.projector.window",
    "staan_desktop.gui.projector",
    "staan_desktop.gui.review.comments_panel",
    "staan_desktop.gui.review.history_dialog",
    "staan_desktop.gui.review_actions",
    "staan_desktop.gui.backup_actions",
    "staan_desktop.gui.pages.overview",
)


class MainWindow(ShellWindow):
    def __init__(self, settings: Settings, pages: Sequence[PageSpec] | None = None, *, shell_only: bool = False) -> None:
        """With ``shell_only`` the window is the frame alone until :meth:`complete` (or the
        steps of :meth:`tool_steps`) adds the document tools; a document shown completes it."""
        super().__init__(settings, pages)
        self.current: OpenedDocument | None = None
        self.context: WorkspaceContext | None = None
        self.session: SessionControls | None = None
        self.review: ReviewActions | None = None
        self.backups: BackupActions | None = None
        self._empty: EmptyState | None = None
        self._following_undo = False
        #: The steps that build the document tools, shared by complete() and a sliced start.
        self.tool_steps: Iterator[None] = self._tool_steps()
        #: A document being shown in steps (showing_steps), until it is :attr:`current`.
        self._showing: Iterator[None] | None = None
        self._arriving: OpenedDocument | None = None
        self.documents.opened.connect(self._show_in_steps)
        self.documents.failed.connect(self._open_failed)
        self._connect_document()
        self._show_no_document()
        if not shell_only:
            self.show_empty()
            self.complete()

    # The document tools -----------------------------------------------------------------

    @property
    def tools_ready(self) -> bool:
        return self.backups is not None

    def complete(self) -> None:
        """Build what is left of the document tools now (see :meth:`_tool_steps`)."""
        for _step in self.tool_steps:
            pass

    def _tool_steps(self) -> Iterator[None]:
        """What works on an open document, one piece per step: the document-wide undo keys,
        the projector and session agenda (gui/projector/), the review menu and comments dock
        (gui/review_actions.py), and backups (gui/backup_actions.py). Each import and each
        construction is its own step, so that a start-up run through the event loop
        (shell/loader.py) never holds it for long; :meth:`complete` runs the rest at once."""
        app = QApplication.instance()
        assert app is not None
        # Undo belongs to the document, not to the text field with the focus.
        app.installEventFilter(DocumentUndoKeys(self, self.undo, self.redo))
        yield
        self.label_toolbar()
        yield
        for module in TOOL_MODULES:
            importlib.import_module(module)
            yield
        from .projector import SessionControls

        self.session = SessionControls(self)
        yield
        from .review_actions import ReviewActions

        self.review = ReviewActions(self)
        yield
        from .backup_actions import BackupActions

        self.backups = BackupActions(self)
        self.restore_state()  # again, now that the docks it places exist

    def _connect_document(self) -> None:
        a = self.actions_
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        a.demo.triggered.connect(lambda: self.documents.open_demo())
        a.fresh_demo.triggered.connect(self.fresh_demo)
        a.example.triggered.connect(lambda: self.documents.open_example())
        a.example_bel.triggered.connect(lambda: self.documents.open_example("startgesprek-bel"))
        # Both examples are in the File menu too, where a user looks for a document to open.
        self.add_to_file_menu(a.examples_menu.menuAction(), after="recent")
        self.banner.retry_requested.connect(self.reopen)
        self.banner.take_over_requested.connect(self.take_over)

    def tools(self) -> list[QObject]:
        return [tool for tool in (self.review, self.backups) if tool is not None]

    # What the document tools may ask of the window (beyond the frame's) -----------------

    def rebuild_pages(self) -> None:
        """Build the pages again for the document's new state (signed off, a new draft)."""
        if self.context is not None:
            self.workspace.show_context(self.context)

    def show_home_of(self, table: str, item_id: int) -> bool:
        """Show the page where ``table`` is edited, with ``item_id`` selected; False when no
        page shows that table."""
        row = home_row(self.workspace.specs, table)
        if row is None:
            return False
        self.workspace.go_to(row)
        if row < len(self.pages):
            show_item(self.pages[row], table, item_id)
        return True

    def show_opened(self, opened: OpenedDocument) -> None:
        self._show_in_steps(opened)

    # Documents --------------------------------------------------------------------------

    def open_path(self, path: Path) -> None:
        path = Path(path)
        if self.current is not None and path.resolve() == self.current.path.resolve():
            if self.current.held_elsewhere:
                self.reopen()
            else:
                self.show_message(self.tr("{0} is al geopend.").format(path.name))
            return
        self.show_opening(path)
        self.documents.open(path)

    def open_demo(self) -> None:
        self.show_opening(paths.demo_path())
        self.documents.open_demo()

    def show_opening(self, path: Path | None = None) -> None:
        """While a document opens into an empty window (at start-up), show the workspace's frame:
        the chapters, the page still blank, the file's name in the title bar. Not the invitation
        to open a document, which would flash by just before the document shows."""
        if self.current is None:
            self.body.setCurrentWidget(self.workspace)
            if path is not None:
                opening = show_plain(QLabel(self.tr("{0} wordt geopend…").format(path.name)))
                opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.workspace.show_preview(opening)  # replaced by the page once it is open
                self.show_file_name(path)
            if self.navigation.currentRow() < 0:
                self.navigation.setCurrentRow(0)  # where the document will open

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
        """Show ``opened`` now, all at once (see :meth:`showing_steps`)."""
        for _step in self.showing_steps(opened):
            pass

    def _show_in_steps(self, opened: OpenedDocument) -> None:
        """What an opened document arrives at: shown over a few turns of the event loop."""
        run_in_steps(self, self.showing_steps(opened))

    def showing_steps(self, opened: OpenedDocument) -> Iterator[None]:
        """Show ``opened`` one piece per step: its page first (the user can type in it from
        the next turn on), then the session, review and backups follow it. :attr:`current`
        is set by the last step, when everything follows the document. The steps are known
        at once (not when the first one runs), so that closing before that first turn still
        finishes them and releases the document."""
        self._finish_showing()
        steps = self._showing = self._showing_steps(opened)
        return steps

    def _finish_showing(self) -> None:
        """Complete a document still being shown in steps (another one arrives, or closing)."""
        showing, self._showing = self._showing, None
        if showing is not None:
            for _step in showing:
                pass

    def _showing_steps(self, opened: OpenedDocument) -> Iterator[None]:
        from .context import WorkspaceContext

        self.complete()
        self._close_shown()
        assert self.session is not None and self.review is not None and self.backups is not None
        self._arriving = opened
        context = self.context = WorkspaceContext(opened.doc, self)
        self.undo_group.addStack(context.undo_stack)
        self.undo_group.setActiveStack(context.undo_stack)
        context.changed.connect(self._on_changed)
        context.stored.connect(self.status.show_stored)
        context.stored.connect(self.status.clear_warning)
        context.refused.connect(self._on_refused)
        yield
        self.workspace.show_context(context)
        self.body.setCurrentWidget(self.workspace)
        reason = opened.reason or (reason_text(opened.doc.read_only_reason) if opened.doc.read_only else "")
        if reason:
            self.banner.show_reason(reason, retry=opened.held_elsewhere, take_over=opened.holder is not None)
        else:
            self.banner.clear()
        self.status.set_document(True, read_only=opened.doc.read_only)
        yield
        self.session.attach(context)
        yield
        self.review.attach(context)  # a signed-off version or a review: banner, read-only pages
        yield
        self.backups.attach(opened)
        self.file_actions.set_document_open(True)
        self.settings.add_recent(opened.path)
        self.current, self._arriving, self._showing = opened, None, None
        self._load_title()
        self.navigation.setFocus()

    def _close_current(self) -> None:
        self._finish_showing()
        self._close_shown()

    def _close_shown(self) -> None:
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
        self.current.close()
        self.current = None
        self.status.clearMessage()  # what was said about this document no longer holds

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
            self._empty = EmptyState([self.file_actions.new, self.file_actions.open, self.actions_.demo], self)
            self.body.insertWidget(0, self._empty)
        return self._empty

    def show_empty(self) -> None:
        self.workspace.clear()
        self.body.setCurrentWidget(self.empty)
        self._show_no_document()

    def _show_no_document(self) -> None:
        self.banner.clear()
        self.status.set_document(False)
        self.file_actions.set_document_open(False)
        self.show_file_name(None)

    def fresh_demo(self) -> None:
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

    # Navigation -------------------------------------------------------------------------

    def go_to(self, row: int, focus: bool = False) -> None:
        self.workspace.go_to(row, focus)

    def _load_title(self) -> None:
        from staan_desktop.services.interchange import load_info

        current = self.current
        if current is None:
            return
        title = ""
        try:
            title = load_info(current.doc).title
        except Exception:  # noqa: BLE001 - a title is not worth an error dialog
            log.exception("could not read the title")
        self.show_file_name(current.path, title, read_only=current.doc.read_only)

    # Window state -----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if tasks.running():
            self.show_message(self.tr("Even wachten: er loopt nog een taak."))
            event.ignore()
            return
        self._close_current()
        self.save_window_state()
        super().closeEvent(event)
