"""The parts that follow the session, as blocks a section can place: each kind of block maps
to the table builder that the annex uses too, so a part prints the same wherever it stands."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from staan_desktop.domain.document import Block, BlockKind, Section

from . import after_session, figures, knowledge, register
from .context import StoryContext

Builder = Callable[[StoryContext], list[Flowable]]

#: kind → (annex title, builder), in the order the annexes appear.
PARTS: dict[BlockKind, tuple[str, Builder]] = {
    BlockKind.PARTIES: ("Partijen", after_session.parties),
    BlockKind.ACTIONS: ("Resultaten en acties", register.actions),
    BlockKind.KEY_FIGURES: ("Kerngetallen", figures.key_figures),
    BlockKind.COST_KEYS: ("Kostenverdeelsleutels", figures.cost_keys),
    BlockKind.MANDATES: ("Kaders en vragen van de raden: waar beantwoord", knowledge.mandates),
    BlockKind.OPEN_QUESTIONS: ("Uitdagingen en open vragen", knowledge.open_questions),
    BlockKind.KNOWLEDGE_AGENDA: ("Kennisagenda", knowledge.knowledge_agenda),
    BlockKind.COOPERATIONS: ("Bestaande samenwerkingen", knowledge.cooperations),
}


def _block(builder: Builder) -> Callable[[StoryContext, Block], list[Flowable]]:
    return lambda ctx, _block: builder(ctx)


BLOCK_RENDERERS = {kind: _block(builder) for kind, (_title, builder) in PARTS.items()}


def placed_kinds(sections: tuple[Section, ...]) -> set[BlockKind]:
    """The kinds a section already shows; those get no annex of their own."""
    found: set[BlockKind] = set()
    for section in sections:
        found.update(b.kind for b in section.blocks)
        found |= placed_kinds(section.children)
    return found


def annexes(ctx: StoryContext) -> list[tuple[str, list[Flowable]]]:
    placed = placed_kinds(ctx.tree.sections)
    return [(title, builder(ctx)) for kind, (title, builder) in PARTS.items() if kind not in placed]
