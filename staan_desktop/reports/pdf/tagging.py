"""Tagged PDF while ReportLab draws: marked content on the page, a structure tree beside it.

Every flowable that shows content carries a :class:`Node` (its structure element: ``P``,
``H2``, ``LI``, ``TD``…), made when the story is built, so the tree's order is the story's
order, which is the reading order. When the flowable is drawn, :class:`Tagger` wraps what it
draws in ``/P <</MCID n>> BDC … EMC`` and records that marked-content id ``n`` on this page
belongs to that node. Whatever only decorates (headers, footers, page numbers, the CONCEPT
mark, table rules and fills, a repeated header row) is wrapped in ``/Artifact … BMC/BDC …
EMC``. The tree itself — structure elements, parent tree, annotation references — is written
by :mod:`.archive` into ReportLab's document just before the file is, from the nodes and ids here.

Nothing here changes what is drawn: only marked-content operators are added around it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, LongTable, Table
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.flowables import HRFlowable


@dataclass(frozen=True)
class Content:
    """A marked-content sequence: id ``mcid`` on page ``page`` (from 1)."""

    page: int
    mcid: int


@dataclass(frozen=True)
class Annotation:
    """The ``index``-th link annotation made on ``page``."""

    page: int
    index: int


@dataclass(eq=False)
class Node:
    """One structure element; ``kids`` are elements and content, in reading order."""

    tag: str
    kids: list[Node | Content | Annotation] = field(default_factory=list)
    parent: Node | None = field(default=None, repr=False)
    #: Alternative text (a figure's).
    alt: str = ""
    #: Layout and table attributes (``Scope``, ``BBox``), written as the element's /A.
    attributes: dict[str, Any] = field(default_factory=dict)
    #: Element id (a footnote's ``Note`` must have one).
    ident: str = ""
    #: What a link annotation under this element says it leads to (its /Contents).
    link_text: str = ""
    #: The ID of the element this one refers to (a footnote mark's ``Reference`` → its
    #: ``Note``), written as the element's /Ref.
    refers_to: str = ""

    def add(self, child: Node) -> Node:
        """Make ``child`` (moved from any earlier parent) the last element under this one."""
        if child.parent is not None:
            child.parent.kids.remove(child)
        child.parent = self
        self.kids.append(child)
        return child

    def top(self) -> Node:
        node = self
        while node.parent is not None:
            node = node.parent
        return node

    def walk(self) -> Iterator[Node]:
        yield self
        for kid in self.kids:
            if isinstance(kid, Node):
                yield from kid.walk()


def heading_tag(level: int) -> str:
    """``H1`` for a chapter (level 0), ``H2`` for a paragraph of it…, at most ``H6``."""
    return f"H{min(max(level, 0), 5) + 1}"


def list_item(parent: Node) -> Node:
    """A new ``LI`` under ``parent`` (an ``L``) with its ``Lbl`` and ``LBody``."""
    item = parent.add(Node("LI"))
    item.add(Node("Lbl"))
    item.add(Node("LBody"))
    return item


class Tagger:
    """Writes the marked-content operators and remembers which node each id belongs to."""

    def __init__(self, root: Node | None = None) -> None:
        self.root = root if root is not None else Node("Document")
        #: The page being drawn (from 1); the canvas keeps it current.
        self.page = 1
        #: Per page, the node of each marked-content id (the id is the index).
        self.marked: dict[int, list[Node]] = {}
        #: Per page, the node each link annotation belongs to, in the order they were made.
        self.links: dict[int, list[Node]] = {}
        self._open: list[Node | None] = []
        self._artifacts = 0
        #: An ``LBody`` to switch to once the bullet (its ``Lbl``) is drawn.
        self.pending_body: Node | None = None
        #: End the ``Lbl`` once the bullet is drawn (the body begins inside the text object
        #: of the item's text: references.py).
        self.end_after_bullet = False

    @property
    def current(self) -> Node | None:
        for node in reversed(self._open):
            if node is not None:
                return node
        return None

    def can_begin(self) -> bool:
        """Whether :meth:`begin` would open content here (not inside an artifact or content)."""
        return not self._artifacts and self.current is None

    def begin(self, canvas: Canvas, node: Node, code: list[str] | None = None) -> None:
        """Begin ``node``'s content, written to the page (or to ``code``: a text object's)."""
        if not self.can_begin():
            # Inside an artifact everything is artifact; content never nests in content.
            self._open.append(None)
            return
        ids = self.marked.setdefault(self.page, [])
        mcid = len(ids)
        ids.append(node)
        node.kids.append(Content(self.page, mcid))
        (canvas._code if code is None else code).append(f"/{node.tag} <</MCID {mcid}>> BDC")
        self._open.append(node)

    def end(self, canvas: Canvas, code: list[str] | None = None) -> None:
        if self._open.pop() is not None:
            (canvas._code if code is None else code).append("EMC")

    def switch(self, canvas: Canvas, node: Node, code: list[str] | None = None) -> None:
        """End the open content and begin ``node``'s (a list label, then its body)."""
        if self._open and self._open[-1] is not None:
            self.end(canvas, code)
            self.begin(canvas, node, code)

    @contextmanager
    def tagged(self, canvas: Canvas, node: Node) -> Iterator[None]:
        self.begin(canvas, node)
        try:
            yield
        finally:
            self.end(canvas)

    def begin_artifact(self, canvas: Canvas, kind: str = "", subtype: str = "") -> bool:
        """Begin decoration; what is drawn until :meth:`end_artifact` is an artifact. True
        if this call opened the artifact (one inside an artifact or content opens none)."""
        opened = self._artifacts == 0 and self.current is None
        if opened:
            props = f"/Type /{kind}" if kind else ""
            if subtype:
                props += f" /Subtype /{subtype}"
            canvas.addLiteral(f"/Artifact <<{props}>> BDC" if props else "/Artifact BMC")
        self._artifacts += 1
        return opened

    def end_artifact(self, canvas: Canvas, opened: bool) -> None:
        self._artifacts -= 1
        if opened:
            canvas.addLiteral("EMC")

    @contextmanager
    def artifact(self, canvas: Canvas, kind: str = "", subtype: str = "") -> Iterator[None]:
        opened = self.begin_artifact(canvas, kind, subtype)
        try:
            yield
        finally:
            self.end_artifact(canvas, opened)

    def link_made(self) -> None:
        """A link annotation was just added to the page: it belongs to the open element."""
        node = self.current
        if node is None:
            node = self.root.add(Node("Link"))
        index = len(self.links.setdefault(self.page, []))
        self.links[self.page].append(node)
        node.kids.append(Annotation(self.page, index))


