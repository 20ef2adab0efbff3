"""The startdocument as a Word file (python-docx), with the same content as the PDF.

What is printed, in which order and with which labels is decided once, by the PDF's story
(``reports/pdf/story.py`` and its blocks). This renderer asks that story for its flowables and
writes each as its Word counterpart: headings in Word's built-in *Heading 1–3*, bulleted and
numbered items in *List Bullet* / *List Number*, grid tables as real tables whose header row
repeats on every page (``w:tblHeader``), footnote marks as real footnotes, the score chart as a
picture with its alternative text. Page decoration (header, footer, CONCEPT mark) and the
contents belong to the PDF's pages and are left to Word.

A municipality's own template (``.dotx`` or ``.docx``) can be given: its styles, page set-up,
headers and footers are kept, its body text is replaced by the startdocument.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Pt
from docx.table import Table as WordTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table

from staan_desktop.domain.document import Trajectory
from staan_desktop.domain.messages import MessageError, msg
from staan_desktop.reports.pdf.context import StoryContext
from staan_desktop.reports.pdf.fonts import printable
from staan_desktop.reports.pdf.options import RenderOptions
from staan_desktop.reports.pdf.renderer import StartdocumentRenderer
from staan_desktop.reports.pdf.story import Heading, StoryBuilder
from staan_desktop.reports.pdf.tagging import Figure

from .footnotes import Footnotes
from .markup import WordNotes, runs
from .raster import drawing_png

#: The PDF story's paragraph styles → Word's built-in styles (the rest is *Normal*).
STYLE_MAP = {"title": "Title", "subtitle": "Subtitle", "h1": "Heading 1", "h2": "Heading 2", "h3": "Heading 3",
             "caption": "Caption"}
#: Paragraph styles of the PDF that Word shows smaller (notes under a chart or table).
SMALL_STYLES = {"chart_note", "title_small", "cell", "cell_bullet", "cell_head", "cell_right", "cell_head_right"}
#: Paragraph styles of the PDF that are bold as a whole (header cells, the 5 K's letters).
BOLD_STYLES = {"cell_head", "cell_head_right", "motive_letter", "signoff"}
BULLET_STYLE = "List Bullet"
NUMBER_STYLE = "List Number"
TABLE_STYLE = "Table Grid"
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
#: Largest template read: a house style is a few hundred kB, with a logo a few MB.
MAX_TEMPLATE = 20 * 1024 * 1024
CHART_DPI = 200
LANGUAGE = "nl-NL"


class TemplateError(MessageError):
    """A template that cannot be used; the message is Dutch and names no system detail."""


@dataclass(frozen=True)
class WordInfo:
    """What the Word file says about itself, besides the content."""

    #: "versie 3" or "concept".
    version_label: str
    fingerprint: str
    #: Authors in the document properties: the parties (municipalities).
    author: str = ""
    #: A line added to the provenance note (e.g. that this is the public version).
    extra_note: str = ""


class _WordStory(StoryBuilder):
    """The PDF's story without what only pages need: footnotes go into Word's footnotes part,
    the contents is Word's own to build from the headings."""

    def footnotes(self, flowables: list[Flowable]) -> list[Flowable]:
        return []

    def table_of_contents(self) -> list[Flowable]:
        return []


def load_template(path: Path) -> Document:
    """A Word document whose styles and page set-up the startdocument takes over.

    A ``.dotx`` differs from a ``.docx`` only in its main part's content type, which python-docx
    refuses: read it as a document instead."""
    name = Path(path).name
    try:
        if Path(path).stat().st_size > MAX_TEMPLATE:
            raise TemplateError(msg("template.too_large", name=name))
        data = Path(path).read_bytes()
    except OSError as exc:
        raise TemplateError(msg("template.unreadable", name=name)) from exc
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zin:
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zout:
                for item in zin.infolist():
                    if item.file_size > MAX_TEMPLATE:
                        raise TemplateError(msg("template.part_too_large", name=name))
                    content = zin.read(item.filename)
                    if item.filename == "[Content_Types].xml":
                        content = content.replace(TEMPLATE_MAIN.encode(), DOCX_MAIN.encode())
                    zout.writestr(item, content)
        document = docx.Document(io.BytesIO(buffer.getvalue()))
    except TemplateError:
        raise
    except Exception as exc:  # noqa: BLE001 - zipfile, lxml and python-docx each raise their own
        raise TemplateError(msg("template.not_word_template", name=name)) from exc
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):  # keep the page set-up, headers and footers
            body.remove(child)
    return document


