"""Figure 2: the startdocument PDF of the demo, in a warm process, against

* ReportLab laying out the same words as plain Paragraphs in the same embedded font (the floor
  for any ReportLab document with this text: our layout, tables, charts, contents and second
  pass are what the ratio prices), and
* LibreOffice converting the same words from a .txt file (``soffice --headless --convert-to
  pdf``), the tool a secretary would otherwise use. That one is a cold process by nature.

And the same export as a whole process from the command line (``main.py export DEMO --pdf``:
interpreter, imports, opening the file, rendering, writing), against a process that only
imports ReportLab's layout engine (``python -c "import reportlab.platypus"``): what the command
line pays beyond the one library it cannot do without.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from staan_desktop.domain.document import Trajectory

from .measure import REPO, Row, alternate, child_env, median, ratio_at_most, skipped
from .words import paragraphs

BASELINE_FONT = "BenchDejaVuSans"
SOFFICE_GOAL = ratio_at_most(0.1, "≥ 10× faster (ratio ≤ 0.1)")
SOFFICE_INSTALL = "apt-get install libreoffice-writer-nogui"
BARE_REPORTLAB = [sys.executable, "-c", "import reportlab.platypus"]
#: What any program that reads a document through our database layer pays before doing anything.
STACK_FLOOR = [sys.executable, "-c", "import reportlab.platypus, sqlalchemy.orm, sqlmodel, pydantic"]


def plain_paragraphs_pdf(texts: list[str]) -> bytes:
    """The baseline: the same words, one ReportLab Paragraph each, same font, one pass."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from staan_desktop.resources import resource_path

    if BASELINE_FONT not in pdfmetrics.getRegisteredFontNames():  # once per process, like the app
        pdfmetrics.registerFont(TTFont(BASELINE_FONT, str(resource_path("fonts/DejaVuSans.ttf"))))
    style = ParagraphStyle("plain", fontName=BASELINE_FONT, fontSize=10, leading=14, spaceAfter=6)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm)
    doc.build([Paragraph(escape(text), style) for text in texts])
    return buffer.getvalue()


def staan_pdf(tree: Trajectory, progress: Callable[[int, int], None] | None = None) -> bytes:
    from staan_desktop.reports.pdf import render_pdf

    return render_pdf(tree, None, progress)


def _soffice_seconds(texts: list[str], workdir: Path, repeats: int) -> float | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    source = workdir / "words.txt"
    source.write_text("\n\n".join(texts), encoding="utf-8")
    # A private profile: the user's own LibreOffice (and its lock) stays out of it.
    profile = (workdir / "soffice-profile").resolve().as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(workdir), str(source)]

    def convert() -> float:
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        return time.perf_counter() - start

    convert()  # the first run creates the profile; not counted
    return median([convert() for _ in range(repeats)])


def _command_line_rows(workdir: Path, repeats: int) -> list[Row]:
    """Whole processes, interleaved: the CLI exporting the demo, a bare ReportLab import, and
    (as a floor) ReportLab with the database libraries."""
    from staan_desktop.services.interchange import import_json

    demo = workdir / "demo-cli.staan"
    import_json(REPO / "resources" / "demo" / "staan.json", demo).close()
    env = child_env(workdir / "cli-home")
    export = [sys.executable, str(REPO / "main.py"), "export", str(demo), "--pdf", str(workdir / "demo-cli.pdf")]

    def launch(command: list[str]) -> Callable[[], object]:
        return lambda: subprocess.run(command, check=True, env=env, cwd=REPO, stdout=subprocess.DEVNULL, timeout=120)

    for command in (export, BARE_REPORTLAB, STACK_FLOOR):  # fill the byte-code caches; not counted
        launch(command)()
    samples = alternate(repeats, export=launch(export), bare=launch(BARE_REPORTLAB), floor=launch(STACK_FLOOR))
    bare = median(samples["bare"])
    return [
        Row("PDF export of the demo, whole CLI process", median(samples["export"]), "s", bare,
            'python -c "import reportlab.platypus"', ratio_at_most(3),
            note=f"main.py export DEMO --pdf; median of {repeats}, interleaved"),
        Row("(floor: ReportLab + SQLAlchemy/SQLModel/pydantic imported)", median(samples["floor"]), "s", bare,
            'python -c "import reportlab.platypus"', note="what any process reading a document through our database layer pays"),
    ]


def run(workdir: Path, repeats: int, soffice_repeats: int) -> list[Row]:
    from staan_desktop.services.interchange import demo_tree

    tree = demo_tree()
    texts = paragraphs(tree)
    staan_pdf(tree)  # warm: fonts registered, modules imported, caches filled
    plain_paragraphs_pdf(texts)
    samples = alternate(repeats, staan=lambda: staan_pdf(tree), plain=lambda: plain_paragraphs_pdf(texts))
    staan, plain = median(samples["staan"]), median(samples["plain"])
    rows = [
        Row("PDF export of the demo (warm)", staan, "s", plain, "plain Paragraphs, same words & font",
            ratio_at_most(3), note=f"median of {repeats}; {sum(len(t.split()) for t in texts)} words"),
        *_command_line_rows(workdir, repeats),
    ]
    if soffice_repeats <= 0:
        rows.append(skipped("PDF export of the demo vs LibreOffice", "s", "skipped (--quick)", SOFFICE_GOAL))
        return rows
    office = _soffice_seconds(texts, workdir, soffice_repeats)
    if office is None:
        rows.append(skipped("PDF export of the demo vs LibreOffice", "s",
                            f"soffice not found; install: {SOFFICE_INSTALL}", SOFFICE_GOAL))
    else:
        rows.append(Row("PDF export of the demo vs LibreOffice", staan, "s", office,
                        "soffice --convert-to pdf, same words (.txt)", SOFFICE_GOAL,
                        note=f"soffice: median of {soffice_repeats} cold conversions"))
    return rows
