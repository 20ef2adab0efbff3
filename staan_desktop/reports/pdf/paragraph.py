"""The paragraph every part of the story uses.

Two savings over a plain ReportLab ``Paragraph``, neither changing a byte of the output:

* Our markup is already parsed once (``domain.markup``) and written back as a handful of tags
  (``<b>``, ``<i>``, ``<br/>``, and in the contents a link and a callback) around escaped text. ReportLab would run Python's HTML tokenizer
  over it again for every paragraph; for that small vocabulary a regular expression finds the
  same tags and entities. Bold, italic, line breaks and entities then become fragments directly,
  equal field by field to the parser's; a link or callback is handed to ReportLab's own parser
  callbacks, in the order the tokenizer would have. Anything else goes the usual way.
* ReportLab breaks a paragraph into lines at every ``wrap``, and it wraps the same paragraph
  more than once at the same width: a heading's ``keepWithNext`` measures the heading and the
  paragraph after it and then the frame measures both again to place them; a table measures
  every cell when it computes row heights, again at each page split and once more when it
  draws. The line breaking depends only on the width, so the second time reuses the first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from typing import Any

from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from .references import MarkedText, draw_with_references
from .tagging import Node, draw_paragraph_tagged
from .text import Footnote, marks_in

#: The tags and entities our text helpers write (see text.py; the link and callback of a
#: contents line, contents.py, whose attribute values are our own keys), or (last group) any
#: other markup, which sends the paragraph to ReportLab's full parser.
_TOKEN = re.compile(r'<(/?)([bi])>|(<br/>)|&(amp|lt|gt);|<a href="(#[\w-]+)">|(</a>)'
                    r'|<onDraw name="([\w-]+)" label="([\w-]+)"/>|([<&])')
#: Where a token can start. Searching for these first and matching ``_TOKEN`` only there is
#: several times faster than ``_TOKEN.finditer``, which tries every alternative at every
#: character of the text.
_MARK = re.compile(r"[<&]")


_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}
#: Returned by ``_direct_frags`` for a link or callback: their fragments depend on the link
#: and underline bookkeeping of ReportLab's parser, so those go through its callbacks.
_USE_PARSER: list[Any] = []


def _pieces(text: str) -> Iterator[tuple[str, re.Match[str] | None]]:
    """``text`` as (plain text, the mark after it) pairs; the last pair's mark is None."""
    pos = 0
    while (mark := _MARK.search(text, pos)) is not None:
        match = _TOKEN.match(text, mark.start())
        assert match is not None  # its last alternative matches any mark
        yield text[pos:mark.start()], match
        pos = match.end()
    yield text[pos:], None


def _direct_frags(text: str, style: Any) -> list[Any] | None:
    """The fragments ReportLab's parser makes of bold, italic, line breaks and entities, built
    as it builds them but without its per-fragment ``copy.copy`` and method dispatch, which
    cost more than the rest of a short paragraph's parsing. Each fragment's attributes, their
    order and the lists they share are those the parser gives (see ``ParaParser._push``,
    ``handle_data``, ``start_br``/``end_br``). None for markup the parser would reject (it
    then raises its own error), ``_USE_PARSER`` for a link or callback."""
    try:
        family, bold, italic = ps2tt(style.fontName)
    except ValueError:
        return None
    # The state at the bottom of the parser's stack: _initial_frag, then start_para's tag.
    top = {"rise": 0, "greek": 0, "link": [], "fontName": family, "bold": bold, "italic": italic,
           "fontSize": style.fontSize, "textColor": style.textColor, "us_lines": [], "__tag__": "para"}
    stack = [top]
    # What handle_data copies: the state with the concrete font of its bold and italic.
    shown = {**top, "fontName": tt2ps(family, bold, italic)}
    frags: list[Any] = []
    new = ParaFrag.__new__

    def emit(fields: dict[str, Any]) -> None:
        frag = new(ParaFrag)
        frag.__dict__ = fields
        frags.append(frag)

    for plain, match in _pieces(text):
        if plain:
            emit({**shown, "text": plain})
        if match is None:
            break
        if match.group(9) is not None:
            return None
        if match.group(5) is not None or match.group(6) is not None or match.group(7) is not None:
            return _USE_PARSER
        closing, tag, br, entity = match.group(1, 2, 3, 4)
        if tag is not None:
            if closing:
                if top["__tag__"] != tag:
                    return None
                stack.pop()
                top = stack[-1]
            else:
                top = {**top, "__tag__": tag, ("bold" if tag == "b" else "italic"): 1}
                stack.append(top)
            shown = {**top, "fontName": tt2ps(top["fontName"], top["bold"], top["italic"])}
        elif br is not None:
            emit({**shown, "__tag__": "br", "lineBreak": True, "text": ""})
        else:
            emit({**shown, "text": _ENTITIES[entity]})
    if len(stack) != 1:
        return None
    textTransformFrags(frags, style)
    return frags


