"""The keys and menu entries of the live session, in one place so the shortcuts dialog, the
menus, the session panel and the projector window all use the same actions.

F5 (like a presentation) shows the projector, F8 / Shift+F8 walk the agenda, F9 pauses the
timer, Ctrl+Shift+O reveals the whole scoring matrix and Ctrl+Shift+T the task field under the
cursor on the scoring page. F4 / Shift+F4 show the next / previous part of a slide that takes
more than one screen. Not Ctrl+arrows: text fields use them to jump by word.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from .. import icons

#: objectName → (keys, checkable)
KEYS: dict[str, tuple[tuple[str, ...], bool]] = {
    "projector": (("F5", "Ctrl+Shift+P"), True),
    "next_screen": (("Shift+F5",), False),
    "dark_projector": ((), True),
    "next_step": (("F8",), False),
    "previous_step": (("Shift+F8",), False),
    "pause": (("F9",), False),
    "reveal_all": (("Ctrl+Shift+O",), True),
    "reveal_current": (("Ctrl+Shift+T",), False),
    "next_part": (("F4",), False),
    "previous_part": (("Shift+F4",), False),
    "hide_overtime": ((), True),
}


class SessionActions(QObject):
    def __init__(self, parent: QObject, window: QWidget, session_menu: QMenu) -> None:
        # Parented to the window's own actions, the shortcuts dialog (F1) lists these too.
        super().__init__(parent)
        self.actions: dict[str, QAction] = {}
        for name, (keys, checkable) in KEYS.items():
            icon = {"next_step": "next", "previous_step": "previous"}.get(name)
            action = icons.action(self, icon) if icon else QAction(self)
            action.setObjectName(name)
            action.setCheckable(checkable)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.actions[name] = action
        self.screens_menu = QMenu(window)
        #: The window's Session menu (in its menu bar from the first frame, titled by the window).
        self.session_menu = session_menu
        self.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def all(self) -> list[QAction]:
        return list(self.actions.values())

    def install(self, view_menu: QMenu, dock_toggle: QAction) -> None:
        """Projector entries at the end of the View menu; the agenda in the Session menu."""
        view_menu.addSeparator()
        view_menu.addActions([self["projector"], self["next_screen"]])
        view_menu.addMenu(self.screens_menu)
        view_menu.addActions([self["dark_projector"], dock_toggle])
        menu = self.session_menu
        menu.addActions([self["next_step"], self["previous_step"], self["pause"], self["hide_overtime"]])
        menu.addSeparator()
        menu.addActions([self["reveal_all"], self["reveal_current"]])
        menu.addSeparator()
        menu.addActions([self["projector"], self["next_part"], self["previous_part"]])

    def retranslate(self) -> None:
        texts = {
            "projector": self.tr("&Projectorweergave"),
            "next_screen": self.tr("Projector naar ander sch&erm"),
            "dark_projector": self.tr("&Donkere projectorweergave"),
            "next_step": self.tr("&Volgende agendastap"),
            "previous_step": self.tr("V&orige agendastap"),
            "pause": self.tr("&Timer pauzeren of hervatten"),
            "reveal_all": self.tr("Alle scores &onthullen"),
            "reveal_current": self.tr("&Taakveld onthullen of verbergen"),
            "next_part": self.tr("Volgend &deel op de projector"),
            "previous_part": self.tr("Vorig d&eel op de projector"),
            "hide_overtime": self.tr("&Overschrijding van de tijd niet aan de zaal tonen"),
        }
        for name, text in texts.items():
            action = self.actions[name]
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = text.replace("&", "")
            action.setToolTip(f"{plain} ({keys})" if keys else plain)
        self.screens_menu.setTitle(self.tr("Projectorscher&m"))
