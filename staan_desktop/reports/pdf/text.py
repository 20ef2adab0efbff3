"""User text → ReportLab paragraph markup, and footnote numbering.

ReportLab's ``Paragraph`` parses its text as markup (and old versions executed code hidden in
``<font>`` attributes). Everything a user typed passes through :func:`esc` — glyph check,
XML escape, newlines to ``<br/>`` — and only this module writes tags around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from xml.sax.saxutils import escape

from staan_desktop.domain import markup

from .bidi import visual
from .fonts import printable

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def esc(text: str) -> str:
    """Safe paragraph markup that reads as exactly ``text`` (as far as the font can show)."""
    return escape(visual(printable(text))).replace("\n", "<br/>")


def superscript(number: int) -> str:
    """Footnote numbers as Unicode superscript digits: they stay superscripts when the PDF's
    text is copied or extracted, just like the ¹ ² ³ of the reference document."""
    return str(number).translate(_SUPERSCRIPT)


@dataclass(frozen=True)
class Footnote:
    number: int
    text: str
    #: The end of the word its mark is attached to, as drawn ("eigenaren."): tells the mark
    #: from a superscript digit typed in the text (m²). Empty when the mark stands alone.
    after: str = ""

    @property
    def ident(self) -> str:
        """The ID of its ``Note`` in the structure tree, by which its mark refers to it."""
        return f"voetnoot-{self.number}"

    def __deepcopy__(self, memo: dict[int, object]) -> Footnote:
        # Immutable: ReportLab's copy of a frame (to measure a KeepTogether) shares it.
        return self


@dataclass
class Footnotes:
    """Numbers footnotes in the order the story asks for them (= document order) and holds
    them until the story hands them to the paragraphs that refer to them (footnotes.py)."""

    next_number: int = 1
    pending: list[Footnote] = field(default_factory=list)
    all: list[Footnote] = field(default_factory=list)

    def mark(self, text: str, before: str = "") -> str:
        """A mark for a footnote saying ``text``, placed after the paragraph markup ``before``;
        empty text gives no mark."""
        if not text.strip():
            return ""
        note = Footnote(self.next_number, text, word_before(before))
        self.next_number += 1
        self.pending.append(note)
        self.all.append(note)
        return superscript(note.number)

    def take(self) -> list[Footnote]:
        notes, self.pending = self.pending, []
        return notes


_BREAK = re.compile(r"<br/>")
_TAG = re.compile(r"<[^>]*>")
_LAST_WORD = re.compile(r"\S*$")


def word_before(markup: str) -> str:
    """The end (up to 12 characters) of the last word of paragraph ``markup`` as it is drawn."""
    plain = unescape(_TAG.sub("", _BREAK.sub(" ", markup)))
    match = _LAST_WORD.search(plain)
    return match.group(0)[-12:] if match else ""


def marks_in(text: str, notes: list[Footnote]) -> list[Footnote]:
    """The first notes of ``notes`` whose marks occur in ``text`` (drawn text), in order: each
    mark after the previous one ("¹²" is note 1, then note 2), right behind the word it was
    put after, so that a typed m² is not taken for note 2."""
    found: list[Footnote] = []
    position = 0
    for note in notes:
        key = note.after + superscript(note.number)
        at = text.find(key, max(0, position - len(note.after)))
        if at < 0:
            break
        found.append(note)
        position = at + len(key)
    return found


def inline_markup(inlines: tuple[markup.Inline, ...], notes: Footnotes) -> str:
    parts: list[str] = []
    for item in inlines:
        if isinstance(item, markup.FootnoteMark):
            parts.append(notes.mark(item.text, "".join(parts)))
            continue
        text = esc(item.text)
        if not text:
            continue
        if item.bold:
            text = f"<b>{text}</b>"
        if item.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


def with_mark(text: str, footnote: str, notes: Footnotes) -> str:
    """Plain ``text`` followed by the mark of its footnote, if it has one."""
    text = esc(text)
    return text + notes.mark(footnote, text)

