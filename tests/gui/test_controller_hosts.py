"""The review and backup controllers work with any window that offers their Host protocol: no
reaching into the main window's menus, banner, status bar or workspace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QWidget

from staan_desktop.gui.backup_actions import BackupActions
from staan_desktop.gui.documents import OpenedDocument
from staan_desktop.gui.review_actions import ReviewActions


class SmallHost(QMainWindow):
    """Only what the two protocols name, recorded."""

    def __init__(self, settings) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.settings = settings
        self.current: OpenedDocument | None = None
        self.menus = {"review": QMenu("review", self)}
        self.file_entries: list[tuple[str, QAction]] = []
        self.status_widgets: list[QWidget] = []
        self.said: list[str] = []

    def window_widget(self) -> QMainWindow:
        return self

    def tool_menu(self, key: str) -> QMenu:
        return self.menus[key]

    def add_to_file_menu(self, action: QAction, after: str) -> None:
        self.file_entries.append((after, action))

    def add_to_status_bar(self, widget: QWidget) -> None:
        self.status_widgets.append(widget)

    def show_message(self, text: str) -> None:
        self.said.append(text)

    def show_warning(self, text: str) -> None:
        self.said.append("⚠ " + text)

    def show_notice(self, text, icon, action, on_action) -> None:  # type: ignore[no-untyped-def]
        self.said.append(text)

    def clear_notice(self) -> None:
        pass

    def show_read_only(self, read_only: bool) -> None:
        pass

    def rebuild_pages(self) -> None:
        pass

    def page_on_screen(self) -> tuple[QWidget | None, str]:
        return None, ""

    def show_home_of(self, table: str, item_id: int) -> bool:
        return False

    def close_document(self) -> None:
        pass

    def show_opened(self, opened: OpenedDocument) -> None:
        pass

    def open_path(self, path: Path) -> None:
        pass


def test_review_and_backups_fill_their_own_menus_through_the_host(qtbot, settings):
    host = SmallHost(settings)
    qtbot.addWidget(host)
    review = ReviewActions(host)
    backups = BackupActions(host)
    assert [action.text() for action in host.menus["review"].actions() if action.text()] == [
        "&Opmerkingen", "Opmerking &toevoegen…", "Hoofdstuk &gecontroleerd", "&Vaststellen…", "&Nieuwe conceptversie",
        "Versie&geschiedenis…"]
    assert [(after, action.text()) for after, action in host.file_entries] == [
        ("open", "Openen ter &beoordeling…"), ("open", "Opmerkingen op&halen uit kopie…"), ("copy", "Reser&vekopieën…")]
    assert [type(widget) for widget in host.status_widgets] == [QLabel]
    review.jump("score", 1)
    assert host.said == ["Dit onderdeel staat op geen van de pagina's."]
    assert not backups.action.isEnabled()
