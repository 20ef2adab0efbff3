"""Errors that services raise, each with a message a facilitator can read (in Dutch)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class StaanError(Exception):
    """Base class: ``message`` is shown to the user, ``details`` only on request."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.message = message
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

    def __init__(self, message: str, details: str = "", path: Path | None = None) -> None:
        super().__init__(message, details)
        self.path = path


RESCUE_HINT = "Het bestand is niet veranderd; met ‘Redden’ maakt u een nieuw document van wat wel klopt."


def as_refusal(exc: BaseException, path: Path | None = None) -> StaanError | None:
    """The refusal that ``exc`` means, or ``None`` when it is not a known way for a document's
    content to be unreadable (a programming error stays what it is).

    The one place where what the libraries raise on a hostile document — pydantic, recursion,
    enum, JSON, decoding, SQLAlchemy (``StaleDataError`` included) — becomes one Dutch line.
    Used where services meet the database (:meth:`Document.reading`/``transaction``) and at the
    edges (the command line, the window's error dialog). It imports none of those libraries (the
    window's first frame loads none of them): an error can only come from one already loaded.
    """
    if isinstance(exc, StaanError):
        return exc
    name = f"‘{path.name}’ " if path is not None else ""
    details = f"{type(exc).__name__}: {exc}"[:2000]

    def unreadable(what: str) -> RescuableError:
        return RescuableError(f"Het document {name}{what}. {RESCUE_HINT}", details, path)

    # Only modules already loaded can have raised: look them up rather than import them.
    rules, json, sqlite3 = (sys.modules.get(m) for m in ("staan_desktop.domain.row_rules", "json", "sqlite3"))
    if rules is not None and isinstance(exc, rules.RowError):
        where = f"tabel ‘{exc.table}’, rij {exc.row_id}" + (f", kolom ‘{exc.column}’" if exc.column else "")
        return unreadable(f"bevat een gegeven dat niet klopt ({where}: {exc.reason})")
    if isinstance(exc, RecursionError):
        return unreadable("bevat gegevens die te diep genest zijn om te lezen")
    if isinstance(exc, UnicodeDecodeError):  # (encoding is the writer's: a half character typed)
        return unreadable("bevat tekst die geen geldige UTF-8 is")
    if json is not None and isinstance(exc, json.JSONDecodeError):
        return unreadable("bevat een opgeslagen waarde die geen geldige JSON is")
    if "pydantic" in sys.modules:
        from pydantic import ValidationError as PydanticError

        from staan_desktop.domain.problems import describe_problem

        if isinstance(exc, PydanticError):
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            return unreadable(f"bevat een gegeven dat niet klopt ({where + ': ' if where else ''}{describe_problem(first)})")
    if isinstance(exc, ValueError) and "is not a valid" in str(exc):  # Enum("onbekend")
        return unreadable("bevat een waarde die deze versie van STAAN Desktop niet kent")
    if "sqlalchemy" in sys.modules:
        from sqlalchemy.exc import DBAPIError, MultipleResultsFound, NoResultFound
        from sqlalchemy.orm.exc import StaleDataError

        if isinstance(exc, StaleDataError):
            return DocumentError(
                f"Het document {name}deed bij het bewaren niet wat werd verwacht (een rij werd niet bijgewerkt); "
                "het is mogelijk buiten STAAN Desktop bewerkt. Er is niets veranderd.",
                details,
            )
        if isinstance(exc, (NoResultFound, MultipleResultsFound)):  # e.g. a sign-off for no version
            return unreadable("is onvolledig of tegenstrijdig: een rij die er moet zijn ontbreekt of staat er dubbel")
        if isinstance(exc, DBAPIError):
            exc = exc.orig  # type: ignore[assignment]
    if sqlite3 is not None and isinstance(exc, sqlite3.Error) and "decode" in str(exc).lower():
        return unreadable("bevat tekst die geen geldige UTF-8 is")
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
