"""The chart of the scores per task field, for the PDF and (as SVG) for the application.

One horizontal bar per shortlisted task field: the normalised weighted score (0–100%),
coloured by class *and* labelled with it and its symbol (●●● ●● ●), so the chart does not
rely on colour alone; the colours and symbols are those of the window and the projector
(:mod:`staan_desktop.domain.class_palette`). Dashed lines mark where each class begins. The PDF and the SVG come from the same ``Drawing``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from staan_desktop.domain import class_palette
from staan_desktop.domain.document import Trajectory
from staan_desktop.domain.methods import terms_of
from staan_desktop.reports.scoring import TaskFieldResult, classify_tree

from .bidi import visual
from .fonts import REGULAR, printable, register_fonts

CLASS_COLOURS = class_palette.CLASS_BACKGROUNDS
UNCLASSED = colors.HexColor(class_palette.UNCLASSED)
TEXT = colors.HexColor("#1E2630")
MUTED = colors.HexColor("#5A6470")
GRID = colors.HexColor("#D5DBE2")

FONT_SIZE = 7.5
ROW = 15.0
BAR = 9.5
AXIS = 16.0
DEFAULT_WIDTH = 453.5  # the text width of an A4 page with 2.5 cm margins


@dataclass(frozen=True)
class ChartRow:
    name: str
    ratio: float | None
    label: str
    colour: colors.Color
    #: The class's symbol (●●● for the highest of three), "" when unclassified.
    symbol: str = ""


def chart_rows(tree: Trajectory, results: Sequence[TaskFieldResult] | None = None) -> list[ChartRow]:
    """The bars, best first within each class, classes in document order."""
    if results is None:
        results = classify_tree(tree)
    rank = {c.key: i for i, c in enumerate(tree.classes)}
    ordered = sorted(
        results,
        key=lambda r: (
            rank.get(r.outcome.class_key or "", len(rank)),
            -(r.outcome.ratio if r.outcome.ratio is not None else -1.0),
        ),
    )
    rows = []
    for r in ordered:
        key = r.outcome.class_key
        colour = colors.HexColor(CLASS_COLOURS[rank[key] % len(CLASS_COLOURS)]) if key in rank else UNCLASSED
        label = r.outcome.label + (" (besluit)" if r.outcome.overridden else "")
        symbol = class_palette.symbol(rank[key], len(rank)) if key in rank else ""
        rows.append(ChartRow(r.task_field.name, r.outcome.ratio, label, colour, symbol))
    return rows


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut to ``width`` with an ellipsis; bisection keeps long names cheap."""
    text = visual(printable(text).replace("\n", " "))
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def _legend(tree: Trajectory, width: float) -> list[tuple[float, float, str, colors.Color]]:
    """Legend entries laid out left to right, wrapping; (x, line, text, colour)."""
    entries = []
    for i, c in enumerate(tree.classes):
        colour = colors.HexColor(CLASS_COLOURS[i % len(CLASS_COLOURS)])
        symbol = class_palette.symbol(i, len(tree.classes))
        entries.append((f"{symbol} {printable(c.name)} (vanaf {round(c.min_ratio * 100)}%)", colour))
    out, x, line = [], 0.0, 0.0
    for text, colour in entries:
        text = _fit(text, REGULAR, FONT_SIZE, width - 14)
        w = 14 + stringWidth(text, REGULAR, FONT_SIZE) + 14
        if x > 0 and x + w > width:
            x, line = 0.0, line + 1
        out.append((x, line, text, colour))
        x += w
    return out


