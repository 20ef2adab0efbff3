"""The Wi-Fi QR code's text (escaped as the format asks; the password kept out of reprs) and
join cards: the names list, one device per card, and the printed PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from staan_desktop.services.errors import ValidationError
from staan_desktop.services.room import cards
from staan_desktop.services.room.model import CardSpec
from staan_desktop.services.room.room import Room, RoomRefusal
from staan_desktop.services.room.server import OpenRoom
from staan_desktop.services.room.wifi import escape, network
from staan_desktop.services.store import Document


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [("Zaal", "Zaal"), ("a;b", "a\\;b"), ("a,b", "a\\,b"), ("a:b", "a\\:b"), ('a"b', 'a\\"b'), ("a\\b", "a\\\\b"),
     ("\\;", "\\\\\\;"), ("Gäste Wi-Fi", "Gäste Wi-Fi")],
)
def test_special_characters_are_escaped_once(raw: str, escaped: str) -> None:
    assert escape(raw) == escaped


def test_the_payload_is_the_standard_wifi_text() -> None:
    assert network("Zaal Oost", "geheim123").payload() == "WIFI:T:WPA;S:Zaal Oost;P:geheim123;;"
    assert network('Gemeente;"Gast"', "a:b,c;d\\e").payload() == 'WIFI:T:WPA;S:Gemeente\\;\\"Gast\\";P:a\\:b\\,c\\;d\\\\e;;'
    assert network("Open", "").payload() == "WIFI:T:nopass;S:Open;;"
    assert network("Verborgen", "geheim123", hidden=True).payload() == "WIFI:T:WPA;S:Verborgen;P:geheim123;H:true;;"


def test_the_password_is_not_in_the_network_s_repr() -> None:
    assert "geheim123" not in repr(network("Zaal", "geheim123"))


@pytest.mark.parametrize(
    ("ssid", "password"),
    [("", "geheim123"), ("   ", ""), ("x" * 33, ""), ("é" * 17, ""), ("Zaal", "kort"), ("Zaal", "x" * 64), ("Zaal", "geheim\n123")],
)
def test_a_network_that_cannot_be_is_refused_in_dutch(ssid: str, password: str) -> None:
    with pytest.raises(ValidationError):
        network(ssid, password)


def test_a_64_digit_hex_key_is_a_password() -> None:
    assert network("Zaal", "ab" * 32).password == "ab" * 32


def test_the_names_list_reads_names_and_municipalities() -> None:
    text = "# deelnemers\nAnna de Vries; Assen\n\nBert Jansen\tTynaarlo\n  Cees  \n"
    assert cards.parse_list(text) == [CardSpec("Anna de Vries", "Assen"), CardSpec("Bert Jansen", "Tynaarlo"), CardSpec("Cees", "")]
    for bad in ("", "a; b; c", "; Assen", "x" * 81):
        with pytest.raises(ValidationError):
            cards.parse_list(bad)
    with pytest.raises(ValidationError):
        cards.anonymous(0)


def test_a_card_token_lets_exactly_one_device_join(demo: Document) -> None:
    room = Room(demo)
    room.open()
    try:
        issued = room.issue_cards(cards.anonymous(2))
        tokens = [token for _spec, token in issued]
        assert len(set(tokens)) == 2 and all(len(token) >= 16 for token in tokens)
        room.join(1, card=tokens[0])
        with pytest.raises(RoomRefusal, match="al gebruikt"):
            room.join(1, card=tokens[0])
        with pytest.raises(RoomRefusal, match="kaart"):
            room.join(1)
        room.join(3, card=tokens[1])
        assert room.cards_used() == (2, 2)
        # All or none: an unknown municipality issues no card at all.
        with pytest.raises(ValidationError, match="Zwolle"):
            room.issue_cards([CardSpec("Anna", "Assen"), CardSpec("Bert", "Zwolle")])
        assert room.cards_used() == (2, 2)
    finally:
        room.close()
    assert room.card_info(tokens[1]) is None  # the cards died with the room


def test_the_printed_cards_hold_one_address_each(served: OpenRoom, tmp_path: Path) -> None:
    out = tmp_path / "kaarten.pdf"
    count = cards.print_cards(served, cards.parse_list("Anna de Vries; Assen\nBert Jansen; Tynaarlo\nCees"), out)
    assert count == 3 and out.read_bytes().startswith(b"%PDF")
    assert served.room.cards_used() == (0, 3)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext ontbreekt (poppler-utils)")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Anna de Vries" in text and "Assen" in text and "Bert Jansen" in text
    assert text.count(served.join_url.split("//")[1][:20]) == 3
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts and "Helvetica" not in fonts  # embedded, as every report


def test_unwritable_cards_issue_nothing(served: OpenRoom, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="kaarten"):
        cards.print_cards(served, cards.anonymous(2), tmp_path / "geen-map" / "kaarten.pdf")
    assert served.room.cards_used() == (0, 0)
