"""A footnote's mark in the text as a ``Reference`` element of its own.

PDF/UA-1 asks that the mark of a footnote in the body be tagged ``Reference``, inside the
paragraph, pointing to its ``Note``. ReportLab draws all lines of a paragraph in one text
object, and marked content must nest properly with text objects (``BT``/``ET``): a sequence
begun outside the text object cannot end inside it. So a paragraph that shows marks opens its
own content *inside* its text object, and there ends it before each mark, marks the mark as
the ``Reference``'s content and begins the paragraph's content again after it:

    BT /P <</MCID 0>> BDC (… eigenaren.) Tj EMC
       /Reference <</MCID 1>> BDC (¹) Tj EMC
       /P <</MCID 2>> BDC ( De stuurgroep …) Tj T* … EMC ET

Only marked-content operators are added; the text is drawn as before, split where the mark
begins and ends (the same glyphs at the same places). The ``Reference``'s /Ref names the
``Note`` by the ID the note has in the tree (:attr:`.text.Footnote.ident`).
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from .tagging import Node, Tagger, draw_paragraph_tagged, tagger_of
from .text import Footnote, superscript

#: How much drawn text is kept to find the word a mark was put after (marks_in's 12
#: characters, and the marks of notes before it in a run such as "¹²").
_TAIL = 40


class MarkedText(PDFTextObject):
    """A paragraph's text object whose content is ``body``'s, each footnote mark of ``notes``
    (in the order they are drawn) a ``Reference`` under ``body``."""

    def __init__(self, canvas: Canvas, x: float, y: float, *, tagger: Tagger, body: Node,
                 notes: list[Footnote]) -> None:
        super().__init__(canvas, x, y)
        self._tagger = tagger
        self._body = body
        self._notes = list(notes)
        #: The end of the text drawn so far: a mark's word may end in an earlier call (bold
        #: text before a plain mark is a fragment of its own).
        self._drawn = ""
        #: Whether the body's content is open; after a mark it is opened again only when
        #: more text follows (no empty sequence for a mark at the end of the text).
        self._open = False

    def _textOut(self, text: Any, TStar: int = 0) -> None:  # noqa: N802, N803 (ReportLab's names)
        if type(text) is str:  # a shaped string cannot be cut; its marks stay in the text
            while self._notes:
                note = self._notes[0]
                mark = superscript(note.number)
                at = self._find(text, note.after, mark)
                if at < 0:
                    break
                if at:
                    self._out(text[:at])
                self._close()
                self._tagger.begin(self._canvas, self._body.add(Node("Reference", refers_to=note.ident)),
                                   self._code)
                super()._textOut(mark)
                self._tagger.end(self._canvas, self._code)
                self._drawn = (self._drawn + text[:at] + mark)[-_TAIL:]
                text = text[at + len(mark):]
                del self._notes[0]
            self._drawn = (self._drawn + text + ("\n" if TStar else ""))[-_TAIL:]
        self._out(text, TStar)

    def _out(self, text: Any, TStar: int = 0) -> None:  # noqa: N803
        if text and not self._open:
            self._tagger.begin(self._canvas, self._body, self._code)
            self._open = True
        super()._textOut(text, TStar)

    def _close(self) -> None:
        if self._open:
            self._tagger.end(self._canvas, self._code)
            self._open = False

    def _find(self, text: str, after: str, mark: str) -> int:
        """Where in ``text`` the mark stands right behind ``after``, or -1."""
        at = text.find(mark)
        while at >= 0:
            if (self._drawn + text[:at]).endswith(after):
                return at
            at = text.find(mark, at + 1)
        return -1

    def getCode(self) -> str:  # noqa: N802 (ReportLab's name)
        self._close()
        code: str = super().getCode()
        return code


def draw_with_references(paragraph: Any, canvas: Canvas, draw: Any) -> None:
    """Draw ``paragraph`` (via ``draw()``), which shows the marks of ``paragraph.notes``, with
    each mark a ``Reference``; where nothing is tagged, or inside an artifact (a header row
    repeated on a later page), as :func:`draw_paragraph_tagged` does."""
    tagger = tagger_of(canvas)
    node: Node | None = getattr(paragraph, "struct", None)
    if tagger is None or node is None or not tagger.can_begin() or node.tag == "Note":
        draw_paragraph_tagged(paragraph, canvas, draw)
        return
    body = node
    if node.tag == "LI":
        label, body = [kid for kid in node.kids if isinstance(kid, Node)][:2]
        if paragraph.bulletText:
            tagger.begin(canvas, label)
            tagger.end_after_bullet = True
    paragraph.text_tagging = {"tagger": tagger, "body": body, "notes": list(paragraph.notes)}
    try:
        draw()
    finally:
        paragraph.text_tagging = None
        if tagger.end_after_bullet:  # no bullet was drawn after all
            tagger.end_after_bullet = False
            tagger.end(canvas)
