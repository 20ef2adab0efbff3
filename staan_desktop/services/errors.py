"""Errors that services raise, each with a message a facilitator can read (in Dutch)."""

from __future__ import annotations


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
