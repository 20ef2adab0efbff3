"""Entry fields that are never narrower than their hint.

A placeholder is how an empty entry says what goes in it ("Deelnemer: ‘Naam, Gemeente’ —
Enter voegt toe"); QLineEdit elides one that does not fit, and beside the session and comments
panels on a laptop several did. The field asks its layout for at least its hint's width, kept
up to date when the hint, the font or the style changes (Ctrl+= makes the text larger).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

#: QLineEdit draws its text this far from the contents' edges, on both sides (qlineedit_p.h).
_TEXT_MARGIN = 2


def placeholder_width(edit: QLineEdit) -> int:
    """The width at which ``edit`` shows its whole placeholder: the text, the edit's own margins
    and what the style adds around them, computed as QLineEdit.sizeHint computes its width."""
    margins = edit.textMargins()
    text = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    inner = QSize(text + 2 * _TEXT_MARGIN + margins.left() + margins.right() + 1, edit.fontMetrics().height())
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    return edit.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, inner, edit).width()


class _Fit(QObject):
    """Keeps its entry's minimum width at its placeholder's (see :func:`keep_placeholder_whole`)."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        edit.installEventFilter(self)

    def apply(self) -> None:
        self.edit.setMinimumWidth(placeholder_width(self.edit) if self.edit.placeholderText() else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.apply()
        return False


def keep_placeholder_whole(edit: QLineEdit) -> None:
    """Make ``edit`` at least as wide as its placeholder; call again after changing the placeholder."""
    fit = edit.findChild(_Fit)
    if fit is None:
        fit = _Fit(edit)
    fit.apply()
