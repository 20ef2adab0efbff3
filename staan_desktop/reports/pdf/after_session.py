"""The annexes of what follows the session: the parties around the table (and, in the
modules beside this one, the register, key figures and mandates), each as a table."""

from __future__ import annotations

from reportlab.platypus import Flowable

from staan_desktop.domain.document import PARTY_KIND_LABELS, PartyKind, Trajectory

from .context import StoryContext
from .tables import EMPTY, cell, grid_table
from .text import esc


def party_label(tree: Trajectory, name: str | None) -> str:
    """A name as a table prints it: a municipality as itself, any other party with its kind,
    so that a reader tells the adviser from the partner."""
    if not name:
        return EMPTY
    for party in tree.parties:
        if party.name == name:
            return f"{name} ({PARTY_KIND_LABELS[party.kind]})"
    return name


def parties(ctx: StoryContext) -> list[Flowable]:
    tree = ctx.tree
    if not tree.parties:
        return []
    rows = [[cell(ctx, h, "cell_head") for h in ("Partij", "Soort", "Namens / toelichting")]]
    for name in tree.municipalities:
        rows.append([cell(ctx, esc(name)), cell(ctx, PARTY_KIND_LABELS[PartyKind.GEMEENTE]), cell(ctx, EMPTY)])
    for party in tree.parties:
        note = []
        if party.acts_for:
            note.append("namens " + ", ".join(party.acts_for))
        if party.description.strip():
            note.append(party.description.strip())
        rows.append([cell(ctx, esc(party.name)), cell(ctx, esc(PARTY_KIND_LABELS[party.kind])),
                     cell(ctx, esc("; ".join(note)) or EMPTY)])
    w = ctx.width
    intro = ctx.para("Aan tafel zitten de gemeenten en de partijen die met of voor hen werken.")
    return [intro, grid_table(ctx, rows, [w * 0.3, w * 0.27, w * 0.43], zebra=True)]
