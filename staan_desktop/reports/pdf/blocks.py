"""One story fragment per block kind of a section (see ``BlockKind``)."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, KeepTogether, Spacer

from staan_desktop.domain.document import Block, BlockKind, Motive
from staan_desktop.domain.methods import terms_of
from staan_desktop.domain.spread import has_spread, spread_rows

from .after_session_blocks import BLOCK_RENDERERS as AFTER_SESSION_BLOCKS
from .charts import score_chart_figures
from .context import StoryContext
from .option_blocks import decision_block, frame_block, options_block
from .paragraph import LaidOutParagraph
from .prose import prose
from .spread_chart import spread_figures
from .styles import plain_table_style
from .tables import classification_table, interest_tables, owners_table, score_table
from .tagging import Figure, TaggedTable, tag_list_table
from .text import esc, with_mark
from .weight_blocks import task_field_weight_tables

BlockRenderer = Callable[[StoryContext, Block], list[Flowable]]


def text_block(ctx: StoryContext, block: Block) -> list[Flowable]:
    return prose(ctx, block.text)


def statements_block(ctx: StoryContext, block: Block) -> list[Flowable]:
    items = [esc(s) for s in ctx.tree.statements if s.strip()]
    return [*ctx.bullets(items), Spacer(1, 4)] if items else []


def _motive_name(motive: Motive) -> str:
    """"Klant" with its K in bold, as the 5 K's read in the reference document."""
    name, letter = motive.name, motive.letter
    if name.lower().startswith(letter.lower()):
        return f"<b>{esc(name[: len(letter)])}</b>{esc(name[len(letter):])}"
    return f"<b>{esc(letter)}</b> {esc(name)}"


def motives_block(ctx: StoryContext, block: Block) -> list[Flowable]:
    """The 5 K's: a column of letter tiles beside name and explanation."""
    motives = ctx.tree.motives
    if not motives:
        return []
    letter_style = ctx.styles["h1"].clone("motive_letter", spaceBefore=0, spaceAfter=0, alignment=1,
                                        textColor=ctx.palette.accent)
    rows = []
    for m in motives:
        text = _motive_name(m)
        if m.explanation.strip():
            text += "<br/>" + esc(m.explanation)
        rows.append([LaidOutParagraph(esc(m.letter), letter_style), ctx.para(text)])
    table = TaggedTable(rows, colWidths=[30, ctx.width - 30], hAlign="LEFT", splitByRow=1, splitInRow=1)
    table.setStyle(plain_table_style(ctx.fonts, *[
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (0, -1), ctx.palette.header_fill),
        ("LINEBELOW", (0, 0), (-1, -1), 2.5, "white"),
        ("LEFTPADDING", (1, 0), (1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return [tag_list_table(table, rows), Spacer(1, 8)]


def interests_block(ctx: StoryContext, block: Block) -> list[Flowable]:
    return interest_tables(ctx)


def differences_block(ctx: StoryContext, block: Block) -> list[Flowable]:
    return prose(ctx, ctx.tree.trajectory.differences)


def criteria_block(ctx: StoryContext, block: Block) -> list[Flowable]:
    items = [esc(c.name) for c in ctx.tree.criteria]
    return [*ctx.bullets(items), Spacer(1, 4)] if items else []


def classification_block(ctx: StoryContext, block: Block) -> list[Flowable]:
    return [*classification_table(ctx), *task_field_weight_tables(ctx, BlockKind.CLASSIFICATION), Spacer(1, 8)]


def scores_block(ctx: StoryContext, block: Block) -> list[Flowable]:
    if not ctx.results:
        return []
    figures = [Figure(drawing, alt) for drawing, alt in score_chart_figures(
        ctx.tree, width=ctx.width, rows_per_drawing=ctx.options.chart_rows_per_page, results=ctx.results)]
    terms = terms_of(ctx.tree.method)  # the method names what is scored
    caption = ctx.para(esc(f"Scores van de preferente {terms.task_fields}"), "caption")
    note = ctx.para(
        esc(f"De balk toont per {terms.task_field} de gewogen score op de criteria (0–100%); de stippellijnen "
            "markeren waar een klasse begint. Een klasse met ‘(besluit)’ is bij besluit toegekend."),
        "chart_note",
    )
    out: list[Flowable] = [KeepTogether([caption, figures[0]]), *figures[1:], note, Spacer(1, 6)]
    scored = [r.task_field for r in ctx.results]
    if has_spread(scored):  # the municipalities' own scores, beside the score that counts
        rows = spread_rows(ctx.tree, ((r.task_field, r.outcome.ratio, False) for r in ctx.results))
        out += [*spread_figures(ctx, rows, terms.task_field), Spacer(1, 6)]
    # Beside the shared result, what each municipality's own weights would make of it.
    out += score_table(ctx) + task_field_weight_tables(ctx, BlockKind.SCORES)
    return out + [Spacer(1, 8)]


def owners_block(ctx: StoryContext, block: Block) -> list[Flowable]:
    return [*owners_table(ctx), Spacer(1, 8)]


def roles_block(ctx: StoryContext, block: Block) -> list[Flowable]:
    out: list[Flowable] = []
    for role in ctx.tree.roles:
        out.append(ctx.para(esc(role.name), "h3"))
        # Prose like a text block; the reference document sets part of it in italics.
        out += prose(ctx, role.description)
        if role.responsibilities_title.strip():
            title = ctx.para(esc(role.responsibilities_title), "body")
            title.keepWithNext = 1
            out.append(title)
        items = [with_mark(r.text, r.footnote, ctx.notes) for r in role.responsibilities]
        out += ctx.bullets(items)
        if role.members:
            names = [esc(m.name) + (f" ({esc(m.municipality)})" if m.municipality else "") for m in role.members]
            out.append(Spacer(1, 3))
            out.append(ctx.para("<b>Leden:</b> " + ", ".join(names)))
        out.append(Spacer(1, 4))
    return out


def rules_block(ctx: StoryContext, block: Block) -> list[Flowable]:
    items = [esc(r) for r in ctx.tree.rules if r.strip()]
    if not items:
        return []
    return [ctx.para("Spelregels", "caption"), *ctx.bullets(items), Spacer(1, 4)]


BLOCKS: dict[BlockKind, BlockRenderer] = {
    BlockKind.TEXT: text_block,
    BlockKind.STATEMENTS: statements_block,
    BlockKind.MOTIVES: motives_block,
    BlockKind.INTERESTS: interests_block,
    BlockKind.DIFFERENCES: differences_block,
    BlockKind.CRITERIA: criteria_block,
    BlockKind.CLASSIFICATION: classification_block,
    BlockKind.SCORES: scores_block,
    BlockKind.OWNERS: owners_block,
    BlockKind.ROLES: roles_block,
    BlockKind.RULES: rules_block,
    BlockKind.OPTIONS: options_block,
    BlockKind.FRAME: frame_block,
    BlockKind.DECISION: decision_block,
}
BLOCKS.update(AFTER_SESSION_BLOCKS)
