"""The page streams are ASCII85-encoded by our own filter object; it must write exactly what
ReportLab's filter writes, so the file stays byte for byte the same."""

from __future__ import annotations

import random

import pytest
from reportlab.pdfbase.pdfdoc import PDFBase85Encode

from staan_desktop.reports.pdf import RenderOptions, decoration, render_pdf
from staan_desktop.reports.pdf.decoration import _Base85Filter


@pytest.mark.parametrize("seed", range(3))
def test_same_ascii85_as_reportlab(seed: int) -> None:
    rnd = random.Random(seed)
    ours = _Base85Filter()
    # Zero words become "z" except in a padded last group: short inputs and runs of zeros.
    for length in [*range(0, 41), 997, 4096, 65537]:
        data = bytes(rnd.choice((0, 0, 0, 255, rnd.randrange(256))) for _ in range(length))
        assert ours.encode(data) == PDFBase85Encode.encode(data), data
        assert ours.decode(ours.encode(data)) == data


def test_same_file_as_with_reportlabs_own_filter(demo, monkeypatch) -> None:
    options = RenderOptions(reproducible=True)
    ours = render_pdf(demo, options)
    monkeypatch.setattr(decoration, "_BASE85", None)
    assert render_pdf(demo, options) == ours
