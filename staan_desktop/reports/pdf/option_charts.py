"""A dot plot of the options: per option (sorted by the score that counts, best first) a dot
for each municipality's own weighted score and a bar mark for the score that counts, on one
0–100% axis, so that the spread between the municipalities shows at a glance. Not a radar
chart: positions on one common scale are what readers compare best."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, String
from reportlab.lib import colors

from staan_desktop.domain.document import Trajectory
from staan_desktop.domain.options import OptionResult, ratios_per_municipality

from .charts import FONT_SIZE, GRID, MUTED, TEXT, _fit
from .fonts import REGULAR, printable, register_fonts

ROW = 16.0
AXIS = 16.0
#: Okabe & Ito: told apart by colour-blind readers too; a municipality keeps its colour.
DOT_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


def has_spread(tree: Trajectory) -> bool:
    """Whether any option has municipal scores (otherwise there is no spread to show)."""
    return any(s.municipality is not None for option in tree.options for s in option.scores)


def spread_chart(tree: Trajectory, results: list[OptionResult], width: float) -> Drawing:
    register_fonts()
    rows = sorted((r for r in results), key=lambda r: -(r.outcome.ratio if r.outcome.ratio is not None else -1.0))
    towns = list(tree.municipalities)
    names_w = min(width * 0.34, 170.0)
    legend_h = 14.0
    height = AXIS + ROW * len(rows) + legend_h + 4
    drawing = Drawing(width, height)
    # The renderer sets the drawing's initial font before any String: ReportLab's default
    # (Helvetica) would otherwise end up in the PDF without being embedded (PDF/A).
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = FONT_SIZE
    x0, x1 = names_w, width - 8
    top = height - AXIS

    def x(ratio: float) -> float:
        return x0 + (x1 - x0) * ratio

    for tick in (0, 25, 50, 75, 100):
        drawing.add(Line(x(tick / 100), top, x(tick / 100), top - ROW * len(rows), strokeColor=GRID, strokeWidth=0.5))
        drawing.add(String(x(tick / 100), top + 4, f"{tick}%", fontName=REGULAR, fontSize=6.5, fillColor=MUTED,
                           textAnchor="middle"))
    for i, result in enumerate(rows):
        y = top - (i + 0.5) * ROW
        label = _fit(result.option.name + (" (uitgesloten)" if result.excluded else ""), REGULAR, FONT_SIZE, names_w - 8)
        drawing.add(String(names_w - 6, y - FONT_SIZE / 2 + 1, label, fontName=REGULAR, fontSize=FONT_SIZE,
                           fillColor=MUTED if result.excluded else TEXT, textAnchor="end"))
        drawing.add(Line(x0, y, x1, y, strokeColor=GRID, strokeWidth=0.3))
        for j, town in enumerate(towns):
            ratio = ratios_per_municipality(tree, result.option).get(town)
            if ratio is not None:
                colour = colors.HexColor(DOT_COLOURS[j % len(DOT_COLOURS)])
                drawing.add(Circle(x(ratio), y, 2.6, fillColor=colour, strokeColor=colors.white, strokeWidth=0.4))
        if result.outcome.ratio is not None:
            mark = x(result.outcome.ratio)
            drawing.add(Line(mark, y - 5, mark, y + 5, strokeColor=TEXT, strokeWidth=1.6))
    # Legend: the municipalities' colours and the mark of the score that counts.
    lx = x0
    for j, town in enumerate(towns):
        drawing.add(Circle(lx + 3, 6, 2.6, fillColor=colors.HexColor(DOT_COLOURS[j % len(DOT_COLOURS)]), strokeColor=colors.white))
        drawing.add(String(lx + 8, 3.5, town, fontName=REGULAR, fontSize=6.5, fillColor=TEXT))
        lx += 14 + len(town) * 3.6
    drawing.add(Line(lx + 3, 1, lx + 3, 11, strokeColor=TEXT, strokeWidth=1.6))
    drawing.add(String(lx + 8, 3.5, "telt mee", fontName=REGULAR, fontSize=6.5, fillColor=TEXT))
    return drawing


def spread_alt(tree: Trajectory, results: list[OptionResult]) -> str:
    """The dot plot in words, for its alternative text: each option's score that counts and
    each municipality's own score, in the chart's order."""
    rows = sorted(results, key=lambda r: -(r.outcome.ratio if r.outcome.ratio is not None else -1.0))

    def pct(ratio: float | None) -> str:
        return "geen score" if ratio is None else f"{round(ratio * 100)}%"

    items = []
    for result in rows:
        own = ratios_per_municipality(tree, result.option)
        towns = ", ".join(f"{printable(town)} {pct(ratio)}" for town, ratio in own.items())
        excluded = " (uitgesloten)" if result.excluded else ""
        items.append(f"{printable(result.option.name)}{excluded}: telt mee {pct(result.outcome.ratio)}; {towns}")
    return "Stippendiagram van de gewogen score per optie (0–100%) per gemeente en de score die telt. " + "; ".join(items) + "."
