"""The window's frame: menus, toolbar, the chapter list, banner, status bar and title, and the
actions that need no document (settings, text size, shortcuts, about). It holds no document:
:class:`~staan_desktop.gui.main_window.MainWindow` adds opening, showing and closing one, and
the document tools. See the package's docstring for what may be imported here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import i18n, icons, paths, theme
from ..banner import Banner
from ..documents import Documents
from ..file_actions import FileActions
from ..pages import PAGES, PageSpec
from ..settings import COLOR_SCHEME, LANGUAGE, SPLITTER_STATE, TEXT_SCALE, WINDOW_GEOMETRY, WINDOW_STATE, Settings
from ..status_bar import StatusBar
from ..window_actions import WindowActions
from ..workspace import Workspace

if TYPE_CHECKING:
    from ..documents import OpenedDocument
    from ..file_actions import Host


#: What a window manager's title bar and frame take around a window, at most (pixels).
FRAME_ALLOWANCE = 40

class ShellWindow(QMainWindow):
    """The frame every document is shown in. A subclass provides the :class:`~..file_actions.Host`
    methods the File menu calls (open, close, what is open)."""

    def __init__(self, settings: Settings, pages: Sequence[PageSpec] | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.page_specs = list(PAGES if pages is None else pages)
        #: The trajectory's title once a document is open, and the file shown (opening or open).
        self._trajectory_title = ""
        self._shown_path: Path | None = None
        self._read_only_title = False
        self._notice_action: Callable[[], None] | None = None
        self.undo_group = QUndoGroup(self)
        self.documents = Documents(self)
        host: Host = self
        self.file_actions = FileActions(host, self.documents, settings)
        self.actions_ = WindowActions(self, self.undo_group)
        self._build()
        self._connect_frame()
        self._restore_geometry()

    # Building ---------------------------------------------------------------------------

    def _build(self) -> None:
        bar = self.menuBar()
        self.file_actions.build_menu(bar)
        self.actions_.build_menus(bar)
        self.workspace = Workspace(self.page_specs, self)
        # The pieces tests and the screenshot scripts reach for, under short names.
        self.navigation = self.workspace.navigation
        self.stack = self.workspace.stack
        self.pages = self.workspace.pages
        self.page_actions = self.workspace.page_actions
        self.actions_.set_page_actions(self.page_actions)
        self.addToolBar(self._toolbar())
        self.banner = Banner(self)
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
        toolbar = QToolBar(self)
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.addActions([self.file_actions.new, self.file_actions.open])
        toolbar.addSeparator()
        toolbar.addActions([self.actions_.undo, self.actions_.redo])
        toolbar.addSeparator()
        for action, exporter in self.file_actions.exporters:
            if exporter.toolbar:
                toolbar.addAction(action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addActions([self.actions_.settings, self.actions_.shortcuts])
        self.toolbar = toolbar
        return toolbar

    def label_toolbar(self) -> None:
        """Icon-only buttons say what they do, with their keys, to the eye and to screen readers,
        from now on. Not in the first frame, which shows no tooltip: reaching for the buttons
        makes PySide build their Python types, about a third of the frame's own cost (measured)."""
        for changing in (self.undo_group.undoTextChanged, self.undo_group.redoTextChanged):
            changing.connect(self._label_toolbar)
        self._label_toolbar()

    def _label_toolbar(self) -> None:
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if action.isSeparator() or button is None or not action.text():
                continue
            text = action.text().replace("&", "")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})" if keys else text)
            button.setAccessibleName(text)
        self.toolbar.setWindowTitle(self.tr("Werkbalk"))

    def _connect_frame(self) -> None:
        a = self.actions_
        self.file_actions.quit.triggered.connect(self.close)
        a.settings.triggered.connect(self.edit_settings)
        a.next_page.triggered.connect(lambda: self.workspace.step(+1))
        a.previous_page.triggered.connect(lambda: self.workspace.step(-1))
        a.toggle_focus.triggered.connect(self.workspace.toggle_focus)
        a.larger.triggered.connect(lambda: self._step_text_scale(+1))
        a.smaller.triggered.connect(lambda: self._step_text_scale(-1))
        a.normal_size.triggered.connect(lambda: self._step_text_scale(0))
        a.full_screen.toggled.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.log.triggered.connect(self.show_log_folder)
        a.about.triggered.connect(self.show_about)
        self.banner.action_requested.connect(self._notice_clicked)

    def window_widget(self) -> QMainWindow:
        return self

    # The rest of the File menu's Host: the document layer (the subclass) opens and closes.
    #: The open document, if any.
    current: OpenedDocument | None = None

    def open_path(self, path: Path) -> None:
        raise NotImplementedError("the document layer opens files")

    def close_document(self) -> None:
        raise NotImplementedError("the document layer closes files")

    def tools(self) -> list[QObject]:
        """The document tools added to the frame (none in the shell)."""
        return []

    def show_message(self, text: str) -> None:
        self.status.showMessage(text, 10_000)

    # What the document tools may ask of the frame (their Host protocols) -------------------

    def tool_menu(self, key: str) -> QMenu:
        """The menu a tool fills ("review", "session"): reserved, titled, in the first frame."""
        return self.actions_.menus[key]

    def add_to_file_menu(self, action: QAction, after: str) -> None:
        self.file_actions.add_action(action, after)

    def add_to_status_bar(self, widget: QWidget) -> None:
        self.status.insertPermanentWidget(0, widget)

    def show_warning(self, text: str) -> None:
        self.status.show_warning(text)

    def show_notice(self, text: str, icon: str, action: str, on_action: Callable[[], None]) -> None:
        """The banner with ``text``; its button (when ``action`` names one) calls ``on_action``."""
        self._notice_action = on_action
        self.banner.show_notice(text, icon=icon, action=action)

    def clear_notice(self) -> None:
        self.banner.clear()

    def show_read_only(self, read_only: bool) -> None:
        self.status.set_document(True, read_only=read_only)

    def page_on_screen(self) -> tuple[QWidget | None, str]:
        """The page shown and its title."""
        return self.stack.currentWidget(), self.workspace.current_title()

    def _notice_clicked(self) -> None:
        if self._notice_action is not None:
            self._notice_action()

    # Title ------------------------------------------------------------------------------

    def show_file_name(self, path: Path | None, title: str = "", read_only: bool = False) -> None:
        """Name ``path`` in the title bar (with the trajectory's ``title`` once it is known)."""
        self._shown_path = path
        self._trajectory_title = title
        self._read_only_title = read_only
        self._update_title()

    def _update_title(self) -> None:
        parts = [self._trajectory_title] if self._trajectory_title else []
        if self._shown_path is not None:
            parts.append(self._shown_path.name)
        parts.append(self.tr("STAAN Desktop"))
        title = " — ".join(parts)
        if self._read_only_title:
            title += " " + self.tr("(alleen-lezen)")
        self.setWindowTitle(title)

    # Looks and language -----------------------------------------------------------------

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
        from ..settings_dialog import SettingsDialog  # a dialog's module, loaded when it opens

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            i18n.set_language(self.settings.get(LANGUAGE))
            self.apply_appearance()

    def show_shortcuts(self) -> None:
        from ..shortcuts_dialog import ShortcutsDialog

        actions = [*self.file_actions.findChildren(QAction), *self.actions_.findChildren(QAction), *self.page_actions,
                   *(action for tool in self.tools() for action in tool.findChildren(QAction))]
        ShortcutsDialog(actions, self).exec()

    def show_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir())))

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
            # On a laptop's 1366×768 a first 1280×800 ran off the bottom of the screen, taking the
            # status line and the panels' buttons with it: never more than the screen leaves,
            # less the title bar and frame the window manager adds.
            area = self.screen().availableGeometry()
            self.resize(min(1280, area.width() - FRAME_ALLOWANCE), min(800, area.height() - FRAME_ALLOWANCE))
        self.restore_state()
        splitter = self.settings.get(SPLITTER_STATE)
        if not splitter.isEmpty():
            self.workspace.restoreState(splitter)

    def restore_state(self) -> None:
        """Toolbars and docks as the user left them (again once the docks of the tools exist)."""
        state = self.settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)

    def save_window_state(self) -> None:
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.set(SPLITTER_STATE, self.workspace.saveState())
        self.settings.sync()
