"""Writing a free-text block in the safe markup of :mod:`staan_desktop.domain.markup`.

The editor is plain text — what is stored is exactly what is typed — with Ctrl+B and Ctrl+I
putting ``**`` and ``*`` around the selection (or the word being typed). The preview builds
a formatted document from the parsed markup through the cursor API, never from HTML, so a
``<`` or ``&`` in the text is shown as the character it is.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
)
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QTextEdit, QWidget

from staan_desktop.domain.markup import BulletList, FootnoteMark, Inline, Paragraph, Span, parse

MIN_LINES = 3


class MarkupEditor(QPlainTextEdit):
    """A paragraph editor that grows with its text instead of scrolling inside the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self.updateGeometry())
        self.setPlaceholderText(
            self.tr("Typ hier de tekst. Een lege regel begint een nieuwe alinea; ‘- ’ aan het begin maakt een opsomming.")
        )

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        lines = max(int(self.document().documentLayout().documentSize().height()), MIN_LINES)
        margins = self.contentsMargins()
        height = lines * self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin()
        return QSize(super().sizeHint().width(), int(height + margins.top() + margins.bottom() + 4))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.updateGeometry()  # re-wrapping at a new width changes the number of lines

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Bold):
            self.wrap_selection("**")
            return
        if event.matches(QKeySequence.StandardKey.Italic):
            self.wrap_selection("*")
            return
        super().keyPressEvent(event)

    def wrap_selection(self, marker: str) -> None:
        """Put ``marker`` around the selection; without one, around the word at the cursor, or
        an empty pair to type into."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        selected = cursor.selectedText()
        if not selected.strip():
            cursor = self.textCursor()
            cursor.insertText(marker + marker)
            cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.MoveAnchor, len(marker))
            self.setTextCursor(cursor)
            return
        start = cursor.selectionStart()
        cursor.insertText(marker + selected.replace("\u2029", "\n") + marker)
        cursor.setPosition(start + len(marker))
        cursor.setPosition(start + len(marker) + len(selected), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)


class MarkupPreview(QTextEdit):
    """How a block will read in the startdocument: paragraphs, bullets, bold, italic and
    footnote numbers (the footnotes themselves listed underneath)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QTextEdit { background: palette(alternate-base); }")
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        height = self.document().size().height() + 8
        return QSize(super().sizeHint().width(), int(max(height, self.fontMetrics().lineSpacing() * 2)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.document().setTextWidth(self.viewport().width())
        self.updateGeometry()

    def show_markup(self, text: str) -> None:
        self.clear()
        cursor = QTextCursor(self.document())
        footnotes: list[str] = []
        written = 0

        def new_block(margin: float) -> None:
            nonlocal written
            block = QTextBlockFormat()  # a fresh format: a paragraph after a list is no item
            block.setBottomMargin(margin)
            if written:
                cursor.insertBlock(block, QTextCharFormat())
            else:
                cursor.setBlockFormat(block)
            written += 1

        for node in parse(text):
            if isinstance(node, Paragraph):
                new_block(8)
                self._inlines(cursor, node.inlines, footnotes)
            elif isinstance(node, BulletList):
                bullets = None
                for item in node.items:
                    new_block(2)
                    if bullets is None:
                        bullets = cursor.createList(QTextListFormat.Style.ListDisc)
                    else:
                        bullets.add(cursor.block())
                    self._inlines(cursor, item, footnotes)
        small = QTextCharFormat()
        small.setFontPointSize(max(self.font().pointSizeF() * 0.8, 6))
        for number, note in enumerate(footnotes, start=1):
            new_block(0)
            cursor.insertText(f"{number} {note}", small)
        self.document().setTextWidth(self.viewport().width())
        self.updateGeometry()

    def _inlines(self, cursor: QTextCursor, inlines: tuple[Inline, ...], footnotes: list[str]) -> None:
        for inline in inlines:
            char = QTextCharFormat()
            if isinstance(inline, Span):
                char.setFontWeight(QFont.Weight.Bold if inline.bold else QFont.Weight.Normal)
                char.setFontItalic(inline.italic)
                cursor.insertText(inline.text, char)
            elif isinstance(inline, FootnoteMark):
                footnotes.append(inline.text)
                char.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
                cursor.insertText(str(len(footnotes)), char)
