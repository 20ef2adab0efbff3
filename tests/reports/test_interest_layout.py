"""Interest tables: a column per municipality while that fits, one row per municipality beyond."""

from __future__ import annotations

from pathlib import Path

import pytest
from reports.pdf_helpers import long_text, pdf_text, squash, words_with_boxes

from staan_desktop.domain import document as d
from staan_desktop.reports.pdf import RenderOptions, render_pdf

MARGIN = 2.5 * 72 / 2.54
PAGE_W = 595.28


def _tree(demo: d.Trajectory, count: int) -> d.Trajectory:
    municipalities = tuple(f"Gemeente {long_text(2, i).title()} {i}" for i in range(count))
    columns = tuple(d.InterestColumn(municipality=m, items=(long_text(12, i), "Slagvaardig", long_text(30, i)))
                    for i, m in enumerate(municipalities))
    interests = tuple(c.model_copy(update={"columns": columns}) for c in demo.interests)
    return demo.model_copy(update={"municipalities": municipalities, "interests": interests})


@pytest.mark.parametrize("count", [2, 5, 6, 12])
def test_interest_tables_fit_the_page(demo: d.Trajectory, count: int, tmp_path: Path) -> None:
    tree = _tree(demo, count)
    pdf = render_pdf(tree)
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    assert not [w for w in words_with_boxes(path)
                if w[0] not in "CONCEPT" and (w[1] < MARGIN - 1 or w[3] > PAGE_W - MARGIN + 1)]
    text = squash("".join(pdf_text(pdf)))
    for column in tree.interests[0].columns:
        assert squash(column.municipality) in text
        assert squash(column.items[2]) in text
    stacked = squash("Gemeente Visie en kernwaarden") in text
    assert stacked == (count > 4)  # the long words here do not fit five or six columns


def test_short_words_allow_six_columns(demo: d.Trajectory) -> None:
    municipalities = tuple(f"Gem{i}" for i in range(6))
    columns = tuple(d.InterestColumn(municipality=m, items=("Klant is koning", "Vertrouwen")) for m in municipalities)
    tree = demo.model_copy(update={"municipalities": municipalities, "interests": (
        d.InterestCategory(name="Visie en kernwaarden", columns=columns),)})
    text = squash("".join(pdf_text(render_pdf(tree))))
    assert squash("Gem0 Gem1 Gem2 Gem3 Gem4 Gem5") in text
    assert squash("Gemeente Visie en kernwaarden") not in text
    assert RenderOptions().max_interest_columns == 6
