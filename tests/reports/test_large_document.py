"""50 municipalities, 500 task fields and long texts: everything breaks cleanly over pages,
nothing runs off them, and it stays fast."""

from __future__ import annotations

import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from reports.pdf_helpers import pdf_text, poppler, squash, words_with_boxes

from staan_desktop.domain import document as d
from staan_desktop.reports.pdf import StartdocumentRenderer

PAGE_W, PAGE_H = 595.28, 841.89
MARGIN = 2.5 * 72 / 2.54


@pytest.fixture(scope="module")
def rendered(large: d.Trajectory) -> tuple[bytes, float, int]:
    renderer = StartdocumentRenderer(large)
    StartdocumentRenderer(large.model_copy(update={"task_fields": large.task_fields[:5]})).render()  # warm up
    start = time.perf_counter()
    pdf = renderer.render()  # a LayoutError would fail the test here
    return pdf, time.perf_counter() - start, renderer.page_count


@pytest.fixture(scope="module")
def texts(rendered: tuple[bytes, float, int]) -> list[str]:
    return pdf_text(rendered[0])


@pytest.fixture(scope="module")
def text(texts: list[str]) -> str:
    return squash("".join(texts))


def test_renders_within_ten_seconds(rendered: tuple[bytes, float, int]) -> None:
    _, seconds, pages = rendered
    assert seconds < 10, f"{pages} pages in {seconds:.1f} s"


def test_page_count_is_sane(rendered: tuple[bytes, float, int], texts: list[str]) -> None:
    _, _, pages = rendered
    assert 100 < pages < 400
    assert len(texts) == pages
    assert f"pagina {pages} van {pages}" in texts[-1]


def test_nothing_runs_off_the_page(rendered: tuple[bytes, float, int], tmp_path: Path) -> None:
    pdf, _, _ = rendered
    path = tmp_path / "large.pdf"
    path.write_bytes(pdf)
    tolerance = 1.0
    outside = [
        (word, page, round(x0), round(x1))
        for word, x0, y0, x1, y1, page in words_with_boxes(path)
        if word not in "CONCEPT"  # pieces of the diagonal watermark may cross the margins
        and (x0 < MARGIN - tolerance or x1 > PAGE_W - MARGIN + tolerance or y0 < 0 or y1 > PAGE_H)
    ]
    assert not outside[:20]


def test_wide_interest_tables_list_every_municipality(large: d.Trajectory, text: str) -> None:
    category = large.interests[0]
    for column in category.columns[::7]:
        assert squash(column.municipality) in text
        assert squash(column.items[-1]) in text


def test_every_task_field_is_classified_and_owned(large: d.Trajectory, text: str) -> None:
    for tf in large.task_fields[::37]:
        assert text.count(squash(tf.name)) >= 2  # classification, scores (and owners when it has them)
        for owner in tf.owners:
            assert squash(owner.person) in text


def test_only_embedded_fonts_also_with_charts(rendered: tuple[bytes, float, int], tmp_path: Path) -> None:
    pdffonts = poppler("pdffonts")
    path = tmp_path / "large.pdf"
    path.write_bytes(rendered[0])
    lines = subprocess.run([pdffonts, str(path)], check=True, capture_output=True, text=True).stdout.splitlines()[2:]
    assert lines and all(line.split()[-5] == "yes" and "DejaVuSans" in line for line in lines)


def test_long_words_wrap_instead_of_overflowing(text: str) -> None:
    assert "Onderwerpsoverstijgendesamenwerkingsverbandsafspraken" * 6 in text


def test_a_table_goes_on_after_a_page_break_not_below_itself(rendered: tuple[bytes, float, int], tmp_path: Path) -> None:
    """A row that does not fit below other content moves whole to the next page. Cut where it
    stood, the rest of the table began on the same page with its repeated header and a sliver
    of the row: the score table's header twice on one page."""
    path = tmp_path / "large.pdf"
    path.write_bytes(rendered[0])
    headers_per_page = Counter(page for word, *_, page in words_with_boxes(path) if word == "Score")
    assert [page for page, count in headers_per_page.items() if count > 1] == []
