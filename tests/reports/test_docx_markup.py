"""The story's paragraph markup read back as Word runs, and the PDF's glyph check keeping the
footnote sentinels out of user text."""

from __future__ import annotations

from staan_desktop.reports.docx.markup import NOTE_CLOSE, NOTE_OPEN, Run, WordNotes, runs
from staan_desktop.reports.pdf.text import esc


def test_runs() -> None:
    notes = WordNotes()
    mark = notes.mark("Een voetnoot")
    markup = f"<b>Klant</b> &amp; <i>kosten &lt;5&gt;</i>{mark}<br/>verder"
    assert runs(markup) == [
        Run("Klant", bold=True), Run(" & "), Run("kosten <5>", italic=True), Run(note=1), Run(line_break=True),
        Run("verder"),
    ]
    assert [n.text for n in notes.all] == ["Een voetnoot"] and notes.take() == []  # never printed at a chapter's end
    assert notes.mark("  ") == ""


def test_user_text_cannot_forge_a_footnote_mark() -> None:
    typed = f"tekst {NOTE_OPEN}7{NOTE_CLOSE} meer"
    assert [r for r in runs(esc(typed)) if r.note is not None] == []
