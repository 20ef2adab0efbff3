"""Printable join cards: one card per person, named (from a list of names and
municipalities) or anonymous but counted, each with its own token.

A card's address is the room's join address with the card's token after ``#k=``: the part
after ``#`` never leaves the phone in a request line or a Referer, the page sends it once, in
the body of its join. The token is valid for exactly one device and only while this room is
open (:meth:`.room.Room.issue_cards`): a card printed for another meeting opens nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from staan_desktop.domain.messages import msg

from ..errors import ValidationError
from .model import MAX_CARDS, MAX_NAME, CardSpec

if TYPE_CHECKING:
    from .server import OpenRoom

#: A list of names is small; a larger file is not one.
MAX_LIST_BYTES = 256 * 1024


def anonymous(count: int) -> list[CardSpec]:
    if not 1 <= count <= MAX_CARDS:
        raise ValidationError(msg("room.card_count", maximum=MAX_CARDS))
    return [CardSpec() for _ in range(count)]


def parse_list(text: str) -> list[CardSpec]:
    """One person a line: ``Naam`` or ``Naam; Gemeente`` (a tab separates too, as when pasted
    from a spreadsheet). Empty lines and lines starting with ``#`` are skipped."""
    cards = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [" ".join(p.split()) for p in line.replace("\t", ";").split(";")]
        if len(parts) > 2 or not parts[0]:
            raise ValidationError(msg("room.name_list_bad_line", line=number))
        if len(parts[0]) > MAX_NAME:
            raise ValidationError(msg("room.name_list_name_too_long", line=number, maximum=MAX_NAME))
        cards.append(CardSpec(parts[0], parts[1] if len(parts) == 2 else ""))
    if not 1 <= len(cards) <= MAX_CARDS:
        raise ValidationError(msg("room.name_list_count", maximum=MAX_CARDS))
    return cards


def read_list(path: Path) -> list[CardSpec]:
    try:
        raw = path.read_bytes()[: MAX_LIST_BYTES + 1]
    except OSError as exc:
        raise ValidationError(msg("room.name_list_unreadable", name=path.name)) from exc
    if len(raw) > MAX_LIST_BYTES:
        raise ValidationError(msg("room.name_list_too_large", name=path.name))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", "replace")  # a list saved by an older spreadsheet on Windows
    return parse_list(text)


def print_cards(opened: OpenRoom, cards: list[CardSpec], path: Path) -> int:
    """Issue ``cards`` in the open room and write them to the PDF at ``path``; returns the
    number of cards. Nothing is issued when the PDF cannot be written."""
    from staan_desktop.reports.pdf.join_cards import JoinCard, write_join_cards

    room = opened.room
    first = room.cards_used()[1] + 1
    issued = room.issue_cards(cards)
    printed = [
        JoinCard(first + n, f"{opened.join_url}#k={token}", spec.name, spec.municipality)
        for n, (spec, token) in enumerate(issued)
    ]
    try:
        write_join_cards(path, room.title, printed)
    except OSError as exc:
        room.withdraw_cards([token for _spec, token in issued])
        raise ValidationError(msg("room.cards_not_saved", name=path.name)) from exc
    return len(printed)
