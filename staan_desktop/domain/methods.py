"""Methods: how a trajectory is worked (the STAAN-werkwijze, a verkenning with a toetsingskader,
a startgesprek, or one a user saved). A method sets the chapters a trajectory starts with, the
names of its parts and which structured parts it uses; the window shows only those parts and
the PDF uses the method's words (see :class:`~.document.MethodTerms`).

Pure rules on the tree; the shipped methods are read by :mod:`staan_desktop.services.methods`.
"""

from __future__ import annotations

import re
import unicodedata

from .document import Block, BlockKind, Method, MethodChapter, MethodPart, MethodTerms, Section, Trajectory

STAAN_KEY = "staan-werkwijze"

#: The parts of the STAAN-werkwijze: what a trajectory without a method uses.
STAAN_PARTS: tuple[MethodPart, ...] = (
    MethodPart.CONFERENCES, MethodPart.AMBITION, MethodPart.MOTIVES, MethodPart.INTERESTS, MethodPart.TASK_FIELDS,
    MethodPart.SCORING, MethodPart.CRITERIA, MethodPart.OWNERS, MethodPart.ROLES, MethodPart.RULES,
)  # fmt: skip

#: The structured blocks that show a part (a chapter with such a block uses that part).
BLOCK_PARTS: dict[BlockKind, tuple[MethodPart, ...]] = {
    BlockKind.STATEMENTS: (MethodPart.AMBITION,),
    BlockKind.MOTIVES: (MethodPart.MOTIVES,),
    BlockKind.INTERESTS: (MethodPart.INTERESTS,),
    BlockKind.CRITERIA: (MethodPart.CRITERIA,),
    BlockKind.CLASSIFICATION: (MethodPart.SCORING,),
    BlockKind.SCORES: (MethodPart.SCORING, MethodPart.TASK_FIELDS),
    BlockKind.OWNERS: (MethodPart.OWNERS,),
    BlockKind.ROLES: (MethodPart.ROLES,),
    BlockKind.RULES: (MethodPart.RULES,),
    BlockKind.OPTIONS: (MethodPart.OPTIONS,),
    BlockKind.FRAME: (MethodPart.FRAME,),
    BlockKind.DECISION: (MethodPart.DECISION,),
}


def parts_of(method: Method | None) -> frozenset[MethodPart]:
    """The structured parts a trajectory of ``method`` uses (``None``: the STAAN-werkwijze)."""
    return frozenset(STAAN_PARTS if method is None else method.parts)


def uses(method: Method | None, part: MethodPart | str) -> bool:
    return MethodPart(part) in parts_of(method)


def terms_of(method: Method | None) -> MethodTerms:
    return MethodTerms() if method is None else method.terms


def capital(word: str) -> str:
    """The word at the start of a sentence or heading: ``werkconferentie`` → ``Werkconferentie``."""
    return word[:1].upper() + word[1:]


def sections_of(chapters: tuple[MethodChapter, ...]) -> tuple[Section, ...]:
    """The chapters of a new trajectory of the method: titles and empty blocks of their kinds."""
    return tuple(
        Section(title=c.title, blocks=tuple(Block(kind=kind) for kind in c.blocks), children=sections_of(c.children))
        for c in chapters
    )


def _chapters(sections: tuple[Section, ...]) -> tuple[MethodChapter, ...]:
    return tuple(
        MethodChapter(title=s.title, blocks=tuple(b.kind for b in s.blocks), children=_chapters(s.children))
        for s in sections
    )


def _block_kinds(sections: tuple[Section, ...]) -> set[BlockKind]:
    kinds: set[BlockKind] = set()
    for section in sections:
        kinds.update(b.kind for b in section.blocks)
        kinds |= _block_kinds(section.children)
    return kinds


def method_key(name: str) -> str:
    """A key for a method named ``name``: lower case ASCII letters, digits and hyphens."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:80] or "methode"


def structure_of(tree: Trajectory, name: str, description: str = "") -> Method:
    """The structure of a trajectory as a new method: its chapters (titles and block kinds, no
    text), the words of the method it follows, and the parts that method uses together with
    those its chapters show. Content (names, scores, texts) is not part of a method."""
    parts = set(parts_of(tree.method))
    for kind in _block_kinds(tree.sections):
        parts.update(BLOCK_PARTS.get(kind, ()))
    order = list(MethodPart)
    return Method(
        key=method_key(name),
        name=name,
        description=description,
        parts=tuple(sorted(parts, key=order.index)),
        terms=terms_of(tree.method),
        chapters=_chapters(tree.sections),
    )
