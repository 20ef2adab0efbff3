"""The startdocument renderer: a class with overridable hooks (fonts, styles, story, page
decoration), after pretix's invoice renderer. No Qt here: the GUI runs it off its thread.
"""

from __future__ import annotations

import io
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Flowable, PageTemplate

from staan_desktop.domain.document import Trajectory

from .contents import PageNumbers
from .context import StoryContext
from .decoration import NumberedCanvas, PageDecoration
from .fonts import FontFamily, printable, register_fonts
from .footnotes import NoteFrame, PageNotes
from .options import Progress, RenderOptions
from .story import Heading, StoryBuilder
from .styles import Palette, stylesheet
from .tagging import Node, Tagger

LANGUAGE = "nl-NL"
CREATOR = "STAAN Desktop"


class _DocTemplate(BaseDocTemplate):
    """Adds outline entries and table-of-contents entries for headings, and reports progress."""

    def __init__(self, target: Any, *, progress: Progress | None = None, **kw: Any) -> None:
        super().__init__(target, **kw)
        self._progress = progress
        self._size = 1
        self._done = 0
        if progress is not None:
            self.setProgressCallBack(self._on_progress)

    def _on_progress(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self._size = max(1, value)
        elif kind == "PROGRESS" and self._progress is not None:
            # ReportLab counts flowables still to go, and a split puts pieces back: the count
            # can step back, a progress bar should not.
            done = min(max(value, self._done), self._size)
            if done != self._done:
                self._done = done
                self._progress(done, self._size)

    def afterPage(self) -> None:  # noqa: N802 (ReportLab's name)
        frame = self.frame
        if isinstance(frame, NoteFrame):
            frame.draw_notes(self.canv)

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, Heading) or not flowable.key:
            return
        # The heading has set its destination where it was drawn (Heading.drawOn).
        canvas = self.canv
        canvas.showOutline()
        canvas.addOutlineEntry(flowable.outline_title, flowable.key, level=flowable.level,
                               closed=flowable.level > 0)
        page_numbers = getattr(canvas, "page_numbers", None)
        if page_numbers is not None:
            page_numbers.heading_pages[flowable.key] = self.page


