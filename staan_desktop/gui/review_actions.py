"""The Beoordeling (review) menu and what hangs off it: the comments dock, placing a comment on
the item on screen, the steering group's sign-off, a new concept version, the version history,
and File ▸ Openen ter beoordeling for a secretary.

It knows the window only through :class:`Host`; the window creates it and tells it when a
document is shown (:meth:`attach`) and closed (:meth:`detach`). After a sign-off or a new draft the pages are rebuilt against the
new state (a frozen version is read-only everywhere) and the undo stack is emptied: undoing an
edit from before the freeze would be refused, and after a new draft it would change a version
that is no longer the one being worked on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QDockWidget, QFileDialog, QInputDialog, QLabel, QMenu, QWidget

from staan_desktop.domain.messages import Message
from staan_desktop.services import locking, review
from staan_desktop.services.errors import StaanError
from staan_desktop.services.file_admission import inspect_file
from staan_desktop.services.file_format import SUFFIX

from . import icons, paths
from .context import WorkspaceContext
from .documents import OpenedDocument
from .errors import show_refusal
from .refusals import refusal_text
from .review.comments_panel import AddCommentDialog, CommentsPanel
from .review.history_dialog import VersionHistoryDialog
from .review.signoff_dialog import SignoffDialog, start_new_draft
from .review_targets import comment_target
from .settings import AUTHOR_NAME, AUTHOR_PARTY, Settings
from .tasks import Progress, run_task
from .window_actions import flush_focused_field

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow


class Host(Protocol):
    """What the review needs of the window."""

    settings: Settings

    @property
    def current(self) -> OpenedDocument | None: ...
    def window_widget(self) -> QMainWindow: ...
    def tool_menu(self, key: str) -> QMenu: ...
    def add_to_file_menu(self, action: QAction, after: str) -> None: ...
    def show_message(self, text: str) -> None: ...
    def show_warning(self, text: str) -> None: ...
    def show_notice(self, text: str, icon: str, action: str, on_action: Callable[[], None]) -> None: ...
    def clear_notice(self) -> None: ...
    def show_read_only(self, read_only: bool) -> None: ...
    def rebuild_pages(self) -> None: ...
    def page_on_screen(self) -> tuple[QWidget | None, str]: ...
    def show_home_of(self, table: str, item_id: int) -> bool: ...
    def close_document(self) -> None: ...
    def show_opened(self, opened: OpenedDocument) -> None: ...

log = logging.getLogger(__name__)


def open_for_review_locked(path: Path, author: str, progress: Progress | None = None, *, party: str = "") -> OpenedDocument:
    """Like ``documents.open_locked``, for a reviewer: comments are writes too, so the reviewer
    takes the one-writer lock, and gets the file read-only when someone else holds it."""
    path = Path(path).resolve()
    inspect_file(path)  # refuse foreign files before leaving a lock file beside them
    said: Message | str = ""  # why it is read-only, as a message: refusals of later edits render it then
    try:
        lock: locking.DocumentLock | None = locking.acquire(path)
        reason, held = "", False
    except locking.LockError as exc:
        lock, reason, held, said = None, refusal_text(exc), isinstance(exc, locking.DocumentLocked), exc.text
    try:
        doc = review.open_for_review(path, author, party=party, read_only=lock is None, read_only_reason=said)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return OpenedDocument(doc, lock, reason, held)


class ReviewActions(QObject):
    def __init__(self, host: Host) -> None:
        window = host.window_widget()
        super().__init__(window)
        self.host = host
        self.window = window
        self.context: WorkspaceContext | None = None
        self.panel: CommentsPanel | None = None
        owner = self  # the shortcuts dialog (F1) lists the actions of the document tools too
        self.comments = icons.action(owner, "comment", checkable=True, keys=["F7"])
        # Ctrl+Alt+M: what word processors use for a new comment.
        self.add_comment = icons.action(owner, "add", keys=["Ctrl+Alt+M"])
        self.sign_off = icons.action(owner, "signed-off")
        self.new_draft = icons.action(owner, "edit")
        self.history = icons.action(owner, "file-recent")
        self.open_for_review = icons.action(owner, "page-review")
        # Ctrl+Alt+K: the chapter under the cursor (in the chapter list) is checked, or no longer.
        self.mark_checked = icons.action(owner, "signed-off", keys=["Ctrl+Alt+K"])
        self.import_comments = icons.action(owner, "comment")
        every = (self.comments, self.add_comment, self.sign_off, self.new_draft, self.history, self.open_for_review,
                 self.mark_checked, self.import_comments)  # fmt: skip
        for action in every:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        self.dock = QDockWidget(window)
        self.dock.setObjectName("commentsDock")
        self.dock.setWidget(self._placeholder())
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        # The dock's own toggle knows when the user closed it (not merely hidden with the window):
        # our action mirrors it, and opening goes through show_comments (which may ask the name).
        self.dock.toggleViewAction().toggled.connect(self.comments.setChecked)
        self.comments.triggered.connect(self.show_comments)

        # The window's Beoordeling menu, right after Beeld: review belongs to the document, the
        # session menu (before Help) to the room.
        self.menu: QMenu = host.tool_menu("review")
        self.menu.addActions([self.comments, self.add_comment, self.mark_checked])
        self.menu.addSeparator()
        self.menu.addActions([self.sign_off, self.new_draft, self.history])
        host.add_to_file_menu(self.open_for_review, after="open")
        host.add_to_file_menu(self.import_comments, after="open")

        self.add_comment.triggered.connect(self.place_comment)
        self.sign_off.triggered.connect(self.record_sign_off)
        self.new_draft.triggered.connect(self.start_draft)
        self.history.triggered.connect(self.show_history)
        self.open_for_review.triggered.connect(self.ask_open_for_review)
        self.mark_checked.triggered.connect(self.toggle_section_checked)
        self.import_comments.triggered.connect(self.ask_import_comments)
        window.installEventFilter(self)
        self.retranslate()
        self._enable()

    def _placeholder(self) -> QLabel:
        label = QLabel(self.tr("Geen document geopend."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    # The document -------------------------------------------------------------------------

    def attach(self, context: WorkspaceContext) -> None:
        self.detach()
        self.context = context
        context.section_actions = [self.add_comment, self.mark_checked]
        self._make_panel(context)
        self.update_state()

    def _make_panel(self, context: WorkspaceContext) -> None:
        self.panel = CommentsPanel(context.doc, facilitator=self.host.settings.get(AUTHOR_NAME).strip())
        self.panel.jump_requested.connect(self.jump)
        self.panel.refused.connect(lambda message, _details: self.host.show_warning(message))
        self._set_dock_widget(self.panel)

    def detach(self) -> None:
        if self.context is None:
            return
        self.context = None
        self.panel = None
        self._set_dock_widget(self._placeholder())
        self._enable()

    def _set_dock_widget(self, widget: QWidget) -> None:
        old = self.dock.widget()
        self.dock.setWidget(widget)
        if old is not None:
            old.setParent(None)  # gone from the dock at once, not only when deleted later
            old.deleteLater()

    def update_state(self) -> None:
        """Banner, status bar and menu after the document's state may have changed."""
        context = self.context
        if context is None:
            return
        context.refresh_read_only()
        # A file held elsewhere keeps the window's own banner, with its retry button.
        if not context.doc.read_only:
            frozen = context.version.frozen and not self._reviewing()
            if context.read_only_reason:
                self.host.show_notice(
                    context.read_only_reason,
                    "signed-off" if frozen else "page-review",
                    self.tr("&Nieuwe conceptversie") if frozen else "",
                    self.start_draft,
                )
            else:
                self.host.clear_notice()
        self.host.show_read_only(context.read_only)
        self._enable()

    def _reviewing(self) -> bool:
        return self.context is not None and isinstance(self.context.doc, review.ReviewDocument)

    def _enable(self) -> None:
        context = self.context
        writable = context is not None and not context.doc.read_only
        facilitator = writable and not self._reviewing()
        frozen = context is not None and context.version.frozen
        self.comments.setEnabled(context is not None)
        self.history.setEnabled(context is not None)
        self.add_comment.setEnabled(writable)
        self.mark_checked.setEnabled(writable)
        self.import_comments.setEnabled(facilitator)
        self.sign_off.setEnabled(facilitator and not frozen)
        self.new_draft.setEnabled(facilitator and frozen)

    def _version_changed(self) -> None:
        context = self.context
        assert context is not None
        context.undo_stack.clear()
        self.update_state()
        # Pages decide at build time which editors they offer; rebuild them for the new state.
        self.host.rebuild_pages()
        if self.panel is not None:
            self.panel.refresh()

    # Who is speaking ----------------------------------------------------------------------

    def author_name(self) -> str:
        """The reviewer's name on a review document, else the user's own (:meth:`own_name`)."""
        if self.context is not None and isinstance(self.context.doc, review.ReviewDocument):
            return self.context.doc.author
        return self.own_name()

    def own_name(self) -> str:
        """The name from the settings, asked once when it is empty (and kept). Empty when the
        user would not give one."""
        settings = self.host.settings
        name = settings.get(AUTHOR_NAME).strip()
        if not name:
            name, ok = QInputDialog.getText(
                self.window,
                self.tr("Uw naam"),
                self.tr("Onder welke naam plaatst u opmerkingen en legt u besluiten vast?\n"
                        "U kunt die later wijzigen bij Instellingen."),
            )
            name = " ".join(name.split()) if ok else ""
            if name:
                settings.set(AUTHOR_NAME, name)
        if self.panel is not None and name:
            self.panel.facilitator = name
            self.panel.refresh()
        return name

    # Actions ------------------------------------------------------------------------------

    def show_comments(self, on: bool = True) -> None:
        if on and self.panel is not None and not self._reviewing() and not self.panel.facilitator:
            self.author_name()  # resolving a comment needs the facilitator's name
        self.dock.setVisible(on)
        if on and self.panel is not None:
            self.panel.refresh()
            self.dock.raise_()
            # Room to read: a third of the window, at least what the panel needs.
            width = max(self.panel.minimumWidth(), self.window.width() // 3)
            self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)

    def place_comment(self) -> None:
        context = self.context
        if context is None:
            return
        flush_focused_field()
        author = self.author_name()
        if not author:
            return
        page, title = self.host.page_on_screen()
        target = comment_target(page) if page is not None else None
        label = f"{title} – {target[2]}" if target else self.tr("Het hele document")
        party = context.doc.party if isinstance(context.doc, review.ReviewDocument) else ""
        dialog = AddCommentDialog(label, self.window, author=author, party=party)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            text, party = dialog.comment_text(), dialog.party()
        finally:
            dialog.deleteLater()
        table, item_id = (target[0], target[1]) if target else ("", None)
        try:
            review.add_comment(context.doc, text=text, target_table=table, target_id=item_id, author=author, party=party)
        except StaanError as exc:
            show_refusal(self.window, exc, self.tr("Opmerking plaatsen"))
            return
        self.show_comments(True)
        self.host.show_message(self.tr("Opmerking geplaatst."))

    def toggle_section_checked(self) -> None:
        """Mark the chapter under the cursor as read and in order (or, when it is, no longer)."""
        from staan_desktop.services.review import mark_section_checked, section_checks

        context = self.context
        if context is None:
            return
        page, _title = self.host.page_on_screen()
        target = comment_target(page) if page is not None else None
        if target is None or target[0] != "section":
            self.host.show_message(self.tr("Kies eerst een hoofdstuk in de lijst van Hoofdstukken."))
            return
        assert page is not None, "a target is only looked for on a page"
        author = self.author_name()
        if not author:
            return
        mine = any(c.checked_by == author for c in section_checks(context.doc).get(target[1], []))
        try:
            mark_section_checked(context.doc, target[1], checked=not mine, by=author)
        except StaanError as exc:
            show_refusal(self.window, exc, self.tr("Hoofdstuk controleren"))
            return
        if hasattr(page, "refresh_checks"):
            page.refresh_checks()
        text = self.tr("‘{0}’ is niet meer als gecontroleerd gemarkeerd.") if mine else self.tr("‘{0}’ is gecontroleerd.")
        self.host.show_message(text.format(target[2]))

    def ask_import_comments(self) -> None:
        """File ▸ Opmerkingen ophalen uit kopie…: the comments of a returned copy."""
        from staan_desktop.services.comment_import import import_comments

        context, current = self.context, self.host.current
        if context is None or current is None:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Opmerkingen ophalen uit kopie"), str(current.path.parent),
            self.tr("STAAN-documenten (*{0})").format(SUFFIX),
        )  # fmt: skip
        if not name:
            return
        try:
            report = import_comments(context.doc, Path(name))
        except StaanError as exc:
            show_refusal(self.window, exc, self.tr("Opmerkingen ophalen uit kopie"))
            return
        self.show_comments(True)
        self.host.show_message(report.summary())

    def jump(self, table: str, item_id: int) -> None:
        if not self.host.show_home_of(table, item_id):
            self.host.show_message(self.tr("Dit onderdeel staat op geen van de pagina's."))

    def record_sign_off(self) -> None:
        context = self.context
        if context is None:
            return
        flush_focused_field()  # what is being typed belongs in the version that is frozen
        author = self.author_name()
        if not author:
            return
        dialog = SignoffDialog(context.doc, recorded_by=author, parent=self.window)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.info is not None
            number = dialog.info.version if dialog.info is not None else 0
        finally:
            dialog.deleteLater()
        if accepted:
            log.info("version %s signed off", number)
            self._version_changed()
            self.host.show_message(self.tr("Versie {0} is vastgesteld.").format(number))

    def start_draft(self) -> None:
        context = self.context
        if context is None or not context.version.frozen or self._reviewing():
            return
        author = self.author_name()
        if author and start_new_draft(context.doc, self.window, started_by=author):
            self._version_changed()
            log.info("draft version %s started", context.version.working)
            self.host.show_message(self.tr("U werkt nu in conceptversie {0}.").format(context.version.working))

    def show_history(self) -> None:
        if self.context is not None:
            dialog = VersionHistoryDialog(self.context.doc, self.window)
            dialog.exec()
            dialog.deleteLater()

    def ask_open_for_review(self) -> None:
        current = self.host.current
        folder = str(current.path.parent) if current else str(paths.documents_dir())
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Openen ter beoordeling"), folder, self.tr("STAAN-documenten (*{0})").format(SUFFIX)
        )
        if name:
            self.review_file(Path(name))

    def ask_reviewer(self) -> tuple[str, str] | None:
        """The reviewer's name and municipality, proposed from the last review and kept for the
        next; ``None`` when the user cancels."""
        from .review.reviewer_dialog import ReviewerDialog

        settings = self.host.settings
        dialog = ReviewerDialog(settings.get(AUTHOR_NAME).strip(), settings.get(AUTHOR_PARTY).strip(), self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.name():
                return None
            name, party = dialog.name(), dialog.party()
        finally:
            dialog.deleteLater()
        settings.set(AUTHOR_NAME, name)
        settings.set(AUTHOR_PARTY, party)
        return name, party

    def review_file(self, path: Path) -> None:
        path = Path(path).resolve()
        reviewer = self.ask_reviewer()
        if reviewer is None:
            return
        author, party = reviewer
        if self.host.current is not None and self.host.current.path.resolve() == path:
            self.host.close_document()  # else our own lock would make it look held elsewhere
        title = self.tr("Openen ter beoordeling")
        run_task(
            self.window,
            title,
            lambda progress: open_for_review_locked(path, author, progress, party=party),
            self.host.show_opened,
            lambda error: show_refusal(self.window, error, title),
        )

    # Language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Opmerkingen"))
        self.comments.setText(self.tr("&Opmerkingen"))
        self.add_comment.setText(self.tr("Opmerking &toevoegen…"))
        self.sign_off.setText(self.tr("&Vaststellen…"))
        self.sign_off.setStatusTip(self.tr("Het besluit van de stuurgroep vastleggen; de versie wordt bevroren"))
        self.new_draft.setText(self.tr("&Nieuwe conceptversie"))
        self.history.setText(self.tr("Versie&geschiedenis…"))
        self.open_for_review.setText(self.tr("Openen ter &beoordeling…"))
        self.open_for_review.setStatusTip(self.tr("Opmerkingen plaatsen zonder de inhoud te kunnen wijzigen"))
        self.mark_checked.setText(self.tr("Hoofdstuk &gecontroleerd"))
        self.mark_checked.setStatusTip(self.tr("Het hoofdstuk dat in de lijst is gekozen als gelezen en in orde markeren, of niet meer"))
        self.import_comments.setText(self.tr("Opmerkingen op&halen uit kopie…"))
        self.import_comments.setStatusTip(self.tr("De opmerkingen uit een teruggestuurde kopie van dit document overnemen"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.update_state()  # the banner's reason is in words of the old language
            if self.context is not None:  # the panel sets its texts when it is made
                self._make_panel(self.context)
        return False
