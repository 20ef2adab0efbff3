"""Checks that a startdocument PDF is tagged and archivable, each able to fail.

No validator such as veraPDF runs here, so these are the machine-checkable conditions of
PDF/UA-1 (the Matterhorn protocol's) and PDF/A-2b that matter for this document: every
content item tagged or an artifact, heading levels without gaps, tables with header cells,
figures with alternative text, fonts embedded with ToUnicode, metadata present and consistent,
and the reading order of ``pdftotext`` equal to the order of the structure tree.

``check_pdf(data)`` gives one :class:`CheckResult` per check; :func:`report_text` writes them
as the short Dutch report of the publication bundle.
"""

from __future__ import annotations

import datetime
import difflib
import io
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pikepdf
from pikepdf import Name, Pdf

from .archive import xmp_date


@dataclass(frozen=True)
class CheckResult:
    name: str
    passed: bool
    detail: str


#: Operators that put something on the page (text, paths, images, shadings, forms).
_PAINTING = frozenset({"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do",
                       "INLINE IMAGE", "EI"})
_HEADING = re.compile(r"^H([1-6])$")


def check_pdf(data: bytes) -> list[CheckResult]:
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PdfError as exc:
        return [CheckResult("PDF leesbaar", False, f"het bestand is geen leesbare PDF ({exc})")]
    with pdf:
        elements = list(_elements(pdf))
        roles = _role_map(pdf)
        checks: list[Callable[[], CheckResult]] = [
            lambda: check_content_tagged(pdf),
            lambda: check_headings(elements, roles),
            lambda: check_tables(elements, roles),
            lambda: check_figures(elements, roles),
            lambda: check_notes(elements, roles),
            lambda: check_annotations(pdf, roles),
            lambda: check_fonts(pdf),
            lambda: check_metadata(pdf),
            lambda: check_archive(pdf, data),
            lambda: check_reading_order(data, pdf),
        ]
        results = []
        for check in checks:
            try:
                results.append(check())
            except Exception as exc:  # noqa: BLE001 - a damaged structure is a failed check, not a crash
                results.append(CheckResult(getattr(check, "__name__", "controle"), False, f"niet te controleren: {exc}"))
        return results


def report_text(results: list[CheckResult]) -> str:
    """The results as plain text, one line per check, and a verdict."""
    lines = ["Controle toegankelijkheid (PDF/UA-1) en archivering (PDF/A-2b)", ""]
    for r in results:
        lines.append(f"[{'in orde' if r.passed else 'NIET in orde'}] {r.name}: {r.detail}")
    failed = sum(not r.passed for r in results)
    lines += ["", "Alle controles geslaagd." if not failed else f"{failed} van {len(results)} controles niet geslaagd."]
    return "\n".join(lines) + "\n"


# The structure tree -------------------------------------------------------------------------


def _tag(elem: Any, roles: dict[str, str] | None = None) -> str:
    """The element's type, a custom one mapped to its standard type through the RoleMap."""
    s = elem.get("/S")
    tag = str(s)[1:] if s is not None else ""
    seen = set()
    while roles and tag in roles and tag not in seen:
        seen.add(tag)
        tag = roles[tag]
    return tag


def _role_map(pdf: Pdf) -> dict[str, str]:
    root = pdf.Root.get("/StructTreeRoot")
    roles = root.get("/RoleMap") if root is not None else None
    if not isinstance(roles, pikepdf.Dictionary):
        return {}
    return {str(k)[1:]: str(v)[1:] for k, v in roles.items() if isinstance(v, pikepdf.Name)}


def _elements(pdf: Pdf) -> Iterator[Any]:
    """Structure elements in tree (= reading) order."""
    root = pdf.Root.get("/StructTreeRoot")
    if root is None:
        return
    yield from _walk(root.get("/K"))


def _kids(k: Any) -> list[Any]:
    if k is None:
        return []
    return list(k) if isinstance(k, pikepdf.Array) else [k]


def _walk(k: Any) -> Iterator[Any]:
    for kid in _kids(k):
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") not in (Name.MCR, Name.OBJR) and "/S" in kid:
            yield kid
            yield from _walk(kid.get("/K"))


