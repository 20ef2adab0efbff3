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

import re
from dataclasses import dataclass


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


#: One token of inline markup: an escaped character, a footnote opening, bold or italic
#: markers, or a run of plain text (matched whole, so long texts are not walked per character).
_TOKEN = re.compile(r"\\(.)|(\[\^)|(\*\*)|(\*)|([^\\*\[]+)|(.)", re.DOTALL)


def _parse_inlines(s: str) -> tuple[Inline, ...]:
    out: list[Inline] = []
    buf: list[str] = []
    bold = italic = False
    pos = 0

    def flush() -> None:
        if buf:
            out.append(Span("".join(buf), bold, italic))
            buf.clear()

    while pos < len(s):
        match = _TOKEN.match(s, pos)
        assert match is not None  # the last alternative matches any character
        escaped, footnote, double, single, plain, other = match.groups()
        pos = match.end()
        if escaped is not None:
            buf.append(escaped)
        elif footnote is not None:
            end = _closing_bracket(s, pos)
            if end < 0:
                buf.append("[")
                pos -= 1  # the "^" is ordinary text
                continue
            flush()
            out.append(FootnoteMark(_unescape(s[pos:end])))
            pos = end + 1
        elif double is not None:
            flush()
            bold = not bold
        elif single is not None:
            flush()
            italic = not italic
        else:
            buf.append(plain if plain is not None else other)
    flush()
    return _merge(out)


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
    return _parse_inlines(text)


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
