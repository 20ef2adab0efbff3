"""Text still being typed that is not yet content: kept within a second, so a crash loses at
most that second (see :mod:`staan_desktop.domain.typing_tables`).

A draft is not an edit: it is not undoable and changes nothing a reader of the document sees.
Keeping one is allowed whenever the file can be written (also on a signed-off version: the
window decides which fields may be typed in). Each call is one short durable transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import col, delete, select

from staan_desktop.domain.typing_tables import TypingDraftRow

from .store import Document

#: Longest text kept as a draft (a pasted book is not typing, and every read is bounded).
MAX_DRAFT_CHARS = 100_000


def keep(doc: Document, *, key: str, text: str) -> None:
    """Keep ``text`` as what is being typed in the field ``key``; an empty text removes it."""
    if not text:
        discard(doc, key=key)
        return
    text = text[:MAX_DRAFT_CHARS]
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with doc.transaction() as session:
        row = session.exec(select(TypingDraftRow).where(TypingDraftRow.key == key)).first()
        if row is None:
            session.add(TypingDraftRow(key=key, text=text, saved_at=now))
        elif row.text != text:
            row.text, row.saved_at = text, now
            session.add(row)


def discard(doc: Document, *, key: str) -> None:
    """The field ``key`` was confirmed or emptied: its draft is no longer needed."""
    with doc.transaction() as session:
        session.exec(delete(TypingDraftRow).where(col(TypingDraftRow.key) == key))


def left_behind(doc: Document) -> dict[str, str]:
    """key → text of every draft in the file: typing that was interrupted (a crash, a killed
    process) before it was confirmed."""
    with doc.reading() as session:
        return {row.key: row.text for row in session.exec(select(TypingDraftRow).limit(10_000))}
