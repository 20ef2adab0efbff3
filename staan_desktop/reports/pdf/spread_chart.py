"""A dot plot of the spread per municipality, for task fields and options alike: per item
(sorted by the score that counts, best first) a marker for each municipality's own weighted
score and a bar mark for the score that counts, on one 0–100% axis, so that the spread between
the municipalities shows at a glance. Not a radar chart: positions on one common scale are what
readers compare best. Each municipality has its colour *and* its marker shape
(:func:`staan_desktop.domain.class_palette.series`), so the chart does not rely on colour."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether

from staan_desktop.domain import class_palette
from staan_desktop.domain.spread import SpreadRow

from .charts import FONT_SIZE, GRID, MUTED, TEXT, _fit
from .context import StoryContext
from .fonts import REGULAR, printable, register_fonts
from .tagging import Figure
from .text import esc

ROW = 16.0
AXIS = 16.0
MARK = 3.2
LEGEND_LINE = 12.0


def marker(shape: str, x: float, y: float, fill: colors.Color, size: float = MARK) -> Circle | Rect | Polygon:
    """One municipality's marker centred on (x, y), outlined in white so overlaps stay apart."""
    if shape == "square":
        return Rect(x - size * 0.9, y - size * 0.9, size * 1.8, size * 1.8, fillColor=fill, strokeColor=colors.white, strokeWidth=0.4)
    if shape in ("triangle", "down"):
        s = 1 if shape == "triangle" else -1
        points = [x - size * 1.1, y - s * size * 0.9, x + size * 1.1, y - s * size * 0.9, x, y + s * size * 1.2]
        return Polygon(points, fillColor=fill, strokeColor=colors.white, strokeWidth=0.4)
    if shape == "diamond":
        return Polygon([x, y + size * 1.3, x + size * 1.1, y, x, y - size * 1.3, x - size * 1.1, y],
                       fillColor=fill, strokeColor=colors.white, strokeWidth=0.4)
    return Circle(x, y, size, fillColor=fill, strokeColor=colors.white, strokeWidth=0.4)


def _legend(towns: Sequence[str], width: float) -> list[tuple[float, int, str, int]]:
    """(x, line, text, series index; -1 for the mark of the score that counts), wrapping over
    the drawing's width; a long name is cut so that at least two share a line."""
    entries = [(printable(town), j) for j, town in enumerate(towns)] + [("telt mee", -1)]
    out, x, line = [], 0.0, 0
    for text, index in entries:
        text = _fit(text, REGULAR, 6.5, width / 2 - 22)
        w = 10 + stringWidth(text, REGULAR, 6.5) + 10
        if x > 0 and x + w > width:
            x, line = 0.0, line + 1
        out.append((x, line, text, index))
        x += w
    return out


def legend_height(towns: Sequence[str], width: float) -> float:
    return (max(line for _, line, _, _ in _legend(towns, width)) + 1) * LEGEND_LINE + 4