def tagger_of(canvas: Canvas) -> Tagger | None:
    tagger: Tagger | None = getattr(canvas, "tagger", None)
    return tagger


@contextmanager
def artifact(canvas: Canvas, kind: str = "", subtype: str = "") -> Iterator[None]:
    """Whatever is drawn inside is decoration (a no-op on an untagged canvas)."""
    tagger = tagger_of(canvas)
    if tagger is None:
        yield
        return
    with tagger.artifact(canvas, kind, subtype):
        yield


@contextmanager
def tagged(canvas: Canvas, node: Node | None) -> Iterator[None]:
    tagger = tagger_of(canvas)
    if tagger is None or node is None:
        yield
        return
    with tagger.tagged(canvas, node):
        yield


# Paragraphs: the bullet of a list item is its label ------------------------------------------

_draw_bullet = rl_paragraph._drawBullet


def _tagged_bullet(canvas: Canvas, *args: Any, **kwargs: Any) -> Any:
    """ReportLab draws a paragraph's bullet first, in a text object of its own; once it is
    drawn, a list item's content continues as its ``LBody``."""
    result = _draw_bullet(canvas, *args, **kwargs)
    tagger = tagger_of(canvas)
    if tagger is not None and tagger.end_after_bullet:
        tagger.end_after_bullet = False
        tagger.end(canvas)
    elif tagger is not None and tagger.pending_body is not None:
        body, tagger.pending_body = tagger.pending_body, None
        tagger.switch(canvas, body)
    return result


# Called by name from Paragraph.drawPara; on an untagged canvas the wrapper changes nothing.
rl_paragraph._drawBullet = _tagged_bullet


