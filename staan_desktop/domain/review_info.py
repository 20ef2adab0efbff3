"""Plain data about review and sign-off that the PDF renderer and the services share.

The renderer (``reports/``) may not import services, so what it prints about a signed-off
version — and the marker by which ``verify`` finds the fingerprint again in a PDF — is defined
here, without any I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .fingerprint import CANONICAL_FORM

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip

#: The words in the PDF metadata (Keywords and Subject) that carry version and fingerprint.
#: ``verify`` searches every metadata value for them, so the renderer may add other keywords.
_MARKER = re.compile(
    r"STAAN-versie:\s*(?P<version>\d+|concept)\s*;\s*STAAN-vingerafdruk:\s*sha256:(?P<fp>[0-9a-f]{64})"
)


def dutch_date(iso: str) -> str:
    """``2026-12-01`` → ``1 december 2026``; anything else is returned unchanged."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def metadata_marker(version: int | None, fingerprint: str) -> str:
    """The text to put in the PDF's Keywords (``version=None``: a concept)."""
    label = "concept" if version is None else str(version)
    return f"STAAN-versie: {label}; STAAN-vingerafdruk: sha256:{fingerprint}"


@dataclass(frozen=True)
class PdfMarker:
    """What :func:`find_marker` read from a PDF: ``version`` is ``None`` for a concept."""

    version: int | None
    fingerprint: str


def find_marker(*texts: str | None) -> PdfMarker | None:
    for text in texts:
        if not text:
            continue
        match = _MARKER.search(text)
        if match:
            version = match.group("version")
            return PdfMarker(None if version == "concept" else int(version), match.group("fp"))
    return None


@dataclass(frozen=True)
class SignoffInfo:
    """A signed-off version as the title page and metadata of its PDF show it."""

    version: int
    #: ISO date of the steering group's decision, ``YYYY-MM-DD``.
    decided_on: str
    members: tuple[str, ...]
    #: SHA-256 of the canonical content (:mod:`.fingerprint`), 64 hex digits.
    fingerprint: str
    meeting: str = ""
    recorded_at: str = ""
    canonical_form: str = CANONICAL_FORM

    @property
    def decided_on_text(self) -> str:
        return dutch_date(self.decided_on)

    @property
    def statement(self) -> str:
        """``Vastgesteld door de stuurgroep op 1 december 2026`` (with the meeting, if named)."""
        text = f"Vastgesteld door de stuurgroep op {self.decided_on_text}"
        return f"{text} ({self.meeting})" if self.meeting else text

    @property
    def version_label(self) -> str:
        return f"versie {self.version}"

    def metadata_marker(self) -> str:
        return metadata_marker(self.version, self.fingerprint)


@dataclass(frozen=True)
class CommentNote:
    """An open review comment as the optional annex of the PDF lists it."""

    author: str
    #: ISO date and time the comment was made.
    created_at: str
    #: Where in the document it applies, in words (``Hoofdstuk ‘Vooraf’``).
    where: str
    text: str
