"""Key figures per municipality and the cost keys side by side, as tables."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from staan_desktop.domain.cost_keys import compare, dutch_percentage
from staan_desktop.domain.register import dutch_date

from .context import StoryContext
from .tables import EMPTY, cell, grid_table, header_words_fit
from .text import esc


def dutch_number(value: float) -> str:
    """12.345,5: a point between thousands and a comma for decimals; no needless zeros."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def key_figures(ctx: StoryContext) -> list[Flowable]:
    tree = ctx.tree
    if not tree.key_figures:
        return []
    municipalities = list(tree.municipalities)
    # A row is one figure for each municipality; a column holds figures of different kinds and
    # units, which nothing compares down the column, so the values stand left under their
    # municipality, as every other column does. Right-aligned, the last value stood against
    # the source beside it ("8 BDO-Benchmark"), and poppler, whose table detection needs
    # neighbouring columns aligned alike, read the numbers apart from their row.
    rows = [[cell(ctx, "Kerngetal", "cell_head"), *[cell(ctx, esc(m), "cell_head") for m in municipalities],
             cell(ctx, "Bron en peildatum", "cell_head")]]
    for figure in tree.key_figures:
        values = {v.municipality: v.value for v in figure.values}
        name = esc(figure.name) + (f" ({esc(figure.unit)})" if figure.unit.strip() else "")
        source = ", ".join(x for x in (esc(figure.source.strip()), dutch_date(figure.as_of) if figure.as_of else "") if x)
        rows.append([cell(ctx, name),
                     *[cell(ctx, dutch_number(values[m]) if m in values else EMPTY) for m in municipalities],
                     cell(ctx, source or EMPTY)])
    w = ctx.width
    side = w * 0.25
    each = (w - 2 * side) / max(1, len(municipalities))
    return [ctx.para("De kerngetallen per gemeente, met hun bron en de dag die ze beschrijven."),
            grid_table(ctx, rows, header_words_fit(rows[0], [side, *[each] * len(municipalities), side]), zebra=True)]


def cost_keys(ctx: StoryContext) -> list[Flowable]:
    tree = ctx.tree
    if not tree.cost_keys:
        return []
    municipalities = list(tree.municipalities)
    comparisons = compare(tree.cost_keys, tree.key_figures, municipalities)
    head = ["Gemeente", *[c.key.name + (" (gekozen)" if c.key.chosen else "") for c in comparisons]]
    rows = [[cell(ctx, esc(head[0]), "cell_head"), *[cell(ctx, esc(h), "cell_head_right") for h in head[1:]]]]
    for m in municipalities:
        rows.append([cell(ctx, esc(m)), *[
            cell(ctx, dutch_percentage(c.percentages[m]) if c.percentages else EMPTY, "cell_right") for c in comparisons
        ]])
    w = ctx.width
    first = w * 0.25
    each = (w - first) / len(comparisons)
    out: list[Flowable] = [
        ctx.para("Het aandeel van elke gemeente in de gedeelde kosten volgens elke verdeelsleutel, naast elkaar "
                 "(afgerond op een tiende procent; elke kolom telt op tot 100 %)."),
        grid_table(ctx, rows, header_words_fit(rows[0], [first, *[each] * len(comparisons)]), zebra=True),
        Spacer(1, 6),
    ]
    definitions = [[cell(ctx, h, "cell_head") for h in ("Verdeelsleutel", "Berekend uit", "Toelichting")]]
    for c in comparisons:
        terms = ", ".join(
            esc(x.figure) + (f" × {dutch_number(x.weight)}" if x.weight != 1 else "") for x in c.key.terms
        ) or EMPTY
        notes = [esc(c.key.description.strip())] if c.key.description.strip() else []
        if c.problem:
            notes.append("Niet te berekenen: " + esc(c.problem))
        if c.key.chosen and c.key.reasons.strip():
            notes.append("<b>Gekozen</b>, omdat: " + esc(c.key.reasons.strip()))
        elif c.key.chosen:
            notes.append("<b>Gekozen</b>")
        definitions.append([cell(ctx, esc(c.key.name)), cell(ctx, terms), cell(ctx, "<br/>".join(notes) or EMPTY)])
    out.append(grid_table(ctx, definitions, [w * 0.25, w * 0.3, w * 0.45], zebra=True))
    return out
