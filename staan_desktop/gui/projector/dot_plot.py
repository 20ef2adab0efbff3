"""The spread per municipality on the projector: a dot plot with one row per task field or
option (best first, as :func:`staan_desktop.domain.spread.spread_rows` sorts them), each
municipality's own weighted score as its marker and the score that counts as a bar, on one
0–100% axis — the same picture as the PDF's, drawn for the room.

Each municipality has its colour *and* its marker shape (:func:`class_palette.series`), and
the legend names them, so nothing depends on telling colours apart. Names wrap within their
column and the row grows for them: no text is cut off. The widgets take their type from the
view's fitting (:meth:`FittedContent.sized`); a view pages the rows like any other rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from staan_desktop.domain import class_palette
from staan_desktop.domain.spread import SpreadRow

#: The names' column, as a share of the width; the axis takes the rest.
NAME_SHARE = 0.34
TICKS = (0, 25, 50, 75, 100)


def _axis_span(width: int, metrics: QFontMetrics) -> tuple[float, float]:
    """Where 0% and 100% lie: right of the names, with room for the "100%" label at the end."""
    half_label = metrics.horizontalAdvance("100%") / 2 + 2
    return width * NAME_SHARE + half_label, width - half_label


def draw_marker(painter: QPainter, shape: str, centre: QPointF, radius: float, fill: QColor, outline: QColor) -> None:
    """One municipality's marker, as the PDF's chart draws it (circle, square, triangle …)."""
    painter.setBrush(fill)
    painter.setPen(QPen(outline, max(1.0, radius * 0.18)))
    x, y, r = centre.x(), centre.y(), radius
    if shape == "square":
        painter.drawRect(QRectF(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8))
    elif shape in ("triangle", "down"):
        s = 1 if shape == "triangle" else -1  # y grows downwards on the screen
        painter.drawPolygon(QPolygonF([QPointF(x - r * 1.1, y + s * r * 0.9), QPointF(x + r * 1.1, y + s * r * 0.9),
                                       QPointF(x, y - s * r * 1.2)]))
    elif shape == "diamond":
        painter.drawPolygon(QPolygonF([QPointF(x, y - r * 1.3), QPointF(x + r * 1.1, y), QPointF(x, y + r * 1.3),
                                       QPointF(x - r * 1.1, y)]))
    else:
        painter.drawEllipse(centre, r, r)


class DotAxis(QWidget):
    """The percentages over the plot, aligned with the rows below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(200, QFontMetrics(self.font()).height() + 6)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        x0, x1 = _axis_span(self.width(), metrics)
        painter.setPen(self.palette().windowText().color())
        for tick in TICKS:
            x = x0 + (x1 - x0) * tick / 100
            text = f"{tick}%"
            w = metrics.horizontalAdvance(text)
            painter.drawText(QRect(int(x - w / 2) - 1, 0, w + 2, self.height()), int(Qt.AlignmentFlag.AlignCenter), text)
        painter.end()


