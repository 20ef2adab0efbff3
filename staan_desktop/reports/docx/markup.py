"""The story's paragraph markup, read back as runs for Word.

The PDF story writes a small vocabulary around escaped user text (``reports/pdf/text.py``):
``<b>``, ``<i>``, ``<br/>``, the entities ``&amp; &lt; &gt;``, and in the contents a link and a
callback. Footnote marks are written by :class:`WordNotes` as ``NOTE_OPEN n NOTE_CLOSE``: private
use characters, which the PDF's glyph check replaces in every user text, so they can only come
from a mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from staan_desktop.reports.pdf.text import Footnote, Footnotes

NOTE_OPEN = "\ue000"
NOTE_CLOSE = "\ue001"

_TOKEN = re.compile(r"<(/?)([bi])>|<br\s*/>|&(amp|lt|gt|quot|#\d+);|<[^>]*>|" + NOTE_OPEN + r"(\d+)" + NOTE_CLOSE)
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"'}


class WordNotes(Footnotes):
    """Numbers footnotes like the PDF's, but marks them so that Word can place a real note."""

    def mark(self, text: str, before: str = "") -> str:
        if not text.strip():
            return ""
        note = Footnote(self.next_number, text)
        self.next_number += 1
        self.all.append(note)  # never pending: the notes go into Word's footnotes part
        return f"{NOTE_OPEN}{note.number}{NOTE_CLOSE}"


@dataclass(frozen=True)
class Run:
    text: str = ""
    bold: bool = False
    italic: bool = False
    #: A line break (``text`` is empty).
    line_break: bool = False
    #: The number of a footnote whose reference goes here (``text`` is empty).
    note: int | None = None


def runs(markup: str) -> list[Run]:
    """``markup`` as runs of plain text with their emphasis, breaks and footnote marks."""
    out: list[Run] = []
    bold = italic = False
    pos = 0

    def text(value: str) -> None:
        if not value:
            return
        last = out[-1] if out else None
        if last is not None and last.text and (last.bold, last.italic) == (bold, italic):
            out[-1] = Run(last.text + value, bold, italic)  # one run per stretch of equal emphasis
        else:
            out.append(Run(value, bold, italic))

    for match in _TOKEN.finditer(markup):
        text(markup[pos:match.start()])
        pos = match.end()
        closing, tag, entity, note = match.groups()
        if tag == "b":
            bold = not closing
        elif tag == "i":
            italic = not closing
        elif entity is not None:
            text(chr(int(entity[1:])) if entity.startswith("#") else _ENTITIES[entity])
        elif note is not None:
            out.append(Run(note=int(note)))
        elif match.group(0).startswith("<br"):
            out.append(Run(line_break=True))
        # Any other tag (a link, a callback) carries no text of its own.
    text(markup[pos:])
    return out