def check_content_tagged(pdf: Pdf) -> CheckResult:
    name = "Alle inhoud getagd of artefact"
    if pdf.Root.get("/StructTreeRoot") is None:
        return CheckResult(name, False, "de PDF heeft geen structuurboom")
    parents = _parent_tree(pdf)
    untagged: list[str] = []
    orphans: list[str] = []
    items = 0
    for number, page in enumerate(pdf.pages, 1):
        stack: list[tuple[str, int | None]] = []
        # Marked content and text objects nest apart (ISO 32000-1 §14.6): a sequence begun
        # outside a text object ends outside it. The depth of the stack at BT, or None.
        text_depth: int | None = None
        arr = parents.get(int(page.obj.get("/StructParents", -1)))
        for instruction in pikepdf.parse_content_stream(page):
            operands, op = instruction.operands, str(instruction.operator)
            if op == "BT":
                text_depth = len(stack)
            elif op == "ET":
                if text_depth is not None and len(stack) != text_depth:
                    untagged.append(f"pagina {number}: gemarkeerde reeks en tekstobject niet apart genest")
                text_depth = None
            elif op == "EMC" and text_depth is not None and len(stack) <= text_depth:
                untagged.append(f"pagina {number}: gemarkeerde reeks en tekstobject niet apart genest")
            if op == "BDC":
                props = operands[1]
                mcid = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
                stack.append((str(operands[0]), int(mcid) if mcid is not None else None))
                if mcid is not None and (arr is None or int(mcid) >= len(arr)
                                         or not isinstance(arr[int(mcid)], pikepdf.Dictionary)):
                    orphans.append(f"pagina {number}, MCID {int(mcid)}")
            elif op == "BMC":
                stack.append((str(operands[0]), None))
            elif op == "EMC":
                if not stack:
                    untagged.append(f"pagina {number}: EMC zonder begin")
                else:
                    stack.pop()
            elif op in _PAINTING:
                items += 1
                if not any(tag == "/Artifact" or mcid is not None for tag, mcid in stack):
                    untagged.append(f"pagina {number}: {op} {_sample(operands)}".rstrip())
        if stack:
            untagged.append(f"pagina {number}: {len(stack)} gemarkeerde reeks(en) niet afgesloten")
    if untagged or orphans:
        problems = untagged[:3] + orphans[:3]
        return CheckResult(name, False, f"{len(untagged)} ongetagde inhoud, {len(orphans)} MCID's zonder "
                                        f"structuurelement; bijvoorbeeld {'; '.join(problems)}")
    return CheckResult(name, True, f"{items} tekenoperaties op {len(pdf.pages)} pagina's, alle getagd of artefact")


def _sample(operands: Any) -> str:
    for operand in operands:
        if isinstance(operand, pikepdf.String):
            return repr(bytes(operand)[:20])
    return ""


def _parent_tree(pdf: Pdf) -> dict[int, Any]:
    root = pdf.Root.get("/StructTreeRoot")
    out: dict[int, Any] = {}
    if root is None or "/ParentTree" not in root:
        return out

    def visit(node: Any) -> None:
        nums = node.get("/Nums")
        if nums is not None:
            for i in range(0, len(nums) - 1, 2):
                out[int(nums[i])] = nums[i + 1]
        for kid in node.get("/Kids", []):
            visit(kid)

    visit(root.ParentTree)
    return out


def check_headings(elements: list[Any], roles: dict[str, str] | None = None) -> CheckResult:
    name = "Kopniveaus zonder sprongen"
    levels = [int(m.group(1)) for e in elements if (m := _HEADING.match(_tag(e, roles)))]
    if not levels:
        return CheckResult(name, False, "geen koppen (H1–H6) in de structuur")
    previous = 0
    for i, level in enumerate(levels):
        if level > previous + 1:
            return CheckResult(name, False, f"kop {i + 1} is H{level} na H{previous}" if previous
                               else f"de eerste kop is H{level}, niet H1")
        previous = level
    return CheckResult(name, True, f"{len(levels)} koppen, H1–H{max(levels)}, zonder overgeslagen niveau")


def check_tables(elements: list[Any], roles: dict[str, str] | None = None) -> CheckResult:
    name = "Tabellen met kopcellen"
    tables = [e for e in elements if _tag(e, roles) == "Table"]
    bad = []
    for index, table in enumerate(tables, 1):
        cells = [e for e in _walk(table.get("/K")) if _tag(e, roles) in ("TH", "TD")]
        heads = [c for c in cells if _tag(c, roles) == "TH"]
        rows = [e for e in _walk(table.get("/K")) if _tag(e, roles) == "TR"]
        if not rows or not heads:
            bad.append(f"tabel {index} heeft geen kopcellen")
        elif any(_scope(h) is None for h in heads):
            bad.append(f"tabel {index}: een kopcel zonder Scope")
    if bad:
        return CheckResult(name, False, "; ".join(bad[:3]))
    return CheckResult(name, True, f"{len(tables)} tabellen, elk met kopcellen (TH met Scope)")


