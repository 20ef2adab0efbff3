"""Rangorde per gewichtenset on the projector: the place and class of every item under the
shared weights, and beside it under each municipality's own weights, with what moves marked.

It is one more slide after a scoring slide (PageDown past the last part: the task fields'
matrix and its spread, or the options' comparison) and is there only while some municipality
has weights of its own. Which item moves under whose weights is decided by
:mod:`staan_desktop.domain.weight_sets`, as for the window's panel and the PDF; this slide only
draws it:

* every cell is a chip in the colour of its class, with the class's symbol (●●● …) and name,
  from the one palette of window, projector and PDF (:mod:`staan_desktop.domain.class_palette`);
* a cell where a municipality's weights move the item is bold and framed, and says how in a
  symbol (↑ a higher place, ↓ a lower one, ⇄ the same place in another class): nothing is told
  by colour alone;
* the items are listed best first by the shared ranking; municipalities beyond
  :data:`SETS_PER_TABLE` continue in a further table, and what does not fit is paged.

Blind scoring stays the scoring slide's business: its host gives this slide only the
comparison of what the room may see (:func:`~staan_desktop.services.weight_view.task_field_comparison`
with ``only``), ranked among those items.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from staan_desktop.domain import class_palette
from staan_desktop.domain.weight_sets import ItemComparison, Standing, WeightComparison
from staan_desktop.services.store import Document
from staan_desktop.services.weight_view import WeightGrid

from ..models.weight_sets_model import weight_text
from . import style
from .grid_views import GRID_MAX_SCALE, _rule
from .view_base import ProjectorView

#: Municipalities side by side in one table (as in the PDF); more continue in a further table.
SETS_PER_TABLE = 4
HIGHER, LOWER, OTHER_CLASS = "↑", "↓", "⇄"
#: What the slide shows, computed when it is reached: the comparison and the weights compared.
Source = Callable[[], "tuple[WeightComparison[str], WeightGrid]"]


def movement(item: ItemComparison[str], index: int) -> str:
    """The symbol of how weight set ``index`` moves ``item`` ("" when it does not)."""
    if not item.moved(index):
        return ""
    shared, other = item.shared.rank, item.by_set[index].rank
    if item.rank_changed(index) and shared is not None and other is not None:
        return HIGHER if other < shared else LOWER
    return OTHER_CLASS


def class_rank(standing: Standing, class_keys: tuple[str, ...]) -> int | None:
    """0 for the highest class of ``class_keys``, 1 for the next …; ``None``: no class."""
    return class_keys.index(standing.class_key) if standing.class_key in class_keys else None


def chip_sheet(background: str, text: str, moved: bool) -> str:
    """A cell's own colours; a moved cell is framed in its text colour (an unmoved one in its
    background, so both take the same room)."""
    return (f"QLabel {{ background: {background}; color: {text}; border: 3px solid {text if moved else background};"
            " border-radius: 6px; padding: 2px 8px; }")


class WeightSetsSlide(ProjectorView):
    max_scale = GRID_MAX_SCALE
    key = "weight_sets"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: Source | None = None
        self._shown: tuple[WeightComparison[str], WeightGrid] | None = None
        self._words: tuple[str, tuple[str, ...], str] = ("", (), "")
        self._built = False

    def heading(self) -> str:
        return self.tr("Rangorde per gewichtenset")

    def load(self, doc: Document) -> None:
        """Not read on its own: the slide that it follows says what to show (:meth:`set_source`)."""

    def set_source(self, source: Source, item_word: str, class_keys: tuple[str, ...], note: str = "") -> None:
        """What to show: ``source`` computes the comparison and the weights, only when the slide is
        reached (a large trajectory's 500 task fields under 50 weight sets take a while, and the
        slide it follows is read again on every score); ``class_keys`` are the classes from the
        highest down, ``note`` a line under the tables. The slide is built by :meth:`build`."""
        self.clear_content()
        self._source, self._shown, self._built = source, None, False
        self._words = (item_word, class_keys, note)

    def drop_source(self) -> None:
        """Forget the document (it closes)."""
        self.clear_content()
        self._source, self._shown, self._built = None, None, False

    @property
    def comparison(self) -> WeightComparison[str]:
        return self._computed()[0]

    def _computed(self) -> tuple[WeightComparison[str], WeightGrid]:
        if self._shown is None:
            self._shown = self._source() if self._source is not None else (WeightComparison((), ()), WeightGrid((), (), {}))
        return self._shown

    @property
    def has_content(self) -> bool:
        """Whether there is anything to compare: a municipality with weights of its own and a
        scored item."""
        comparison = self.comparison
        return bool(comparison.sets) and any(item.shared.ratio is not None for item in comparison.items)

    def build(self) -> None:
        """Build the slide from its source (once per source)."""
        if self._built:
            return
        self._built = True
        self.clear_content()
        if not self.has_content:
            return
        comparison, grid = self._computed()
        item_word, class_keys, note = self._words
        sets = comparison.sets
        groups = [range(first, min(first + SETS_PER_TABLE, len(sets))) for first in range(0, len(sets), SETS_PER_TABLE)]
        # Best first by the shared ranking; the unranked last, in the document's order. Beyond
        # 25 items only what moves, as the PDF lists them.
        items = sorted(comparison.listed(), key=lambda item: (item.shared.rank is None, item.shared.rank or 0))
        count = len(groups) * len(items)

        def build(start: int, end: int) -> None:
            self.body.addWidget(self.sized(style.label(self.tr("Rangorde per gewichtenset"), self), 1.1, bold=True))
            self.body.addWidget(self.sized(style.label(self.tr(
                "Plaats en klasse met de gedeelde gewichten en met die van elke gemeente.   {0} hogere plaats   "
                "{1} lagere plaats   {2} andere klasse; omlijnd en vet: verschuift").format(HIGHER, LOWER, OTHER_CLASS),
                self, role="muted"), 0.8))
            for number, indexes in enumerate(groups):
                first, last = max(start, number * len(items)), min(end, (number + 1) * len(items))
                if first < last:
                    self._table(items[first - number * len(items) : last - number * len(items)], indexes, item_word, class_keys)
            if end == count:
                if len(items) < len(comparison.items):
                    others = self.tr("De andere {0} houden onder elke gewichtenset hun klasse en plaats.")
                    self.body.addWidget(self.sized(style.label(others.format(len(comparison.items) - len(items)), self), 0.8))
                self._notes(grid, note)

        self.paged(count, build)

    def _table(self, items: list[ItemComparison[str]], indexes: range, item_word: str, class_keys: tuple[str, ...]) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        heads = [item_word, self.tr("Gedeelde gewichten"), *(self.comparison.sets[i] for i in indexes)]
        for column, head in enumerate(heads):
            grid.addWidget(self.sized(style.label(head, self, role="body" if column else "muted"), 0.85, bold=True), 0, column,
                           Qt.AlignmentFlag.AlignBottom)
            grid.setColumnStretch(column, 3 if column == 0 else 2)
        grid.addWidget(_rule(self), 1, 0, 1, len(heads))
        for row, item in enumerate(items, start=2):
            grid.addWidget(self.sized(style.label(item.key, self), 0.9, bold=True), row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(self._chip(item.shared, class_keys, ""), row, 1)
            for column, index in enumerate(indexes, start=2):
                grid.addWidget(self._chip(item.by_set[index], class_keys, movement(item, index)), row, column)
        self.body.addLayout(grid)

    def _chip(self, standing: Standing, class_keys: tuple[str, ...], moved: str) -> QLabel:
        rank = class_rank(standing, class_keys)
        background, text = class_palette.colours(rank)  # the one palette of window, projector and PDF
        place = "–" if standing.rank is None else str(standing.rank)
        words = f"{place} · {class_palette.symbol(rank, len(class_keys))} {standing.label}"
        chip = style.label(f"{moved} {words}" if moved else words, self)
        chip.setStyleSheet(chip_sheet(background, text, bool(moved)))
        chip.setProperty("moved", bool(moved))
        self.sized(chip, 0.85, bold=bool(moved))
        return chip

    def _notes(self, grid: WeightGrid, note: str) -> None:
        """Who moves what, each municipality's own weights, and the host's note."""
        comparison = self.comparison
        lines = []
        for index, name in enumerate(comparison.sets):
            classes, ranks = len(comparison.class_changes(index)), len(comparison.rank_changes(index))
            lines.append(self.tr("{0}: {1} in een andere klasse, {2} op een andere plaats").format(name, classes, ranks)
                         if classes or ranks else self.tr("{0}: geen verschil").format(name))
        self.body.addWidget(self.sized(style.label(" · ".join(lines), self), 0.8))
        own = grid.sets()
        weights = []
        for name in comparison.sets:
            listed = ", ".join(self.tr("{0} {1} (gedeeld {2})").format(c.name, weight_text(own[name][c.id]), weight_text(c.weight))
                               for c in grid.criteria if c.id in own.get(name, {}))
            weights.append(f"{name}: {listed}")
        self.body.addWidget(self.sized(style.label(self.tr("Eigen gewichten: {0}").format("; ".join(weights)), self,
                                                   role="muted"), 0.75))
        if note:
            self.body.addWidget(self.sized(style.label(note, self, role="muted"), 0.75))

    def go_to_end(self, last: bool) -> None:
        """Show the first part (``last``: the last), as when the slide is entered from before
        (from after) it."""
        target = len(self._parts) - 1 if last else 0
        if self._build is None or not self._parts or target == self._part:
            return
        self._part = target
        start, end = self._parts[target]
        self._show_part(start, end, len(self._parts))
        self._dirty = True
        self.refit()

    def fit_to(self, pixels: float) -> None:
        """Take the host's type size and fit the slide at once (the host has just shown it)."""
        self._pixels = pixels
        self._dirty = True
        self.refit()
