"""An ordered list that keeps up with the room: type, Enter, type the next one.

Keys (all shown in the hint under the list):

* in the entry field, Enter adds the text at the end (or after the selected row when
  "insert after" is on) and leaves the field empty for the next one;
* in the list, F2 or a double click edits a row, Alt+Up / Alt+Down move it, Delete removes
  it (undoable), Insert jumps back to the entry field; rows can also be dragged.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from staan_desktop.services.changes import Action
from staan_desktop.services.edits import Change
from staan_desktop.services.queries import Item

from .. import icons, typing_drafts
from ..context import WorkspaceContext
from ..models.text_list_model import ITEM_ID_ROLE, ListSpec, TextListModel
from .labels import hint
from .whole_placeholder import keep_placeholder_whole


class OrderedListEditor(QWidget):
    #: The current row changed: the item, or ``None``.
    current_changed = Signal(object)

    def __init__(
        self,
        context: WorkspaceContext,
        spec: ListSpec,
        parent: QWidget | None = None,
        *,
        confirm_remove: Callable[[Item], bool] | None = None,
        compact: bool = False,
        draft_key: str | None = None,
    ) -> None:
        """``compact``: without buttons and key hint, for a list inside a busier page (which
        then explains the keys once). ``draft_key``: where the entry's half-typed text is kept,
        for a page with several entries over one table (the four lists of a SWOT)."""
        super().__init__(parent)
        self.context = context
        self.spec = spec
        self.confirm_remove = confirm_remove
        self.model = TextListModel(context, spec, self)

        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        # Wrapped items are laid out again at each new width (the list's default keeps the
        # heights of its first width, and a narrower list then elides what it wrapped).
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSpacing(3)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.installEventFilter(self)
        self.view.selectionModel().currentChanged.connect(lambda *_: self.current_changed.emit(self.current_item()))

        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(spec.placeholder)
        keep_placeholder_whole(self.entry)
        self.entry.setClearButtonEnabled(True)
        self.entry.returnPressed.connect(self.add_from_entry)
        # Half-typed, the next item is a draft: kept within a second, back after a crash.
        self.entry_binding = typing_drafts.bind_entry(self.entry, context, draft_key or f"entry:{spec.table}")
        self.cell_drafts = typing_drafts.CellDrafts(
            self.view, context, lambda index: f"cell:{self.spec.table}:{index.data(ITEM_ID_ROLE)}", f"cell:{spec.table}:"
        )

        buttons = QHBoxLayout()
        self.up_button = self._button("move-up", self.tr("Omhoog"), lambda: self.move_current(-1))
        self.down_button = self._button("move-down", self.tr("Omlaag"), lambda: self.move_current(1))
        self.remove_button = self._button("remove", self.tr("Verwijderen"), self.remove_current)
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.entry)
        if not compact:
            layout.addLayout(buttons)
            layout.addWidget(hint(self.keys_hint(), self))
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setVisible(not compact)
        self.setFocusProxy(self.entry)
        self.set_read_only(context.read_only)

    def keys_hint(self) -> str:
        return self.tr(
            "Enter voegt toe · F2 wijzigt · Alt+↑/↓ verplaatst · Delete verwijdert · "
            "Insert gaat naar het invoerveld · Ctrl+Z maakt ongedaan"
        )

    def _button(self, icon: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(icons.get(icon), text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do the same; Tab stays short
        button.clicked.connect(slot)
        return button

    def set_read_only(self, read_only: bool) -> None:
        self.entry.setVisible(not read_only)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(not read_only)

    def set_spec(self, spec: ListSpec) -> None:
        """Show another list of the same kind (e.g. the questions of another conference)."""
        self.spec = spec
        self.model.spec = spec
        self.entry.setPlaceholderText(spec.placeholder)
        keep_placeholder_whole(self.entry)
        self.refresh(None)

    # Redrawing ----------------------------------------------------------------------------

    def refresh(self, change: Change | None) -> None:
        if change is not None and self.spec.table not in (change.tables or {change.table}):
            return
        current = self.current_item()
        old_row = self.view.currentIndex().row()
        self.model.reload()
        target = None
        if change is not None and change.action in (Action.ADDED, Action.RESTORED, Action.MOVED) and change.item_id is not None:
            target = change.item_id  # show the row that just arrived or moved
        elif current is not None:
            target = current.id
        row = self.model.row_of(target) if target is not None else None
        if row is None and old_row >= 0 and self.model.rowCount():
            row = min(old_row, self.model.rowCount() - 1)  # the row below the removed one
        if row is None and self.model.rowCount():
            row = 0  # something is current, so that the keys work and details can show
        if row is not None and row >= 0:
            index = self.model.index(row)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def current_item(self) -> Item | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.items):
            return None
        return self.model.items[index.row()]

    # Actions ------------------------------------------------------------------------------

    def add_from_entry(self) -> None:
        text = self.entry.text()
        if not text.strip():
            return
        if self.model.add(text) is not None:
            self.entry.clear()
            self.entry_binding.confirmed()
            self.view.scrollToBottom()

    def move_current(self, step: int) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.model.move(row, row + step)

    def remove_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        if self.confirm_remove is not None and not self.confirm_remove(item):
            return
        row = self.view.currentIndex().row()
        self.model.remove(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if self.view.state() == QAbstractItemView.State.EditingState or self.context.read_only:
                return False
            key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if key == Qt.Key.Key_Delete:
                self.remove_current()
                return True
            if key == Qt.Key.Key_Insert:
                self.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return False