def _scope(th: Any) -> Any:
    for attrs in _kids(th.get("/A")):
        if isinstance(attrs, pikepdf.Dictionary) and "/Scope" in attrs:
            return attrs.Scope
    return None


def check_figures(elements: list[Any], roles: dict[str, str] | None = None) -> CheckResult:
    name = "Figuren met alternatieve tekst"
    figures = [e for e in elements if _tag(e, roles) == "Figure"]
    missing = [i for i, f in enumerate(figures, 1) if not str(f.get("/Alt", "")).strip()]
    if missing:
        return CheckResult(name, False, f"{len(missing)} van {len(figures)} figuren zonder Alt")
    return CheckResult(name, True, f"{len(figures)} figuren, elk met alternatieve tekst")


def check_notes(elements: list[Any], roles: dict[str, str] | None = None) -> CheckResult:
    """Every footnote (``Note``) has a unique ``ID`` (Matterhorn 19-003, 19-004) and a mark in
    the text tagged ``Reference`` whose ``/Ref`` leads to it; every ``Reference`` leads to an
    element (its target)."""
    name = "Voetnoten met verwijzing"
    notes = [e for e in elements if _tag(e, roles) == "Note"]
    references = [e for e in elements if _tag(e, roles) == "Reference"]
    bad = []
    ids = [str(n.get("/ID", "")) for n in notes]
    if any(not i for i in ids):
        bad.append(f"{sum(not i for i in ids)} voetnoten zonder ID")
    if len(set(ids)) != len(ids):
        bad.append("twee voetnoten met hetzelfde ID")
    referred: set[tuple[int, int]] = set()
    without_target = 0
    for reference in references:
        targets = [t for t in _kids(reference.get("/Ref")) if isinstance(t, pikepdf.Dictionary) and "/S" in t]
        if not targets:
            without_target += 1
        referred.update(t.objgen for t in targets)
    if without_target:
        bad.append(f"{without_target} verwijzingen (Reference) zonder doel (/Ref)")
    unreferred = [i or "?" for n, i in zip(notes, ids) if n.objgen not in referred]
    if unreferred:
        bad.append(f"{len(unreferred)} voetnoten zonder verwijzing in de tekst, bijvoorbeeld {unreferred[0]}")
    if bad:
        return CheckResult(name, False, "; ".join(bad))
    return CheckResult(name, True, f"{len(notes)} voetnoten, elk met een uniek ID en een verwijzing (Reference) "
                                   "in de tekst")


#: The structure element each kind of annotation belongs in (PDF/UA-1 §7.18; Matterhorn 28).
_ANNOTATION_TAGS = {"/Link": "Link", "/Widget": "Form"}


def check_annotations(pdf: Pdf, roles: dict[str, str] | None = None) -> CheckResult:
    """Every annotation that shows (not a Popup, not hidden) is in the structure tree: a link
    in a ``Link`` with a description (``Contents``), a form field's widget (a signature field)
    in a ``Form`` with alternative text (``Alt``, or the field's ``TU``), any other in an
    ``Annot``; pages with annotations have ``/Tabs /S``."""
    name = "Koppelingen en velden in de structuur"
    parents = _parent_tree(pdf)
    counts = {"Link": 0, "Form": 0}
    bad = []
    for number, page in enumerate(pdf.pages, 1):
        annots = list(page.obj.get("/Annots", []))
        if annots and page.obj.get("/Tabs") != Name.S:
            bad.append(f"pagina {number} zonder /Tabs /S")
        for annot in annots:
            subtype = str(annot.get("/Subtype", ""))
            if subtype == "/Popup" or int(annot.get("/F", 0)) & 2:
                continue
            wanted = _ANNOTATION_TAGS.get(subtype, "Annot")
            what = {"Link": "koppeling", "Form": "formulierveld"}.get(wanted, f"annotatie {subtype[1:]}")
            element = parents.get(int(annot.get("/StructParent", -1)))
            if not isinstance(element, pikepdf.Dictionary):
                bad.append(f"pagina {number}: {what} buiten de structuur")
                continue
            if _tag(element, roles) != wanted:
                bad.append(f"pagina {number}: {what} in {_tag(element, roles) or '?'}, niet in {wanted}")
            elif wanted == "Link" and not str(annot.get("/Contents", "")).strip():
                bad.append(f"pagina {number}: koppeling zonder beschrijving (Contents)")
            elif wanted == "Form" and not (str(element.get("/Alt", "")).strip() or str(annot.get("/TU", "")).strip()):
                bad.append(f"pagina {number}: formulierveld zonder alternatieve tekst")
            counts[wanted] = counts.get(wanted, 0) + 1
    if bad:
        return CheckResult(name, False, "; ".join(bad[:3]))
    return CheckResult(name, True, f"{counts['Link']} koppelingen en {counts['Form']} formuliervelden, "
                                   "elk getagd en beschreven")


