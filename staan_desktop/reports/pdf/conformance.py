"""Machine-checkable conditions of an accessible, archivable PDF, as a short report.

A small, honest set: the conditions this module can decide from the file alone with pypdf.
It says "no" where the PDF does not meet one; it is no substitute for a validator such as
veraPDF. ``check_pdf`` is the interface the publication bundle reports from.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CheckResult:
    name: str
    passed: bool
    detail: str = ""


def _fonts(reader: Any) -> Iterator[tuple[str, Any]]:
    """(name, font dictionary) of every font the pages use."""
    seen: set[tuple[int, int]] = set()
    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        if fonts is None:
            continue
        for font_ref in fonts.get_object().values():
            key = (getattr(font_ref, "idnum", id(font_ref)), getattr(font_ref, "generation", 0))
            if key in seen:
                continue
            seen.add(key)
            font = font_ref.get_object()
            yield str(font.get("/BaseFont", "?")), font


def _embedded(font: Any) -> bool:
    """A composite font's glyphs are in its descendant's descriptor, a simple font's in its own."""
    target = font
    if str(font.get("/Subtype", "")) == "/Type0":
        descendants = font.get("/DescendantFonts") or []
        if not descendants:
            return False
        target = descendants[0].get_object()
    descriptor = target.get("/FontDescriptor")
    return descriptor is not None and any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def check_pdf(data: bytes) -> list[CheckResult]:
    from pypdf import PdfReader

    # What pypdf repairs in a damaged file goes to its logger; the report says it in words.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)

    try:
        reader = PdfReader(io.BytesIO(data))
        root: Any = reader.trailer["/Root"].get_object()
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on a damaged file
        return [CheckResult("Leesbare PDF", False, f"de PDF kan niet worden gelezen ({type(exc).__name__})")]
    results = [CheckResult("Leesbare PDF", True, f"{len(reader.pages)} pagina's")]
    mark_info = root.get("/MarkInfo")
    marked = bool(mark_info is not None and mark_info.get_object().get("/Marked"))
    results.append(CheckResult("Getagd (MarkInfo /Marked)", marked, "" if marked else "geen MarkInfo of niet gemarkeerd"))
    results.append(CheckResult("Structuurboom (StructTreeRoot)", "/StructTreeRoot" in root,
                               "" if "/StructTreeRoot" in root else "ontbreekt"))
    lang = str(root.get("/Lang", "")).strip()
    results.append(CheckResult("Taal van het document (/Lang)", bool(lang), lang or "ontbreekt"))
    metadata: Any = reader.metadata or {}
    title = str(metadata.get("/Title", "") or "").strip()
    results.append(CheckResult("Titel in de metadata", bool(title), title[:80] if title else "ontbreekt"))
    results.append(CheckResult("XMP-metadata", "/Metadata" in root, "" if "/Metadata" in root else "ontbreekt"))
    results.append(CheckResult("Niet versleuteld", not reader.is_encrypted, ""))
    not_embedded: list[str] = []
    no_unicode: list[str] = []
    for name, font in _fonts(reader):
        if str(font.get("/Subtype", "")) == "/Type3":
            continue  # drawn glyphs: nothing to embed
        if not _embedded(font):
            not_embedded.append(name)
        if "/ToUnicode" not in font:
            no_unicode.append(name)
    results.append(CheckResult("Alle lettertypen ingebed", not not_embedded,
                               ", ".join(sorted(set(not_embedded))) or "ja"))
    results.append(CheckResult("Lettertypen met ToUnicode", not no_unicode, ", ".join(sorted(set(no_unicode))) or "ja"))
    return results


def report_lines(results: list[CheckResult]) -> list[str]:
    """The results as lines of a plain text report."""
    return [f"[{'ja ' if r.passed else 'NEE'}] {r.name}" + (f": {r.detail}" if r.detail else "") for r in results]
