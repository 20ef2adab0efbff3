"""Footnotes at the foot of the page that refers to them.

ReportLab has no footnotes. Here the frame does it: each paragraph knows the notes its marks
refer to (:func:`claim`, after the story is built); when the frame places a flowable with
notes not yet printed, it first raises its own bottom by the height those notes take, so the
flowable is placed — or split, or moved to the next page — in what is left above them. At
the end of the page (``afterPage``) the notes are drawn in the room kept free: a short rule
(decoration) and each note as a ``Note`` element (its number a ``Lbl``) with its ID.

In the structure tree a page's notes follow the last element drawn on that page before them
(a paragraph, a list, a table): the order in which they are read, on screen and aloud, is
the order of the page. A note is printed once, also when the header row that refers to it
is repeated on the next page.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, Table

from .paragraph import LaidOutParagraph
from .tagging import Node, artifact, tagger_of
from .text import Footnote, esc, marks_in, superscript

#: Room above the first note: the gap below the text and the short rule.
RULE_SPACE = 10.0
#: Between two notes.
NOTE_GAP = 1.5
_SUPERSCRIPT_DIGITS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")


def _paragraphs(flowables: Iterable[Any]) -> Iterable[LaidOutParagraph]:
    """The paragraphs of ``flowables`` in reading order (table cells row by row, the
    content of containers such as ``KeepTogether``)."""
    for flowable in flowables:
        if isinstance(flowable, LaidOutParagraph):
            yield flowable
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:
                for value in row:
                    yield from _paragraphs(value if isinstance(value, (list, tuple)) else [value])
        elif isinstance(flowable, (list, tuple)):
            yield from _paragraphs(flowable)
        else:
            content = getattr(flowable, "_content", None)
            if content:
                yield from _paragraphs(content)


def claim(flowables: Iterable[Flowable], notes: list[Footnote]) -> list[Footnote]:
    """Give each paragraph of ``flowables`` the notes (of ``notes``, numbered in document
    order) its marks refer to; the notes no paragraph claimed are returned."""
    waiting = list(notes)
    if not waiting:
        return waiting
    flowables = list(flowables)
    for paragraph in _paragraphs(flowables):
        text = paragraph.getPlainText()
        if not _SUPERSCRIPT_DIGITS.intersection(text):
            continue
        mine = marks_in(text, waiting)
        if mine:
            paragraph.notes = paragraph.notes + tuple(mine)
            del waiting[: len(mine)]
            if not waiting:
                break
    for table in _tables(flowables):
        table.notes = tuple(note for p in _paragraphs([table]) for note in p.notes)
    return waiting


def _tables(flowables: Iterable[Any]) -> Iterable[Any]:
    for flowable in flowables:
        if isinstance(flowable, Table):
            yield flowable
        else:
            yield from _tables(getattr(flowable, "_content", None) or ())


def notes_in(flowable: Any) -> list[Footnote]:
    """The notes ``flowable`` refers to: a paragraph's, a table's (set by :func:`claim` and
    handed on when it splits), those of a container's content."""
    notes = getattr(flowable, "notes", None)
    if notes is not None:
        return list(notes)
    content = getattr(flowable, "_content", None)
    if content:
        return [note for f in content for note in notes_in(f)]
    return []


class PageNotes:
    """The notes of the document as paragraphs, and which are printed where."""

    def __init__(self, style: ParagraphStyle, rule_color: Any) -> None:
        self.style = style
        self.rule_color = rule_color
        self._paragraphs: dict[int, LaidOutParagraph] = {}
        #: The note style for numbers wider than its room, by how much wider.
        self._wide: dict[float, ParagraphStyle] = {}
        #: Numbers of the notes printed (or kept room for) on a page so far.
        self.printed: set[int] = set()

    def __deepcopy__(self, memo: dict[int, Any]) -> PageNotes:
        # ReportLab deep-copies the current frame to measure a KeepTogether; the notes are
        # the document's, not the frame's: shared, not copied (a copy costs 3x the export).
        return self

    def paragraph(self, note: Footnote) -> LaidOutParagraph:
        p = self._paragraphs.get(note.number)
        if p is None:
            label = superscript(note.number)
            p = LaidOutParagraph(esc(note.text), self._style(label), bulletText=label)
            p.struct.tag = "Note"
            p.struct.ident = note.ident
            p.struct.add(Node("Lbl"))
            self._paragraphs[note.number] = p
        return p

    def _style(self, label: str) -> ParagraphStyle:
        """The note style, its number (right-aligned at ``bulletIndent``, a space before the
        text) moved right, text and all, by as much as a long number needs: "¹⁰⁰" would
        otherwise begin left of the margin."""
        style = self.style
        extra = round(max(0.0, stringWidth(label, style.bulletFontName, style.bulletFontSize) - style.bulletIndent), 2)
        if not extra:
            return style
        wide = self._wide.get(extra)
        if wide is None:
            wide = self._wide[extra] = ParagraphStyle(f"{style.name}-{len(label)}", parent=style,
                                                      bulletIndent=style.bulletIndent + extra,
                                                      leftIndent=style.leftIndent + extra)
        return wide

    def height(self, notes: list[Footnote], width: float) -> float:
        if not notes:
            return 0.0
        return RULE_SPACE + sum(self.paragraph(n).wrap(width, 10_000)[1] + NOTE_GAP for n in notes)