# Fonts -----------------------------------------------------------------------------------------


def _fonts(resources: Any, seen: set[tuple[int, int]]) -> Iterator[tuple[str, Any]]:
    if resources is None:
        return
    for name, font in dict(resources.get("/Font", {})).items():
        key = font.objgen
        if key != (0, 0) and key in seen:
            continue
        seen.add(key)
        yield str(font.get("/BaseFont", name)), font
    for xobject in dict(resources.get("/XObject", {})).values():
        if xobject.get("/Subtype") == Name.Form and xobject.objgen not in seen:
            seen.add(xobject.objgen)
            yield from _fonts(xobject.get("/Resources"), seen)


def check_fonts(pdf: Pdf) -> CheckResult:
    name = "Lettertypen ingebed met ToUnicode"
    seen: set[tuple[int, int]] = set()
    fonts: list[str] = []
    bad = []
    for page in pdf.pages:
        resources = [page.obj.get("/Resources")]
        # Annotation appearances (a signature field's box) are drawn with fonts too.
        for annot in page.obj.get("/Annots", []):
            for appearance in dict(annot.get("/AP", {})).values():
                streams = [appearance] if isinstance(appearance, pikepdf.Stream) else list(dict(appearance).values())
                resources += [s.get("/Resources") for s in streams if isinstance(s, pikepdf.Stream)]
        for base, font in (f for r in resources for f in _fonts(r, seen)):
            fonts.append(base)
            if font.get("/Subtype") == Name.Type3:
                continue
            descriptor_font = font.DescendantFonts[0] if font.get("/Subtype") == Name.Type0 else font
            descriptor = descriptor_font.get("/FontDescriptor")
            if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                bad.append(f"{base} niet ingebed")
            if "/ToUnicode" not in font:
                bad.append(f"{base} zonder ToUnicode")
    if bad:
        return CheckResult(name, False, "; ".join(bad[:4]))
    return CheckResult(name, True, f"{len(fonts)} lettertypen, alle ingebed en met ToUnicode")


# Metadata --------------------------------------------------------------------------------------

_EQUIVALENT = (("/Title", "dc:title"), ("/Author", "dc:creator"), ("/Subject", "dc:description"),
               ("/Keywords", "pdf:Keywords"), ("/Creator", "xmp:CreatorTool"), ("/Producer", "pdf:Producer"))


def check_metadata(pdf: Pdf) -> CheckResult:
    name = "Metadata aanwezig en gelijkluidend"
    if "/Metadata" not in pdf.Root:
        return CheckResult(name, False, "geen XMP-metadata")
    meta = pdf.open_metadata()
    info = pdf.trailer.get("/Info") or pikepdf.Dictionary()
    bad = []
    title = str(meta.get("dc:title", "") or "")
    if not title.strip():
        bad.append("geen titel (dc:title)")
    for key, prop in _EQUIVALENT:
        if key in info:
            xmp = meta.get(prop)
            value = "; ".join(xmp) if isinstance(xmp, list) else str(xmp or "")
            if value != str(info[key]):
                bad.append(f"{key[1:]} wijkt af van {prop}")
    for key, prop in (("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")):
        if key in info and _instant(xmp_date(str(info[key]))) != _instant(str(meta.get(prop, ""))):
            bad.append(f"{key[1:]} wijkt af van {prop}")
    lang = str(pdf.Root.get("/Lang", "")).strip()
    if not lang:
        bad.append("geen documenttaal (/Lang)")
    prefs: Any = pdf.Root.get("/ViewerPreferences") or {}
    if not bool(prefs.get("/DisplayDocTitle", False)):
        bad.append("de lezer toont de bestandsnaam, niet de titel (DisplayDocTitle)")
    mark: Any = pdf.Root.get("/MarkInfo") or {}
    if not bool(mark.get("/Marked", False)):
        bad.append("MarkInfo/Marked ontbreekt")
    if str(meta.get("pdfuaid:part", "")) != "1":
        bad.append("geen PDF/UA-identificatie (pdfuaid:part 1)")
    if bad:
        return CheckResult(name, False, "; ".join(bad))
    return CheckResult(name, True, f"titel ‘{title}’, taal {lang}; XMP en documentinformatie gelijk")


