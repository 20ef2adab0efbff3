"""The knowledge agenda, the challenges and open questions, the councils' mandates ("waar
beantwoord") and the existing cooperations, each as a table."""

from __future__ import annotations

from reportlab.platypus import Flowable

from staan_desktop.domain.document import KnowledgeQuestion, QuestionStatus, Trajectory

from .after_session import party_label
from .context import BULLET, StoryContext
from .tables import EMPTY, CellParagraph, cell, grid_table
from .text import esc


def _state(status: QuestionStatus, answered_in: str) -> str:
    where = answered_in.strip()
    if status is QuestionStatus.BEANTWOORD:
        return f"beantwoord in {esc(where)}" if where else "beantwoord"
    return str(status.value) + (f" ({esc(where)})" if where else "")


def _bullets(ctx: StoryContext, items: list[str]) -> list[Flowable] | object:
    if not items:
        empty: object = cell(ctx, EMPTY)
        return empty
    style = ctx.styles["cell_bullet"]
    bullets: list[Flowable] = [CellParagraph(item, style, bulletText=BULLET) for item in items]
    return bullets


def _question(q: KnowledgeQuestion) -> str:
    mark = "" if q.status is QuestionStatus.OPEN and not q.answered_in.strip() else f" <i>[{_state(q.status, q.answered_in)}]</i>"
    return esc(q.text) + mark


def knowledge_agenda(ctx: StoryContext) -> list[Flowable]:
    tree = ctx.tree
    if not tree.knowledge_agenda:
        return []
    rows = [[cell(ctx, h, "cell_head") for h in ("Rubriek", "Kennisvragen", "Producten", "Eigenaar")]]
    for k in tree.knowledge_agenda:
        owner = ", ".join(x for x in (esc(k.owner), esc(party_label(tree, k.owner_party)) if k.owner_party else "") if x)
        rows.append([cell(ctx, esc(k.name)), _bullets(ctx, [_question(q) for q in k.questions]),
                     _bullets(ctx, [esc(p) for p in k.products]), cell(ctx, owner or EMPTY)])
    w = ctx.width
    return [ctx.para("De kennis die het traject gericht gaat opleveren: vragen per rubriek en de verwachte producten."),
            grid_table(ctx, rows, [w * 0.22, w * 0.38, w * 0.28, w * 0.12], zebra=True)]


def open_questions(ctx: StoryContext) -> list[Flowable]:
    tree = ctx.tree
    if not tree.open_questions:
        return []
    rows = [[cell(ctx, h, "cell_head") for h in ("Nr.", "Thema", "Uitdaging of open vraag", "Stand")]]
    for i, q in enumerate(tree.open_questions, 1):
        rows.append([cell(ctx, str(i)), cell(ctx, esc(q.theme) or EMPTY), cell(ctx, esc(q.text)),
                     cell(ctx, _state(q.status, q.answered_in))])
    w = ctx.width
    return [ctx.para("De uitdagingen en open vragen uit de sessie, en waar ze beantwoord zijn."),
            grid_table(ctx, rows, [w * 0.06, w * 0.2, w * 0.52, w * 0.22], zebra=True)]


def _council(tree: Trajectory, name: str | None) -> str:
    """Whose council: a municipality's, those an organisation acts for, or all of them."""
    if name is None:
        return "alle raden"
    acting = next((p for p in tree.parties if p.name == name and p.acts_for), None)
    return f"{' en '.join(acting.acts_for)} ({name})" if acting is not None else name


def mandates(ctx: StoryContext) -> list[Flowable]:
    tree = ctx.tree
    if not tree.mandates:
        return []
    rows = [[cell(ctx, h, "cell_head") for h in ("Nr.", "Raad", "Kader of vraag", "Waar beantwoord", "Status")]]
    for i, m in enumerate(tree.mandates, 1):
        rows.append([cell(ctx, str(i)), cell(ctx, esc(_council(tree, m.municipality))),
                     cell(ctx, f"<i>{m.kind.value.capitalize()}:</i> {esc(m.text)}"),
                     cell(ctx, esc(m.answered_in) or EMPTY), cell(ctx, m.status.value)])
    w = ctx.width
    return [ctx.para("De kaders en vragen die de raden meegaven, en waar dit document ze beantwoordt."),
            grid_table(ctx, rows, [w * 0.06, w * 0.18, w * 0.4, w * 0.2, w * 0.16], zebra=True)]


def cooperations(ctx: StoryContext) -> list[Flowable]:
    tree = ctx.tree
    if not tree.cooperations:
        return []
    rows = [[cell(ctx, h, "cell_head") for h in ("Samenwerking", "Deelnemers", "Domein", "Rechtsvorm", "Hoort bij")]]
    for c in tree.cooperations:
        rows.append([cell(ctx, esc(c.name)), cell(ctx, esc(", ".join(c.parties)) or EMPTY), cell(ctx, esc(c.field) or EMPTY),
                     cell(ctx, esc(c.legal_form) or EMPTY), cell(ctx, esc(", ".join((*c.task_fields, *c.options))) or EMPTY)])
    w = ctx.width
    return [ctx.para("De samenwerkingen waaraan de gemeenten al deelnemen."),
            grid_table(ctx, rows, [w * 0.2, w * 0.25, w * 0.2, w * 0.15, w * 0.2], zebra=True)]

