"""A text field (one line or a paragraph) that keeps what is typed, without a save button and
without fighting the typist.

What is typed is kept a moment after the last keystroke, and during steady typing at most
:data:`KEEP_AT_MOST_MS` after the first keystroke not yet kept, so that a crash loses at most
that moment. A field bound to the content (a title, a paragraph) stores each time as one
durable edit through ``context.edit``; consecutive edits of one field of one record merge into
one undo step. A field whose text is not content until it is confirmed (the entry that adds a
new item, an open table editor) is kept as a *draft* instead (:mod:`.typing_drafts`), and its
draft is removed when the text is confirmed or emptied.

A redraw never overwrites a field while it is being typed in or already says what is stored
(a service that trims names must not eat the space just typed between two words). A page that
shows one record at a time (a conference, a role, a block) calls :meth:`retarget` when the
user picks another, which first stores what was typed for the previous one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from staan_desktop.services.edits import Change

from .context import WorkspaceContext

Store = Callable[[str], Change]

#: Milliseconds after the last keystroke before the text is kept.
STORE_AFTER_MS = 700
#: Milliseconds after the first keystroke not yet kept before it is kept, however fast the
#: typing goes on; with the time a durable write takes, within a second.
KEEP_AT_MOST_MS = 800


class TextBinding(QObject):
    def __init__(
        self,
        edit: QLineEdit | QPlainTextEdit,
        context: WorkspaceContext,
        undo_text: str = "",
        store: Store | None = None,
        merge_key: tuple | None = None,
        *,
        required: bool = False,
        draft_key: str | None = None,
    ) -> None:
        """``store`` writes the text into the content; without it (and without
        ``draft_key``) the field is disabled until :meth:`retarget` gives it a record.
        ``draft_key`` makes the field a draft: its text is kept under that key."""
        super().__init__(edit)
        self.edit = edit
        self.context = context
        self.undo_text = undo_text
        self._store = store
        self._merge_key = merge_key
        self._required = required
        self.draft_key = draft_key
        #: The text last stored in the content (or, for a draft, what the field started with).
        self._stored: str | None = ""
        #: The text in the draft table under ``draft_key``, if any.
        self._kept: str | None = None
        self._showing = False
        self._flushing = False
        self._pause = self._timer(STORE_AFTER_MS)
        self._deadline = self._timer(KEEP_AT_MOST_MS)
        if isinstance(edit, QLineEdit):
            edit.textEdited.connect(lambda _text: self._typed())
            if draft_key is None:
                edit.editingFinished.connect(self._finished)
        else:
            edit.textChanged.connect(self._typed)
        edit.installEventFilter(self)
        if draft_key is None:
            edit.setEnabled(store is not None)

    def _timer(self, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(self.flush)
        return timer

    @property
    def merge_key(self) -> tuple | None:
        return self._merge_key

    def text(self) -> str:
        return self.edit.text() if isinstance(self.edit, QLineEdit) else self.edit.toPlainText()

    def pending(self) -> bool:
        """Whether the field says something that is not yet kept (typing in progress)."""
        return self._pause.isActive() or self._deadline.isActive()

    def _typed(self) -> None:
        if self._showing:
            return
        self._pause.start()  # restarted by every key: kept when the typist pauses …
        if not self._deadline.isActive():
            self._deadline.start()  # … and at the latest this long after the first key

    # Showing what is stored -----------------------------------------------------------------

    def retarget(self, store: Store | None, merge_key: tuple | None, value: str = "") -> None:
        """Store pending typing for the old record, then show ``value`` of the new one."""
        self.flush()
        self._store, self._merge_key = store, merge_key
        self.edit.setEnabled(store is not None)
        self._stored = None  # force the redraw below
        self.show(value)

    def show(self, value: str) -> None:
        """Show the stored ``value`` unless the field already says it or is being typed in."""
        if self._stored == value:
            return
        self._stored = value
        if self.text().strip() != value.strip() and not self.pending():
            self._set_text(value)

    def show_stored(self) -> None:
        value, self._stored = self._stored, None
        self.show(value or "")

    def _set_text(self, value: str) -> None:
        self._showing = True
        try:
            if isinstance(self.edit, QLineEdit):
                self.edit.setText(value)
                self.edit.setCursorPosition(0)
            else:
                self.edit.setPlainText(value)
        finally:
            self._showing = False

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def revert(self) -> bool:
        """Put back what is stored, dropping what was typed since (the first Ctrl+Z in a field
        with unsaved typing). False when there was nothing to drop."""
        if not self.pending() and self.text().strip() == (self._stored or "").strip():
            return False
        self._pause.stop()
        self._deadline.stop()
        self._set_text(self._stored or "")
        if self.draft_key is not None:
            self.flush()
        return True

    # Keeping what is typed --------------------------------------------------------------------

    def flush(self) -> None:
        """Keep the text now if it differs from what is kept."""
        self._pause.stop()
        self._deadline.stop()
        if self.draft_key is not None:
            self._keep_draft()
            return
        store = self._store
        value = self.text()
        if self._flushing or store is None or value.strip() == (self._stored or "").strip() or self.edit.isReadOnly():
            return
        if self._required and not value.strip():
            return  # an empty required field is a moment in typing; restored when leaving it
        # The edit redraws the page, which may call back into this binding (retarget, show):
        # by then the value counts as stored, and a second flush must not run inside the first.
        previous, self._stored, self._flushing = self._stored, value, True
        try:
            if self.context.edit(self.undo_text, lambda: store(value), self._merge_key) is None:
                self._stored = previous
        finally:
            self._flushing = False

    def _keep_draft(self) -> None:
        """A draft holds what the field says beyond what it started with (nothing for an
        entry, the cell's text for a table editor); back at that, the draft goes."""
        from . import draft_marks as typing_drafts

        value = self.text()
        wanted = "" if value.strip() == (self._stored or "").strip() else value
        if wanted == (self._kept or "") or self.context.read_only:
            return
        if typing_drafts.keep(self.context, self.draft_key or "", wanted):
            self._kept = wanted or None

    def confirmed(self) -> None:
        """The text went into the content (or was given up): forget its draft."""
        from . import draft_marks as typing_drafts

        self._pause.stop()
        self._deadline.stop()
        if self._kept:
            typing_drafts.keep(self.context, self.draft_key or "", "")
        self._kept = None
        typing_drafts.unmark(self.edit)

    def _finished(self) -> None:
        """Leaving the field (or Enter in a line): store, and never leave a required field empty."""
        self.flush()
        if self.edit.isReadOnly() or self._store is None:
            return
        if self._required and not self.text().strip() and self._stored:
            # Left empty: show what the document really says, and say why. (Text the service
            # refused stays in the field with the refusal shown: typing is never thrown away.)
            self.context.refused.emit(self.tr("Dit veld mag niet leeg zijn; de vorige tekst staat er weer."), "")
            self.show_stored()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            if self.draft_key is not None:
                self.flush()
            elif isinstance(self.edit, QPlainTextEdit):
                self._finished()  # a line edit says so itself (editingFinished)
        return False