def _instant(text: str) -> datetime.datetime | str:
    """An XMP date as the instant it names (``Z`` and ``+00:00`` are the same)."""
    try:
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text


def check_archive(pdf: Pdf, data: bytes) -> CheckResult:
    name = "PDF/A-2-kenmerken"
    meta = pdf.open_metadata()
    bad = []
    part, conformance = str(meta.get("pdfaid:part", "")), str(meta.get("pdfaid:conformance", ""))
    if part != "2" or conformance not in ("A", "B", "U"):
        bad.append(f"pdfaid zegt deel {part or '?'} niveau {conformance or '?'}, niet PDF/A-2")
    intents = [oi for oi in pdf.Root.get("/OutputIntents", []) if oi.get("/S") == Name.GTS_PDFA1]
    if not intents:
        bad.append("geen PDF/A-output-intent")
    elif any(int(oi.DestOutputProfile.get("/N", 0)) != 3 for oi in intents):
        bad.append("de output intent is geen RGB-profiel")
    if "/Encrypt" in pdf.trailer:
        bad.append("versleuteld")
    if pdf.pdf_version > "1.7":
        bad.append(f"PDF-versie {pdf.pdf_version}")
    if "/Filter" in pdf.Root.get("/Metadata", {}):
        bad.append("de XMP-stroom is gecomprimeerd")
    if bad:
        return CheckResult(name, False, "; ".join(bad))
    return CheckResult(name, True, f"PDF/A-{part}{conformance.lower()}, sRGB-output-intent, niet versleuteld, "
                                   f"PDF {pdf.pdf_version}")


# Reading order -----------------------------------------------------------------------------------


def _marked_text(data: bytes) -> dict[int, dict[int, str]]:
    """Per page (from 1), the text of each marked-content id, read with pypdf."""
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(_flushing_copy(data)))
    return {number: _page_marked_text(page) for number, page in enumerate(reader.pages, 1)}


_IDENTITY = pikepdf.ContentStreamInstruction([1, 0, 0, 1, 0, 0], pikepdf.Operator("cm"))


