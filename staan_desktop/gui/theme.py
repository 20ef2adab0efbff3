"""The look: Fusion everywhere (the same on every machine the facilitator borrows), in the
system's light or dark colours unless the settings force one — a projector is easier to read light.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from . import icons

_base_point_size: float | None = None


def _dark_palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#202124",
        role.WindowText: "#E8EAED",
        role.Base: "#17181A",
        role.AlternateBase: "#26282B",
        role.ToolTipBase: "#303134",
        role.ToolTipText: "#E8EAED",
        role.PlaceholderText: "#8A8D91",
        role.Text: "#E8EAED",
        role.Button: "#2B2D30",
        role.ButtonText: "#E8EAED",
        role.BrightText: "#FF6B6B",
        role.Light: "#3C4043",
        role.Midlight: "#313336",
        role.Mid: "#26282B",
        role.Dark: "#111214",
        role.Shadow: "#000000",
        role.Highlight: "#3D7BD9",
        role.HighlightedText: "#FFFFFF",
        role.Link: "#8AB4F8",
        role.LinkVisited: "#C58AF9",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#7C7F84"))
    return palette


def is_dark(choice: str) -> bool:
    if choice == "system":
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return choice == "dark"


def apply(app: QApplication, color_scheme: str = "system", text_scale: int = 100) -> None:
    """Set style, palette and text size; safe to call again when a setting changes."""
    global _base_point_size
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    palette = _dark_palette() if is_dark(color_scheme) else app.style().standardPalette()
    icons.clear_cache()  # before the palette change reaches the widgets that redraw icons
    app.setPalette(palette)
    font = QFont(app.font())
    if _base_point_size is None:
        _base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(_base_point_size * text_scale / 100)
    app.setFont(font)
