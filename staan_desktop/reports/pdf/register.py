"""The register of results and actions as a table, overdue items marked."""

from __future__ import annotations

from reportlab.platypus import Flowable

from staan_desktop.domain.register import STATUS_LABELS, dutch_date, is_overdue

from .after_session import party_label
from .context import StoryContext
from .tables import EMPTY, cell, grid_table
from .text import esc

OVERDUE = "te laat"


def actions(ctx: StoryContext) -> list[Flowable]:
    tree = ctx.tree
    if not tree.actions:
        return []
    today = ctx.options.today
    rows = [[cell(ctx, h, "cell_head") for h in ("Nr.", "Resultaat of actie", "Eigenaar", "Streefdatum", "Status", "Hoort bij")]]
    for i, item in enumerate(tree.actions, 1):
        owner = ", ".join(x for x in (esc(item.owner_person), esc(party_label(tree, item.owner_party)) if item.owner_party else "") if x)
        status = STATUS_LABELS[item.status]
        if today is not None and is_overdue(item, today):
            status = f"<b>{status}, {OVERDUE}</b>"
        link = "; ".join(esc(x) for x in (item.task_field, item.option, item.chapter) if x)
        rows.append([
            cell(ctx, str(i)),
            cell(ctx, f"{esc(item.kind.value.capitalize())}: {esc(item.description)}"),
            cell(ctx, owner or EMPTY),
            cell(ctx, dutch_date(item.target_date) if item.target_date else EMPTY),
            cell(ctx, status),
            cell(ctx, link or EMPTY),
        ])
    w = ctx.width
    intro = ("Wat er na de sessie te doen staat, met wie het oppakt en wanneer het klaar moet zijn"
             + (f" (stand van {dutch_date(today)})." if today is not None else "."))
    return [ctx.para(esc(intro)),
            grid_table(ctx, rows, [w * 0.06, w * 0.33, w * 0.16, w * 0.17, w * 0.13, w * 0.15], zebra=True)]
