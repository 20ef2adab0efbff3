"""Names with markup characters are shown exactly as typed: labels are plain text, tooltips
escaped, the markup preview built without HTML."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from staan_desktop.gui.widgets.beamer import plain_tooltip
from staan_desktop.gui.widgets.labels import heading, hint
from staan_desktop.gui.widgets.markup_editor import MarkupPreview

TRICKY = "<b>Assen</b> & ‘Aa’ \"Hunze\" 🙂"


def test_labels_are_plain_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    for label in (heading(TRICKY), hint(TRICKY)):
        qtbot.addWidget(label)
        assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == TRICKY


def test_tooltips_show_the_text_exactly(qtbot) -> None:  # type: ignore[no-untyped-def]
    document = QTextDocument()
    document.setHtml(plain_tooltip(TRICKY + "\nregel 2") or "")
    assert document.toPlainText() == TRICKY + "\nregel 2"
    assert plain_tooltip("") is None


def test_preview_never_interprets_html(qtbot) -> None:  # type: ignore[no-untyped-def]
    preview = MarkupPreview()
    qtbot.addWidget(preview)
    preview.show_markup("**vet** " + TRICKY + " <script>x</script> &amp;")
    assert preview.toPlainText() == "vet " + TRICKY + " <script>x</script> &amp;"
