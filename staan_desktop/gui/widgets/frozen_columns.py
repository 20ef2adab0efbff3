"""A table whose first and last columns stay in place while the columns between them scroll,
as a spreadsheet freezes panes (Qt's "frozen column" example, on both sides).

Two views without focus of their own lie over the table's left and right edges. They share the
table's model and selection and show only the frozen columns, at the table's column widths and
row heights. The table itself keeps the keyboard, the editor and every cell, and scrolls the
cell that becomes current into the room between the two. When every column fits, the panes
are hidden and the table shows every column itself.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex


class FrozenColumnsTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._left = 0
        self._right = 0
        self._panes: tuple[QTableView, QTableView] | None = None
        #: The line along each pane's inner edge, as a spreadsheet marks frozen panes.
        self._edges: tuple[QFrame, QFrame] | None = None

    def freeze(self, left: int, right: int) -> None:
        """Keep the first ``left`` and the last ``right`` columns in view. Call it once the
        model is set and the table has its look (fonts, header, row height): the frozen
        panes take theirs from it."""
        self._left, self._right = left, right
        # Pixels, so that a cell can be scrolled exactly beside a frozen column.
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        if self._panes is None:
            self._panes = (self._pane(), self._pane())
            # Both above the table's cells (created after its header, they lie above that too).
            self.viewport().stackUnder(self._panes[0])
            self._edges = (self._edge(), self._edge())
            self.horizontalHeader().sectionResized.connect(self._sync_widths)
            self.horizontalHeader().sortIndicatorChanged.connect(self._show_sort_indicator)
            self.horizontalScrollBar().valueChanged.connect(self._place_panes)
        self._sync_columns()

    def frozen_panes(self) -> tuple[QTableView, ...]:
        """The views over the table's edges (left, right); none before :meth:`freeze`."""
        return self._panes or ()

    def pane_delegate(self, pane: QTableView) -> QAbstractItemDelegate | None:
        """The delegate a frozen pane draws its cells with (``None``: Qt's own); a table
        that draws its cells itself gives its panes one of the same kind."""
        return None

    def _pane(self) -> QTableView:
        pane = QTableView(self)
        pane.setModel(self.model())
        pane.setSelectionModel(self.selectionModel())
        delegate = self.pane_delegate(pane)
        if delegate is not None:
            pane.setItemDelegate(delegate)
        # A click on a frozen cell makes it current in the table, which takes the focus.
        pane.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        pane.setFocusProxy(self)
        pane.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The table scrolls to its current cell; a pane would scroll towards a column it hides.
        pane.setAutoScroll(False)
        pane.setSelectionMode(self.selectionMode())
        pane.setSelectionBehavior(self.selectionBehavior())
        pane.setFrameShape(QFrame.Shape.NoFrame)
        pane.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        pane.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        pane.setVerticalScrollMode(self.verticalScrollMode())
        pane.setAlternatingRowColors(self.alternatingRowColors())
        pane.setWordWrap(self.wordWrap())
        pane.setTextElideMode(self.textElideMode())
        pane.setShowGrid(self.showGrid())
        pane.verticalHeader().hide()
        pane.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        own, header = self.horizontalHeader(), pane.horizontalHeader()
        header.setFont(own.font())
        header.setStyleSheet(own.styleSheet())
        header.setDefaultAlignment(own.defaultAlignment())
        header.setHighlightSections(own.highlightSections())
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        # Clicking a frozen column's header sorts the table, as its own header would.
        header.setSectionsClickable(own.sectionsClickable())
        header.setSortIndicatorShown(own.isSortIndicatorShown())
        header.setSortIndicator(own.sortIndicatorSection(), own.sortIndicatorOrder())
        header.sortIndicatorChanged.connect(lambda column, order: own.setSortIndicator(column, order))
        pane.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(pane.verticalScrollBar().setValue)
        pane.show()
        return pane

    def _edge(self) -> QFrame:
        edge = QFrame(self)
        edge.setFrameShape(QFrame.Shape.VLine)
        edge.setFrameShadow(QFrame.Shadow.Sunken)
        edge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        edge.raise_()
        return edge

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        for pane in self.frozen_panes():
            pane.setModel(model)
            pane.setSelectionModel(self.selectionModel())
        if model is not None:
            for signal in (model.modelReset, model.columnsInserted, model.columnsRemoved, model.layoutChanged):
                signal.connect(self._sync_columns)

    # Keeping the panes in step with the table ----------------------------------------------

    def _frozen(self, column: int) -> bool:
        count = self.horizontalHeader().count()
        return column < self._left or column >= count - self._right

    def _sync_columns(self, *_args: object) -> None:
        if self._panes is None:
            return
        count = self.horizontalHeader().count()
        left, right = self._panes
        for column in range(count):
            left.setColumnHidden(column, column >= self._left)
            right.setColumnHidden(column, column < count - self._right)
            for pane in self._panes:
                pane.setColumnWidth(column, self.columnWidth(column))
        self.updateGeometries()

    def _sync_widths(self, column: int, _old: int, new: int) -> None:
        for pane in self.frozen_panes():
            pane.setColumnWidth(column, new)
        self._place_panes()

    def _show_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        for pane in self.frozen_panes():
            pane.horizontalHeader().setSortIndicator(column, order)

    def _frozen_width(self, columns: range) -> int:
        return sum(self.columnWidth(c) for c in columns)

    def updateGeometries(self) -> None:  # noqa: N802 - Qt's name
        super().updateGeometries()
        self._place_panes()

    def _place_panes(self, *_args: object) -> None:
        if self._panes is None:
            return
        header = self.horizontalHeader()
        count = header.count()
        area = self.viewport().geometry()
        left_width = self._frozen_width(range(min(self._left, count)))
        right_width = self._frozen_width(range(max(count - self._right, self._left), count))
        # Frozen only when the columns do not all fit (otherwise the table shows them itself),
        # and only when a column fits between the frozen ones (otherwise everything scrolls).
        room = area.width() - left_width - right_width
        frozen = (
            self.horizontalScrollBar().maximum() > 0
            and count > self._left + self._right
            and room >= min((self.columnWidth(c) for c in range(self._left, count - self._right)), default=0)
        )
        assert self._edges is not None
        for pane, edge, width in zip(self._panes, self._edges, (left_width, right_width), strict=True):
            pane.setVisible(frozen and width > 0)
            edge.setVisible(frozen and width > 0)
        if not frozen:
            return
        left, right = self._panes
        left_edge, right_edge = self._edges
        top, height = header.geometry().top(), header.height() + area.height()
        row_height = self.verticalHeader().defaultSectionSize()
        for pane in self._panes:
            pane.horizontalHeader().setFixedHeight(header.height())
            pane.verticalHeader().setDefaultSectionSize(row_height)
        left.setGeometry(area.left(), top, left_width, height)
        # Scrolled to its end, the table shows these columns itself exactly there.
        right.setGeometry(area.right() + 1 - right_width, top, right_width, height)
        # Over the panes' outer grid lines, two pixels wide.
        left_edge.setGeometry(left.geometry().right(), top, 2, height)
        right_edge.setGeometry(right.geometry().left() - 1, top, 2, height)

    # Keeping the current cell out from under the panes -------------------------------------

    def scrollTo(self, index: Index, hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802
        bar = self.horizontalScrollBar()
        before = bar.value()
        super().scrollTo(index, hint)
        left, right = self.frozen_panes() or (None, None)
        if not index.isValid() or left is None or right is None or not (left.isVisible() or right.isVisible()):
            return
        if self._frozen(index.column()):
            bar.setValue(before)  # shown by a pane wherever the table is scrolled
            return
        header = self.horizontalHeader()
        start = header.sectionPosition(index.column())
        end = start + header.sectionSize(index.column())
        first = left.width() if left.isVisible() else 0
        last = self.viewport().width() - (right.width() if right.isVisible() else 0)
        value = bar.value()
        if start - value < first:
            value = start - first
        elif end - value > last:
            value = end - last
        bar.setValue(value)
