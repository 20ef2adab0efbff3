"""What every page carries besides the story: header, footer, "pagina X van Y", the CONCEPT
watermark, and the document information (metadata) of the file."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any

from reportlab import rl_config
from reportlab.lib import rl_accel
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfdoc import (
    LinkAnnotation,
    PDFBase85Encode,
    PDFDate,
    PDFDictionary,
    PDFInfo,
    PDFPage,
    PDFStream,
    PDFString,
    PDFZCompress,
)
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from .archive import write_catalogue, write_structure
from .bidi import visual
from .contents import PageNumbers
from .fonts import FontFamily, printable
from .styles import Palette
from .tagging import Tagger, artifact

FOOTER_SIZE = 7.5


@dataclass
class PageDecoration:
    """Draws on each page; the renderer hands it out to the page templates and the canvas."""

    fonts: FontFamily
    header_text: str
    status_text: str
    concept: bool
    margin_left: float
    margin_right: float
    palette: Palette = field(default_factory=Palette)
    _fit_cache: dict[tuple[str, float], str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def watermark(self, canvas: Canvas) -> None:
        """A light diagonal CONCEPT under the content of every page of a draft."""
        if not self.concept:
            return
        w, h = canvas._pagesize
        with artifact(canvas, "Pagination", "Watermark"):
            canvas.saveState()
            canvas.setFillColor(self.palette.watermark)
            canvas.setFillAlpha(0.45)
            canvas.translate(w / 2, h / 2)
            canvas.rotate(52)
            canvas.setFont(self.fonts.bold, 96)
            canvas.drawCentredString(0, -34, "CONCEPT")
            canvas.restoreState()

    def title_page(self, canvas: Canvas, doc: Any) -> None:
        self.watermark(canvas)
        self._footer_line(canvas)

    def body_page(self, canvas: Canvas, doc: Any) -> None:
        self.watermark(canvas)
        w, h = canvas._pagesize
        right = w - self.margin_right
        canvas.saveState()
        canvas.setFont(self.fonts.regular, FOOTER_SIZE)
        canvas.setFillColor(self.palette.muted)
        y = h - 1.45 * cm
        with artifact(canvas, "Pagination", "Header"):
            canvas.drawString(self.margin_left, y, self._fitted(self.header_text, right - self.margin_left))
            canvas.setStrokeColor(self.palette.rule)
            canvas.setLineWidth(0.5)
            canvas.line(self.margin_left, y - 4, right, y - 4)
        canvas.restoreState()
        self._footer_line(canvas)

    def _footer_line(self, canvas: Canvas) -> None:
        w, _ = canvas._pagesize
        right = w - self.margin_right
        y = 1.3 * cm
        canvas.saveState()
        with artifact(canvas, "Pagination", "Footer"):
            canvas.setStrokeColor(self.palette.rule)
            canvas.setLineWidth(0.5)
            canvas.line(self.margin_left, y + 10, right, y + 10)
            canvas.setFont(self.fonts.regular, FOOTER_SIZE)
            canvas.setFillColor(self.palette.muted)
            canvas.drawString(self.margin_left, y, self._fitted(self.status_text, (right - self.margin_left) * 0.6))
        canvas.restoreState()

    def _fitted(self, text: str, width: float) -> str:
        """``_fit`` once per document: header and status are the same on every page."""
        key = (text, width)
        fitted = self._fit_cache.get(key)
        if fitted is None:
            fitted = self._fit_cache[key] = _fit(text, self.fonts.regular, width)
        return fitted

    def page_number(self, canvas: Canvas, page: int, total: int) -> None:
        """Drawn when the page count is known, after the story has been laid out."""
        w, _ = canvas._pagesize
        canvas.saveState()
        canvas.setFont(self.fonts.regular, FOOTER_SIZE)
        canvas.setFillColor(self.palette.muted)
        with artifact(canvas, "Pagination", "Footer"):
            canvas.drawRightString(w - self.margin_right, 1.3 * cm, f"pagina {page} van {total}")
        canvas.restoreState()


def _fit(text: str, font: str, width: float, size: float = FOOTER_SIZE) -> str:
    text = visual(printable(text).replace("\n", " "))
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[: max(0, min(len(text) - 1, int(len(text) * width / stringWidth(text, font, size))))]
    return text.rstrip() + "…"


class _Info(PDFInfo):
    """The document information dictionary: what is set of ReportLab's entries (PDF/A wants
    each repeated in the XMP, so none empty, and no Trapped flag, which the XMP leaves out),
    with our own keys (sign-off facts) added."""

    extra: dict[str, str]

    def values(self, document: Any) -> dict[str, str]:
        """The standard entries as written (the XMP says the same)."""
        date = PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter)
        yyyy, mm, dd, hh, m, s = date.date
        stamp = date.dateFormatter(*date.date) if date.dateFormatter else (
            f"D:{yyyy:04d}{mm:02d}{dd:02d}{hh:02d}{m:02d}{s:02d}{date.dhh:+03d}'{date.dmm:02d}'")
        entries = {"Title": self.title, "Author": self.author, "Subject": self.subject, "Keywords": self.keywords,
                   "Producer": self.producer, "Creator": self.creator, "CreationDate": stamp, "ModDate": stamp}
        return {key: value for key, value in entries.items() if value}

    def format(self, document: Any) -> bytes:
        entries: dict[str, Any] = {key: PDFString(value) for key, value in self.values(document).items()}
        for key, value in getattr(self, "extra", {}).items():
            entries[key] = PDFString(value)
        dictionary: bytes = PDFDictionary(entries).format(document)
        return dictionary


class _Base85Filter:
    """ReportLab's ASCII85 stream filter, giving the same bytes with the standard library's
    encoder. Without ReportLab's optional C accelerator its encoder is a Python loop over every
    four bytes, the largest single cost of writing the file."""

    pdfname = PDFBase85Encode.pdfname

    def encode(self, data: bytes | str) -> str:
        if not isinstance(data, bytes) or rl_config.wrapA85:
            encoded: str = PDFBase85Encode.encode(data)
            return encoded
        return base64.a85encode(data).decode("latin-1") + "~>"

    def decode(self, text: str) -> bytes:
        decoded: bytes = PDFBase85Encode.decode(text)
        return decoded


_BASE85 = _Base85Filter() if "asciiBase85Encode" not in rl_accel._c_funcs else None


def _quick_contents(page: PDFPage) -> None:
    """Give ``page`` now the content stream ``PDFPage.check_format`` would make when the file is
    written, with the faster filter of the same output."""
    if _BASE85 is None or page.Contents or not page.stream or not page.compression or not rl_config.useA85:
        return
    stream = PDFStream(content=page.stream, filters=[_BASE85, PDFZCompress])
    stream.__Comment__ = "page stream"
    page.Contents = stream


class NumberedCanvas(Canvas):
    """Keeps each page until the end, then stamps "pagina X van Y" and the page numbers of
    the contents on all of them (pretix's approach: the total is only known at the end).

    A PDF page object only comes into being at the real ``showPage``; bookmarks made while
    a page is held back are therefore replayed when that page is finally written.
    """

    def __init__(self, *args: Any, decoration: PageDecoration, page_numbers: PageNumbers,
                 info: dict[str, str] | None = None, tagger: Tagger | None = None, lang: str = "nl-NL",
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: Marks content as it is drawn (see tagging.py); it follows the page being drawn.
        self.tagger = tagger
        self._lang = lang
        #: The link annotations made on each page, in order (they get a place in the structure).
        self._links: dict[int, list[Any]] = {}
        self._decoration = decoration
        self.page_numbers = page_numbers
        page_numbers.install(self)
        self._saved_pages: list[dict[str, Any]] = []
        self._bookmarks: dict[int, list[tuple[str, dict[str, Any]]]] = {}
        custom = _Info()
        custom.extra = dict(info or {})
        self._doc.info = custom

    @property
    def current_page(self) -> int:
        return len(self._saved_pages) + 1

    def bookmarkPage(self, key: str, **kw: Any) -> None:  # noqa: N802 (ReportLab's name)
        self._bookmarks.setdefault(self.current_page, []).append((key, kw))

    def showPage(self) -> None:  # noqa: N802
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()
        if self.tagger is not None:
            self.tagger.page = self.current_page

    def linkRect(self, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        super().linkRect(*args, **kwargs)
        if self.tagger is not None:
            self.tagger.link_made()

    def _addAnnotation(self, annotation: Any, name: Any = None, addtopage: int = 1) -> None:  # noqa: N802
        super()._addAnnotation(annotation, name, addtopage)
        if isinstance(annotation, LinkAnnotation):
            self._links.setdefault(self.current_page, []).append(annotation)

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, 1):
            self.__dict__.update(state)
            if self.tagger is not None:
                self.tagger.page = number
            for key, kw in self._bookmarks.get(number, ()):
                Canvas.bookmarkPage(self, key, **kw)
            self.page_numbers.stamp(self, number)
            self._decoration.page_number(self, number, total)
            Canvas.showPage(self)
            _quick_contents(self._doc.Pages.pages[-1])
        if self.tagger is not None:
            write_structure(self._doc, self.tagger, self._links)
            write_catalogue(self._doc, self._doc.info.values(self._doc), self._lang)
        Canvas.save(self)
