"""The join cards' QR codes, printed in the PDF, read back by a real decoder: each card's code
is exactly its own join address with its token. Skipped without zbarimg or pdftoppm."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from qr_reading import decoded, needs_zbar

from staan_desktop.services.room.cards import parse_list, print_cards
from staan_desktop.services.room.model import digest
from staan_desktop.services.room.server import OpenRoom

pytestmark = [
    needs_zbar,
    pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm ontbreekt (poppler-utils)"),
]


def test_every_printed_join_card_decodes_to_its_own_address_and_token(served: OpenRoom, tmp_path: Path) -> None:
    pdf = tmp_path / "kaarten.pdf"
    names = "Anna de Vries; Assen\nBert Jansen; Tynaarlo\nChris\n"
    assert print_cards(served, parse_list(names), pdf) == 3
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True, timeout=60)
    found = decoded(tmp_path / "page.png")
    assert len(found) == len(set(found)) == 3
    for url in found:
        address, token = url.split("#k=")
        assert address == served.join_url
        # The room keeps only each card's digest: the decoded token is one it issued.
        assert digest(token) in served.room._cards