def spread_chart(towns: Sequence[str], rows: Sequence[SpreadRow], width: float, *, with_legend: bool = True) -> Drawing:
    """The dot plot of ``rows`` (in their order) for the municipalities ``towns``."""
    register_fonts()
    names_w = min(width * 0.34, 170.0)
    legend = _legend(towns, width) if with_legend else []
    legend_h = legend_height(towns, width) if legend else 2.0
    axis = AXIS if rows else 0.0  # a piece with the legend alone has no axis
    height = axis + ROW * len(rows) + legend_h
    drawing = Drawing(width, height)
    # The renderer sets the drawing's initial font before any String: ReportLab's default
    # (Helvetica) would otherwise end up in the PDF without being embedded (PDF/A).
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = FONT_SIZE
    # The "100%" over the end of the axis stays inside the drawing (and the page's margin).
    x0, x1 = names_w, width - float(stringWidth("100%", REGULAR, 6.5)) / 2 - 2
    top = height - axis

    def x(ratio: float) -> float:
        return x0 + (x1 - x0) * ratio

    for tick in (0, 25, 50, 75, 100) if rows else ():
        drawing.add(Line(x(tick / 100), top, x(tick / 100), top - ROW * len(rows), strokeColor=GRID, strokeWidth=0.5))
        drawing.add(String(x(tick / 100), top + 4, f"{tick}%", fontName=REGULAR, fontSize=6.5, fillColor=MUTED,
                           textAnchor="middle"))
    for i, row in enumerate(rows):
        y = top - (i + 0.5) * ROW
        label = _fit(row.name + (" (uitgesloten)" if row.excluded else ""), REGULAR, FONT_SIZE, names_w - 8)
        drawing.add(String(names_w - 6, y - FONT_SIZE / 2 + 1, label, fontName=REGULAR, fontSize=FONT_SIZE,
                           fillColor=MUTED if row.excluded else TEXT, textAnchor="end"))
        drawing.add(Line(x0, y, x1, y, strokeColor=GRID, strokeWidth=0.3))
        for j, ratio in enumerate(row.own):
            if ratio is not None:
                colour, shape = class_palette.series(j)
                # Each municipality a little above or below the line: equal scores stay visible.
                dodge = (j - (len(row.own) - 1) / 2) * min(MARK * 0.8, ROW / (2.5 * max(1, len(row.own))))
                drawing.add(marker(shape, x(ratio), y - dodge, colors.HexColor(colour)))
        if row.counted is not None:
            mark = x(row.counted)
            drawing.add(Line(mark, y - 5, mark, y + 5, strokeColor=TEXT, strokeWidth=1.6))
    for lx, line, text, index in legend:
        y = legend_h - 4 - (line + 1) * LEGEND_LINE + 3
        if index < 0:
            drawing.add(Line(lx + 3, y - 2, lx + 3, y + 7, strokeColor=TEXT, strokeWidth=1.6))
        else:
            colour, shape = class_palette.series(index)
            drawing.add(marker(shape, lx + 3, y + 2.5, colors.HexColor(colour)))
        drawing.add(String(lx + 10, y, text, fontName=REGULAR, fontSize=6.5, fillColor=TEXT))
    return drawing


def spread_alt(towns: Sequence[str], rows: Sequence[SpreadRow], noun: str, *, part: int = 1, parts: int = 1) -> str:
    """The dot plot in words, for its alternative text: each item's score that counts and each
    municipality's own score, in the chart's order (``noun``: what an item is, 'optie')."""
    of = f", deel {part} van {parts}" if parts > 1 else ""

    def pct(ratio: float | None) -> str:
        return "geen score" if ratio is None else f"{round(ratio * 100)}%"

    items = []
    for row in rows:
        own = ", ".join(f"{printable(town)} {pct(ratio)}" for town, ratio in zip(towns, row.own))
        excluded = " (uitgesloten)" if row.excluded else ""
        items.append(f"{printable(row.name)}{excluded}: telt mee {pct(row.counted)}; {own}")
    return (f"Stippendiagram van de gewogen score per {printable(noun)} (0–100%) per gemeente en de score die telt{of}. "
            + "; ".join(items) + ".")


def spread_figures(ctx: StoryContext, rows: Sequence[SpreadRow], noun: str) -> list[Flowable]:
    """The dot plot as tagged Figures with alternative text — in pieces of as many rows as a
    page holds (a drawing cannot break; the legend under the last) — with its caption and the
    note that reads it (``noun``: what an item is, in the method's word)."""
    towns = ctx.tree.municipalities
    step = max(1, ctx.options.chart_rows_per_page)
    chunks = [rows[i : i + step] for i in range(0, len(rows), step)] or [rows]
    # The last piece carries the legend too (fifty municipalities take lines): it keeps to a
    # page's height by giving rows to one more piece, or by a piece of its own.
    legend_rows = int(legend_height(towns, ctx.width) // ROW) + 1
    if legend_rows > step // 2:
        chunks.append([])
    elif len(chunks[-1]) > step - legend_rows:
        keep = step - legend_rows
        chunks[-1:] = [chunks[-1][:keep], chunks[-1][keep:]]
    figures = [
        Figure(spread_chart(towns, chunk, ctx.width, with_legend=i == len(chunks) - 1),
               spread_alt(towns, chunk, noun, part=i + 1, parts=len(chunks)))
        for i, chunk in enumerate(chunks)
    ]
    note = ctx.para(esc(f"Per {noun} de gewogen score op de eigen scores van elke gemeente (stip, elke gemeente haar "
                        "eigen vorm) en de score die telt (streep), van hoog naar laag."), "chart_note")
    return [KeepTogether([ctx.para("Spreiding per gemeente", "caption"), figures[0]]), *figures[1:], note]
