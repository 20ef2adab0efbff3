"""Printable join cards for the room: one card per person, each with its own join address and
QR code, eight to an A4 page with dashed lines to cut along.

The QR code is drawn as vector squares from segno's matrix, so it stays sharp on any printer;
the text is set in the embedded DejaVu family like every other report. The cards say what
they are good for (one phone, this meeting only) in Dutch and English.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import segno
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from .fonts import printable, register_fonts

COLUMNS, ROWS = 2, 4
MARGIN = 10 * mm
QR_SIZE = 38 * mm


@dataclass(frozen=True)
class JoinCard:
    number: int
    url: str
    name: str = ""
    municipality: str = ""


def write_join_cards(path: Path, title: str, cards: Sequence[JoinCard]) -> None:
    """Write ``cards`` to the PDF at ``path`` (replaced whole: written beside it, then moved)."""
    family = register_fonts()
    temporary = path.with_name(path.name + ".tmp")
    # The initial font too: ReportLab would otherwise name a Helvetica it never embeds.
    canvas = Canvas(
        str(temporary), pagesize=A4, pageCompression=1, invariant=1, initialFontName=family.regular, initialFontSize=9
    )
    canvas.setTitle(f"Aanmeldkaarten — {title}" if title else "Aanmeldkaarten")
    canvas.setAuthor("STAAN Desktop")
    width, height = A4
    card_w = (width - 2 * MARGIN) / COLUMNS
    card_h = (height - 2 * MARGIN) / ROWS
    per_page = COLUMNS * ROWS
    for start in range(0, len(cards), per_page):
        _cut_lines(canvas, width, height, card_w, card_h)
        for index, card in enumerate(cards[start:start + per_page]):
            column, row = index % COLUMNS, index // COLUMNS
            x = MARGIN + column * card_w
            y = height - MARGIN - (row + 1) * card_h
            _card(canvas, family.regular, family.bold, x, y, card_w, card_h, title, card)
        canvas.showPage()
    canvas.save()
    temporary.replace(path)


def _cut_lines(canvas: Canvas, width: float, height: float, card_w: float, card_h: float) -> None:
    canvas.saveState()
    canvas.setStrokeGray(0.6)
    canvas.setLineWidth(0.4)
    canvas.setDash(3, 3)
    for column in range(COLUMNS + 1):
        x = MARGIN + column * card_w
        canvas.line(x, MARGIN, x, height - MARGIN)
    for row in range(ROWS + 1):
        y = MARGIN + row * card_h
        canvas.line(MARGIN, y, width - MARGIN, y)
    canvas.restoreState()


def _card(
    canvas: Canvas, regular: str, bold: str, x: float, y: float, w: float, h: float, title: str, card: JoinCard
) -> None:
    pad = 5 * mm
    top = y + h - pad
    canvas.setFillGray(0)
    canvas.setFont(bold, 11)
    heading = printable(card.name) if card.name else f"Aanmeldkaart {card.number}"
    canvas.drawString(x + pad, top - 11, _fit(heading, bold, 11, w - 2 * pad))
    if card.municipality:
        canvas.setFont(regular, 9)
        canvas.drawString(x + pad, top - 23, _fit(printable(card.municipality), regular, 9, w - 2 * pad))
    qr_x = x + pad
    qr_y = top - 30 - QR_SIZE
    _qr(canvas, card.url, qr_x, qr_y, QR_SIZE)
    text_x = qr_x + QR_SIZE + 4 * mm
    text_w = x + w - pad - text_x
    lines: list[tuple[str, float, float]] = []
    if title:
        lines += [(_fit(printable(title), regular, 8, text_w), 8, 0.35), ("", 4, 0)]
    lines += [(text, 8.5, 0) for text in simpleSplit("Scan de code met de camera van uw telefoon.", regular, 8.5, text_w)]
    lines += [("", 4, 0)]
    lines += [
        (text, 8.5, 0)
        for text in simpleSplit("Geldt voor één telefoon en alleen tijdens deze bijeenkomst.", regular, 8.5, text_w)
    ]
    lines += [("", 4, 0)]
    lines += [
        (text, 7.5, 0.35)
        for text in simpleSplit("Scan with your phone's camera. One phone, this meeting only.", regular, 7.5, text_w)
    ]
    cursor = qr_y + QR_SIZE - 8
    for text, size, gray in lines:
        canvas.setFont(regular, size)
        canvas.setFillGray(gray)
        canvas.drawString(text_x, cursor, text)
        cursor -= size + 2.5
    canvas.setFillGray(0)
    # The address in text too, under the code: a phone without a QR reader can type it.
    canvas.setFont(regular, 6.5)
    canvas.setFillGray(0.25)
    for n, text in enumerate(_wrap(card.url, regular, 6.5, w - 2 * pad)[:2]):
        canvas.drawString(x + pad, qr_y - 3 * mm - n * 8, text)
    canvas.setFillGray(0)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """An address has no spaces to break at: it is cut where the line is full."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    for ch in text:
        if line and stringWidth(line + ch, font, size) > width:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line] if line else lines


def _qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    code = segno.make(text, error="m")
    matrix = list(code.matrix)
    count = len(matrix)
    module = size / count
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                path.rect(x + c * module, y + size - (r + 1) * module, module, module)
    canvas.drawPath(path, stroke=0, fill=1)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` on one line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
