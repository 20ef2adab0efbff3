"""Errors that services raise, each with a message a facilitator can read.

Each carries a :class:`~staan_desktop.domain.messages.Message` (a code from the catalogue and
its parameters): ``message`` is its Dutch rendering (the command line, the log, the tests),
and the window renders the same message in the user's language (``gui.refusals``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from staan_desktop.domain.messages import Message, msg, phrase, verbatim


class StaanError(Exception):
    """Base class: ``text`` is shown to the user (``message`` in Dutch), ``details`` only on request.

    ``code`` and ``params`` are the catalogue's code and the parameters of ``text``
    (a :class:`~staan_desktop.services.room.room.RoomRefusal` keeps its own ``code`` for the phones).
    """

    def __init__(self, text: Message, details: str = "") -> None:
        if isinstance(text, str):  # a refusal must never fail to be made (the tests forbid it)
            text = verbatim(text)
        self.text = text
        self.code = text.code
        self.params = text.params
        self.message = text.dutch()
        super().__init__(self.message)
        self.details = details

    def __str__(self) -> str:
        return self.message


class DocumentError(StaanError):
    """A file that cannot be opened, created or written as a STAAN document."""


class ValidationError(StaanError):
    """An edit that would make the document invalid; nothing was written."""


class ReadOnlyError(StaanError):
    """An edit on a document that is open read-only (held elsewhere, or signed off)."""


class RescuableError(DocumentError):
    """A document whose content cannot be read as it is (a row breaks its rules, a stored value
    is not what its column holds). ``path`` is the file: what validates in it can be rescued
    into a new document (:mod:`staan_desktop.services.rescue`)."""

    def __init__(self, text: Message, details: str = "", path: Path | None = None) -> None:
        super().__init__(text, details)
        self.path = path


RESCUE_HINT = msg("errors.rescue_hint")


def read_only_refusal(reason: Message | str = "") -> ReadOnlyError:
    """The refusal of an edit on a document opened read-only for ``reason`` (a lock's holder,
    as a message so that the window says it in its language when the edit is made)."""
    if isinstance(reason, Message):
        return ReadOnlyError(reason)
    return ReadOnlyError(verbatim(reason) if reason else msg("store.read_only"))


def as_refusal(exc: BaseException, path: Path | None = None) -> StaanError | None:
    """The refusal that ``exc`` means, or ``None`` when it is not a known way for a document's
    content to be unreadable (a programming error stays what it is).

    The one place where what the libraries raise on a hostile document — pydantic, recursion,
    enum, JSON, decoding, SQLAlchemy (``StaleDataError`` included) — becomes one line.
    Used where services meet the database (:meth:`Document.reading`/``transaction``) and at the
    edges (the command line, the window's error dialog). It imports none of those libraries (the
    window's first frame loads none of them): an error can only come from one already loaded.
    """
    if isinstance(exc, StaanError):
        return exc
    name = f"‘{path.name}’ " if path is not None else ""
    details = f"{type(exc).__name__}: {exc}"[:2000]

    def unreadable(what: Message) -> RescuableError:
        return RescuableError(msg("errors.unreadable", name=name, what=what, rescue_hint=RESCUE_HINT), details, path)

    # Only modules already loaded can have raised: look them up rather than import them.
    rules, json, sqlite3 = (sys.modules.get(m) for m in ("staan_desktop.domain.row_rules", "json", "sqlite3"))
    if rules is not None and isinstance(exc, rules.RowError):
        where = (msg("errors.at_column", table=exc.table, row=exc.row_id, column=exc.column) if exc.column
                 else msg("errors.at_row", table=exc.table, row=exc.row_id))
        return unreadable(msg("errors.wrong_value_at", where=where, reason=phrase(exc.reason)))
    if isinstance(exc, RecursionError):
        return unreadable(msg("errors.too_deep"))
    if isinstance(exc, UnicodeDecodeError):  # (encoding is the writer's: a half character typed)
        return unreadable(msg("errors.not_utf8"))
    if json is not None and isinstance(exc, json.JSONDecodeError):
        return unreadable(msg("errors.not_json"))
    if "pydantic" in sys.modules:
        from pydantic import ValidationError as PydanticError

        from staan_desktop.domain.problems import describe_problem

        if isinstance(exc, PydanticError):
            first = exc.errors()[0]
            at = ".".join(str(part) for part in first["loc"])
            problem = phrase(describe_problem(first))
            return unreadable(msg("errors.wrong_value_at", where=at, reason=problem) if at
                              else msg("errors.wrong_value", reason=problem))
    if isinstance(exc, ValueError) and "is not a valid" in str(exc):  # Enum("onbekend")
        return unreadable(msg("errors.unknown_value"))
    if "sqlalchemy" in sys.modules:
        from sqlalchemy.exc import DBAPIError, MultipleResultsFound, NoResultFound
        from sqlalchemy.orm.exc import StaleDataError

        if isinstance(exc, StaleDataError):
            return DocumentError(
                msg("errors.stale_data", name=name),
                details,
            )
        if isinstance(exc, (NoResultFound, MultipleResultsFound)):  # e.g. a sign-off for no version
            return unreadable(msg("errors.incomplete"))
        if isinstance(exc, DBAPIError):
            exc = exc.orig  # type: ignore[assignment]
    if sqlite3 is not None and isinstance(exc, sqlite3.Error) and "decode" in str(exc).lower():
        return unreadable(msg("errors.not_utf8"))
    return None


@contextmanager
def refusing(path: Path | None = None) -> Iterator[None]:
    """Raise what :func:`as_refusal` makes of an error in the block; other errors pass."""
    try:
        yield
    except Exception as exc:
        refusal = as_refusal(exc, path)
        if refusal is None or refusal is exc:
            raise
        raise refusal from exc
