"""Where a field's draft is kept and how a field brought back after a crash is marked: the part
of :mod:`.typing_drafts` that :class:`~.text_binding.TextBinding` calls, in a module of its own
so that the binding and the drafts that make bindings import each other in no loop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from staan_desktop.services import typing_drafts as service
from staan_desktop.services.errors import StaanError

from .context import WorkspaceContext

#: How a field with text brought back after a crash looks until it is confirmed: a border in a
#: colour that reads on light and dark schemes, and a tooltip that says what happened.
MARK_STYLE = "border: 2px solid #c2410c; border-radius: 3px;"
MARK_PROPERTY = "restoredDraft"


def _left_behind(context: WorkspaceContext) -> dict[str, str]:
    """Drafts that were in the file when it was opened: read once per open document, before
    anything typed now replaces them."""
    left = getattr(context, "_typing_drafts_left", None)
    if left is None:
        try:
            left = service.left_behind(context.doc)
        except StaanError:
            left = {}
        context._typing_drafts_left = left  # type: ignore[attr-defined]
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
