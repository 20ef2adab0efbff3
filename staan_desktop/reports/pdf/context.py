"""What every story builder needs: the tree, styles, footnotes, options and page width."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.platypus import Flowable, Paragraph

from staan_desktop.domain.document import Status, Trajectory
from staan_desktop.reports.scoring import TaskFieldResult, classify_tree

from .fonts import FontFamily
from .options import RenderOptions
from .paragraph import LaidOutParagraph
from .styles import Palette
from .tagging import Node, heading_tag, list_item
from .text import Footnotes, esc

BULLET = "•"


@dataclass
class StoryContext:
    tree: Trajectory
    styles: StyleSheet1
    fonts: FontFamily
    width: float
    options: RenderOptions = field(default_factory=RenderOptions)
    palette: Palette = field(default_factory=Palette)
    notes: Footnotes = field(default_factory=Footnotes)
    #: The level of the section whose blocks are being built (0 for a chapter): a subheading
    #: inside it (a role, an option, a step) is tagged one level deeper.
    section_level: int = 0

    @cached_property
    def results(self) -> list[TaskFieldResult]:
        """Shortlisted task fields with their class; computed once for table and chart."""
        return classify_tree(self.tree)

    @property
    def is_concept(self) -> bool:
        """A draft until the steering group signed it off (then the sign-off wins)."""
        return self.options.sign_off is None and self.tree.trajectory.status == Status.CONCEPT

    @property
    def status_label(self) -> str:
        sign_off = self.options.sign_off
        if sign_off is not None:
            return f"Vastgesteld op {sign_off.date}" if sign_off.date.strip() else "Vastgesteld"
        return "Concept" if self.is_concept else "Vastgesteld"

    def para(self, markup: str, style: str = "body", **kw: Any) -> Paragraph:
        """A paragraph; in the "h3" style it is a subheading of the current section."""
        p = LaidOutParagraph(markup, self.styles[style], **kw)
        if style == "h3":
            p.struct.tag = heading_tag(self.section_level + 1)
        return p

    def text(self, plain: str, style: str = "body") -> Paragraph:
        return LaidOutParagraph(esc(plain), self.styles[style])

    def bullets(self, items: Iterable[str], style: str = "bullet", bullet: str = BULLET) -> list[Flowable]:
        """One bulleted paragraph per item of safe markup, together one list (``L``)."""
        return bulleted(self.styles[style], items, bullet)

    def municipalities(self) -> list[str]:
        """The document's municipalities, plus any that only parts of the tree mention, so
        that nothing captured is dropped from a table."""
        names = list(dict.fromkeys(self.tree.municipalities))
        # Other parties are not municipalities (title page); their interests still print.
        seen = set(names) | {p.name for p in self.tree.parties}
        for category in self.tree.interests:
            for column in category.columns:
                if column.municipality not in seen:
                    seen.add(column.municipality)
                    names.append(column.municipality)
        return names

    def interest_columns(self) -> list[str]:
        """The municipalities, then the other parties that have interests of their own."""
        mentioned = {c.municipality for category in self.tree.interests for c in category.columns}
        return self.municipalities() + [p.name for p in self.tree.parties if p.name in mentioned]


def bulleted(style: ParagraphStyle, items: Iterable[str], bullet: str = BULLET,
             kind: type[LaidOutParagraph] = LaidOutParagraph) -> list[Flowable]:
    """Paragraphs of a list: each a list item whose bullet is its label."""
    lst = Node("L")
    out: list[Flowable] = []
    for item in items:
        p = kind(item, style, bulletText=bullet)
        p.struct = list_item(lst)
        out.append(p)
    return out
