"""What a reader sees on the pages of two PDFs, and where they part.

The text of a page is extracted line by line by one extractor (pypdf, already used to read the
metadata), for both PDFs, so that what it makes of ReportLab's layout — the order of table
cells, dot leaders — is the same on both sides and only a real difference remains. Lines are
compared with their runs of white space made one space; empty lines are left out.

Extracting text is the slow part (about 13 ms a page), so pages are first compared by what
draws them: the decoded content stream and everything its resources hold (fonts with their
glyphs and character maps, images, graphics states). A page that is drawn from the same bytes
shows the same text; only the pages that differ are extracted. When the page counts differ the
whole texts are compared.
"""

from __future__ import annotations

import difflib
import hashlib
import io
import logging
from dataclasses import dataclass, field
from typing import Any

from staan_desktop.domain.messages import msg

from .errors import DocumentError

#: A PDF with more pages than this is not a startdocument anyone exported; do not read it all.
MAX_PAGES = 5_000
#: How many lines of each side the answer shows.
SHOWN = 3

Lines = list[tuple[int, str]]


def quiet_pypdf() -> None:
    """pypdf logs what it repairs in a damaged file ("Object 34 0 not defined.") to stderr;
    ``verify`` says in words what it could not read instead."""
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)


def read_pdf(pdf: bytes) -> Any:
    from pypdf import PdfReader

    quiet_pypdf()
    try:
        reader = PdfReader(io.BytesIO(pdf))
        count = len(reader.pages)
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on a damaged file
        raise DocumentError(msg("text_compare.damaged"), str(exc)) from None
    if count > MAX_PAGES:
        raise DocumentError(msg("text_compare.too_many_pages", maximum=MAX_PAGES))
    return reader


def page_lines(pdf: bytes | Any, pages: list[int] | None = None) -> Lines:
    """``(page number from 1, line)`` for every non-empty line of text of ``pages`` (numbers
    from 1; ``None``: all), in reading order."""
    reader = read_pdf(pdf) if isinstance(pdf, bytes) else pdf
    numbers = pages if pages is not None else list(range(1, len(reader.pages) + 1))
    lines: Lines = []
    try:
        for number in numbers:
            for raw in (reader.pages[number - 1].extract_text() or "").splitlines():
                line = " ".join(raw.split())
                if line:
                    lines.append((number, line))
    except Exception as exc:  # noqa: BLE001
        raise DocumentError(msg("text_compare.text_damaged"), str(exc)) from None
    return lines


class _Digests:
    """SHA-256 of a PDF object with everything it refers to (each indirect object once)."""

    #: Keys that say where an object sits, not what it draws.
    SKIPPED = frozenset({"/Parent", "/Length", "/Filter", "/DecodeParms", "/Annots", "/StructParents"})

    def __init__(self) -> None:
        self._memo: dict[tuple[int, int], bytes] = {}

    def of(self, obj: Any, depth: int = 0) -> bytes:
        from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

        if depth > 64:
            raise DocumentError(msg("text_compare.too_deep"))
        if isinstance(obj, IndirectObject):
            key = (obj.idnum, obj.generation)
            if key not in self._memo:
                self._memo[key] = b"(cycle)"
                self._memo[key] = self.of(obj.get_object(), depth + 1)
            return self._memo[key]
        h = hashlib.sha256()
        if isinstance(obj, StreamObject):
            h.update(b"stream")
            h.update(obj.get_data())
        if isinstance(obj, DictionaryObject):
            h.update(b"dict")
            for key in sorted(k for k in obj if k not in self.SKIPPED):
                h.update(key.encode("utf-8", "replace"))
                h.update(self.of(obj.raw_get(key), depth + 1))
        elif isinstance(obj, ArrayObject):
            h.update(b"array")
            for item in obj:
                h.update(self.of(item, depth + 1))
        elif not isinstance(obj, StreamObject):
            h.update(repr(obj).encode("utf-8", "replace"))
        return h.digest()


def page_digests(reader: Any) -> list[bytes]:
    """One digest per page of what draws it: content, resources and page box."""
    digests = _Digests()
    out = []
    try:
        for page in reader.pages:
            contents = page.get_contents()
            h = hashlib.sha256(contents.get_data() if contents is not None else b"")
            h.update(digests.of(page.get("/Resources")))
            h.update(repr([float(v) for v in page.mediabox]).encode())
            out.append(h.digest())
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise DocumentError(msg("text_compare.damaged"), str(exc)) from None
    return out


@dataclass
class Comparison:
    #: Dutch lines naming the first place where the texts differ; empty when they do not.
    differences: list[str] = field(default_factory=list)
    #: Lines of text compared (on the pages that were extracted).
    lines: int = 0
    #: Pages drawn differently whose text is nevertheless the same.
    redrawn: list[int] = field(default_factory=list)


def compare_pdfs(actual_pdf: bytes, expected_pdf: bytes) -> Comparison:
    """Compare what a reader sees in ``actual_pdf`` with ``expected_pdf``."""
    actual, expected = read_pdf(actual_pdf), read_pdf(expected_pdf)
    if len(actual.pages) != len(expected.pages):
        a, b = page_lines(actual), page_lines(expected)
        count = f"de PDF heeft {len(actual.pages)} pagina's, het document geeft er {len(expected.pages)}"
        return Comparison([count, *first_differences(a, b)], len(a))
    a_digests, b_digests = page_digests(actual), page_digests(expected)
    differing = [n for n, (x, y) in enumerate(zip(a_digests, b_digests), 1) if x != y]
    if not differing:
        return Comparison()
    a, b = page_lines(actual, differing), page_lines(expected, differing)
    differences = first_differences(a, b)
    return Comparison(differences, len(a), [] if differences else differing)


def _quote(lines: Lines) -> str:
    shown = [f"‘{line}’" for _page, line in lines[:SHOWN]]
    if len(lines) > SHOWN:
        shown.append(f"(en nog {len(lines) - SHOWN} regel(s))")
    return " ".join(shown) if shown else "(niets)"


def first_differences(actual: Lines, expected: Lines) -> list[str]:
    """Empty when both texts are the same; otherwise Dutch lines naming the first place where
    ``actual`` (the PDF) and ``expected`` (what the document renders) differ."""
    a = [line for _page, line in actual]
    b = [line for _page, line in expected]
    if a == b:
        return []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i1 < len(actual):
            page = actual[i1][0]
        else:  # the PDF has nothing where the document has lines: name the document's page
            page = expected[j1][0] if j1 < len(expected) else (actual[-1][0] if actual else 1)
        return [
            f"pagina {page}, in de PDF: {_quote(actual[i1:i2])}",
            f"volgens het document: {_quote(expected[j1:j2])}",
        ]
    return []  # pragma: no cover - unequal lists always have a non-equal opcode