class DotRow(QWidget):
    """One item: its name (wrapped in its column), the axis with a light line at each quarter,
    each municipality's marker and the bar of the score that counts."""

    def __init__(self, row: SpreadRow, *, excluded_word: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.label = row.name + (f" ({excluded_word})" if row.excluded and excluded_word else "")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _name_rect(self, width: int) -> QRect:
        return QRect(0, 0, max(20, int(width * NAME_SHARE) - 16), 100_000)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        metrics = QFontMetrics(self.font())
        name = metrics.boundingRect(self._name_rect(width), int(Qt.TextFlag.TextWordWrap), self.label).height()
        return max(name, int(metrics.height() * 1.6)) + int(metrics.height() * 0.4)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(400, self.heightForWidth(400))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(200, self.heightForWidth(max(200, self.width())))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        text = self.palette().windowText().color()
        background = self.palette().window().color()
        faint = QColor(text)
        faint.setAlphaF(0.3)
        muted = QColor(text)
        muted.setAlphaF(0.65)
        x0, x1 = _axis_span(self.width(), metrics)
        y = self.height() / 2
        name_box = self._name_rect(self.width())
        name_box.setHeight(self.height())
        painter.setPen(muted if self.row.excluded else text)
        painter.drawText(name_box, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self.label)
        painter.setPen(QPen(faint, 1))
        for tick in TICKS:
            x = x0 + (x1 - x0) * tick / 100
            painter.drawLine(QPointF(x, 2), QPointF(x, self.height() - 2))
        painter.drawLine(QPointF(x0, y), QPointF(x1, y))
        radius = max(5.0, metrics.height() * 0.28)
        count = len(self.row.own)
        for index, ratio in enumerate(self.row.own):
            if ratio is not None:
                colour, shape = class_palette.series(index)
                # Each municipality a little above or below the line: equal scores stay visible.
                dodge = (index - (count - 1) / 2) * min(radius * 0.8, self.height() / (2.5 * max(1, count)))
                draw_marker(painter, shape, QPointF(x0 + (x1 - x0) * ratio, y + dodge), radius, QColor(colour), background)
        if self.row.counted is not None:
            x = x0 + (x1 - x0) * self.row.counted
            painter.setPen(QPen(text, max(3.0, radius * 0.6), Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            painter.drawLine(QPointF(x, y - radius * 2), QPointF(x, y + radius * 2))
        painter.end()


def legend_html(towns: Sequence[str], counted_word: str) -> str:
    """The municipalities with their markers in their colours, and the bar of the score that
    counts; names are escaped (a name with '<' is shown as typed)."""
    parts = []
    for index, town in enumerate(towns):
        colour, shape = class_palette.series(index)
        parts.append(f"<span style='color:{colour}'>{class_palette.SHAPE_SYMBOLS[shape]}</span>&nbsp;{escape(town)}")
    parts.append(f"<b>┃</b>&nbsp;{escape(counted_word)}")
    return "&nbsp;&nbsp;&nbsp; ".join(parts)


def legend(towns: Sequence[str], counted_word: str, parent: QWidget | None = None) -> QLabel:
    made = QLabel(parent)
    made.setTextFormat(Qt.TextFormat.RichText)
    made.setWordWrap(True)
    made.setText(legend_html(towns, counted_word))
    made.setProperty("role", "body")
    return made


class SpreadPanel(QWidget):
    """The dot plot as a slide of its own (the scoring view shows it after the matrix): it
    chooses its type from the room it has, never below the readable minimum, and falls into
    parts when the rows do not fit at that size."""

    def __init__(self, caption: str, counted_word: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(caption, self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.counted_word = counted_word
        self.legend = legend((), counted_word, self)
        self.part_label = QLabel("", self)
        self.part_label.setProperty("role", "muted")
        self.axis = DotAxis(self)
        self.rows: list[DotRow] = []
        self.parts: list[tuple[int, int]] = [(0, 0)]
        self.part = 0
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(6)
        for widget in (self.caption, self.legend, self.axis):
            self.layout_.addWidget(widget)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(0)
        self.layout_.addLayout(self.rows_layout)
        self.layout_.addWidget(self.part_label)
        self.layout_.addStretch(1)

    def set_rows(self, towns: Sequence[str], rows: Sequence[SpreadRow], excluded_word: str = "") -> None:
        for old in self.rows:
            old.hide()
            old.setParent(None)
            old.deleteLater()
        self.rows = [DotRow(row, excluded_word=excluded_word, parent=self) for row in rows]
        for widget in self.rows:
            self.rows_layout.addWidget(widget)
        self.legend.setText(legend_html(towns, self.counted_word))
        self.part = 0

    def fit(self, pixels: float, least: float, width: int, height: int, fonts: Callable[[float, bool], QFont]) -> None:
        """Type as large as the rows allow (up to ``pixels``), then the rows in parts that fit."""
        size = max(least, pixels)
        while True:
            self._set_fonts(size, least, fonts)
            head = self._head_height(width)
            rows = [row.heightForWidth(width) for row in self.rows]
            if head + sum(rows) <= height or size <= least:
                break
            size = max(least, size * 0.92)
        room = max(1, height - head)
        self.parts, start, used = [], 0, 0
        for index, row_height in enumerate(rows):
            if index > start and used + row_height > room:
                self.parts.append((start, index))
                start, used = index, 0
            used += row_height
        self.parts.append((start, len(rows)))
        self.part = min(self.part, len(self.parts) - 1)
        self.show_part(self.part)

    def show_part(self, part: int) -> None:
        self.part = part
        start, end = self.parts[part]
        for index, row in enumerate(self.rows):
            row.setVisible(start <= index < end)
        self.part_label.setVisible(len(self.parts) > 1)
        self.part_label.setText(self.part_text.format(part + 1, len(self.parts)))

    #: "Deel {0} van {1}" in the interface's language (set by the view).
    part_text = "Deel {0} van {1}"

    def turn(self, step: int) -> bool:
        target = self.part + step
        if not 0 <= target < len(self.parts):
            return False
        self.show_part(target)
        return True

    def _set_fonts(self, size: float, least: float, fonts: Callable[[float, bool], QFont]) -> None:
        self.caption.setFont(fonts(size, True))
        self.legend.setFont(fonts(max(least, size * 0.85), False))
        self.part_label.setFont(fonts(max(least, size * 0.8), False))
        self.axis.setFont(fonts(max(least, size * 0.8), False))
        for row in self.rows:
            row.setFont(fonts(size, False))

    def _head_height(self, width: int) -> int:
        spacing = self.layout_.spacing() * 5
        labels = sum(label.heightForWidth(width) if label.wordWrap() else label.sizeHint().height()
                     for label in (self.caption, self.legend, self.part_label))
        return labels + self.axis.sizeHint().height() + spacing
