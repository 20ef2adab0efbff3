"""A ReportLab ``Drawing`` as a PNG, drawn with Pillow (a dependency of ReportLab already).

ReportLab's own bitmap renderer needs pycairo, which has no wheels for Linux and would need
the cairo headers to build; the charts are made of rectangles, lines, text and the markers of
the dot plot (circles, polygons) only, which Pillow draws directly. Shapes this module does not know are skipped, never guessed at.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String, mmult
from reportlab.lib import colors

from staan_desktop.reports.pdf.fonts import _FILES as FONT_FILES  # one list of the shipped faces
from staan_desktop.reports.pdf.fonts import REGULAR
from staan_desktop.resources import resource_path

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@lru_cache(maxsize=32)
def _font(name: str, pixels: int) -> ImageFont.FreeTypeFont:
    path = resource_path(FONT_FILES.get(name, FONT_FILES[REGULAR]))
    # Pillow's basic layout, as ReportLab draws the PDF's chart: one glyph per character in the
    # order given (the text is already in visual order). Raqm's shaping can fail outright on
    # unusual text ("raqm_layout() failed"), and the picture must match the PDF anyway.
    return ImageFont.truetype(str(path), max(1, pixels), layout_engine=ImageFont.Layout.BASIC)


def _rgb(colour: Any) -> tuple[int, int, int] | None:
    if colour is None:
        return None
    c = colors.toColor(colour)
    return (round(c.red * 255), round(c.green * 255), round(c.blue * 255))


class _Painter:
    def __init__(self, drawing: Drawing, scale: float) -> None:
        self.scale = scale
        self.height = float(drawing.height)
        size = (max(1, round(float(drawing.width) * scale)), max(1, round(self.height * scale)))
        self.image = Image.new("RGB", size, "white")
        self.draw = ImageDraw.Draw(self.image)

    def point(self, m: Matrix, x: float, y: float) -> tuple[float, float]:
        """Drawing coordinates (origin bottom left) → pixels (origin top left)."""
        px = m[0] * x + m[2] * y + m[4]
        py = m[1] * x + m[3] * y + m[5]
        return px * self.scale, (self.height - py) * self.scale

    def paint(self, node: Any, m: Matrix) -> None:
        if isinstance(node, Group):
            inner = mmult(m, tuple(node.transform)) if getattr(node, "transform", None) else m
            for child in node.contents:
                self.paint(child, inner)
        elif isinstance(node, Rect):
            x0, y0 = self.point(m, node.x, node.y)
            x1, y1 = self.point(m, node.x + node.width, node.y + node.height)
            box = [min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)]
            stroke = _rgb(node.strokeColor) if node.strokeWidth else None
            self.draw.rectangle(box, fill=_rgb(node.fillColor), outline=stroke,
                                width=max(1, round(node.strokeWidth * self.scale)) if stroke else 0)
        elif isinstance(node, Circle):
            cx, cy = self.point(m, node.cx, node.cy)
            r = float(node.r) * self.scale
            self.draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=_rgb(node.fillColor), outline=self._outline(node),
                              width=max(1, round(float(node.strokeWidth or 0) * self.scale)))
        elif isinstance(node, Polygon):
            points = [self.point(m, node.points[i], node.points[i + 1]) for i in range(0, len(node.points) - 1, 2)]
            self.draw.polygon(points, fill=_rgb(node.fillColor), outline=self._outline(node),
                              width=max(1, round(float(node.strokeWidth or 0) * self.scale)))
        elif isinstance(node, Line):
            stroke = _rgb(node.strokeColor)
            if stroke is None:
                return
            a, b = self.point(m, node.x1, node.y1), self.point(m, node.x2, node.y2)
            width = max(1, round(float(node.strokeWidth) * self.scale))
            dash = getattr(node, "strokeDashArray", None)
            if dash:
                self._dashed(a, b, [float(x) * self.scale for x in dash], stroke, width)
            else:
                self.draw.line([a, b], fill=stroke, width=width)
        elif isinstance(node, String):
            fill = _rgb(node.fillColor)
            if fill is None or not node.text:
                return
            font = _font(node.fontName, round(float(node.fontSize) * self.scale))
            x, y = self.point(m, node.x, node.y)
            anchor = {"start": "ls", "middle": "ms", "end": "rs"}.get(node.textAnchor, "ls")
            self.draw.text((x, y), node.text, fill=fill, font=font, anchor=anchor)

    def _outline(self, node: Any) -> tuple[int, int, int] | None:
        return _rgb(node.strokeColor) if getattr(node, "strokeWidth", 0) else None

    def _dashed(self, a: tuple[float, float], b: tuple[float, float], pattern: list[float],
                colour: tuple[int, int, int], width: int) -> None:
        (x0, y0), (x1, y1) = a, b
        length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
        if length == 0 or sum(pattern) <= 0:
            return
        pos, on, i = 0.0, True, 0
        while pos < length:
            step = pattern[i % len(pattern)]
            end = min(length, pos + step)
            if on:
                self.draw.line([(x0 + (x1 - x0) * pos / length, y0 + (y1 - y0) * pos / length),
                                (x0 + (x1 - x0) * end / length, y0 + (y1 - y0) * end / length)],
                               fill=colour, width=width)
            pos, on, i = end, not on, i + 1


def drawing_png(drawing: Drawing, dpi: int = 200) -> bytes:
    """``drawing`` as PNG bytes at ``dpi`` (the drawing's units are points, 72 per inch)."""
    painter = _Painter(drawing, dpi / 72.0)
    for node in drawing.contents:
        painter.paint(node, IDENTITY)
    out = io.BytesIO()
    painter.image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()