class StartdocumentRenderer:
    """Renders one trajectory. Subclass and override a hook to change one aspect."""

    pagesize = A4
    margin_left = 2.5 * cm
    margin_right = 2.5 * cm
    margin_top = 2.4 * cm
    margin_bottom = 2.3 * cm

    def __init__(self, tree: Trajectory, options: RenderOptions | None = None) -> None:
        self.tree = tree
        self.options = options or RenderOptions()
        self.fonts = self.register_fonts()
        self.palette = self.get_palette()
        self.styles = self.get_stylesheet()
        self.page_count = 0
        #: ``(page, rect)`` of each member's box on the signature page, once rendered.
        self.signature_boxes: list[tuple[int, tuple[float, float, float, float]]] = []
        #: The structure tree's root of the last story built (its elements in reading order).
        self.structure = Node("Document")
        #: Each heading key's contents entry, where its page number is tagged.
        self.contents_items: dict[str, Node] = {}
        #: The footnotes of the last story built, for the frames to print.
        self.page_notes: PageNotes | None = None

    # Hooks -------------------------------------------------------------------------------

    def register_fonts(self) -> FontFamily:
        return register_fonts()

    def get_palette(self) -> Palette:
        return Palette()

    def get_stylesheet(self) -> StyleSheet1:
        return stylesheet(self.fonts)

    @property
    def text_width(self) -> float:
        return float(self.pagesize[0] - self.margin_left - self.margin_right)

    def get_context(self) -> StoryContext:
        return StoryContext(self.tree, self.styles, self.fonts, self.text_width, self.options, self.palette)

    def get_story(self, ctx: StoryContext) -> list[Flowable]:
        builder = StoryBuilder(ctx)
        self.signature_boxes = builder.signature_boxes.boxes
        story = builder.build()
        self.structure = builder.root
        self.contents_items = builder.contents_items
        self.page_notes = builder.page_notes
        return story

    def get_decoration(self, ctx: StoryContext) -> PageDecoration:
        info = self.tree.trajectory
        return PageDecoration(
            fonts=self.fonts,
            header_text=info.short_name.strip() or info.title,
            # The status in words too, so the draft mark survives greyscale printing and text
            # extraction (the diagonal watermark does neither reliably).
            status_text="CONCEPT – nog niet vastgesteld" if ctx.is_concept else ctx.status_label,
            concept=ctx.is_concept,
            margin_left=self.margin_left,
            margin_right=self.margin_right,
            palette=self.palette,
        )

    def get_page_templates(self, decoration: PageDecoration) -> list[PageTemplate]:
        width, height = self.pagesize
        # A frame that keeps room at its foot for the footnotes of the page (footnotes.py).
        notes = self.page_notes or PageNotes(self.styles["footnote"], self.palette.rule)
        frame = partial(NoteFrame, self.margin_left, self.margin_bottom, self.text_width,
                        height - self.margin_top - self.margin_bottom, leftPadding=0, rightPadding=0,
                        topPadding=0, bottomPadding=0, notes=notes)
        return [
            PageTemplate(id="title", frames=[frame(id="title")], onPage=decoration.title_page),
            PageTemplate(id="body", frames=[frame(id="body")], onPage=decoration.body_page),
        ]

    def get_metadata(self, ctx: StoryContext) -> dict[str, str]:
        info = self.tree.trajectory
        keywords = ["startdocument", "samenwerking", *self.tree.municipalities, *info.character_keywords]
        subject = "Startdocument samenwerking"
        if info.short_name.strip():
            subject += f" {info.short_name.strip()}"
        sign_off = self.options.sign_off
        if sign_off is not None:
            subject += f" – vastgesteld door de stuurgroep op {sign_off.date}"
            keywords += ["vastgesteld"]
            if sign_off.version:
                keywords.append(f"versie {sign_off.version}")
            if sign_off.fingerprint:
                keywords.append(f"sha256:{sign_off.fingerprint}")
        else:
            keywords.append(ctx.status_label.lower())
        keywords += list(self.options.extra_keywords)
        return {
            # PDF/UA asks for a title: a title of only unprintable characters would leave none.
            "title": printable(info.title).strip() or "Startdocument",
            "subject": printable(subject),
            "keywords": printable(", ".join(k for k in keywords if k)),
            "author": printable(info.author_role),
        }

    def get_custom_metadata(self) -> dict[str, str]:
        sign_off = self.options.sign_off
        if sign_off is None:
            return {}
        values = {
            "StaanVastgesteldOp": sign_off.date,
            "StaanVergadering": sign_off.meeting,
            "StaanStuurgroep": "; ".join(sign_off.members),
            "StaanVersie": sign_off.version,
            "StaanVingerafdruk": sign_off.fingerprint,
        }
        return {k: printable(v) for k, v in values.items() if v}

    # Rendering ---------------------------------------------------------------------------

    def write(self, target: BinaryIO, progress: Progress | None = None) -> None:
        target.write(self.render(progress))

    def _build(self, target: BinaryIO, progress: Progress | None) -> Tagger:
        """ReportLab's part: lay out and draw the story, marking content as it is drawn."""
        ctx = self.get_context()
        story = self.get_story(ctx)
        decoration = self.get_decoration(ctx)
        meta = self.get_metadata(ctx)
        doc = _DocTemplate(
            target,
            progress=progress,
            pagesize=self.pagesize,
            leftMargin=self.margin_left,
            rightMargin=self.margin_right,
            topMargin=self.margin_top,
            bottomMargin=self.margin_bottom,
            creator=CREATOR,
            lang=LANGUAGE,
            invariant=1 if self.options.reproducible else 0,
            initialFontName=self.fonts.regular,
            **meta,
        )
        doc.addPageTemplates(self.get_page_templates(decoration))
        page_numbers = PageNumbers(right=float(self.pagesize[0] - self.margin_right), items=self.contents_items)
        tagger = Tagger(self.structure)
        canvasmaker = partial(NumberedCanvas, decoration=decoration, page_numbers=page_numbers,
                              info=self.get_custom_metadata(), tagger=tagger, lang=LANGUAGE, pdfVersion=(1, 7))
        doc.build(story, canvasmaker=canvasmaker)
        self.page_count = doc.page
        if progress is not None:
            progress(doc._size, doc._size)
        return tagger

    def render(self, progress: Progress | None = None) -> bytes:
        """The tagged PDF/A-2b, PDF/UA-1 document."""
        buffer = io.BytesIO()
        self._build(buffer, progress)
        return buffer.getvalue()


def render_pdf(tree: Trajectory, options: RenderOptions | None = None, progress: Progress | None = None) -> bytes:
    """The startdocument of ``tree`` as PDF bytes."""
    return StartdocumentRenderer(tree, options).render(progress)


def render_pdf_to_file(tree: Trajectory, path: Path, options: RenderOptions | None = None,
                       progress: Progress | None = None) -> None:
    """Convenience for scripts and tests; the application writes ``render_pdf``'s bytes
    atomically through its file service instead."""
    Path(path).write_bytes(render_pdf(tree, options, progress))
