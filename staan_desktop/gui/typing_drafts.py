"""Text being typed that is not yet content — the entry that adds a new item, an open table
editor — kept as a draft in the document within a second (through
:mod:`staan_desktop.services.typing_drafts`), and offered back, marked, after a crash.

A field's draft is keyed by what it edits (``entry:statement``, ``cell:owner:12:1``), never by
its place on the screen, so that it comes back in the same field after the window restarts.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QChildEvent, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QLineEdit, QPlainTextEdit, QWidget

from .context import WorkspaceContext
from .draft_store import MARK_PROPERTY, MARK_STYLE, is_marked, keep, mark, take, unmark, waiting  # noqa: F401  (re-exported for the pages)
from .text_binding import TextBinding


def bind_entry(edit: QLineEdit, context: WorkspaceContext, key: str) -> TextBinding:
    """An entry that adds new items: what is typed is kept as a draft, and a draft left
    behind by a crash is put back, marked. Call :meth:`TextBinding.confirmed` when the text
    has been added."""
    binding = TextBinding(edit, context, draft_key=key)
    restored = take(context, key)
    if restored and not context.read_only:
        edit.setText(restored)
        binding._kept = restored
        mark(edit)
    return binding


class CellDrafts(QObject):
    """Keeps the text of an open editor of ``view`` as a draft, keyed by ``key_of(index)``
    (``None``: a cell not kept, e.g. a choice), and after a crash opens the cell again with
    the draft in it, marked."""

    def __init__(
        self,
        view: QAbstractItemView,
        context: WorkspaceContext,
        key_of: Callable[[QModelIndex], str | None],
        prefix: str,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.context = context
        self.key_of = key_of
        self.prefix = prefix
        self._bindings: dict[int, TextBinding] = {}
        self._pending: dict[str, str] = {}
        self._delegate: QAbstractItemDelegate | None = None
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        view.installEventFilter(self)
        self._restore_when_shown = bool(waiting(context, prefix))

    def _watch_delegate(self) -> None:
        delegate = self.view.itemDelegate()
        if delegate is not self._delegate:
            self._delegate = delegate
            delegate.closeEditor.connect(self._closed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if watched is self._viewport and kind == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
            child = event.child()
            if isinstance(child, (QLineEdit, QPlainTextEdit)) and id(child) not in self._bindings:
                self._watch_delegate()
                index = self.view.currentIndex()
                key = self.key_of(index) if index.isValid() else None
                if key is not None:
                    value = str(index.data(Qt.ItemDataRole.EditRole) or "")
                    # After the delegate has filled the editor (it does so right after making it).
                    QTimer.singleShot(0, self, lambda: self._attach(child, key, value))
        elif watched is self.view and kind == QEvent.Type.Show and self._restore_when_shown:
            self._restore_when_shown = False
            QTimer.singleShot(0, self._restore)
        return False

    def _attach(self, editor: QLineEdit | QPlainTextEdit, key: str, value: str) -> None:
        if not shiboken6.isValid(editor) or self.context.read_only:
            return
        binding = TextBinding(editor, self.context, draft_key=key)
        binding._stored = value  # the cell's own text needs no draft
        self._bindings[id(editor)] = binding
        editor.destroyed.connect(lambda *_: self._bindings.pop(id(editor), None))
        restored = self._pending.pop(key, None)
        if restored is not None:
            if isinstance(editor, QLineEdit):
                editor.setText(restored)
            else:
                editor.setPlainText(restored)
            binding._kept = restored
            mark(editor)
        elif binding.text().strip() != value.strip():
            binding._typed()  # the key that opened the editor is already in it

    def _closed(self, editor: QWidget, _hint: object) -> None:
        # Qt stores the editor's text (commitData) before it closes the editor, or the user
        # gave it up (Escape): either way the draft has done its work.
        binding = self._bindings.pop(id(editor), None)
        if binding is not None:
            binding.confirmed()

    def _restore(self) -> None:
        model = self.view.model()
        if model is None:
            return
        for key in waiting(self.context, self.prefix):
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    if self.key_of(index) == key:
                        self._pending[key] = take(self.context, key) or ""
                        self.view.setCurrentIndex(index)
                        self.view.edit(index)
                        return  # one editor at a time; the next opens when this one is shown again
