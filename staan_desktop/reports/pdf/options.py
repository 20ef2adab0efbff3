"""What a caller can ask of a rendering besides the tree itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

#: ``progress(done, total)``; called from the rendering thread, often, so keep it cheap.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SignOff:
    """The steering group's sign-off of one version (filled in by the sign-off service)."""

    date: str
    meeting: str = ""
    members: tuple[str, ...] = ()
    version: str = ""
    #: SHA-256 (hex) of the canonical content of the signed-off version.
    fingerprint: str = ""


@dataclass(frozen=True)
class OpenComment:
    """A reviewer's comment that is still open; printed in an annex."""

    text: str
    author: str = ""
    where: str = ""
    date: str = ""


@dataclass(frozen=True)
class RenderOptions:
    sign_off: SignOff | None = None
    open_comments: tuple[OpenComment, ...] = ()
    #: Fixed timestamps and document id, so equal input gives byte-identical PDFs.
    reproducible: bool = False
    #: Up to four municipalities get a column each in the interest tables, up to this number
    #: while every word fits its column; more are listed one below the other.
    max_interest_columns: int = 6
    #: Rows per chart drawing in the PDF (a drawing cannot break across pages).
    chart_rows_per_page: int = 36
    extra_keywords: tuple[str, ...] = field(default=())
    #: A last page *Ondertekening* with a box per steering-group member (with ``sign_off``),
    #: on which the signing service puts empty signature fields.
    signature_page: bool = False
    #: The day against which the register marks items overdue; ``None`` marks none (a
    #: signed-off version prints the same whatever day it is printed).
    today: date | None = None