def draw_paragraph_tagged(paragraph: Any, canvas: Canvas, draw: Any) -> None:
    """Draw ``paragraph`` (via ``draw()``) inside the marked content of its node."""
    tagger = tagger_of(canvas)
    node: Node | None = getattr(paragraph, "struct", None)
    if tagger is None or node is None:
        draw()
        return
    if node.tag in ("LI", "Note"):
        # A list item: Lbl (the bullet) and LBody; a footnote: Lbl (its number) and the
        # note's own content.
        elements = [kid for kid in node.kids if isinstance(kid, Node)]
        label, body = (elements[0], elements[1]) if node.tag == "LI" else (elements[0], node)
        if paragraph.bulletText:
            tagger.begin(canvas, label)
            tagger.pending_body = body
        else:
            tagger.begin(canvas, body)
        try:
            draw()
        finally:
            tagger.pending_body = None
            tagger.end(canvas)
        return
    with tagger.tagged(canvas, node):
        draw()


# Tables ----------------------------------------------------------------------------------


def _table_events(table: Table, event: str, *args: Any) -> None:
    """ReportLab's table render callback: fills and rules are artifacts, so is a header row
    repeated on a later page; cell content tags itself (its paragraphs carry their nodes)."""
    canvas = table.canv
    tagger = tagger_of(canvas)
    if tagger is None or event in ("startTable", "endTable"):
        return
    # Per open event: None for content, else whether its artifact was opened by it. Plain
    # calls, not a context manager per event: a table sends several events per cell.
    scopes: list[bool | None] = table.__dict__.setdefault("_artifact_scopes", [])
    if event.startswith("end"):
        opened = scopes.pop()
        if opened is not None:
            tagger.end_artifact(canvas, opened)
        return
    kind = subtype = ""
    if event in ("startBG", "startLines"):
        decoration = True
    elif event == "startRow":
        decoration = getattr(table, "continued", False) and args[0] < _repeat_count(table)
        # A header row repeated on a later page is a running head of that page.
        kind, subtype = ("Pagination", "Header") if decoration else ("", "")
    else:  # startCell: a plain string cell (only ever empty here) has no node
        decoration = not isinstance(args[2], (Flowable, list, tuple))
    scopes.append(tagger.begin_artifact(canvas, kind, subtype) if decoration else None)


def _repeat_count(table: Table) -> int:
    repeat = table.repeatRows
    return repeat if isinstance(repeat, int) else len(repeat)


class _TableTagging:
    """Mixin for ``Table``/``LongTable``: the render callback above, and the node and the
    "continued" flag handed on to the pieces of a split."""

    struct: Node | None = None
    continued = False
    #: The footnotes its cells refer to (footnotes.py sets them once the story is built).
    notes: tuple[Any, ...] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("renderCB", _table_events)
        super().__init__(*args, **kwargs)

    #: Whether nothing stands above the table in its frame; the frame says so before it asks
    #: for a split (footnotes.NoteFrame). Unknown: as ReportLab does.
    at_frame_top = True

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = self._split_rows(availWidth, availHeight)
        for i, part in enumerate(parts):
            part.struct = self.struct
            part.continued = self.continued or i > 0
        if self.notes and parts:
            # The first part (a page's worth of rows) is read for its notes; the rest keeps the
            # others, so that a long table is not read in full at every page.
            first = {id(n) for row in parts[0]._cellvalues for f in _cells(row) for n in getattr(f, "notes", ())}
            parts[0].notes = tuple(n for n in self.notes if id(n) in first)
            for part in parts[1:]:
                part.notes = tuple(n for n in self.notes if id(n) not in first)
        return parts

    def _split_rows(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """ReportLab's split, but a row is cut only at the top of a page: below other content a
        row that does not fit whole goes to the next page (where a row taller than a page is
        still cut). ReportLab would cut it where it stands, so that the rest of a long table
        began at a page's foot with its repeated header and a sliver of one row."""
        in_row: int = getattr(self, "splitInRow", 0)
        if not in_row or self.at_frame_top:
            return list(super().split(availWidth, availHeight))  # type: ignore[misc]
        self.splitInRow = 0
        try:
            parts: list[Flowable] = super().split(availWidth, availHeight)  # type: ignore[misc]
        finally:
            self.splitInRow = in_row
        for part in parts:
            part.splitInRow = in_row
        return parts


class TaggedTable(_TableTagging, Table):
    pass


class TaggedLongTable(_TableTagging, LongTable):
    pass


def _cells(row: list[object]) -> Iterator[Flowable]:
    for value in row:
        yield from _cell_flowables(value)


def _cell_flowables(value: object) -> list[Flowable]:
    if isinstance(value, Flowable):
        return [value]
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, Flowable)]
    return []


