"""Rangorde per gewichtenset: the place and class of every item under the shared weights and
under each municipality's own weights, printed under the scores of the task fields and under
the comparison of the options, only when a municipality has weights of its own. A cell where a
municipality's weights move an item is bold and shaded; the weights themselves are listed
under the table. The rule is :mod:`staan_desktop.domain.weight_sets`."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer

from staan_desktop.domain.document import BlockKind, Section
from staan_desktop.domain.methods import capital, terms_of
from staan_desktop.domain.weight_sets import Standing, WeightComparison, compare_task_fields

from .context import StoryContext
from .tables import cell, grid_table, header_words_fit
from .text import esc

#: Municipalities side by side in one table; more continue in a further table.
SETS_PER_TABLE = 4
MOVED_FILL = colors.HexColor("#fdf0c4")


def weight(value: float) -> str:
    """"3", "0,25", "1,5": a weight in full, with a decimal comma."""
    return f"{value:g}".replace(".", ",")


def standing_text(standing: Standing) -> str:
    place = "–" if standing.rank is None else str(standing.rank)
    return f"{place} · {esc(standing.label)}"


def weight_set_tables(ctx: StoryContext, comparison: WeightComparison[str], item_head: str) -> list[Flowable]:
    """The tables, or nothing while no municipality has weights of its own (or nothing is scored)."""
    if not comparison.sets or all(item.shared.ratio is None for item in comparison.items):
        return []
    out: list[Flowable] = [ctx.para("Rangorde per gewichtenset", "caption")]
    items = list(comparison.listed())  # beyond 25 items only what moves (the rule: domain/weight_sets.py)
    for first in range(0, len(comparison.sets) if items else 0, SETS_PER_TABLE):
        if first:
            out.append(Spacer(1, 6))  # not before the first: the caption keeps with its table
        indexes = range(first, min(first + SETS_PER_TABLE, len(comparison.sets)))
        rows: list[list[object]] = [[cell(ctx, item_head, "cell_head"), cell(ctx, "Gedeelde gewichten", "cell_head"),
                                     *(cell(ctx, esc(comparison.sets[i]), "cell_head") for i in indexes)]]
        moved: list[tuple[int, int]] = []
        for r, item in enumerate(items, 1):
            row: list[object] = [cell(ctx, esc(item.key)), cell(ctx, standing_text(item.shared))]
            for c, i in enumerate(indexes, 2):
                text = standing_text(item.by_set[i])
                if item.moved(i):
                    text = f"<b>{text}</b>"
                    moved.append((c, r))
                row.append(cell(ctx, text))
            rows.append(row)
        name_w = ctx.width * 0.26
        rest = (ctx.width - name_w) / (1 + len(indexes))
        # A municipality's name whole in its head ("Noordenveld", not "Noordenvel / d"), the room
        # taken from the columns that have it to spare.
        table = grid_table(ctx, rows, header_words_fit(rows[0], [name_w] + [rest] * (1 + len(indexes))), zebra=True)
        table.setStyle([("BACKGROUND", (c, r), (c, r), MOVED_FILL) for c, r in moved])
        out.append(table)
    if len(items) < len(comparison.items):
        still = len(comparison.items) - len(items)
        out.append(ctx.para(f"De andere {still} houden onder elke gewichtenset hun klasse en plaats.", "chart_note"))
    out.append(ctx.para(
        "Per gemeente met eigen gewichten: plaats en klasse met die gewichten, naast die met de gedeelde gewichten "
        "(die bepalen de indeling). <b>Vet</b>: een andere klasse of plaats. " + weights_note(ctx, comparison),
        "chart_note"))
    return out


def _has_block(sections: tuple[Section, ...], kind: BlockKind) -> bool:
    return any(b.kind is kind for s in sections for b in s.blocks) or any(_has_block(s.children, kind) for s in sections)


def task_field_weight_tables(ctx: StoryContext, block_kind: BlockKind) -> list[Flowable]:
    """The table for the task fields: under the scores, or, in a document that prints no
    scores (the STAAN startdocument shows the classification only), under the classification."""
    if block_kind is BlockKind.CLASSIFICATION and _has_block(ctx.tree.sections, BlockKind.SCORES):
        return []
    return weight_set_tables(ctx, compare_task_fields(ctx.tree), esc(capital(terms_of(ctx.tree.method).task_field)))


def weights_note(ctx: StoryContext, comparison: WeightComparison[str]) -> str:
    """"Eigen gewichten: Losser: Draagvlak 3 (gedeeld 1); …": what each set changed."""
    criteria = ctx.tree.criteria
    sets = {s.municipality: s for s in ctx.tree.weight_sets}
    parts = []
    for name in comparison.sets:
        own = {w.criterion: w.weight for w in sets[name].weights} if name in sets else {}
        listed = ", ".join(f"{esc(c.name)} {weight(own[c.name])} (gedeeld {weight(c.weight)})"
                           for c in criteria if c.name in own)
        parts.append(f"{esc(name)}: {listed}")
    return "Eigen gewichten: " + "; ".join(parts) + "."