class WordRenderer:
    def __init__(self, tree: Trajectory, options: RenderOptions | None = None, *, info: WordInfo,
                 template: Path | None = None) -> None:
        self.tree = tree
        self.options = options or RenderOptions()
        self.info = info
        self.template = template
        self._pdf = StartdocumentRenderer(tree, self.options)
        self.ctx: StoryContext = self._pdf.get_context()
        self.ctx.notes = WordNotes()
        self.document: Document = load_template(template) if template is not None else docx.Document()
        self.notes = Footnotes(self.document)
        self.set_language()

    # Styles ------------------------------------------------------------------------------

    def style(self, name: str, kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH) -> Any:
        """A built-in style by name, added when a template left it out (python-docx's own
        default has them all; a municipality's template may not)."""
        try:
            return self.document.styles[name]
        except KeyError:
            return self.document.styles.add_style(name, kind)

    def set_language(self) -> None:
        """Dutch as the text's language (spelling, hyphenation, a screen reader's voice), unless
        the template already names one."""
        styles = self.document.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = parse_xml(f"<w:docDefaults {nsdecls('w')}/>")
            styles.insert(0, defaults)
        run_defaults = defaults.find(qn("w:rPrDefault"))
        if run_defaults is None:
            run_defaults = parse_xml(f"<w:rPrDefault {nsdecls('w')}/>")
            defaults.insert(0, run_defaults)
        rpr = run_defaults.find(qn("w:rPr"))
        if rpr is None:
            rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
            run_defaults.append(rpr)
        if rpr.find(qn("w:lang")) is None:
            rpr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{LANGUAGE}" w:eastAsia="{LANGUAGE}" w:bidi="ar-SA"/>'))
        else:
            lang = rpr.find(qn("w:lang"))
            if lang.get(qn("w:val")) in (None, "en-US") and self.template is None:
                lang.set(qn("w:val"), LANGUAGE)

    # Walking the story -------------------------------------------------------------------

    def render(self) -> bytes:
        story = _WordStory(self.ctx).build()
        self.add(self.document, story, top=True)
        self.provenance()
        self.properties()
        self.drop_thumbnail()
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    def add(self, container: Any, flowables: Iterable[Any], *, top: bool = False) -> None:
        for flowable in flowables:
            if isinstance(flowable, (list, tuple)):
                self.add(container, flowable, top=top)
            elif isinstance(flowable, Heading):
                self.paragraph(container, flowable, style=f"Heading {min(flowable.level, 2) + 1}")
            elif isinstance(flowable, Paragraph):
                self.paragraph(container, flowable)
            elif isinstance(flowable, Table):
                self.table(container, flowable)
            elif isinstance(flowable, Figure):
                self.chart(container, flowable.drawing, flowable.struct.alt)
            elif isinstance(flowable, KeepTogether):
                self.add(container, flowable._content, top=top)
            elif isinstance(flowable, PageBreak) and top:
                self.page_break()
            # Spacers, rules, conditional page breaks and template switches are page layout.

    def page_break(self) -> None:
        body = self.document.paragraphs
        if body and body[-1].text == "" and not body[-1].runs:
            body[-1].add_run().add_break(WD_BREAK.PAGE)
        else:
            self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def new_paragraph(self, container: Any, style: str | None) -> WordParagraph:
        if isinstance(container, _Cell):
            first: WordParagraph = container.paragraphs[0]
            # A new cell holds one empty paragraph: fill that one first (an earlier paragraph
            # that stayed empty is taken again, which loses nothing).
            if len(container.paragraphs) == 1 and not first.runs and not container.tables:
                if style:
                    first.style = self.style(style)
                return first
        paragraph = cast(WordParagraph, container.add_paragraph())
        if style:
            paragraph.style = self.style(style)
        return paragraph

    def paragraph(self, container: Any, flowable: Paragraph, style: str | None = None) -> WordParagraph:
        source = flowable.style.name
        bullet = (getattr(flowable, "bulletText", None) or "").strip()
        if style is None:
            if bullet:
                style = NUMBER_STYLE if bullet[:1].isdigit() else BULLET_STYLE
            elif source == "footnote":
                style = None
            else:
                style = STYLE_MAP.get(source)
        paragraph = self.new_paragraph(container, style)
        self.fill(paragraph, flowable.text, small=source in SMALL_STYLES or isinstance(container, _Cell),
                  bold=source in BOLD_STYLES)
        if source in ("cell_right", "cell_head_right"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT  # as the numbers stand in the PDF
        return paragraph

    def fill(self, paragraph: WordParagraph, markup: str, *, small: bool = False, bold: bool = False) -> None:
        notes = {n.number: n.text for n in self.ctx.notes.all}
        for run in runs(markup):
            if run.note is not None:
                self.notes.add(paragraph, printable(notes.get(run.note, "")))
            elif run.line_break:
                paragraph.add_run().add_break()
            else:
                r = paragraph.add_run(run.text)
                r.bold = run.bold or bold or None
                r.italic = run.italic or None
                if small:
                    r.font.size = Pt(9)

    def table(self, container: Any, flowable: Table) -> WordTable:
        rows: Sequence[Sequence[Any]] = flowable._cellvalues
        columns = max((len(r) for r in rows), default=0)
        table: WordTable = container.add_table(rows=len(rows), cols=columns)
        table.style = self.style(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
        header_rows = int(getattr(flowable, "repeatRows", 0) or 0)
        widths = self.column_widths(flowable, columns)
        if widths:
            table.autofit = False
            for column, width in zip(table.columns, widths, strict=True):
                column.width = width  # the grid LibreOffice lays out by
        for r, values in enumerate(rows):
            row = table.rows[r]
            if r < header_rows:
                # Repeat the header row at the top of every page, and tell a screen reader it is one.
                row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
            for c, value in enumerate(values):
                if widths:
                    row.cells[c].width = widths[c]
                self.cell(row.cells[c], value)
        if not isinstance(container, _Cell):
            self.document.add_paragraph()  # Word glues two adjacent tables into one
        return table

    def column_widths(self, flowable: Table, columns: int) -> list[Any]:
        """The PDF's column widths, scaled to the Word page's text width."""
        given = [float(w) for w in (getattr(flowable, "_argW", None) or []) if isinstance(w, (int, float))]
        if len(given) != columns or sum(given) <= 0:
            return []
        section = self.document.sections[-1]
        available = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
        if available <= 0:
            return []
        total = sum(given)
        return [Emu(int(available * w / total)) for w in given]

    def cell(self, cell: _Cell, value: Any) -> None:
        if isinstance(value, str):
            if value:
                self.new_paragraph(cell, None).add_run(printable(value)).font.size = Pt(9)
        elif isinstance(value, (list, tuple)):
            self.add(cell, value)
        elif value is not None:
            self.add(cell, [value])

    def chart(self, container: Any, drawing: Drawing, alt: str) -> None:
        """The chart as a picture with the PDF figure's alternative text (one wording for both)."""
        png = drawing_png(drawing, CHART_DPI)
        paragraph = self.new_paragraph(container, None)
        width = Pt(float(drawing.width))
        paragraph.add_run().add_picture(io.BytesIO(png), width=width)
        for doc_pr in paragraph._p.iter(qn("wp:docPr")):
            doc_pr.set("descr", printable(alt))
            doc_pr.set("title", "Scores van de preferente taakvelden")

    # What the file says about itself -----------------------------------------------------

    def provenance(self) -> None:
        line = f"Gemaakt met STAAN Desktop uit {self.info.version_label}; vingerafdruk (SHA-256): {self.info.fingerprint}."
        if self.info.extra_note:
            line += " " + self.info.extra_note
        paragraph = self.document.add_paragraph()
        run = paragraph.add_run(line)
        run.italic = True
        run.font.size = Pt(8)

    def drop_thumbnail(self) -> None:
        """The package's preview picture is of python-docx's or the template's own content."""
        package = self.document.part.package
        for rid, rel in list(package.rels.items()):
            if rel.reltype == RT.THUMBNAIL:
                del package.rels[rid]

    def properties(self) -> None:
        meta = self._pdf.get_metadata(self.ctx)
        props = self.document.core_properties
        props.title = meta["title"][:255]
        props.subject = meta["subject"][:255]
        props.keywords = meta["keywords"][:255]
        props.author = printable(self.info.author)[:255]
        props.comments = (f"{self.info.version_label}; vingerafdruk sha256:{self.info.fingerprint}"
                          + (f"; {self.info.extra_note}" if self.info.extra_note else ""))[:255]
        props.last_modified_by = "STAAN Desktop"
        props.language = LANGUAGE
        props.category = "Startdocument"
        props.content_status = self.ctx.status_label
        props.revision = 1


def render_docx(tree: Trajectory, options: RenderOptions | None = None, *, info: WordInfo,
                template: Path | None = None) -> bytes:
    """The startdocument of ``tree`` as the bytes of a ``.docx``."""
    return WordRenderer(tree, options, info=info, template=template).render()


__all__ = ["TemplateError", "WordInfo", "WordRenderer", "load_template", "render_docx"]
