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
        return LaidOutParagraph(markup, self.styles[style], **kw)

    def text(self, plain: str, style: str = "body") -> Paragraph:
        return LaidOutParagraph(esc(plain), self.styles[style])

    def bullets(self, items: Iterable[str], style: str = "bullet") -> list[Flowable]:
        """One bulleted paragraph per item of safe markup."""
        st: ParagraphStyle = self.styles[style]
        return [LaidOutParagraph(item, st, bulletText=BULLET) for item in items]

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
