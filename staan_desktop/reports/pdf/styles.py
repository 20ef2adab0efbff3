"""Paragraph and table styles of the startdocument: one place for the house style."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.platypus import TableStyle

from .fonts import FontFamily

ACCENT = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5A6470")
RULE = colors.HexColor("#A9B8C9")
HEADER_FILL = colors.HexColor("#E3EAF2")
ZEBRA_FILL = colors.HexColor("#F5F7FA")
WATERMARK = colors.HexColor("#C8CED6")

BODY_SIZE = 9.5
BODY_LEADING = 13.5


@dataclass(frozen=True)
class Palette:
    accent: colors.Color = ACCENT
    muted: colors.Color = MUTED
    rule: colors.Color = RULE
    header_fill: colors.Color = HEADER_FILL
    zebra_fill: colors.Color = ZEBRA_FILL
    watermark: colors.Color = WATERMARK


def stylesheet(fonts: FontFamily) -> StyleSheet1:
    ss = StyleSheet1()
    body = ParagraphStyle(
        "body",
        fontName=fonts.regular,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        spaceAfter=6,
        alignment=TA_LEFT,
        # A 200-character word in a narrow cell must still wrap instead of running off.
        splitLongWords=True,
        bulletFontName=fonts.regular,
        bulletFontSize=BODY_SIZE,
    )
    ss.add(body)

    def add(name: str, parent: ParagraphStyle = body, **kw: object) -> None:
        ss.add(ParagraphStyle(name, parent=parent, **kw))

    add("bullet", leftIndent=14, bulletIndent=3, spaceAfter=2)
    add("h1", fontName=fonts.bold, fontSize=15, leading=19, spaceBefore=16, spaceAfter=8,
        textColor=ACCENT, keepWithNext=1)
    add("h2", fontName=fonts.bold, fontSize=11.5, leading=15, spaceBefore=12, spaceAfter=5,
        textColor=ACCENT, keepWithNext=1)
    add("h3", fontName=fonts.bold, fontSize=10, leading=13.5, spaceBefore=9, spaceAfter=3,
        keepWithNext=1)
    # Unnumbered subheading (a role, a table caption): bold body text that sticks to what follows.
    add("caption", fontName=fonts.bold, spaceBefore=8, spaceAfter=4, keepWithNext=1)
    add("cell", fontSize=8.5, leading=11, spaceAfter=0)
    add("cell_bullet", parent=ss["cell"], leftIndent=10.5, bulletIndent=0, spaceAfter=1, bulletFontSize=8.5)
    add("cell_head", parent=ss["cell"], fontName=fonts.bold, textColor=ACCENT)
    add("cell_right", parent=ss["cell"], alignment=TA_RIGHT)
    add("cell_head_right", parent=ss["cell_head"], alignment=TA_RIGHT)
    add("footnote", fontSize=7.5, leading=9.5, leftIndent=10, bulletIndent=7.5, bulletAnchor="end", bulletFontSize=7.5, spaceAfter=2,
        textColor=colors.HexColor("#333333"))
    add("title", fontName=fonts.bold, fontSize=24, leading=30, textColor=ACCENT, spaceAfter=14)
    add("subtitle", fontSize=13, leading=18, textColor=MUTED, spaceAfter=28)
    add("title_meta", fontSize=10, leading=14.5, spaceAfter=0)
    add("title_small", fontSize=7.5, leading=10, textColor=MUTED, spaceAfter=0)
    add("signoff", fontName=fonts.bold, fontSize=11, leading=15, textColor=ACCENT, spaceAfter=4)
    add("toc0", fontName=fonts.bold, fontSize=10, leading=15, spaceBefore=5, spaceAfter=0)
    add("toc1", fontSize=9.5, leading=13.5, leftIndent=18, spaceAfter=0)
    add("toc2", fontSize=9, leading=12.5, leftIndent=36, spaceAfter=0)
    add("chart_note", fontSize=8, leading=10.5, textColor=MUTED, spaceBefore=2)
    return ss


def plain_table_style(fonts: FontFamily, *commands: tuple[object, ...]) -> TableStyle:
    """Every table names our font: ReportLab sets the cell font even for empty string cells,
    and its default (Helvetica) would end up in the PDF unembedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.regular), *commands])


#: Left and right padding of a grid table's cells.
CELL_PADDING = 5


def grid_table_style(fonts: FontFamily, palette: Palette = Palette(), *, header_rows: int = 1) -> TableStyle:
    """Light grid, tinted header row; cells aligned at the top so lists read down evenly."""
    cmds: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, palette.rule),
        ("BOX", (0, 0), (-1, -1), 0.6, palette.rule),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, palette.rule),
    ]
    if header_rows:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), palette.header_fill),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, palette.accent),
        ]
    return TableStyle(cmds)