def _quick_frags(text: str, style: Any) -> list[Any] | None:
    """The fragments ReportLab's parser makes of ``text`` (already cleaned), or None when
    ``text`` holds markup beyond the small set above."""
    frags = _direct_frags(text, style)
    if frags is not _USE_PARSER:
        return frags
    parser = ParaParser()
    parser.caseSensitive = 1
    parser._setup_for_parse(style)
    parser.handle_starttag("para", [])
    for plain, match in _pieces(text):
        if plain:
            parser.handle_data(plain)
        if match is None:
            break
        if match.group(9) is not None:
            return None
        closing, tag, br, entity, href, link_end, callback, label = match.group(1, 2, 3, 4, 5, 6, 7, 8)
        if tag is not None:
            if closing:
                parser.handle_endtag(tag)
            else:
                parser.handle_starttag(tag, [])
        elif br is not None:  # a self-closing tag: start and end, as HTMLParser reports it
            parser.handle_starttag("br", [])
            parser.handle_endtag("br")
        elif href is not None:
            parser.handle_starttag("a", [("href", href)])
        elif link_end is not None:
            parser.handle_endtag("a")
        elif callback is not None:  # HTMLParser lower-cases the tag name
            parser.handle_starttag("ondraw", [("name", callback), ("label", label)])
            parser.handle_endtag("ondraw")
        else:
            parser.handle_entityref(entity)
    parser.handle_endtag("para")
    parsed: tuple[Any, list[Any] | None, list[Any] | None] = parser._complete_parse()
    _, frags, bullet_frags = parsed
    if frags is None or bullet_frags:
        return None
    textTransformFrags(frags, style)
    return frags


def _part_text(part: Paragraph) -> str:
    """The text of a part of a split paragraph: a part made of plain lines holds its words
    in fragments without text, which ``getPlainText`` does not see."""
    text: str = part.getPlainText()
    return text or " ".join(word for frag in part.frags for word in getattr(frag, "words", ()))


class LaidOutParagraph(Paragraph):
    """A ``Paragraph`` that skips the HTML tokenizer for our own markup and whose ``wrap``
    at the width of its last ``wrap`` is free. It is tagged: ``struct`` is its structure
    element (a ``P`` unless the story says otherwise), shared by the pieces of a split."""

    _wrapped: tuple[int, float, tuple[float, float]] | None = None
    struct: Node
    #: The footnotes its marks refer to (printed at the foot of its page; footnotes.py).
    notes: tuple[Footnote, ...] = ()
    #: While it is drawn with its marks as ``Reference``s: what its text object needs.
    text_tagging: dict[str, Any] | None = None

    def __init__(self, text: str | None, style: Any = None, bulletText: str | None = None,  # noqa: N803
                 frags: list[Any] | None = None, caseSensitive: int = 1, encoding: str = "utf8") -> None:  # noqa: N803
        if frags is None and text is not None and style is not None and caseSensitive == 1 and not text.startswith("<para"):
            cleaned = cleanBlockQuotedText(text)
            quick = _quick_frags(cleaned, style)
            if quick is not None:
                text, frags = cleaned, quick
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
        self.struct = Node("P")

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        parts: list[Any] = super().split(availWidth, availHeight)
        for part in parts:
            part.struct = self.struct
        if self.notes:
            # Each note goes with the part that shows its mark; one no part shows (none
            # should) with the last part, so that no note is lost.
            waiting = list(self.notes)
            for part in parts:
                mine = marks_in(_part_text(part), waiting) if waiting else []
                part.notes = tuple(mine)
                del waiting[: len(mine)]
            if waiting and parts:
                parts[-1].notes += tuple(waiting)
        return parts

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        draw = partial(Paragraph.drawOn, self, canvas, x, y, _sW)
        if self.notes:
            draw_with_references(self, canvas, draw)
        else:
            draw_paragraph_tagged(self, canvas, draw)

    def beginText(self, x: float, y: float) -> Any:  # noqa: N802 (ReportLab's hook)
        if self.text_tagging is None:
            return super().beginText(x, y)
        return MarkedText(self.canv, x, y, **self.text_tagging)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # Keyed on id(self) too: ReportLab copies paragraphs when it splits them, and a copy
        # must lay itself out afresh; a refused split deletes the layout (blPara).
        memo = self._wrapped
        if memo is not None and memo[0] == id(self) and memo[1] == availWidth and "blPara" in self.__dict__:
            return memo[2]
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped = (id(self), availWidth, size)
        return size
