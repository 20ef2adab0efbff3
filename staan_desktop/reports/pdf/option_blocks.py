"""The options of a verkenning in the PDF: each with its description, its SWOT as a two-by-two
matrix and its reference cases, then one comparison table of options × criteria."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from staan_desktop.domain.document import Block, Option
from staan_desktop.domain.options import OptionResult, weigh_options

from .context import StoryContext
from .styles import plain_table_style
from .tables import MAX_CRITERION_COLUMNS, bullet_cell, cell, grid_table, number, percent, sensitivity_label
from .text import esc

#: The matrix as it is drawn: (title, field) per cell, row by row.
SWOT_LAYOUT = ((("Sterkten", "strengths"), ("Zwakten", "weaknesses")),
               (("Kansen", "opportunities"), ("Bedreigingen", "threats")))


def swot_matrix(ctx: StoryContext, option: Option) -> Table:
    half = ctx.width / 2
    rows: list[list[object]] = []
    for line in SWOT_LAYOUT:
        rows.append([cell(ctx, title, "cell_head") for title, _ in line])
        rows.append([bullet_cell(ctx, [p for p in getattr(option.swot, field) if p.strip()]) for _, field in line])
    table = Table(rows, colWidths=[half, half], hAlign="LEFT", splitByRow=1, splitInRow=1)
    table.setStyle(plain_table_style(ctx.fonts, *[
        ("BOX", (0, 0), (-1, -1), 0.6, ctx.palette.rule),
        ("LINEAFTER", (0, 0), (0, -1), 0.6, ctx.palette.rule),
        ("LINEBELOW", (0, 1), (-1, 1), 0.6, ctx.palette.rule),
        ("BACKGROUND", (0, 0), (-1, 0), ctx.palette.header_fill),
        ("BACKGROUND", (0, 2), (-1, 2), ctx.palette.header_fill),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def option_story(ctx: StoryContext, option: Option) -> list[Flowable]:
    from .blocks import prose  # the block renderers import this module

    out: list[Flowable] = [ctx.para(esc(option.name), "h3"), *prose(ctx, option.description)]
    out.append(KeepTogether([ctx.para(f"SWOT van {esc(option.name)}", "caption"), swot_matrix(ctx, option)]))
    if option.references:
        items = [f"<b>{esc(r.name)}</b>" + (f": {esc(r.description)}" if r.description.strip() else "")
                 for r in option.references]
        out += [ctx.para("Referenties", "caption"), *ctx.bullets(items)]
    out.append(Spacer(1, 6))
    return out


def comparison_table(ctx: StoryContext, results: list[OptionResult]) -> list[Flowable]:
    """Options × criteria: the score that counts, the weighted score, class, rank and how
    robust it is; criteria beyond six continue in further tables of six."""
    tree = ctx.tree
    if not results:
        return []
    out: list[Flowable] = [ctx.para("Vergelijking van de opties", "caption")]
    if tree.criteria:
        legend = " · ".join(f"<b>{i}</b> {esc(c.name)}" for i, c in enumerate(tree.criteria, 1))
        out.append(ctx.para(f"Criteria: {legend}", "chart_note"))
    count = len(tree.criteria)
    groups = [range(first, min(first + MAX_CRITERION_COLUMNS, count)) for first in range(0, count, MAX_CRITERION_COLUMNS)] or [range(0)]
    for index, numbers in enumerate(groups):
        last = index == len(groups) - 1
        header: list[object] = [cell(ctx, "Optie", "cell_head"), *(cell(ctx, str(i + 1), "cell_head_right") for i in numbers)]
        if last:
            header += [cell(ctx, "Score", "cell_head_right"), cell(ctx, "Plaats", "cell_head_right"),
                       cell(ctx, "Klasse", "cell_head"), cell(ctx, "Gevoeligheid", "cell_head")]
        rows: list[list[object]] = [header]
        for result in results:
            row: list[object] = [cell(ctx, esc(result.option.name)),
                                 *(cell(ctx, number(result.counted[i]), "cell_right") for i in numbers)]
            if last:
                row += [cell(ctx, percent(result.outcome.ratio), "cell_right"),
                        cell(ctx, str(result.rank) if result.rank else "–", "cell_right"),
                        cell(ctx, esc(result.outcome.label)), cell(ctx, sensitivity_label(result.sensitivity))]
            rows.append(row)
        name_w = ctx.width * 0.26
        tail = [ctx.width * 0.1, ctx.width * 0.09, ctx.width * 0.17, ctx.width * 0.17] if last else []
        rest = ctx.width - name_w - sum(tail)
        widths = [name_w, *([rest / len(numbers)] * len(numbers) if numbers else []), *tail]
        if not numbers:
            widths[0] += rest
        out += [Spacer(1, 3), grid_table(ctx, rows, widths, zebra=True)]
    return out


def options_block(ctx: StoryContext, block: Block) -> list[Flowable]:
    if not ctx.tree.options:
        return []
    out: list[Flowable] = []
    for option in ctx.tree.options:
        out += option_story(ctx, option)
    out += comparison_table(ctx, weigh_options(ctx.tree))
    out.append(Spacer(1, 8))
    return out
