"""Reading a Word file back for the tests: its XML parts, its text, and LibreOffice's view of it."""

from __future__ import annotations

import collections
import io
import re
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def xml_parts(data: bytes) -> dict[str, str]:
    """Every XML part of a .docx (document, footnotes, styles, properties …) as text."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith((".xml", ".rels"))}


def words(text: str) -> list[str]:
    """Normalised words: compatibility forms (¹ → 1), lower case, letters only — so that
    numbering, bullets, footnote numbers and punctuation do not count, the words do."""
    return re.findall(r"[^\W\d_]+", unicodedata.normalize("NFKC", text).lower())


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        pytest.skip("LibreOffice (soffice, libreoffice-writer-nogui) is not installed")
    return path


def convert(source: Path, fmt: str, profile: Path) -> Path:
    """``soffice --convert-to fmt`` with a private profile (parallel runs do not share one)."""
    out = source.parent / "lo"
    subprocess.run(
        [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", fmt,
         "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    result = out / (source.stem + "." + fmt.split(":")[0])
    assert result.exists(), f"LibreOffice wrote no {fmt}"
    return result


def pdftotext(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True).stdout.decode()


def body_text_of_pdf(text: str, *, header: str, status: str) -> str:
    """The PDF's text without what belongs to its pages: running header, status line, page
    numbers, the diagonal CONCEPT mark and the contents page(s)."""
    pages = text.split("\f")
    kept: list[str] = []
    for page in pages:
        if " . . . " in page:  # a contents page: titles with leaders and page numbers
            continue
        for line in page.splitlines():
            s = line.strip()
            if s in (header.strip(), status.strip()) or re.fullmatch(r"pagina \d+ van \d+", s):
                continue
            if s in ("CO", "N", "CE", "PT", "CONCEPT"):
                continue
            kept.append(line)
    return "\n".join(kept)


def word_differences(pdf_words: list[str], doc_words: list[str]) -> tuple[list[str], list[str]]:
    """Words one side has and the other has not, except where a narrow table cell broke a
    word in two (``opleidingsgeme``/``ente``): a piece that occurs inside the other side's
    running text is not a difference."""
    a, b = collections.Counter(pdf_words), collections.Counter(doc_words)
    squashed_a, squashed_b = "".join(pdf_words), "".join(doc_words)
    only_pdf = [w for w in (a - b).elements() if w not in squashed_b]
    only_doc = [w for w in (b - a).elements() if w not in squashed_a]
    return only_pdf, only_doc


def count_differences(pdf_words: list[str], doc_words: list[str]) -> collections.Counter[str]:
    """Words one side has more often than the other, where the other side's running text
    (all words joined) does not hold the word that often either: a word broken in two in a
    narrow column counts as there, a missing sentence does not."""
    a, b = collections.Counter(pdf_words), collections.Counter(doc_words)
    squashed = {"a": "".join(pdf_words), "b": "".join(doc_words)}
    out: collections.Counter[str] = collections.Counter()
    for word, excess in (a - b).items():
        out[word] += max(0, min(excess, a[word] - squashed["b"].count(word)))
    for word, excess in (b - a).items():
        out[word] += max(0, min(excess, b[word] - squashed["a"].count(word)))
    return +out
