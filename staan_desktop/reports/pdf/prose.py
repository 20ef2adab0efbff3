"""Safe markup as a story: the one place that turns a text of the document into flowables
(a text block, a role's description, an option's description, a step of the toetsingskader)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from staan_desktop.domain import markup

from .context import StoryContext
from .text import inline_markup


def prose(ctx: StoryContext, source: str) -> list[Flowable]:
    """Safe markup (paragraphs, bullets, bold, italic, footnotes) as flowables."""
    out: list[Flowable] = []
    for node in markup.parse(source):
        if isinstance(node, markup.Paragraph):
            text = inline_markup(node.inlines, ctx.notes)
            if text.strip():
                out.append(ctx.para(text))
        else:
            items = [inline_markup(item, ctx.notes) for item in node.items]
            out += ctx.bullets(items)
            out.append(Spacer(1, 4))
    return out