def score_chart(
    tree: Trajectory,
    *,
    width: float = DEFAULT_WIDTH,
    rows: Sequence[ChartRow] | None = None,
    legend: bool = True,
) -> Drawing:
    """The chart as a ReportLab ``Drawing`` (all shortlisted task fields unless ``rows``)."""
    register_fonts()
    if rows is None:
        rows = chart_rows(tree)
    legend_items = _legend(tree, width) if legend else []
    legend_lines = int(max((line for _, line, _, _ in legend_items), default=-1)) + 1
    legend_h = legend_lines * 13.0 + (6 if legend_lines else 0)
    body_h = max(1, len(rows)) * ROW
    height = AXIS + body_h + legend_h
    d = Drawing(width, height)
    # The renderer sets the drawing's initial font before any String; ReportLab's default
    # (Helvetica) would end up in the PDF without being embedded.
    d.initialFontName = REGULAR
    d.initialFontSize = FONT_SIZE

    names_w = min(width * 0.4, max((stringWidth(printable(r.name), REGULAR, FONT_SIZE) for r in rows), default=0) + 8)
    names_w = max(names_w, width * 0.18)
    annot_w = min(width * 0.3, 118.0)
    x0 = names_w
    bar_w = max(10.0, width - names_w - annot_w)
    top = height - AXIS

    for tick in (0, 25, 50, 75, 100):
        x = x0 + bar_w * tick / 100
        d.add(Line(x, top - body_h, x, top, strokeColor=GRID, strokeWidth=0.5))
        d.add(String(x, top + 4, f"{tick}%", fontName=REGULAR, fontSize=6.5, fillColor=MUTED, textAnchor="middle"))
    for i, c in enumerate(tree.classes):
        x = x0 + bar_w * c.min_ratio
        colour = colors.HexColor(CLASS_COLOURS[i % len(CLASS_COLOURS)])
        d.add(Line(x, top - body_h, x, top, strokeColor=colour, strokeWidth=0.8, strokeDashArray=[2, 2]))

    if not rows:
        d.add(String(x0 + 4, top - ROW + 4, f"Nog geen gescoorde {terms_of(tree.method).task_fields}", fontName=REGULAR,
                     fontSize=FONT_SIZE, fillColor=MUTED))
    for i, row in enumerate(rows):
        y = top - (i + 1) * ROW
        d.add(String(x0 - 5, y + (ROW - FONT_SIZE) / 2 + 1, _fit(row.name, REGULAR, FONT_SIZE, names_w - 6),
                     fontName=REGULAR, fontSize=FONT_SIZE, fillColor=TEXT, textAnchor="end"))
        length = bar_w * (row.ratio or 0.0)
        if row.ratio is not None:
            d.add(Rect(x0, y + (ROW - BAR) / 2, max(length, 0.8), BAR, fillColor=row.colour, strokeColor=None))
        # The class in words, in a column of its own right of the scale (clear of the
        # grid lines), so the chart does not depend on telling colours apart.
        pct = "–" if row.ratio is None else f"{round(row.ratio * 100)}%"
        if row.symbol:
            # The class's symbol on its bar, in the text colour of the bar's colour (after a
            # bar too short to hold it, in the chart's text colour).
            size = stringWidth(row.symbol, REGULAR, FONT_SIZE)
            inside = row.ratio is not None and length >= size + 4
            fill = colors.HexColor(class_palette.text_on(row.colour.hexval().replace("0x", "#"))) if inside else TEXT
            d.add(String(x0 + 2 if inside else x0 + max(length, 0.8) + 2, y + (ROW - FONT_SIZE) / 2 + 1, row.symbol,
                         fontName=REGULAR, fontSize=FONT_SIZE, fillColor=fill))
        annotation = _fit(f"{pct} · {row.label}", REGULAR, FONT_SIZE, width - (x0 + bar_w + 8))
        d.add(String(x0 + bar_w + 8, y + (ROW - FONT_SIZE) / 2 + 1, annotation, fontName=REGULAR,
                     fontSize=FONT_SIZE, fillColor=TEXT))

    for x, line, text, colour in legend_items:
        y = legend_h - 6 - (line + 1) * 13.0 + 3
        d.add(Rect(x, y, 9, 7, fillColor=colour, strokeColor=None))
        d.add(String(x + 13, y, text, fontName=REGULAR, fontSize=FONT_SIZE, fillColor=TEXT))
    return d


def score_chart_pages(tree: Trajectory, *, width: float = DEFAULT_WIDTH, rows_per_drawing: int = 36,
                      results: Sequence[TaskFieldResult] | None = None) -> list[Drawing]:
    """The chart cut into drawings that each fit a page (a ``Drawing`` cannot break);
    only the last carries the legend."""
    rows = chart_rows(tree, results)
    if not rows:
        return [score_chart(tree, width=width, rows=rows)]
    step = max(1, rows_per_drawing)
    chunks = [rows[i : i + step] for i in range(0, len(rows), step)]
    return [
        score_chart(tree, width=width, rows=chunk, legend=(i == len(chunks) - 1))
        for i, chunk in enumerate(chunks)
    ]


def chart_alt(rows: Sequence[ChartRow], *, part: int = 1, parts: int = 1) -> str:
    """The chart in words, for its alternative text: what a sighted reader takes from it."""
    lead = "Staafdiagram van de gewogen score per taakveld (0–100%), met de klasse van elk taakveld"
    if parts > 1:
        lead += f", deel {part} van {parts}"
    if not rows:
        return f"{lead}: nog geen gescoorde taakvelden."
    items = []
    for row in rows:
        pct = "geen score" if row.ratio is None else f"{round(row.ratio * 100)}%"
        items.append(f"{printable(row.name)}: {pct}, {row.label}")
    return f"{lead}. " + "; ".join(items) + "."


def score_chart_figures(tree: Trajectory, *, width: float = DEFAULT_WIDTH, rows_per_drawing: int = 36,
                        results: Sequence[TaskFieldResult] | None = None) -> list[tuple[Drawing, str]]:
    """:func:`score_chart_pages`, each drawing with its alternative text."""
    rows = chart_rows(tree, results)
    if not rows:
        return [(score_chart(tree, width=width, rows=rows), chart_alt(rows))]
    step = max(1, rows_per_drawing)
    chunks = [rows[i : i + step] for i in range(0, len(rows), step)]
    return [
        (score_chart(tree, width=width, rows=chunk, legend=(i == len(chunks) - 1)),
         chart_alt(chunk, part=i + 1, parts=len(chunks)))
        for i, chunk in enumerate(chunks)
    ]


def score_chart_svg(tree: Trajectory, *, width: float = DEFAULT_WIDTH) -> str:
    """The same chart as SVG text, for the application to show."""
    svg: str = renderSVG.drawToString(score_chart(tree, width=width))
    # ReportLab names the font by its registration name; an SVG viewer looks for the family
    # ("DejaVu Sans", which the application can load from resources/fonts).
    return svg.replace(f"font-family: {REGULAR}", f"font-family: 'DejaVu Sans', {REGULAR}, sans-serif")


__all__ = ["ChartRow", "chart_alt", "chart_rows", "score_chart", "score_chart_figures", "score_chart_pages",
           "score_chart_svg"]
