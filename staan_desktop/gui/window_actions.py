"""The Edit, View and Help menus: undo and redo over the whole document, moving between pages
by keyboard, text size for a projector, and help on the shortcuts.

Undo belongs to the document, not to the text field under the cursor: :class:`DocumentUndoKeys`
stops text fields from using Ctrl+Z for their own little history, so the same keys always
undo the last step (typing in progress in a field of the content is stored first, so it is
that step), whichever page it was made on. Text that is not content yet comes first: the
first Ctrl+Z in a half-typed new item or an open table editor takes that text back (as every
editor does; the previous item is not removed instead), the next undoes the document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from . import icons

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

UNDO_KEYS = (QKeySequence("Ctrl+Z"),)
REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


#: The widgets that would keep an undo history of their own.
TEXT_WIDGETS: tuple[type[QWidget], ...] = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def _combination(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination())


class DocumentUndoKeys(QObject):
    """Application event filter: undo/redo keys in a text field of ``window`` run the document's
    undo and redo. The field's own Ctrl+Z would silently revert typing that is not yet stored,
    or nothing at all, while the window's undo action may still be disabled (no stored step yet)."""

    def __init__(self, window: QMainWindow, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._undo = undo
        self._redo = redo

    def _which(self, watched: QObject, event: QEvent) -> Callable[[], None] | None:
        if not isinstance(watched, TEXT_WIDGETS) or watched.window() is not self._window:
            return None
        keys = _combination(cast("QKeyEvent", event))  # ShortcutOverride and KeyPress are key events
        if keys in UNDO_KEYS:
            return self._undo
        if keys in REDO_KEYS:
            return self._redo
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and self._which(watched, event):
            event.accept()  # claim the keys, so that they arrive below as a key press
            return True
        if kind == QEvent.Type.KeyPress:
            action = self._which(watched, event)
            if action is not None:
                if not (action is self._undo and revert_typing(watched)):
                    action()
                return True
        return False


def revert_typing(widget: QObject) -> bool:
    """Take back the text typed in ``widget`` when it is a draft (a new item, an open table
    editor); False when there is none, or the field's typing is a document step."""
    from .text_binding import TextBinding

    binding = widget.findChild(TextBinding)
    return binding is not None and binding.draft_key is not None and not widget.property("readOnly") and binding.revert()


def flush_focused_field() -> None:
    """Make the field being typed in store its text now (fields store on losing focus), so that
    an undo right after typing undoes that typing."""
    widget = QApplication.focusWidget()
    if isinstance(widget, TEXT_WIDGETS):
        widget.clearFocus()
        widget.setFocus()


class WindowActions(QObject):
    def __init__(self, window: QMainWindow, undo_group: QUndoGroup) -> None:
        super().__init__(window)
        self.group = undo_group
        self.undo = icons.action(self, "undo")
        self.undo.setShortcuts(list(UNDO_KEYS))
        self.redo = icons.action(self, "redo")
        self.redo.setShortcuts(list(REDO_KEYS))
        self.settings = icons.action(self, "settings", keys=["Ctrl+,"])
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        # Not Ctrl+PgDown/PgUp: pages use those within themselves (the next municipality when
        # scoring), and one key bound twice in a window does nothing at all.
        self.next_page = icons.action(self, "next", keys=["Alt+PgDown"])
        self.previous_page = icons.action(self, "previous", keys=["Alt+PgUp"])
        self.toggle_focus = QAction(self)
        self.toggle_focus.setShortcuts([QKeySequence("F6"), QKeySequence("Ctrl+L")])
        self.larger = icons.action(self, "text-larger", keys=["Ctrl+=", "Ctrl++"])
        self.smaller = icons.action(self, "text-smaller", keys=["Ctrl+-"])
        self.normal_size = QAction(self)
        self.normal_size.setShortcuts([QKeySequence("Ctrl+0")])  # see icons.action
        self.full_screen = icons.action(self, "fullscreen", keys=["F11"], checkable=True)
        self.shortcuts = icons.action(self, "keyboard", keys=["F1"])
        self.demo = icons.action(self, "demo")
        self.fresh_demo = QAction(self)
        self.example = QAction(self)
        self.example_bel = QAction(self)
        # Both examples, also in the File menu (the window puts it there).
        self.examples_menu = QMenu(window)
        self.examples_menu.addActions([self.example, self.example_bel])
        self.log = icons.action(self, "log")
        self.about = icons.action(self, "info")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.page_actions: list[QAction] = []
        self.menus: dict[str, QMenu] = {}
        self.go_menu: QMenu | None = None
        undo_group.canUndoChanged.connect(self.undo.setEnabled)
        undo_group.canRedoChanged.connect(self.redo.setEnabled)
        undo_group.undoTextChanged.connect(lambda _text: self._undo_texts())
        undo_group.redoTextChanged.connect(lambda _text: self._undo_texts())
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)

    def build_menus(self, bar: QMenuBar) -> None:
        edit = self.menus["edit"] = bar.addMenu("")
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addAction(self.settings)
        view = self.menus["view"] = bar.addMenu("")
        self.go_menu = view.addMenu("")
        view.addActions([self.previous_page, self.next_page, self.toggle_focus])
        view.addSeparator()
        view.addActions([self.larger, self.smaller, self.normal_size])
        view.addSeparator()
        view.addAction(self.full_screen)
        # Filled when the document tools are loaded (ReviewActions, SessionControls), a moment
        # after the first frame: the menu bar is complete from that first frame on.
        self.menus["review"] = bar.addMenu("")
        self.menus["session"] = bar.addMenu("")
        help_menu = self.menus["help"] = bar.addMenu("")
        help_menu.addAction(self.shortcuts)
        help_menu.addSeparator()
        help_menu.addActions([self.demo, self.fresh_demo, self.example, self.example_bel, self.log])
        help_menu.addSeparator()
        help_menu.addAction(self.about)
        self.retranslate()

    def set_page_actions(self, actions: list[QAction]) -> None:
        assert self.go_menu is not None
        for old in self.page_actions:
            self.go_menu.removeAction(old)
        self.page_actions = actions
        self.go_menu.addActions(actions)

    def _undo_texts(self) -> None:
        undo_text, redo_text = self.group.undoText(), self.group.redoText()
        self.undo.setText(self.tr("&Ongedaan maken: {0}").format(undo_text) if undo_text else self.tr("&Ongedaan maken"))
        self.redo.setText(self.tr("Opnieu&w: {0}").format(redo_text) if redo_text else self.tr("Opnieu&w"))

    def retranslate(self) -> None:
        self._undo_texts()
        self.settings.setText(self.tr("&Instellingen…"))
        self.next_page.setText(self.tr("&Volgende pagina"))
        self.previous_page.setText(self.tr("Vo&rige pagina"))
        self.toggle_focus.setText(self.tr("Wisselen tussen &hoofdstukken en pagina"))
        self.larger.setText(self.tr("Tekst gr&oter"))
        self.smaller.setText(self.tr("Tekst &kleiner"))
        self.normal_size.setText(self.tr("&Normale tekstgrootte"))
        self.full_screen.setText(self.tr("Volledig &scherm"))
        self.shortcuts.setText(self.tr("&Sneltoetsen"))
        self.demo.setText(self.tr("&Voorbeelddocument openen"))
        self.fresh_demo.setText(self.tr("Voorbeelddocument opnieuw &beginnen"))
        self.example.setText(self.tr("Voorbeeld&verkenning openen"))
        self.example_bel.setText(self.tr("Voorbeeld: &startgesprek BEL openen"))
        self.examples_menu.setTitle(self.tr("&Voorbeelden openen"))
        self.log.setText(self.tr("&Logbestanden tonen"))
        self.about.setText(self.tr("&Over STAAN Desktop"))
        titles = {
            "edit": self.tr("Be&werken"),
            "view": self.tr("Bee&ld"),
            "review": self.tr("Beoo&rdeling"),
            "session": self.tr("&Sessie"),
            "help": self.tr("&Help"),
        }
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])
        if self.go_menu is not None:
            self.go_menu.setTitle(self.tr("&Ga naar"))
