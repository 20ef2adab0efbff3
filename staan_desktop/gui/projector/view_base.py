"""What a projector view is: one screenful of what the group works on, built from plain data
that services return, never from the laptop's widgets (which hold comments, override reasons
and half-typed text the room should not see).

A view names the workspace pages it stands for (``pages``) and the tables whose changes make
it read again (``tables``). Its content is rebuilt from scratch on every load: a projector view
holds a handful of labels, and rebuilding leaves no stale text behind in the widget tree.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

from staan_desktop.services.edits import Change
from staan_desktop.services.store import Document

from . import style
from .fitting import FittedContent

#: Room between blocks of a view, in body-text heights.
GAP = 0.6


class ProjectorView(FittedContent):
    key: ClassVar[str] = ""
    #: Keys of the workspace pages this view shows on the projector (gui/pages/__init__.py).
    pages: ClassVar[frozenset[str]] = frozenset()
    tables: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"projector_{self.key}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.holder: QWidget | None = None
        self.body = self._new_holder()
        #: The change that made the view load last (a view may mark what just changed).
        self.last_change: Change | None = None

    def _new_holder(self) -> QVBoxLayout:
        """A fresh widget for the content, in place of the last one."""
        old = self.holder
        if old is not None:
            # Out of the tree now (not at the next event loop, as deleteLater alone would):
            # hidden scores must not linger there. The whole holder goes, so no layout item is
            # taken out one by one (PySide 6.12 miscounts None on taking out spacer items).
            old.hide()
            old.setParent(None)  # type: ignore[call-overload]
            old.deleteLater()
        self.holder = QWidget(self)
        body = QVBoxLayout(self.holder)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(int(24 * GAP))
        outer = self.layout()
        assert outer is not None
        outer.addWidget(self.holder)
        return body

    def heading(self) -> str:
        """What the band above the view says (translated)."""
        raise NotImplementedError

    def shows(self, change: Change) -> bool:
        return bool(self.tables & (change.tables or {change.table}))

    def load(self, doc: Document) -> None:
        """Read what the view shows through services and build its content."""
        raise NotImplementedError

    def empty(self, text: str) -> None:
        """A sentence in place of content that is not there yet."""
        self.body.addWidget(self.sized(style.label(text, self, role="muted"), 1.1))
        self.body.addStretch(1)

    def clear_content(self) -> None:
        """Drop the content of the last load; a view then builds its new content in ``body``."""
        self.forget()
        self.body = self._new_holder()
