"""The last page of a signed-off version: *Ondertekening*, a named box per steering-group member.

It is part of the story, so it has the page template of every other page (margins, header,
footer, "pagina N van M" counting it) and the document's embedded fonts. The boxes only draw
a frame and remember where they landed; the signing service then puts an empty signature
field on each, so that every member can sign in their own PDF reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.platypus import Flowable, PageBreak, Spacer

from staan_desktop.domain.fingerprint import grouped

from .context import StoryContext
from .fonts import printable
from .tagging import Node, artifact, tagged
from .text import esc

#: The line that introduces the boxes.
INVITATION = "Elk lid van de stuurgroep kan hieronder digitaal ondertekenen in de eigen PDF-lezer."
BOX_HEIGHT = 62.0
NAME_GAP = 14.0
ROW_GAP = 26.0
COLUMNS = 2
COLUMN_GAP = 30.0


def signer_id(index: int) -> str:
    """The structure element ID of the ``index``-th member's name (from 0)."""
    return f"ondertekenaar-{index + 1}"


@dataclass
class SignatureBoxes:
    """Where the boxes landed: ``(page number from 1, (x1, y1, x2, y2))`` per member, in order."""

    boxes: list[tuple[int, tuple[float, float, float, float]]] = field(default_factory=list)


class _BoxRow(Flowable):
    """Up to :data:`COLUMNS` members side by side: the name, and an empty frame beneath it."""

    def __init__(self, ctx: StoryContext, names: tuple[str, ...], first: int, found: SignatureBoxes) -> None:
        super().__init__()
        self._ctx = ctx
        self._names = names
        self._first = first
        self._found = found
        self._box_width = (ctx.width - COLUMN_GAP * (COLUMNS - 1)) / COLUMNS
        #: The names are text (one ``P`` each); the empty frames are decoration. Each name has
        #: an ID, so that the signing step can put the member's field (a ``Form``) beside it.
        self.struct = Node("Div")
        self._name_nodes = [self.struct.add(Node("P", ident=signer_id(first + k))) for k in range(len(names))]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, NAME_GAP + BOX_HEIGHT + ROW_GAP

    def draw(self) -> None:
        canvas = self.canv
        ctx = self._ctx
        page = getattr(canvas, "current_page", None) or canvas.getPageNumber()
        for k, name in enumerate(self._names):
            x = k * (self._box_width + COLUMN_GAP)
            top = NAME_GAP + BOX_HEIGHT + ROW_GAP
            canvas.saveState()
            canvas.setFont(ctx.fonts.bold, 10)
            canvas.setFillColor(ctx.palette.accent)
            with tagged(canvas, self._name_nodes[k]):
                canvas.drawString(x, top - 10, _fit(printable(name), ctx.fonts.bold, 10, self._box_width))
            canvas.setStrokeColor(ctx.palette.rule)
            canvas.setLineWidth(0.6)
            bottom = top - NAME_GAP - BOX_HEIGHT
            with artifact(canvas):
                canvas.rect(x, bottom, self._box_width, BOX_HEIGHT)
            canvas.restoreState()
            x1, y1 = canvas.absolutePosition(x, bottom)
            x2, y2 = canvas.absolutePosition(x + self._box_width, bottom + BOX_HEIGHT)
            index = self._first + k
            # A row is drawn once; should ReportLab ever draw it again, keep the last place.
            while len(self._found.boxes) <= index:
                self._found.boxes.append((0, (0.0, 0.0, 0.0, 0.0)))
            self._found.boxes[index] = (page, (float(x1), float(y1), float(x2), float(y2)))


def _fit(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def signature_page(ctx: StoryContext, heading: Flowable, found: SignatureBoxes) -> list[Flowable]:
    """The page after the last annex: ``heading`` (made by the story builder, so that it is
    in the outline and the contents), the decision and fingerprint, and the members' boxes."""
    sign_off = ctx.options.sign_off
    assert sign_off is not None
    statement = "Vastgesteld door de stuurgroep"
    if sign_off.date.strip():
        statement += f" op {esc(sign_off.date)}"
    if sign_off.meeting.strip():
        statement += f" ({esc(sign_off.meeting)})"
    if sign_off.version.strip():
        statement += f", versie {esc(sign_off.version)}"
    out: list[Flowable] = [PageBreak(), heading, ctx.para(statement + ".")]
    if sign_off.fingerprint.strip():
        out.append(ctx.para(f"Vingerafdruk (SHA-256) van de vastgestelde inhoud:<br/>{esc(grouped(sign_off.fingerprint))}"))
    out += [ctx.para(INVITATION), Spacer(1, 10)]
    members = sign_off.members
    for first in range(0, len(members), COLUMNS):
        # A row that does not fit goes to the next page whole (it cannot split).
        out.append(_BoxRow(ctx, tuple(members[first : first + COLUMNS]), first, found))
    return out
