"""The main window composes the workspace: chapter navigation, one page per chapter, the
read-only banner, the menus and the status bar. It holds no page logic of its own: pages
redraw themselves from the changes it hands them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from staan_desktop.services.edits import Change
from staan_desktop.services.interchange import load_tree

from . import i18n, icons, paths, tasks, theme
from .context import WorkspaceContext
from .documents import Documents, OpenedDocument
from .empty_state import EmptyState
from .errors import report_unexpected
from .file_actions import FileActions
from .navigation import Navigation
from .pages import PAGES
from .pages.base import Page
from .settings import COLOR_SCHEME, LANGUAGE, SPLITTER_STATE, TEXT_SCALE, WINDOW_GEOMETRY, WINDOW_STATE, Settings
from .settings_dialog import SettingsDialog
from .shortcuts_dialog import ShortcutsDialog
from .banner import Banner
from .status_bar import StatusBar
from .window_actions import DocumentUndoKeys, WindowActions, flush_focused_field

log = logging.getLogger(__name__)


def page_shortcuts(pages: Sequence[type[Page]]) -> list[str]:
    """Each page's own shortcut, or Ctrl+<position> for the first nine; never one twice."""
    taken: set[str] = set()
    result = []
    for position, page in enumerate(pages, start=1):
        wanted = page.shortcut or (f"Ctrl+{position}" if position <= 9 else "")
        key = QKeySequence(wanted).toString()
        if key and key in taken:
            log.warning("shortcut %s of %s is already taken; left out", wanted, page.__name__)
            key = ""
        taken.add(key)
        result.append(key)
    return result


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, pages: Sequence[type[Page]] | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.page_classes = list(PAGES if pages is None else pages)
        self.current: OpenedDocument | None = None
        self.context: WorkspaceContext | None = None
        self.pages: list[QWidget] = []
        self._trajectory_title = ""
        self._following_undo = False
        self.undo_group = QUndoGroup(self)
        self.documents = Documents(self)
        self.documents.opened.connect(self.show_document)
        self.documents.failed.connect(self.settings.forget_recent)
        self.file_actions = FileActions(self, self.documents, settings)
        self.actions_ = WindowActions(self, self.undo_group)
        self._build()
        self._connect()
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(DocumentUndoKeys(self, self.undo, self.redo))
        self._restore_geometry()
        self.show_empty()

    # Building ---------------------------------------------------------------------------

    def _build(self) -> None:
        bar = self.menuBar()
        self.file_actions.build_menu(bar)
        self.actions_.build_menus(bar)
        shortcuts = page_shortcuts(self.page_classes)
        self.navigation = Navigation(self)
        self.navigation.set_pages(self.page_classes, shortcuts)
        self.page_actions: list[QAction] = []
        for row, (page, shortcut) in enumerate(zip(self.page_classes, shortcuts)):
            action = icons.action(self, page.icon, text=page.translated_title())
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, row=row: self.go_to(row, focus=False))
            self.page_actions.append(action)
        self.actions_.set_page_actions(self.page_actions)

        self.banner = Banner(self)
        self.page_title = QLabel(self)
        self.page_title.setObjectName("pageTitle")
        self.page_title.setContentsMargins(12, 10, 12, 4)
        self.stack = QStackedWidget(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.page_title)
        right_layout.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 960])
        self.splitter.setChildrenCollapsible(False)
        self.empty = EmptyState([self.file_actions.new, self.file_actions.open, self.actions_.demo], self)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.splitter)
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
        self._style_page_title()

    def _connect(self) -> None:
        a = self.actions_
        self.file_actions.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        a.settings.triggered.connect(self.edit_settings)
        a.next_page.triggered.connect(lambda: self.go_to((self.navigation.currentRow() + 1) % len(self.page_classes)))
        a.previous_page.triggered.connect(lambda: self.go_to((self.navigation.currentRow() - 1) % len(self.page_classes)))
        a.toggle_focus.triggered.connect(self.toggle_focus)
        a.larger.triggered.connect(lambda: self._step_text_scale(+1))
        a.smaller.triggered.connect(lambda: self._step_text_scale(-1))
        a.normal_size.triggered.connect(lambda: self._step_text_scale(0))
        a.full_screen.toggled.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.demo.triggered.connect(lambda: self.documents.open_demo())
        a.fresh_demo.triggered.connect(self.fresh_demo)
        a.log.triggered.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir()))))
        a.about.triggered.connect(self.show_about)
        self.navigation.currentRowChanged.connect(self._show_page)
        self.navigation.enter_page.connect(self.focus_page)
        self.banner.retry_requested.connect(self.reopen)

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
        self.documents.open(path)

    def open_demo(self) -> None:
        self.documents.open_demo()

    def reopen(self) -> None:
        if self.current is not None:
            path = self.current.path
            self.close_document()
            self.documents.open(path)

    def show_document(self, opened: OpenedDocument) -> None:
        self._close_current()
        self.current = opened
        context = self.context = WorkspaceContext(opened.doc, self)
        self.undo_group.addStack(context.undo_stack)
        self.undo_group.setActiveStack(context.undo_stack)
        context.changed.connect(self._on_changed)
        context.stored.connect(self.status.show_stored)
        context.refused.connect(self._on_refused)
        for page_class in self.page_classes:
            self.pages.append(self._make_page(page_class, context))
            self.stack.addWidget(self.pages[-1])
        self.body.setCurrentWidget(self.splitter)
        row = max(self.navigation.currentRow(), 0)
        self.navigation.setCurrentRow(row)
        self._show_page(row)
        if opened.reason:
            self.banner.show_reason(opened.reason, retry=opened.held_elsewhere)
        else:
            self.banner.clear()
        self.status.set_document(True, read_only=opened.doc.read_only)
        self.file_actions.set_document_open(True)
        self.settings.add_recent(opened.path)
        self._load_title()
        self.navigation.setFocus(Qt.FocusReason.OtherFocusReason)

    def _make_page(self, page_class: type[Page], context: WorkspaceContext) -> QWidget:
        """A page that fails to build or load must not take the workspace down with it."""
        try:
            page = page_class(context, self.stack)
            page.refresh(None)
            return page
        except Exception as exc:  # noqa: BLE001 - shown to the user and logged
            report_unexpected(type(exc), exc, exc.__traceback__)
            broken = QLabel(self.tr("Deze pagina kon niet worden getoond; zie het logbestand."), self.stack)
            broken.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return broken

    def _close_current(self) -> None:
        if self.current is None:
            return
        flush_focused_field()
        for page in self.pages:
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        if self.context is not None:
            self.undo_group.removeStack(self.context.undo_stack)
            self.context.changed.disconnect(self._on_changed)
            self.context.deleteLater()
            self.context = None
        self.current.close()
        self.current = None

    def release_document(self) -> None:
        self._close_current()

    def close_document(self) -> None:
        self._close_current()
        self.show_empty()

    def show_empty(self) -> None:
        self.body.setCurrentWidget(self.empty)
        self.banner.clear()
        self.status.set_document(False)
        self.file_actions.set_document_open(False)
        self._trajectory_title = ""
        self._update_title()

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
        for page in self.pages:
            if isinstance(page, Page) and page.shows(change):
                try:
                    page.refresh(change)
                except Exception as exc:  # noqa: BLE001 - one page's bug must not stop the others
                    report_unexpected(type(exc), exc, exc.__traceback__)
        if "trajectory" in (change.tables or {change.table}):
            self._load_title()
        if self._following_undo:
            self._follow(change)

    def _follow(self, change: Change) -> None:
        """After undo/redo, show the page where the change can be seen (the most specific)."""
        current = self.stack.currentWidget()
        if isinstance(current, Page) and current.shows(change):
            return
        candidates = [(len(p.tables), row) for row, p in enumerate(self.pages) if isinstance(p, Page) and p.shows(change)]
        if candidates:
            self.go_to(min(candidates)[1], focus=False)

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
        if 0 <= row < self.navigation.count():
            self.navigation.setCurrentRow(row)
            if focus:
                self.focus_page()

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)
        if 0 <= row < len(self.page_classes):
            self.page_title.setText(self.page_classes[row].translated_title())

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def focus_page(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, Page):
            page.focus_first()

    def toggle_focus(self) -> None:
        if self.navigation.hasFocus():
            self.focus_page()
        else:
            self.navigation.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # Looks and language -----------------------------------------------------------------

    def _load_title(self) -> None:
        if self.current is not None:
            try:
                self._trajectory_title = load_tree(self.current.doc).trajectory.title
            except Exception:  # noqa: BLE001 - a title is not worth an error dialog
                log.exception("could not read the title")
        self._update_title()

    def _update_title(self) -> None:
        parts = [self._trajectory_title] if self._trajectory_title else []
        if self.current is not None:
            parts.append(self.current.path.name)
        parts.append(self.tr("STAAN Desktop"))
        title = " — ".join(parts)
        if self.current is not None and self.current.doc.read_only:
            title += " " + self.tr("(alleen-lezen)")
        self.setWindowTitle(title)

    def _style_page_title(self) -> None:
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.page_title.setFont(font)

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
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            i18n.set_language(self.settings.get(LANGUAGE))
            self.apply_appearance()

    def show_shortcuts(self) -> None:
        actions = [*self.file_actions.findChildren(QAction), *self.actions_.findChildren(QAction), *self.page_actions]
        ShortcutsDialog(actions, self).exec()

    def show_about(self) -> None:
        from importlib.metadata import PackageNotFoundError, version

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
        self.navigation.retranslate()
        for action, page in zip(self.page_actions, self.page_classes):
            action.setText(page.translated_title())
        self._show_page(self.navigation.currentRow())
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslate()
        elif kind == QEvent.Type.FontChange:
            self._style_page_title()
            self.navigation.restyle()
        elif kind == QEvent.Type.PaletteChange:
            self._restyle_icons()
        super().changeEvent(event)

    def _restyle_icons(self) -> None:
        icons.restyle(self)
        self.navigation.restyle()

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
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if tasks.running():
            self.show_message(self.tr("Even wachten: er loopt nog een taak."))
            event.ignore()
            return
        self._close_current()
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.set(SPLITTER_STATE, self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
