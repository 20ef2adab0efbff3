"""The flowables of the startdocument, in reading order.

Title page, table of contents, the numbered chapters of the section tree, then the annexes
that have something to show. Footnotes are printed at the foot of the page that refers to
them (footnotes.py).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak, Spacer

from staan_desktop.domain.document import Conference, MethodTerms, Section
from staan_desktop.domain.methods import capital, terms_of

from . import after_session, after_session_blocks
from .blocks import BLOCKS
from .contents import contents_line, line_style
from .context import StoryContext
from .fonts import printable
from .footnotes import PageNotes, claim
from .paragraph import LaidOutParagraph
from .signatures import SignatureBoxes, signature_page
from .tables import EMPTY, cell, grid_table
from .tagging import Node, Rule, adopt, heading_tag, list_item
from .text import esc
from .titlepage import title_page


class Heading(LaidOutParagraph):
    """A heading that goes into the outline and (unless ``toc`` is false) the contents.

    Attributes are set after construction: ``Paragraph.split`` re-creates the class with the
    plain Paragraph signature.
    """

    key: str = ""
    level: int = 0
    outline_title: str = ""
    toc_markup: str = ""
    toc: bool = True

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        super().drawOn(canvas, x, y, _sW)
        if self.key:
            # Bookmarks and contents links lead to the heading itself, not the top of its page.
            _, top = canvas.absolutePosition(x, y + self.height)
            canvas.bookmarkHorizontalAbsolute(self.key, top + 2)


class StoryBuilder:
    def __init__(self, ctx: StoryContext) -> None:
        self.ctx = ctx
        self.headings: list[Heading] = []
        #: The structure tree's root; the story's elements hang under it in reading order.
        self.root = Node("Document")
        #: The contents entry of each heading key (its page number is stamped in it later).
        self.contents_items: dict[str, Node] = {}
        #: Filled while the signature page is drawn (see signatures.py).
        self.signature_boxes = SignatureBoxes()
        #: The footnotes as the frames print them at the foot of their pages.
        self.page_notes = PageNotes(ctx.styles["footnote"], ctx.palette.rule)

    # Pieces ------------------------------------------------------------------------------

    def heading(self, label: str, title: str, level: int, *, toc: bool = True) -> Heading:
        """``label`` is ours ("3.1.", "Bijlage 1"), ``title`` the user's."""
        style = self.ctx.styles[("h1", "h2", "h3")[min(level, 2)]]
        h = Heading(f"{label}\u2002{esc(title)}" if label else esc(title), style)
        h.key = f"h{len(self.headings) + 1}"
        h.level = level
        h.outline_title = printable(f"{label} {title}".strip()).replace("\n", " ")
        h.toc_markup = f"{label} {esc(title)}".strip()
        h.toc = toc
        h.struct.tag = heading_tag(level)
        self.headings.append(h)
        return h

    def footnotes(self, flowables: list[Flowable]) -> list[Flowable]:
        """The notes made for ``flowables`` go to the paragraphs whose marks refer to them,
        and are printed at the foot of their pages (footnotes.py). A note no paragraph
        shows the mark of (none should) is printed here, at the end of the chapter."""
        notes = claim(flowables, self.ctx.notes.take())
        if not notes:
            return []
        out: list[Flowable] = [Rule(width="30%", thickness=0.5, color=self.ctx.palette.rule,
                                    hAlign="LEFT", spaceBefore=6, spaceAfter=4)]
        out += [self.page_notes.paragraph(note) for note in notes]
        return out

    # The document ------------------------------------------------------------------------

    def build(self) -> list[Flowable]:
        story: list[Flowable] = [NextPageTemplate("body")]
        story += self.title_page()
        story.append(PageBreak())
        contents_heading = self.heading("", "Inhoud", 0, toc=False)
        body: list[Flowable] = []
        for number, section in enumerate(self.ctx.tree.sections, 1):
            chapter = self.section(section, (number,))
            body += chapter + self.footnotes(chapter)
        body += self.annexes()
        if self.ctx.options.signature_page and self.ctx.options.sign_off is not None:
            body += signature_page(self.ctx, self.heading("", "Ondertekening", 0), self.signature_boxes)
        # The contents can be laid out only now that every heading exists; see contents.py.
        contents = self.table_of_contents()
        if contents:
            story += [contents_heading, *contents, PageBreak()]
        else:
            self.headings.remove(contents_heading)
        story += body
        adopt(self.root, story)
        return story

    def title_page(self) -> list[Flowable]:
        return title_page(self.ctx)

    def table_of_contents(self) -> list[Flowable]:
        styles = [line_style(self.ctx.styles[name]) for name in ("toc0", "toc1", "toc2")]
        toc = Node("TOC")
        lines: list[Flowable] = []
        for h in self.headings:
            if h.toc:
                item = self.contents_items[h.key] = toc.add(Node("TOCI"))
                lines.append(contents_line(h.toc_markup, h.key, styles[min(h.level, 2)], item, h.outline_title))
        return lines

    def section(self, section: Section, number: tuple[int, ...]) -> list[Flowable]:
        level = len(number) - 1
        label = ".".join(str(n) for n in number) + "."
        h = self.heading(label, section.title, level)
        out: list[Flowable] = [CondPageBreak(90), h] if level == 0 else [CondPageBreak(60), h]
        self.ctx.section_level = level
        for block in section.blocks:
            out += BLOCKS[block.kind](self.ctx, block)
        for i, child in enumerate(section.children, 1):
            out += self.section(child, (*number, i))
        return out

    def annexes(self) -> list[Flowable]:
        self.ctx.section_level = 0
        # The annex names the meetings as the method does (werkconferentie, startgesprek, …).
        terms = terms_of(self.ctx.tree.method)
        parts = [
            ("Voorbereidende vragen", self.questions()),
            (esc(f"Deelnemers {terms.conference}"), self.participants()),
            *after_session_blocks.annexes(self.ctx),
            ("Openstaande opmerkingen", self.open_comments()),
        ]
        out: list[Flowable] = []
        number = 0
        for title, body in parts:
            if not body:
                continue
            number += 1
            out += [PageBreak() if number == 1 else CondPageBreak(120), self.heading(f"Bijlage {number}", title, 0), *body]
            out += self.footnotes(body)
        return out

    def questions(self) -> list[Flowable]:
        with_questions = [c for c in self.ctx.tree.conferences if any(q.strip() for q in c.questions)]
        out: list[Flowable] = []
        if not with_questions:
            return out
        terms = terms_of(self.ctx.tree.method)
        out.append(self.ctx.para(esc(f"{terms.prepared_by} hebben zich aan de hand van de volgende vragen "
                                     f"voorbereid op de {terms.conference}.")))
        numbered = self.ctx.styles["bullet"].clone("numbered", leftIndent=18)
        for conference in with_questions:
            if len(with_questions) > 1:
                out.append(self.ctx.para(esc(conference_name(conference, terms)), "caption"))
            questions = [q for q in conference.questions if q.strip()]
            numbered_list = Node("L", attributes={"ListNumbering": "Decimal"})
            for i, q in enumerate(questions, 1):
                item = LaidOutParagraph(esc(q), numbered, bulletText=f"{i}.")
                item.struct = list_item(numbered_list)
                out.append(item)
        return out

    def participants(self) -> list[Flowable]:
        """Who took part; the date, place and theme are on the title page."""
        ctx = self.ctx
        with_people = [c for c in ctx.tree.conferences if c.participants]
        out: list[Flowable] = []
        for conference in with_people:
            if len(with_people) > 1 or conference.theme.strip():
                name = conference_name(conference, terms_of(ctx.tree.method))
                if conference.theme.strip():
                    name += f" – {conference.theme}"
                out.append(ctx.para(esc(name), "caption"))
            party = "Partij" if ctx.tree.parties else "Gemeente"
            rows = [[cell(ctx, h, "cell_head") for h in ("Deelnemer", party, "Functie")]]
            for p in conference.participants:
                rows.append([cell(ctx, esc(p.name)), cell(ctx, esc(after_session.party_label(ctx.tree, p.municipality))),
                             cell(ctx, esc(p.function or EMPTY))])
            w = ctx.width
            out += [grid_table(ctx, rows, [w * 0.35, w * 0.3, w * 0.35], zebra=True), Spacer(1, 8)]
        return out

    def open_comments(self) -> list[Flowable]:
        ctx = self.ctx
        comments = ctx.options.open_comments
        if not comments:
            return []
        rows = [[cell(ctx, h, "cell_head") for h in ("Nr.", "Onderdeel", "Opmerking", "Van")]]
        for i, c in enumerate(comments, 1):
            by = " – ".join(x for x in (c.author, c.date) if x.strip())
            rows.append([cell(ctx, str(i)), cell(ctx, esc(c.where or EMPTY)), cell(ctx, esc(c.text)),
                         cell(ctx, esc(by or EMPTY))])
        w = ctx.width
        intro = ctx.para("Bij het opstellen van deze versie stonden de volgende opmerkingen nog open.")
        return [intro, grid_table(ctx, rows, [w * 0.07, w * 0.23, w * 0.48, w * 0.22], zebra=True)]


def conference_name(conference: Conference, terms: MethodTerms) -> str:
    """"Werkconferentie 30 mei 2012, Norg", in the method's word for a meeting."""
    where = ", ".join(x for x in (conference.date, conference.place) if x.strip())
    word = capital(terms.conference)
    return f"{word} {where}" if where else word
