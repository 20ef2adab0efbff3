"""The options of a verkenning in the PDF: each with its description, its SWOT as a two-by-two
matrix and its reference cases, then one comparison table of options × criteria."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from staan_desktop.domain.document import Block, Option, OptionStatus, Verdict
from staan_desktop.domain.options import OptionResult, weigh_options
from staan_desktop.domain.spread import has_spread, spread_rows
from staan_desktop.domain.weight_sets import compare_options

from .context import StoryContext
from .prose import prose
from .spread_chart import spread_figures
from .styles import plain_table_style
from .tables import (
    MAX_CRITERION_COLUMNS,
    bullet_cell,
    cell,
    grid_table,
    header_words_fit,
    number,
    percent,
    sensitivity_label,
)
from .tagging import TaggedTable, tag_table
from .text import esc
from .weight_blocks import weight_set_tables

EXCLUDED_FILL = colors.HexColor("#e4e4e4")

#: The matrix as it is drawn: (title, field) per cell, row by row.
SWOT_LAYOUT = ((("Sterkten", "strengths"), ("Zwakten", "weaknesses")),
               (("Kansen", "opportunities"), ("Bedreigingen", "threats")))


def swot_matrix(ctx: StoryContext, option: Option) -> Table:
    half = ctx.width / 2
    rows: list[list[object]] = []
    for line in SWOT_LAYOUT:
        rows.append([cell(ctx, title, "cell_head") for title, _ in line])
        rows.append([bullet_cell(ctx, [p for p in getattr(option.swot, field) if p.strip()]) for _, field in line])
    table = TaggedTable(rows, colWidths=[half, half], hAlign="LEFT", splitByRow=1, splitInRow=1)
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
    # Rows 0 and 2 name the quadrants below them.
    return tag_table(table, rows, header_rows=(0, 2))


def option_story(ctx: StoryContext, option: Option) -> list[Flowable]:
    description = prose(ctx, option.description)
    # A description ends by leading into the SWOT ("In navolgend figuur is een overzicht …"):
    # its last part is printed on the page of the matrix, not alone at the foot of the one before.
    out: list[Flowable] = [ctx.para(esc(option.name), "h3"), *description[:-1]]
    out.append(KeepTogether([*description[-1:], ctx.para(f"SWOT van {esc(option.name)}", "caption"), swot_matrix(ctx, option)]))
    if option.references:
        items = [f"<b>{esc(r.name)}</b>" + (f": {esc(r.description)}" if r.description.strip() else "")
                 for r in option.references]
        out += [ctx.para("Referenties", "caption"), *ctx.bullets(items)]
    out.append(Spacer(1, 6))
    return out


#: The widest a criterion's column gets, as a share of the text width.
CRITERION_COLUMN = 0.1


def comparison_table(ctx: StoryContext, results: list[OptionResult]) -> list[Flowable]:
    """Options × criteria: the score that counts, the weighted score, class, rank and how
    robust it is; criteria beyond six continue in further tables of six."""
    tree = ctx.tree
    if not results:
        return []
    screened = any(step.knock_outs for step in tree.frame)
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
            header += [cell(ctx, "Score", "cell_head_right"), cell(ctx, "Plaats", "cell_head"),
                       cell(ctx, "Klasse", "cell_head"), cell(ctx, "Gevoeligheid", "cell_head")]
            if screened:
                header.append(cell(ctx, "Knock-outs", "cell_head"))
        rows: list[list[object]] = [header]
        for result in results:
            row: list[object] = [cell(ctx, esc(result.option.name)),
                                 *(cell(ctx, number(result.counted[i]), "cell_right") for i in numbers)]
            if last:
                place = "uitgesloten" if result.excluded else str(result.rank) if result.rank else "–"
                # The place is a word as often as a number ("uitgesloten", "–"), so it aligns
                # as text, at the left like the columns after it; poppler also takes a right-
                # aligned column next to a left-aligned one for a table's edge, and read the
                # text columns' headers before the row they are in.
                row += [cell(ctx, percent(result.outcome.ratio), "cell_right"),
                        cell(ctx, place),
                        cell(ctx, esc(result.outcome.label)),
                        cell(ctx, "–" if result.excluded or result.outcome.ratio is None
                             else sensitivity_label(result.sensitivity))]
                if screened:
                    row.append(cell(ctx, screening_label(result)))
            rows.append(row)
        name_w = ctx.width * (0.2 if screened else 0.26)
        tail = [ctx.width * 0.08, ctx.width * 0.11, ctx.width * 0.15, ctx.width * 0.14] if last else []
        if last and screened:
            tail.append(ctx.width * 0.16)
        rest = ctx.width - name_w - sum(tail)
        # A criterion column holds one short number: room beyond that goes to the option's
        # name, not into a wide column with its number far from the name (which also reads
        # as a separate block to text extraction).
        each = min(rest / len(numbers), ctx.width * CRITERION_COLUMN) if numbers else 0.0
        widths = [name_w + rest - each * len(numbers), *([each] * len(numbers)), *tail]
        table = grid_table(ctx, rows, header_words_fit(rows[0], widths), zebra=True)
        # An excluded option stays in the table, shaded: visible, but out of the ranking.
        table.setStyle([("BACKGROUND", (0, r), (-1, r), EXCLUDED_FILL)
                        for r, result in enumerate(results, 1) if result.excluded])
        out += [Spacer(1, 3), table]
    if screened:
        out.append(ctx.para("Een optie die niet voldoet aan een knock-outcriterium is uitgesloten: zij telt niet mee "
                            "in de rangorde.", "chart_note"))
    return out


VERDICT_TEXT = {Verdict.PASS: "voldoet", Verdict.FAIL: "voldoet niet", Verdict.UNKNOWN: "onbekend"}


def screening_label(result: OptionResult) -> str:
    screening = result.screening
    if screening.excluded:
        return "<b>voldoet niet</b>: " + "; ".join(esc(condition) for condition, _ in screening.failed)
    return VERDICT_TEXT[screening.verdict]


def options_block(ctx: StoryContext, block: Block) -> list[Flowable]:
    if not ctx.tree.options:
        return []
    out: list[Flowable] = []
    for option in ctx.tree.options:
        out += option_story(ctx, option)
    results = weigh_options(ctx.tree)
    out += comparison_table(ctx, results)
    out += weight_set_tables(ctx, compare_options(ctx.tree), "Optie")
    if has_spread(ctx.tree.options):
        rows = spread_rows(ctx.tree, ((r.option, r.outcome.ratio, r.excluded) for r in results))
        out += spread_figures(ctx, rows, "optie")
    out.append(Spacer(1, 8))
    return out


def frame_block(ctx: StoryContext, block: Block) -> list[Flowable]:
    """The toetsingskader step by step: what each step asks, the criteria it weighs and its
    knock-outs with the verdict per option (and the reason given)."""
    tree = ctx.tree
    out: list[Flowable] = []
    for step in tree.frame:
        out += [ctx.para(esc(step.title), "h3"), *prose(ctx, step.description)]
        if step.criteria:
            out.append(ctx.para("<b>Criteria:</b> " + ", ".join(esc(c) for c in step.criteria)))
        if step.knock_outs and tree.options:
            # One row per option, one column per knock-out: a step has few knock-outs and a
            # verkenning may weigh many options, and a verdict with its reason needs the width
            # that a column per option (names broken inside words) did not leave.
            rows: list[list[object]] = [[cell(ctx, "Optie", "cell_head"),
                                         *(cell(ctx, esc(k.condition), "cell_head") for k in step.knock_outs)]]
            for option in tree.options:
                row: list[object] = [cell(ctx, esc(option.name))]
                for knock_out in step.knock_outs:
                    v = next((v for v in knock_out.verdicts if v.option == option.name), None)
                    text = VERDICT_TEXT[v.verdict if v else Verdict.UNKNOWN]
                    if v is not None and v.verdict is Verdict.FAIL:
                        text = f"<b>{text}</b>"
                    if v is not None and v.reason.strip():
                        text += f"<br/><i>{esc(v.reason)}</i>"
                    row.append(cell(ctx, text))
                rows.append(row)
            first = ctx.width * 0.26
            count = len(step.knock_outs)
            widths = header_words_fit(rows[0], [first] + [(ctx.width - first) / count] * count)
            out += [Spacer(1, 3), grid_table(ctx, rows, widths)]
        out.append(Spacer(1, 6))
    return out


STATUS_TEXT = {OptionStatus.CHOSEN: "gekozen", OptionStatus.NOT_CHOSEN: "niet gekozen",
               OptionStatus.LATER: "later", OptionStatus.EXCLUDED: "uitgesloten"}


def decision_block(ctx: StoryContext, block: Block) -> list[Flowable]:
    """The decision as decided: the basisrichtingen with their reasons, the considerations, and
    what becomes of every other option."""
    decision = ctx.tree.decision
    if decision is None:
        return []
    opening: list[Flowable] = [ctx.para("Besluit" + (f" van {esc(decision.decided_on)}" if decision.decided_on.strip() else ""),
                                        "caption")]
    chosen = [c for c in decision.choices if c.status is OptionStatus.CHOSEN]
    if chosen:
        word = "Basisrichting" if len(chosen) == 1 else "Basisrichtingen"
        opening.append(ctx.para(f"<b>{word} om verder uit te werken:</b>"))
        opening += ctx.bullets(f"<b>{esc(c.option)}</b>" + (f": {esc(c.reason)}" if c.reason.strip() else "") for c in chosen)
    # The caption and the lead-in stay with the basisrichtingen they announce (and with the
    # heading before them), never alone at the foot of a page: each keeps with the next rather
    # than one KeepTogether, which ReportLab does not join to a heading's keepWithNext.
    for flowable in opening[:-1]:
        flowable.keepWithNext = 1
    out = [*opening, *prose(ctx, decision.reasons)]
    others = [c for c in decision.choices if c.status is not OptionStatus.CHOSEN]
    if others:
        rows: list[list[object]] = [[cell(ctx, "Optie", "cell_head"), cell(ctx, "Besluit", "cell_head"),
                                     cell(ctx, "Reden", "cell_head")]]
        rows += [[cell(ctx, esc(c.option)), cell(ctx, STATUS_TEXT[c.status]), cell(ctx, esc(c.reason))] for c in others]
        out += [Spacer(1, 3), grid_table(ctx, rows, [ctx.width * 0.3, ctx.width * 0.18, ctx.width * 0.52])]
    out.append(Spacer(1, 8))
    return out
