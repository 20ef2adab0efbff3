"""Names with markup characters are shown exactly as typed: labels are plain text, tooltips
escaped, the markup preview built without HTML."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from staan_desktop.gui.banner import Banner
from staan_desktop.gui.widgets.beamer import plain_tooltip
from staan_desktop.gui.widgets.labels import heading, hint, show_number
from staan_desktop.gui.widgets.markup_editor import MarkupPreview

TRICKY = "<b>Assen</b> & ‘Aa’ \"Hunze\" 🙂"


def test_labels_are_plain_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    for label in (heading(TRICKY), hint(TRICKY)):
        qtbot.addWidget(label)
        assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == TRICKY


def test_the_banner_shows_who_holds_the_file_as_typed_and_selectable(qtbot) -> None:  # type: ignore[no-untyped-def]
    banner = Banner()
    qtbot.addWidget(banner)
    banner.show_reason(f"geopend door {TRICKY} op laptop-<2>")
    assert banner.text.textFormat() == Qt.TextFormat.PlainText and TRICKY in banner.text.text()
    assert banner.text.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse


def test_numbers_are_right_aligned(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    label = show_number(QLabel("12"))
    qtbot.addWidget(label)
    assert label.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


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