def _flushing_copy(data: bytes) -> bytes:
    """``data``, or for reading only a copy in which each ``BDC``/``EMC`` inside a text object
    (a footnote mark's ``Reference``) follows an identity ``cm``. pypdf hands text to its
    visitor only when it flushes (at ``BT``, ``ET``, ``Tf``, ``cm``), so text before a mark
    would otherwise be credited to whatever is open at the next flush; the identity changes
    nothing it reads."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        changed = False
        for page in pdf.pages:
            instructions: list[Any] = []
            in_text = inside = False
            for instruction in pikepdf.parse_content_stream(page):
                op = str(instruction.operator)
                in_text = (in_text or op == "BT") and op != "ET"
                if in_text and op in ("BDC", "BMC", "EMC"):
                    instructions.append(_IDENTITY)
                    inside = True
                instructions.append(instruction)
            if inside:
                page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(instructions))
                changed = True
        if not changed:
            return data
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _page_marked_text(page: Any) -> dict[int, str]:
    texts: dict[int, list[str]] = {}
    stack: list[tuple[str, int | None]] = []

    def before(op: bytes, args: Any, cm: Any, tm: Any) -> None:
        if op == b"BDC":
            props: Any = args[1] if len(args) > 1 else None
            mcid = props.get("/MCID") if hasattr(props, "get") else None
            stack.append((str(args[0]), int(mcid) if mcid is not None else None))
        elif op == b"BMC":
            stack.append((str(args[0]), None))
        elif op == b"EMC" and stack:
            stack.pop()

    def text(t: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if any(tag == "/Artifact" for tag, _ in stack):
            return
        mcid = next((m for _, m in reversed(stack) if m is not None), None)
        if mcid is not None:
            texts.setdefault(mcid, []).append(t)

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return {mcid: "".join(parts) for mcid, parts in texts.items()}


def _structure_text(pdf: Pdf, marked: dict[int, dict[int, str]]) -> list[tuple[int, str]]:
    """(page, text) of each marked-content item in structure order."""
    page_numbers = {page.obj.objgen: i for i, page in enumerate(pdf.pages, 1)}
    out: list[tuple[int, str]] = []

    def visit(k: Any, page: int | None) -> None:
        for kid in _kids(k):
            if isinstance(kid, int):
                if page is not None:
                    out.append((page, marked.get(page, {}).get(int(kid), "")))
            elif isinstance(kid, pikepdf.Dictionary):
                if kid.get("/Type") == Name.MCR:
                    p = page_numbers.get(kid.Pg.objgen)
                    if p is not None:
                        out.append((p, marked.get(p, {}).get(int(kid.MCID), "")))
                elif "/S" in kid:
                    pg = kid.get("/Pg")
                    visit(kid.get("/K"), page_numbers.get(pg.objgen) if pg is not None else page)

    root = pdf.Root.get("/StructTreeRoot")
    if root is not None:
        visit(root.get("/K"), None)
    return out


def _pdftotext_pages(data: bytes, pages: int) -> list[str] | None:
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(data)
        text = subprocess.run([tool, "-nodiag", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                              timeout=120).stdout.decode("utf-8", "replace")
    return text.split("\f")[:pages]


#: A superscript digit: a footnote mark (or a typed m²), a word of its own when compared.
_SUPERSCRIPT_DIGIT = re.compile("([⁰¹²³⁴⁵⁶⁷⁸⁹])")


def _words(text: str) -> list[str]:
    """The words of ``text``, a word that ends in a hyphen joined to the next without it:
    pdftotext takes a hyphen at the end of a line for a word broken there and joins the two
    ("de voor-⏎en nadelen" reads "vooren"), so both sides are compared in that form. Each
    superscript digit is a word of its own: a footnote mark is its own ``Reference`` in the
    structure, drawn against the word before (and a comma after) it ("eigenaren.¹,")."""
    out: list[str] = []
    joining = False
    for word in (piece for w in text.split() for piece in _SUPERSCRIPT_DIGIT.split(w) if piece):
        if joining:
            out[-1] += word
        else:
            out.append(word)
        joining = out[-1].endswith("-") and len(out[-1]) > 1
        if joining:
            out[-1] = out[-1][:-1]
    return out


def check_reading_order(data: bytes, pdf: Pdf) -> CheckResult:
    """The words of the structure tree, page by page, appear in ``pdftotext``'s output in the
    same order; ``pdftotext`` may add words between them (the artifacts: header, footer, page
    number, the CONCEPT mark), but may not reorder or lose any."""
    name = "Leesvolgorde pdftotext gelijk aan de structuur"
    if pdf.Root.get("/StructTreeRoot") is None:
        return CheckResult(name, False, "de PDF heeft geen structuurboom, dus geen leesvolgorde")
    extracted = _pdftotext_pages(data, len(pdf.pages))
    if extracted is None:
        return CheckResult(name, False, "pdftotext (poppler-utils) is niet geïnstalleerd: niet gecontroleerd")
    by_page: dict[int, list[str]] = {}
    for page, text in _structure_text(pdf, _marked_text(data)):
        by_page.setdefault(page, []).extend(_words(text))
    total = 0
    for page, words in sorted(by_page.items()):
        seen = _words(extracted[page - 1]) if page - 1 < len(extracted) else []
        matcher = difflib.SequenceMatcher(None, words, seen, autojunk=False)
        matched = sum(block.size for block in matcher.get_matching_blocks())
        total += len(words)
        if matched < len(words):
            missing = _first_unmatched(words, matcher)
            return CheckResult(name, False, f"pagina {page}: {len(words) - matched} van {len(words)} woorden in een "
                                            f"andere volgorde, vanaf ‘{missing}’")
    return CheckResult(name, True, f"{total} woorden in dezelfde volgorde als de structuurboom")


def _first_unmatched(words: list[str], matcher: difflib.SequenceMatcher[str]) -> str:
    position = 0
    for block in matcher.get_matching_blocks():
        if block.a > position:
            return " ".join(words[position:position + 6])
        position = block.a + block.size
    return " ".join(words[position:position + 6])
