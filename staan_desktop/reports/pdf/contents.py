"""A table of contents that needs one pass instead of two.

ReportLab's ``TableOfContents`` learns the page numbers in one full build and prints them in
the next: every document is laid out twice. But all titles are known before the build, and a
page number never changes how a contents line wraps (its column is reserved), so the lines
can be laid out at once and only the numbers are stamped in when the canvas saves, next to
"pagina X van Y". For a 200-page document that halves the rendering time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from .paragraph import LaidOutParagraph
from .tagging import Node, artifact, tagged

CALLBACK = "staan_contents_line"
#: Room at the right of each contents line for its page number.
NUMBER_COLUMN = 34.0
LEADER = " . "


def line_style(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` with room at the right for the page number; make it once per level."""
    return ParagraphStyle(f"{style.name}-line", parent=style, rightIndent=NUMBER_COLUMN)


def contents_line(markup: str, key: str, style: ParagraphStyle, item: Node | None = None, title: str = "") -> Paragraph:
    """One line of the contents, linked to its heading; ``key`` is ours (``h12``), never
    user text, so it is safe inside the tag attributes. ``style`` comes from :func:`line_style`.
    Tagged as a ``Link`` (text and annotation) inside ``item``, the line's ``TOCI``, which
    gets the page number when it is stamped."""
    line = LaidOutParagraph(f'<a href="#{key}">{markup}</a><onDraw name="{CALLBACK}" label="{key}"/>', style)
    if item is not None:
        line.struct.tag = "Link"
        line.struct.link_text = f"Naar {title}" if title else ""
        item.add(line.struct)
    return line


@dataclass
class _Slot:
    key: str
    x: float
    y: float
    font: str
    size: float


@dataclass
class PageNumbers:
    """Collects where numbers go while pages are drawn and which page each heading is on."""

    right: float  # absolute x where the numbers end (the right margin)
    heading_pages: dict[str, int] = field(default_factory=dict)
    #: The contents entry (``TOCI``) of each heading key: its page number is tagged in it.
    items: dict[str, Node] = field(default_factory=dict)
    slots: dict[int, list[_Slot]] = field(default_factory=dict)

    def install(self, canvas: Canvas) -> None:
        canvas.setNamedCB(CALLBACK, self._on_line_end)

    def _on_line_end(self, canvas: Canvas, kind: str, key: str) -> None:
        info = getattr(canvas, "_curr_tx_info", None)
        if info is None:
            return
        x, y = float(info["cur_x"]), float(info["cur_y"])
        tx = info["tx"]
        abs_x, abs_y = canvas.absolutePosition(x, y)
        page = getattr(canvas, "current_page", None) or canvas.getPageNumber()
        self.slots.setdefault(page, []).append(_Slot(key, abs_x, abs_y, tx._fontname, tx._fontsize))

    def stamp(self, canvas: Canvas, page: int) -> None:
        """Dot leaders and number of each contents line on ``page``; drawn after the line's
        text, so that copied or extracted text reads "3.1. Titel . . . 4"."""
        for slot in self.slots.get(page, ()):
            number = self.heading_pages.get(slot.key)
            if number is None:
                continue
            label = str(number)
            leader_w = stringWidth(LEADER, slot.font, slot.size)
            # The dots end one space before this line's own number, as a word processor's dot
            # leader tab does: a wider gap (dots ending in one column before the widest number,
            # a one-digit number further right) reads as a column of its own to text
            # extraction, which then lists all one-digit numbers after their titles.
            end = self.right - stringWidth(label, slot.font, slot.size) - stringWidth(" ", slot.font, slot.size)
            count = int((end - slot.x) / leader_w) if leader_w else 0
            canvas.saveState()
            canvas.setFont(slot.font, slot.size)
            if count > 0:
                # The dots fill the room from the title's end exactly (spread by a fraction of
                # a point each): a gap left before them would split the line for text extraction.
                dots = LEADER * count
                spread = (end - slot.x - count * leader_w) / len(dots)
                with artifact(canvas):
                    text = canvas.beginText(slot.x, slot.y)
                    text.setFont(slot.font, slot.size)
                    text.setCharSpace(spread)
                    text.textOut(dots)
                    canvas.drawText(text)
            with tagged(canvas, self.items.get(slot.key)):
                canvas.drawRightString(self.right, slot.y, label)
            canvas.restoreState()
