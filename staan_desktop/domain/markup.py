"""The safe markup of free-text sections.

Users write plain text with a few conventions, never HTML or ReportLab markup:

* an empty line separates paragraphs;
* a line that starts with ``- `` (or ``• ``) is a bullet; consecutive bullets form a list;
* ``**bold**`` and ``*italic*``;
* ``[^text of the footnote]`` places a footnote mark;
* a backslash takes the next character literally (``\\*`` is an asterisk).

The parser turns that into plain data; every renderer escapes the text itself, so nothing a
user types can become markup in the PDF or in a label.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class FootnoteMark:
    text: str


Inline = Span | FootnoteMark


@dataclass(frozen=True)
class Paragraph:
    inlines: tuple[Inline, ...]


@dataclass(frozen=True)
class BulletList:
    items: tuple[tuple[Inline, ...], ...]


BlockNode = Paragraph | BulletList

BULLET_PREFIXES = ("- ", "• ", "* ")


@dataclass
class _InlineParser:
    source: str
    pos: int = 0
    bold: bool = False
    italic: bool = False
    out: list[Inline] = field(default_factory=list)
    buf: list[str] = field(default_factory=list)

    def flush(self) -> None:
        if self.buf:
            self.out.append(Span("".join(self.buf), self.bold, self.italic))
            self.buf = []

    def parse(self) -> tuple[Inline, ...]:
        s = self.source
        while self.pos < len(s):
            ch = s[self.pos]
            if ch == "\\" and self.pos + 1 < len(s):
                self.buf.append(s[self.pos + 1])
                self.pos += 2
            elif s.startswith("[^", self.pos):
                end = _closing_bracket(s, self.pos + 2)
                if end < 0:
                    self.buf.append(ch)
                    self.pos += 1
                    continue
                self.flush()
                self.out.append(FootnoteMark(_unescape(s[self.pos + 2 : end])))
                self.pos = end + 1
            elif s.startswith("**", self.pos):
                self.flush()
                self.bold = not self.bold
                self.pos += 2
            elif ch == "*":
                self.flush()
                self.italic = not self.italic
                self.pos += 1
            else:
                self.buf.append(ch)
                self.pos += 1
        self.flush()
        return _merge(self.out)


def _closing_bracket(s: str, start: int) -> int:
    i = start
    while i < len(s):
        if s[i] == "\\":
            i += 2
            continue
        if s[i] == "]":
            return i
        i += 1
    return -1


def _unescape(s: str) -> str:
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append(s[i + 1])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def _merge(inlines: list[Inline]) -> tuple[Inline, ...]:
    merged: list[Inline] = []
    for item in inlines:
        last = merged[-1] if merged else None
        if (
            isinstance(item, Span)
            and isinstance(last, Span)
            and (last.bold, last.italic) == (item.bold, item.italic)
        ):
            merged[-1] = Span(last.text + item.text, item.bold, item.italic)
        elif not (isinstance(item, Span) and item.text == ""):
            merged.append(item)
    return tuple(merged)


def parse_inline(text: str) -> tuple[Inline, ...]:
    return _InlineParser(text).parse()


def parse(text: str) -> tuple[BlockNode, ...]:
    """Split markup into paragraphs and bullet lists."""
    nodes: list[BlockNode] = []
    paragraph: list[str] = []
    bullets: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            nodes.append(Paragraph(parse_inline("\n".join(paragraph))))
            paragraph.clear()

    def end_bullets() -> None:
        if bullets:
            nodes.append(BulletList(tuple(parse_inline(b) for b in bullets)))
            bullets.clear()

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.rstrip()
        stripped = line.lstrip()
        if not stripped:
            end_paragraph()
            end_bullets()
        elif stripped.startswith(BULLET_PREFIXES):
            end_paragraph()
            bullets.append(stripped[2:])
        elif bullets and raw[:1].isspace():
            bullets[-1] += " " + stripped
        else:
            end_bullets()
            paragraph.append(line)
    end_paragraph()
    end_bullets()
    return tuple(nodes)


def plain_text(inlines: tuple[Inline, ...]) -> str:
    """The readable words of a run of inlines, without footnote texts."""
    return "".join(i.text for i in inlines if isinstance(i, Span))


def escape_literal(text: str) -> str:
    """Markup source that reads back as exactly ``text`` (one paragraph, no formatting)."""
    out = []
    for ch in text:
        if ch in "\\*[":
            out.append("\\")
        out.append(ch)
    return "".join(out)
