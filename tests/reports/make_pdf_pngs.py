"""Render pages of the demo startdocument to docs/pdf-*.png, to look at.

    .venv/bin/python tests/reports/make_pdf_pngs.py [--dpi 60] [--out docs]

Needs pdftoppm (poppler-utils). The scores page comes from the demo with a *scores* block
added to chapter 5 (the reference document itself has no chart).
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pypdf

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from staan_desktop.domain import document as d  # noqa: E402
from staan_desktop.reports.pdf import RenderOptions, render_pdf  # noqa: E402
from staan_desktop.services.interchange import demo_tree  # noqa: E402


def _page_with(pdf: bytes, *needles: str) -> int:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    for number, page in enumerate(reader.pages, 1):
        text = page.extract_text()
        if all(n in text for n in needles):
            return number
    raise LookupError(f"no page shows {needles}")


def _png(pdf: bytes, page: int, target: Path, dpi: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page), "-l", str(page),
                        str(source), str(Path(tmp) / "page")], check=True)
        shutil.copyfile(Path(tmp) / "page.png", target)


def with_scores(tree: d.Trajectory) -> d.Trajectory:
    sections = list(tree.sections)
    index = next(i for i, s in enumerate(sections) if any(b.kind == d.BlockKind.CLASSIFICATION for b in s.blocks))
    blocks = list(sections[index].blocks)
    at = next(i for i, b in enumerate(blocks) if b.kind == d.BlockKind.CLASSIFICATION) + 1
    blocks.insert(at, d.Block(kind=d.BlockKind.SCORES))
    sections[index] = sections[index].model_copy(update={"blocks": tuple(blocks)})
    return tree.model_copy(update={"sections": tuple(sections)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    options = RenderOptions(reproducible=True)
    demo = demo_tree()
    pdf = render_pdf(demo, options)
    _png(pdf, 1, args.out / "pdf-title.png", args.dpi)
    _png(pdf, _page_with(pdf, "Visie en kernwaarden"), args.out / "pdf-interests.png", args.dpi)
    _png(pdf, _page_with(pdf, "kansrijk op termijn²", "Belastingen³"), args.out / "pdf-classification.png", args.dpi)
    scored = render_pdf(with_scores(demo), options)
    _png(scored, _page_with(scored, "Scores van de preferente taakvelden"), args.out / "pdf-scores.png", args.dpi)
    for name in ("title", "interests", "classification", "scores"):
        print(args.out / f"pdf-{name}.png")


if __name__ == "__main__":
    main()
