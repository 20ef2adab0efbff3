"""The File menu: new, open, recent, save a copy, export, close, quit.

It asks the user (file dialogs) and hands the work to :class:`~.documents.Documents` or a task;
the window only says where the menu goes and what is open (:class:`Host`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMenuBar, QWidget

from staan_desktop.services.file_format import SUFFIX

from . import icons, paths
from .documents import Documents, OpenedDocument
from .errors import show_refusal
from .exporters import EXPORTERS, Exporter
from .settings import DEFAULT_FOLDER, Settings
from .tasks import run_task


class Host(Protocol):
    current: OpenedDocument | None

    def window_widget(self) -> QWidget: ...
    def open_path(self, path: Path) -> None: ...
    def close_document(self) -> None: ...
    def show_message(self, text: str) -> None: ...


def _ask_save_name(parent: QWidget, title: str, suggestion: str, file_filter: str, confirm_overwrite: bool = True) -> str:
    options = QFileDialog.Option(0) if confirm_overwrite else QFileDialog.Option.DontConfirmOverwrite
    return QFileDialog.getSaveFileName(parent, title, suggestion, file_filter, options=options)[0]


def _ask_open_name(parent: QWidget, title: str, folder: str, file_filter: str) -> str:
    return QFileDialog.getOpenFileName(parent, title, folder, file_filter)[0]


def safe_file_name(title: str) -> str:
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "", title).strip(" .")
    return name[:80] or "Startdocument"


class FileActions(QObject):
    def __init__(self, host: Host, documents: Documents, settings: Settings) -> None:
        super().__init__(host.window_widget())
        self.host = host
        self.documents = documents
        self.settings = settings
        # Spelled out rather than QKeySequence.StandardKey: some platforms bind Close to Ctrl+F4
        # only and Quit to nothing, and the facilitator's cheat sheet must hold everywhere.
        self.new = icons.action(self, "file-new", keys=["Ctrl+N"])
        self.open = icons.action(self, "file-open", keys=["Ctrl+O"])
        self.copy = icons.action(self, "file-copy", keys=["Ctrl+Shift+S"])
        #: The structure of the open trajectory as a new method (see services/methods.py).
        self.save_method = icons.action(self, "file-copy")
        self.save_method.triggered.connect(self.save_as_method)
        self.close = icons.action(self, "file-close", keys=["Ctrl+W", "Ctrl+F4"])
        self.quit = icons.action(self, "quit", keys=["Ctrl+Q"])
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.exporters: list[tuple[QAction, Exporter]] = []
        for exporter in EXPORTERS:
            action = icons.action(self, exporter.icon, keys=[exporter.shortcut])
            action.triggered.connect(lambda _checked=False, e=exporter: self.export(e))
            self.exporters.append((action, exporter))
        self.new.triggered.connect(self.new_document)
        self.open.triggered.connect(self.open_document)
        self.copy.triggered.connect(self.save_copy)
        self.close.triggered.connect(host.close_document)
        self.menu: QMenu | None = None
        self.recent_menu: QMenu | None = None
        self.export_menu: QMenu | None = None

    def build_menu(self, bar: QMenuBar) -> QMenu:
        self.menu = bar.addMenu("")
        self.menu.addActions([self.new, self.open])
        self.recent_menu = self.menu.addMenu("")
        icons.apply(self.recent_menu, "file-recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.menu.addSeparator()
        self.menu.addActions([self.copy, self.save_method])
        self.export_menu = self.menu.addMenu("")
        icons.apply(self.export_menu, "export")
        self.export_menu.addActions([action for action, _e in self.exporters])
        self.menu.addSeparator()
        self.menu.addActions([self.close, self.quit])
        self.retranslate()
        return self.menu

    def add_action(self, action: QAction, after: str) -> None:
        """Put another controller's ``action`` in the File menu: after Openen (``"open"``), after
        Recente bestanden (``"recent"``), or after Kopie opslaan als (``"copy"``)."""
        assert self.menu is not None and self.recent_menu is not None, "build_menu first"
        entries = self.menu.actions()
        if after == "open":
            self.menu.insertAction(self.recent_menu.menuAction(), action)
            return
        anchor = self.recent_menu.menuAction() if after == "recent" else self.copy
        following = entries.index(anchor) + 1
        if following < len(entries):
            self.menu.insertAction(entries[following], action)
        else:
            self.menu.addAction(action)

    def retranslate(self) -> None:
        self.new.setText(self.tr("&Nieuw…"))
        self.open.setText(self.tr("&Openen…"))
        self.copy.setText(self.tr("&Kopie opslaan als…"))
        self.copy.setStatusTip(self.tr("Een kopie van dit document bewaren; u blijft in het origineel werken"))
        self.save_method.setText(self.tr("Opbouw bewaren als &methode…"))
        self.save_method.setStatusTip(
            self.tr("De hoofdstukken, onderdelen en woorden van dit traject bewaren als methode voor een nieuw traject")
        )
        self.close.setText(self.tr("&Sluiten"))
        self.quit.setText(self.tr("&Afsluiten"))
        for action, exporter in self.exporters:
            action.setText(exporter.translated_title())
        if self.menu is not None and self.recent_menu is not None and self.export_menu is not None:
            self.menu.setTitle(self.tr("&Bestand"))
            self.recent_menu.setTitle(self.tr("&Recente bestanden"))
            self.export_menu.setTitle(self.tr("&Exporteren"))

    def set_document_open(self, is_open: bool) -> None:
        for action in (self.copy, self.save_method, self.close, *(a for a, _e in self.exporters)):
            action.setEnabled(is_open)
        if self.export_menu is not None:
            self.export_menu.setEnabled(is_open)

    # Asking ----------------------------------------------------------------------------

    def _folder(self) -> str:
        folder = self.settings.get(DEFAULT_FOLDER)
        return folder if folder and Path(folder).is_dir() else str(paths.documents_dir())

    def _filter(self) -> str:
        return self.tr("STAAN-documenten (*{0})").format(SUFFIX)

    def _fill_recent(self) -> None:
        assert self.recent_menu is not None
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for number, path in enumerate(recent, start=1):
            prefix = f"&{number} " if number < 10 else ""
            action = self.recent_menu.addAction(f"{prefix}{path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.host.open_path(p))
        if not recent:
            self.recent_menu.addAction(self.tr("(geen)")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Lijst &wissen"), self.settings.clear_recent)

    def new_document(self) -> None:
        from .new_document_dialog import NewDocumentDialog

        dialog = NewDocumentDialog(self.host.window_widget())
        if dialog.exec() != NewDocumentDialog.DialogCode.Accepted:
            return
        suggestion = str(Path(self._folder()) / (safe_file_name(dialog.title) + SUFFIX))
        name = _ask_save_name(
            self.host.window_widget(),
            self.tr("Nieuw document bewaren als"),
            suggestion,
            self._filter(),
            confirm_overwrite=False,  # the service refuses existing files
        )
        if name:
            path = Path(name) if name.endswith(SUFFIX) else Path(name + SUFFIX)
            self.documents.create(path, dialog.template, dialog.title, dialog.method)

    def save_as_method(self) -> None:
        """Ask a name, and keep the open trajectory's structure as a new method that the
        Nieuw-dialog then offers."""
        from PySide6.QtWidgets import QInputDialog

        from staan_desktop.services import methods
        from staan_desktop.services.errors import StaanError

        from .errors import show_refusal

        current = self.host.current
        if current is None:
            return
        parent = self.host.window_widget()
        name, ok = QInputDialog.getText(parent, self.tr("Opbouw bewaren als methode"),
                                        self.tr("Naam van de nieuwe methode:"))
        if not ok or not name.strip():
            return
        try:
            method, _path = methods.save_structure(current.doc, methods.user_folder(), name)
        except StaanError as exc:
            show_refusal(parent, exc, self.tr("Opbouw bewaren als methode"))
            return
        self.host.show_message(self.tr("Methode ‘{0}’ bewaard; kies haar bij Bestand ▸ Nieuw.").format(method.name))

    def open_document(self) -> None:
        current = self.host.current
        folder = str(current.path.parent) if current else self._folder()
        name = _ask_open_name(self.host.window_widget(), self.tr("Document openen"), folder, self._filter())
        if name:
            self.host.open_path(Path(name))

    def save_copy(self) -> None:
        current = self.host.current
        if current is None:
            return
        suggestion = current.path.with_name(f"{current.path.stem} (kopie){SUFFIX}")
        name = _ask_save_name(self.host.window_widget(), self.tr("Kopie opslaan als"), str(suggestion), self._filter())
        if not name:
            return
        target = Path(name) if name.endswith(SUFFIX) else Path(name + SUFFIX)
        if target.resolve() == current.path.resolve():
            self.host.show_message(self.tr("Een kopie moet een andere naam hebben dan het document zelf."))
            return
        from staan_desktop.services import locking

        holder = locking.read_lock(target)
        if holder is not None:
            self.host.show_message(self.tr("{0} is in gebruik: {1}.").format(target.name, holder.describe()))
            return
        from staan_desktop.services.store import copy_document  # only once a document is open

        source = current.path
        run_task(
            self.host.window_widget(),
            self.tr("Kopie opslaan"),
            lambda _progress: copy_document(source, target),
            lambda _result: self.host.show_message(self.tr("Kopie bewaard als {0}").format(target)),
            lambda error: show_refusal(self.host.window_widget(), error),
        )

    def export(self, exporter: Exporter) -> None:
        current = self.host.current
        if current is None:
            return
        suggestion = current.path.with_suffix(exporter.suffix)
        name = _ask_save_name(
            self.host.window_widget(), exporter.translated_title().replace("&", "").rstrip("…"),
            str(suggestion), exporter.translated_filter(),
        )
        if not name:
            return
        target = Path(name) if name.lower().endswith(exporter.suffix) else Path(name + exporter.suffix)
        doc = current.doc
        options = exporter.options(self.host.window_widget(), doc) if exporter.options else {}
        if options is None:
            return
        run_task(
            self.host.window_widget(),
            self.tr("Exporteren"),
            lambda progress: exporter.run(doc, target, progress, **options),
            lambda _result: self.host.show_message(self.tr("Geëxporteerd naar {0}").format(target)),
            lambda error: show_refusal(self.host.window_widget(), error),
            cancellable=exporter.cancellable,
            on_cancelled=lambda: self.host.show_message(
                self.tr("Exporteren gestopt; {0} is niet geschreven.").format(target.name)
            ),
        )