class NoteFrame(Frame):
    """A frame whose bottom part holds the footnotes of what is placed in it."""

    def __init__(self, *args: Any, notes: PageNotes, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.notes = notes
        #: The notes this page prints, in order.
        self.placed: list[Footnote] = []

    def _reset(self) -> None:
        super()._reset()
        self._y1p = self._y1 + self._bottomPadding
        self.placed = []

    def _new_notes(self, flowable: Any) -> list[Footnote]:
        found = notes_in(flowable)
        if not found:
            return found
        # Printed before (a repeated header row refers to it again) or kept room for here.
        return [n for n in found if n.number not in self.notes.printed]

    def _reserve(self, new: list[Footnote]) -> float:
        width = self._getAvailableWidth()
        extra = self.notes.height(self.placed + new, width) - self.notes.height(self.placed, width)
        self._y1p += extra
        return extra

    def add(self, flowable: Any, canv: Any, trySplit: int = 0) -> int:  # noqa: N803 (ReportLab's name)
        new = self._new_notes(flowable)
        if not new:
            return int(super().add(flowable, canv, trySplit))
        extra = self._reserve(new)
        if super().add(flowable, canv, trySplit):
            self.placed += new
            self.notes.printed.update(n.number for n in new)
            return 1
        self._y1p -= extra
        return 0

    def split(self, flowable: Any, canv: Any) -> list[Any]:
        """Split so that the first part fits together with the notes it brings: first with
        room for all the flowable's new notes; then with room for only those the first part
        brought (it may grow into the room of the rest); back to the last good split when a
        larger first part would bring more. A flowable whose notes alone fill the page starts
        from the notes of what fits without any."""
        reserved = self._new_notes(flowable)
        if not reserved:
            return self._split_keeping(flowable, canv, [])
        best: list[Any] = []
        for _ in range(6):
            parts = self._split_keeping(flowable, canv, reserved)
            if not parts:
                if best:
                    break
                plain = self._split_keeping(flowable, canv, [])
                if not plain:
                    return plain
                reserved = self._new_notes(plain[0])
                continue
            brought = self._new_notes(parts[0])
            if not {n.number for n in brought} <= {n.number for n in reserved}:
                break
            best = parts
            if len(brought) == len(reserved):
                break
            reserved = brought
        return best

    def _split_keeping(self, flowable: Any, canv: Any, notes: list[Footnote]) -> list[Any]:
        extra = self._reserve(notes) if notes else 0.0
        if hasattr(flowable, "at_frame_top"):  # a table cuts a row only at the top of a page
            flowable.at_frame_top = bool(self._atTop)
        try:
            parts: list[Any] = super().split(flowable, canv)
        finally:
            self._y1p -= extra
        return parts

    def draw_notes(self, canv: Any) -> None:
        """At the end of the page: the rule and the notes in the room kept for them, each
        ``Note`` hung in the structure after the last element drawn on this page."""
        if not self.placed:
            return
        width = self._getAvailableWidth()
        x = self._x1 + self._leftPadding
        top = self._y1 + self._bottomPadding + self.notes.height(self.placed, width)
        _place_in_structure(canv, [self.notes.paragraph(n).struct for n in self.placed])
        with artifact(canv):
            canv.saveState()
            canv.setStrokeColor(self.notes.rule_color)
            canv.setLineWidth(0.5)
            canv.line(x, top - 4, x + width * 0.3, top - 4)
            canv.restoreState()
        y = top - RULE_SPACE
        for note in self.placed:
            p = self.notes.paragraph(note)
            _, h = p.wrap(width, 10_000)
            p.drawOn(canv, x, y - h)
            y -= h + NOTE_GAP
        self.placed = []


def _place_in_structure(canv: Any, nodes: list[Node]) -> None:
    tagger = tagger_of(canv)
    if tagger is None:
        return
    root = tagger.root
    drawn = tagger.marked.get(tagger.page, [])
    anchor: Node | None = drawn[-1] if drawn else None
    while anchor is not None and anchor.parent is not root:
        anchor = anchor.parent
    position = root.kids.index(anchor) + 1 if anchor is not None else len(root.kids)
    # After the notes of an earlier page that follow the same element.
    while position < len(root.kids):
        kid = root.kids[position]
        if not isinstance(kid, Node) or kid.tag != "Note" or kid in nodes:
            break
        position += 1
    for offset, node in enumerate(nodes):
        if node.parent is not None:
            node.parent.kids.remove(node)
        node.parent = root
        root.kids.insert(position + offset, node)
