"""The signed-off PDF as a reader gets it: every page counted (the signature page too), the
signature page laid out like the rest, only embedded fonts, fields on the boxes, and nothing
on stderr from the signing stack."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from staan_desktop.services.interchange import create_demo
from staan_desktop.services.pdf_export import export_pdf
from staan_desktop.services.signoff import sign_off
from staan_desktop.services.text_compare import page_lines

pikepdf = pytest.importorskip("pikepdf")
ROOT = Path(__file__).resolve().parents[2]
MEMBERS = ["Anna Bakker", "Jan de Vries", "Ĳsbrand Ødegård"]


def signed_pdf(tmp_path: Path, members: list[str]) -> bytes:
    with create_demo(tmp_path / "demo.staan") as doc:
        sign_off(doc, decided_on="2026-12-01", members=members, meeting="Stuurgroep 3")
        export_pdf(doc, tmp_path / "v1.pdf")
    return (tmp_path / "v1.pdf").read_bytes()


def lines_by_page(pdf: bytes) -> dict[int, list[str]]:
    pages: dict[int, list[str]] = {}
    for page, line in page_lines(pdf):
        pages.setdefault(page, []).append(line)
    return pages


@pytest.mark.parametrize("count", [3, 25], ids=["three-members", "over-several-pages"])
def test_every_page_is_counted_and_carries_header_and_footer(tmp_path: Path, count: int) -> None:
    members = MEMBERS if count == 3 else [f"Lid {i} van de stuurgroep" for i in range(count)]
    pdf = signed_pdf(tmp_path, members)
    pages = lines_by_page(pdf)
    total = len(pikepdf.open(io.BytesIO(pdf)).pages)
    assert sorted(pages) == list(range(1, total + 1))
    for number, lines in pages.items():
        assert f"pagina {number} van {total}" in lines, number
    start = max(n for n, lines in pages.items() if "Ondertekening" in lines)  # the heading, not the contents line
    assert start > 3 and (count == 3) == (start == total)
    body = pages[start - 1]  # the last page of the document proper
    for number in range(start, total + 1):
        # header (the short name) and footer (the status) as on the body page before it
        assert pages[number][0] == body[0] and "Vastgesteld op 1 december 2026" in pages[number]
    text = " ".join(" ".join(pages[n]) for n in range(start, total + 1))
    assert all(m in text for m in members)
    with pikepdf.open(io.BytesIO(pdf)) as document:  # a field on every box, on the page of its box
        on_page = {n: [str(a.get("/T")) for a in page.get("/Annots", []) if a.get("/FT") == "/Sig"]
                   for n, page in enumerate(document.pages, 1)}
    fields = [name for n in sorted(on_page) for name in on_page[n]]
    assert fields == [f"Handtekening {i + 1} – {m}" for i, m in enumerate(members)]
    assert all(not on_page[n] for n in range(1, start))
    from staan_desktop.services.store import open_document
    from staan_desktop.services.verification import verify_pdf

    with open_document(tmp_path / "demo.staan", read_only=True) as doc:
        report = verify_pdf(tmp_path / "v1.pdf", doc)
    assert report.ok and "Tekst: elke pagina toont wat versie 1 toont." in report.text, report.text
    assert "Ondertekening" in pages[2] or "Ondertekening" in pages[3]  # listed in the contents


def _words(pdf_path: Path) -> list[tuple[str, float, float, int]]:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run([tool, "-bbox", str(pdf_path), "-"], check=True, capture_output=True, text=True).stdout
    words, page = [], 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            words.append((m.group(5), float(m.group(1)), float(m.group(2)), page))
    return words


def test_the_signature_page_has_the_margins_of_the_rest(tmp_path: Path) -> None:
    signed_pdf(tmp_path, MEMBERS)
    words = _words(tmp_path / "v1.pdf")
    last = max(page for *_rest, page in words)

    def left_and_top(page: int) -> tuple[float, float]:
        on_page = [(x, y) for _w, x, y, p in words if p == page]
        return round(min(x for x, _y in on_page), 1), round(min(y for _x, y in on_page), 1)

    assert left_and_top(last) == left_and_top(last - 1)
    heading = [(x, y) for w, x, y, p in words if p == last and w == "Ondertekening"]
    body_heading = [(x, y) for w, x, y, p in words if p == 3 and w in ("1.", "Inhoud")]
    assert heading and body_heading and abs(heading[0][0] - body_heading[0][0]) < 0.5


def test_only_embedded_fonts_and_no_helvetica(tmp_path: Path) -> None:
    pdf = signed_pdf(tmp_path, MEMBERS)
    fonts = []
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for obj in document.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font":
                fonts.append(obj)
        assert fonts
        for font in fonts:
            name = str(font.get("/BaseFont"))
            assert "Helvetica" not in name, name
            descendants = font.get("/DescendantFonts")
            described = descendants[0] if descendants is not None else font
            descriptor = described.get("/FontDescriptor")
            assert descriptor is not None and any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), name


def test_signature_fields_lie_on_the_boxes_of_the_last_page(tmp_path: Path) -> None:
    pdf = signed_pdf(tmp_path, MEMBERS)
    with pikepdf.open(io.BytesIO(pdf)) as document:
        last = document.pages[-1]
        width = float(last.mediabox[2])
        widgets = [a for a in last.get("/Annots", []) if a.get("/FT") == "/Sig"]
        assert [str(w.get("/T")) for w in widgets] == [f"Handtekening {i + 1} – {m}" for i, m in enumerate(MEMBERS)]
        margin = 2.5 * 72 / 2.54
        for widget in widgets:
            x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
            assert margin - 0.5 <= x1 < x2 <= width - margin + 0.5 and 60 < y1 < y2 < 780
        for page in document.pages[:-1]:
            assert not [a for a in page.get("/Annots", []) if a.get("/FT") == "/Sig"]


def test_export_and_verify_print_nothing_on_stderr(tmp_path: Path) -> None:
    def run(*args: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True,
                              text=True, cwd=ROOT, timeout=120)

    doc = tmp_path / "demo.staan"
    assert run("import", ROOT / "resources" / "demo" / "staan.json", "-o", doc).returncode == 0
    assert run("signoff", doc, "--date", "2026-12-01", "--member", "Anna Bakker").returncode == 0
    for args in (("export", doc, "--pdf", tmp_path / "v1.pdf"), ("verify", tmp_path / "v1.pdf", doc)):
        result = run(*args)
        assert result.returncode == 0 and result.stderr == "", (args, result.stderr)
