"""What a projector view is: one screenful of what the group works on, built from plain data
that services return, never from the laptop's widgets (which hold comments, override reasons
and half-typed text the room should not see).

A view names the workspace pages it stands for (``pages``) and the tables whose changes make
it read again (``tables``). Its content is rebuilt from scratch on every load: a projector view
holds a handful of labels, and rebuilding leaves no stale text behind in the widget tree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

from staan_desktop.services.edits import Change
from staan_desktop.services.store import Document

from . import style
from .fitting import SCALES, FittedContent

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
        # Paging (see paged): how to build items [start, end), how many there are, the parts
        # they fall into at the present size, which part is shown, and for which room.
        self._build: Callable[[int, int], None] | None = None
        self._count = 0
        self._parts: list[tuple[int, int]] = []
        self._part = 0
        self._parted_for: tuple[int, int, float] | None = None

    def _new_holder(self) -> QVBoxLayout:
        """A fresh widget for the content, in place of the last one."""
        old = self.holder
        if old is not None:
            # Out of the tree now (not at the next event loop, as deleteLater alone would):
            # hidden scores must not linger there. The whole holder goes, so no layout item is
            # taken out one by one (PySide 6.12 miscounts None on taking out spacer items).
            old.hide()
            old.setParent(None)
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

    # Paging ---------------------------------------------------------------------------------

    def paged(self, count: int, build: Callable[[int, int], None]) -> None:
        """Content of ``count`` items that ``build(start, end)`` adds to ``body``: all of them
        when they fit at the smallest readable type, otherwise in parts that each do, shown
        one at a time with "deel 1 van 3" beneath (:meth:`next_page` turns)."""
        self._build, self._count = build, count
        self._parted_for = None
        self._show_part(0, count, 1)
        self.request_refit()

    def before_fit(self) -> None:
        if self._build is None or not self._count:
            return
        width, height = self.room()
        if self._parted_for == (width, height, self._pixels):
            return
        self._parted_for = (width, height, self._pixels)
        shown = self._parts[self._part][0] if self._parts else 0
        self._parts = self._split()
        # Stay on the part that holds the first item shown before (a resize, a new item).
        self._part = max(i for i, (start, _end) in enumerate(self._parts) if start <= shown)
        start, end = self._parts[self._part]
        self._show_part(start, end, len(self._parts))

    def _split(self) -> list[tuple[int, int]]:
        def fits(start: int, end: int) -> bool:
            self._show_part(start, end, 1 if (start, end) == (0, self._count) else 99)
            self._apply(SCALES[-1])
            self.body.activate()  # the holder's layout, just made by _show_part
            return self.fits()

        if fits(0, self._count):
            return [(0, self._count)]
        parts, start = [], 0
        while start < self._count:
            low, high = start + 1, self._count  # at least one item a part, fitting or not
            while low < high:
                middle = (low + high + 1) // 2
                low, high = (middle, high) if fits(start, middle) else (low, middle - 1)
            parts.append((start, low))
            start = low
        return parts

    def _show_part(self, start: int, end: int, parts: int) -> None:
        assert self._build is not None
        self.forget()
        self.body = self._new_holder()
        self._build(start, end)
        if parts > 1:
            number = next((i for i, (s, _e) in enumerate(self._parts) if s == start), 0) + 1
            text = self.tr("Deel {0} van {1}").format(number, parts if parts != 99 else 9)
            self.body.addWidget(self.sized(style.label(text, self, role="muted"), 0.8))
        self.body.addStretch(1)
        if self.isVisible():
            assert self.holder is not None, "_new_holder has just made it"
            self.holder.show()  # measured now, not when the loop runs

    def page_count(self) -> int:
        return max(1, len(self._parts))

    def turn(self, step: int) -> bool:
        """Show the part ``step`` further; False when there is none."""
        target = self._part + step
        if self._build is None or not 0 <= target < len(self._parts):
            return False
        self._part = target
        start, end = self._parts[target]
        self._show_part(start, end, len(self._parts))
        self._dirty = True
        self.refit()
        return True

    def next_page(self) -> bool:
        """Show the next part of content that takes more than one screen; False when this
        is the last part."""
        return self.turn(1)

    def previous_page(self) -> bool:
        return self.turn(-1)

    def clear_content(self) -> None:
        """Drop the content of the last load; a view then builds its new content in ``body``."""
        self.forget()
        self._build, self._count, self._parts, self._part = None, 0, [], 0
        self.body = self._new_holder()
