"""The text a reader sees on the pages of a PDF, line by line, and where two PDFs' texts part.

Both sides are extracted by the same extractor (pypdf, already used to read the metadata), so
that what it makes of ReportLab's text layout — the order of table cells, dot leaders — is the
same on both sides and only a real difference remains. Lines are compared with their runs of
white space made one space; empty lines are left out.
"""

from __future__ import annotations

import difflib
import io

from .errors import DocumentError

#: A PDF with more pages than this is not a startdocument anyone exported; do not read it all.
MAX_PAGES = 5_000
#: How many lines of each side the answer shows.
SHOWN = 3

Lines = list[tuple[int, str]]


def page_lines(pdf: bytes) -> Lines:
    """``(page number from 1, line)`` for every non-empty line of text, in reading order."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(pdf))
        if len(reader.pages) > MAX_PAGES:
            raise DocumentError(f"De PDF heeft meer dan {MAX_PAGES} pagina's; de tekst is niet vergeleken.")
        lines: Lines = []
        for number, page in enumerate(reader.pages, 1):
            for raw in (page.extract_text() or "").splitlines():
                line = " ".join(raw.split())
                if line:
                    lines.append((number, line))
        return lines
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on a damaged page
        raise DocumentError("De tekst van de PDF kan niet worden gelezen; de PDF is beschadigd.", str(exc)) from None


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
        page = actual[i1][0] if i1 < len(actual) else (actual[-1][0] if actual else 1)
        return [
            f"pagina {page}, in de PDF: {_quote(actual[i1:i2])}",
            f"volgens het document: {_quote(expected[j1:j2])}",
        ]
    return []  # pragma: no cover - unequal lists always have a non-equal opcode
