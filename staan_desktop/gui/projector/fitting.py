"""Type that fills the projector without running off it.

Each projector view registers its labels with a relative size (a heading 1.5, body text 1).
:class:`FittedContent` gives them the largest type, from the window's body size down to about
half of it, at which the whole layout still fits in the space the view has: eight statements
are shown large, thirty still all on the screen. Nobody in the room can scroll the beamer.
No text gets smaller than :func:`style.minimum_pixels`: content that does not fit at that size
is paged by the view (see :meth:`ProjectorView.paged <.view_base.ProjectorView.paged>`).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLayout, QWidget

from . import style

#: Scales tried from large to small; the last one is used even when it does not fit. Above 1:
#: a view with little on it uses the room (eight statements read better at 40 px than at 30).
SCALES = tuple(round(1.35 - 0.05 * step, 2) for step in range(18))


class FittedContent(QWidget):
    #: The largest scale this content may take (see :data:`SCALES`).
    max_scale = SCALES[0]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[QWidget, float, bool]] = []
        self._pixels = 24.0
        #: The scale last chosen (tests and the screenshot script read it).
        self.scale = 1.0
        self._pending = False
        #: Whether content or size changed since the last fit (fitting costs a font per label).
        self._dirty = True

    def sized(self, widget: QWidget, size: float = 1.0, bold: bool = False) -> QWidget:
        """Register ``widget`` to get ``size`` × the body text, bold or not; returns it."""
        self._items.append((widget, size, bold))
        self._dirty = True
        widget.setFont(style.font(max(self.minimum, self._pixels * size * self.scale), bold))
        return widget

    def forget(self) -> None:
        """Forget the registered widgets (before the view builds its content again)."""
        self._items.clear()

    def set_pixels(self, pixels: float) -> None:
        if pixels != self._pixels:
            self._pixels = pixels
            self._dirty = True
        if self._dirty:
            self.refit()

    @property
    def minimum(self) -> float:
        """The smallest type this content may have (see :data:`style.MIN_READABLE`)."""
        return max(style.MIN_PIXELS, self._pixels * style.MIN_READABLE)

    def room(self) -> tuple[int, int]:
        """(width, height) the content may fill."""
        return max(self.width(), 100), max(self.height(), 100) - int(self._pixels * 0.5)  # air above the footer

    def fits(self) -> bool:
        """Whether the content as it now is fits in :meth:`room`."""
        layout = self.layout()
        width, height = self.room()
        return layout is None or _needed_height(layout, width) <= height

    def before_fit(self) -> None:
        """Called before the type is chosen: a view may first choose what to show."""

    def refit(self) -> None:
        self.before_fit()
        layout = self.layout()
        if layout is None or not self._items:
            return
        self._dirty = False
        width, height = self.room()
        # Bisect the scales (largest first) for the largest that fits: a handful of tries
        # instead of all of them, since every try sets the font of every label.
        low = next(i for i, scale in enumerate(SCALES) if scale <= self.max_scale + 1e-9)
        high = len(SCALES) - 1
        while low < high:
            middle = (low + high) // 2
            self._apply(SCALES[middle])
            if _needed_height(layout, width) <= height:
                high = middle
            else:
                low = middle + 1
        self._apply(SCALES[low])

    def _apply(self, scale: float) -> None:
        self.scale = scale
        fonts: dict[tuple[float, bool], QFont] = {}
        minimum = self.minimum
        for widget, size, bold in self._items:
            key = (max(minimum, self._pixels * size * scale), bold)
            made = fonts.get(key) or fonts.setdefault(key, style.font(*key))
            if widget.font() != made:
                widget.setFont(made)
        _invalidate(self)

    def request_refit(self) -> None:
        """Fit again once control returns to the event loop (after a burst of changes)."""
        if not self._pending:
            self._pending = True
            # Bound to this widget: a fit still pending when the slide is deleted is dropped with it.
            QTimer.singleShot(0, self, self._deferred)

    def _deferred(self) -> None:
        self._pending = False
        if self._dirty:
            self.refit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._dirty = True
        self.request_refit()


def _invalidate(content: QWidget) -> None:
    """Forget the sizes every layout and widget in ``content`` computed. A label's new font
    invalidates only the layout of the widget it sits in, not a grid nested in that layout
    nor the layout item of the widget that holds them, which would go on answering their
    heights for the old fonts until the event loop runs. (Found through ``findChildren``, not
    ``QLayout.itemAt``: a Python wrapper of a layout item outlives the item, and PySide then
    hands it out for the next object made at that address.)"""
    for layout in [content.layout(), *content.findChildren(QLayout)]:
        if layout is not None:
            layout.invalidate()
    for child in content.findChildren(QWidget):
        if child.layout() is not None:
            child.updateGeometry()


def _needed_height(layout: QLayout, width: int) -> int:
    if layout.hasHeightForWidth():
        return layout.totalHeightForWidth(width)
    return layout.totalSizeHint().height()