def adopt_into(parent: Node, flowables: Iterable[Flowable]) -> None:
    """Put the elements of ``flowables`` under ``parent``, in order (an element already
    somewhere in ``parent``'s tree stays where it is: the pieces of one list, say)."""
    home = parent.top()
    for flowable in flowables:
        node: Node | None = getattr(flowable, "struct", None)
        if node is not None:
            top = node.top()
            if top is not home:
                parent.add(top)


def tag_table(table: Table, rows: list[list[object]], *, header_rows: int | tuple[int, ...] = 1,
              header_cols: int = 0) -> Table:
    """``Table`` > ``TR`` > ``TH``/``TD`` for the rows of ``table`` (as given to it). Header
    rows' cells (the first ``header_rows``, or those numbered) are column headers, header
    columns' cells row headers."""
    heads = set(range(header_rows)) if isinstance(header_rows, int) else set(header_rows)
    node = Node("Table")
    for r, row in enumerate(rows):
        tr = node.add(Node("TR"))
        for c, value in enumerate(row):
            if r in heads:
                cell = Node("TH", attributes={"Scope": "Column"})
            elif c < header_cols:
                cell = Node("TH", attributes={"Scope": "Row"})
            else:
                cell = Node("TD")
            flowables = _cell_flowables(value)
            only: Node | None = getattr(flowables[0], "struct", None) if len(flowables) == 1 else None
            if only is not None and only.tag == "P" and only.parent is None and not only.kids:
                # A cell of one paragraph: the paragraph's content is the cell's (one element
                # less per cell, which is most of a table's elements).
                only.tag, only.attributes = cell.tag, cell.attributes
                tr.add(only)
                continue
            tr.add(cell)
            adopt_into(cell, flowables)
    table.struct = node
    return table


def tag_list_table(table: Table, rows: list[list[object]]) -> Table:
    """A table that is a list in disguise (the 5 K's: a letter tile beside its text):
    ``L`` > ``LI`` > ``Lbl`` (first column) and ``LBody`` (the rest)."""
    node = Node("L")
    for row in rows:
        item = node.add(Node("LI"))
        label = item.add(Node("Lbl"))
        body = item.add(Node("LBody"))
        for c, value in enumerate(row):
            adopt_into(label if c == 0 else body, _cell_flowables(value))
    table.struct = node
    return table


# Other flowables -------------------------------------------------------------------------


class Rule(HRFlowable):
    """A horizontal rule: decoration."""

    def draw(self) -> None:
        with artifact(self.canv):
            super().draw()


class Figure(Flowable):
    """A drawing (a chart) as a ``Figure`` with alternative text and its box on the page."""

    def __init__(self, drawing: Flowable, alt: str) -> None:
        super().__init__()
        self.drawing = drawing
        self.struct = Node("Figure", alt=alt)
        self.hAlign = getattr(drawing, "hAlign", "LEFT")

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = self.drawing.wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x1, y1 = canvas.absolutePosition(0, 0)
        x2, y2 = canvas.absolutePosition(self.width, self.height)
        self.struct.attributes.setdefault("BBox", (round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2)))
        with tagged(canvas, self.struct):
            self.drawing.drawOn(canvas, 0, 0)


def adopt(root: Node, story: Iterable[Flowable]) -> None:
    """Hang the elements of ``story`` (top-level flowables and the contents of their
    ``KeepTogether``s) under ``root`` in story order: that is the reading order."""
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            adopt(root, flowable._content)
            continue
        adopt_into(root, [flowable])
