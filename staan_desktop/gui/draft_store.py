"""Where the drafts of text being typed are kept and read back (the document, through
:mod:`staan_desktop.services.typing_drafts`), and how a field brought back after a crash is marked. The text fields (:mod:`.text_binding`) keep their
drafts here; :mod:`.typing_drafts` binds entries and table editors and marks what a crash left.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from staan_desktop.services import typing_drafts as service
from staan_desktop.services.errors import StaanError

from .context import WorkspaceContext

#: How a field with text brought back after a crash looks until it is confirmed: a border in a
#: colour that reads on light and dark schemes, and a tooltip that says what happened.
MARK_STYLE = "border: 2px solid #c2410c; border-radius: 3px;"
MARK_PROPERTY = "restoredDraft"


def mark(edit: QWidget) -> None:
    edit.setProperty(MARK_PROPERTY, True)
    edit.setStyleSheet(MARK_STYLE)
    edit.setToolTip(
        QCoreApplication.translate(
            "TypingDrafts",
            "Hersteld na een onderbreking: deze tekst was getypt maar nog niet bevestigd. "
            "Bevestig hem of maak het veld leeg.",
        )
    )


def unmark(edit: QWidget) -> None:
    if edit.property(MARK_PROPERTY):
        edit.setProperty(MARK_PROPERTY, False)
        edit.setStyleSheet("")
        edit.setToolTip("")


def is_marked(edit: QWidget) -> bool:
    return bool(edit.property(MARK_PROPERTY))


#: The drafts each open document (its context) had when it was opened; gone with the context.
_LEFT_BEHIND: WeakKeyDictionary[WorkspaceContext, dict[str, str]] = WeakKeyDictionary()


def _left_behind(context: WorkspaceContext) -> dict[str, str]:
    """Drafts that were in the file when it was opened: read once per open document, before
    anything typed now replaces them."""
    left = _LEFT_BEHIND.get(context)
    if left is None:
        try:
            left = service.left_behind(context.doc)
        except StaanError:
            left = {}
        _LEFT_BEHIND[context] = left
    return left


def take(context: WorkspaceContext, key: str) -> str | None:
    """The text left behind under ``key`` (once: a second field asking gets nothing)."""
    return _left_behind(context).pop(key, None)


def waiting(context: WorkspaceContext, prefix: str) -> dict[str, str]:
    """The drafts left behind whose key starts with ``prefix``, not yet taken."""
    return {key: text for key, text in _left_behind(context).items() if key.startswith(prefix)}


def keep(context: WorkspaceContext, key: str, text: str) -> bool:
    """Keep ``text`` as the draft ``key`` (an empty text removes it). False when the file
    cannot take it now; the field keeps its text and tries again on the next keystroke."""
    if context.doc.read_only:
        return False
    _left_behind(context)  # read what a crash left before this field overwrites it
    try:
        service.keep(context.doc, key=key, text=text)
    except StaanError:
        return False
    return True
